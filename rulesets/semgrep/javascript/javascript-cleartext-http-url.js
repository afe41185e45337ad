import axios from "axios";

// ruleid: javascript-cleartext-http-url
const API_BASE_URL = "http://api.mfo.kz/v1";
// ok: javascript-cleartext-http-url
const CABINET_URL = "https://cabinet.mfo.kz";
// ok: javascript-cleartext-http-url
const DEV_API_URL = "http://localhost:3000/api";
// ok: javascript-cleartext-http-url
const SVG_NS = "http://www.w3.org/2000/svg";

const api = axios.create({
  // ruleid: javascript-cleartext-http-url
  baseURL: "http://scoring.internal:8080",
  timeout: 10000,
});

export async function loadRates() {
  // ruleid: javascript-cleartext-http-url
  const res = await fetch("http://rates.partner.kz/today", { signal: AbortSignal.timeout(5000) });
  // ok: javascript-cleartext-http-url
  const res2 = await fetch("/api/rates", { signal: AbortSignal.timeout(5000) });
  // ok: javascript-cleartext-http-url
  const res3 = await fetch("https://rates.partner.kz/today", { signal: AbortSignal.timeout(5000) });
  return [res, res2, res3];
}

export function openChat(host) {
  // ruleid: javascript-cleartext-http-url
  return new WebSocket(`ws://${host}/chat`);
}

export function sendOtp(phone) {
  // ruleid: javascript-cleartext-http-url
  return axios.post("http://sms.partner.kz/send", { phone }, { timeout: 5000 });
}

export function helpText() {
  // ok: javascript-cleartext-http-url
  return "Visit http://mfo.kz for details";
}

export const icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");

// private networks and multicast-DNS names stay inside the organisation's network
// ok: javascript-cleartext-http-url
export const BUREAU_LAN_URL = "http://10.12.0.7/bureau";
// ok: javascript-cleartext-http-url
export const SCANNER_API_URL = "http://192.168.1.40/scan";
// ok: javascript-cleartext-http-url
export const PRINTER_ENDPOINT = "http://printer.local/api";
// ruleid: javascript-cleartext-http-url
export const PARTNER_API_URL = "http://172.217.0.10/api";
