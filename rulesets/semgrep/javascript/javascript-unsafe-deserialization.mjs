import { unserialize } from "node-serialize";
import { unserialize as fromCookie } from "node-serialize";
import { unserialize as decodeLocal } from "./codec.js";

export function restoreSession(raw) {
  // ruleid: javascript-unsafe-deserialization
  return unserialize(raw);
}

export function restoreCookie(raw) {
  // ruleid: javascript-unsafe-deserialization
  return fromCookie(raw);
}

export function restoreLocal(raw) {
  // ok: javascript-unsafe-deserialization
  return decodeLocal(raw);
}
