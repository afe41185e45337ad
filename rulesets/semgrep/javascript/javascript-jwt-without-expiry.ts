import jwt from "jsonwebtoken";

const KEY = process.env.JWT_SECRET as string;

export function issueLoanOfficerToken(officerId: string, branch: string) {
  // ruleid: javascript-jwt-without-expiry
  return jwt.sign({ sub: officerId, branch, role: "officer" }, KEY);
}

export function issueWithAlgorithmOnly(userId: number) {
  // ruleid: javascript-jwt-without-expiry
  return jwt.sign({ uid: userId }, KEY, { algorithm: "HS512", issuer: "lending.example.kz" });
}

export function issueAsync(userId: number, done: (e: Error | null, t?: string) => void) {
  // ruleid: javascript-jwt-without-expiry
  jwt.sign({ uid: userId }, KEY, (err, token) => done(err, token));
}

export function issueFromVariable(borrowerId: string) {
  const claims = { sub: borrowerId, scope: "repayments:read" };
  // ruleid: javascript-jwt-without-expiry
  return jwt.sign(claims, KEY);
}

export function issueWithExpiresIn(userId: number) {
  // ok: javascript-jwt-without-expiry
  return jwt.sign({ uid: userId }, KEY, { expiresIn: "15m", algorithm: "HS256" });
}

export function issueWithExpClaim(userId: number) {
  // ok: javascript-jwt-without-expiry
  return jwt.sign({ uid: userId, exp: Math.floor(Date.now() / 1000) + 900 }, KEY);
}

export function issueVariableWithExp(userId: number) {
  const payload: Record<string, unknown> = { uid: userId };
  payload.exp = Math.floor(Date.now() / 1000) + 600;
  // ok: javascript-jwt-without-expiry
  return jwt.sign(payload, KEY);
}

export function issueWithSharedOptions(userId: number, signOptions: jwt.SignOptions) {
  // options held in a variable: the expiry may be set there
  // ok: javascript-jwt-without-expiry
  return jwt.sign({ uid: userId }, KEY, signOptions);
}

export function issueWithSpreadOptions(userId: number, base: jwt.SignOptions) {
  // ok: javascript-jwt-without-expiry
  return jwt.sign({ uid: userId }, KEY, { ...base, subject: String(userId) });
}

export function issueFromSpreadClaims(userId: number, extra: Record<string, unknown>) {
  // ok: javascript-jwt-without-expiry
  return jwt.sign({ ...extra, uid: userId }, KEY);
}

export function issueFromBuiltClaims(claims: object) {
  // claims built by the caller
  // ok: javascript-jwt-without-expiry
  return jwt.sign(claims, KEY);
}

class TokenService {
  constructor(private readonly jwtService: { sign(p: object): string }) {}
  issue(userId: number) {
    // NestJS's JwtService takes its expiry from the module's configuration
    // ok: javascript-jwt-without-expiry
    return this.jwtService.sign({ uid: userId });
  }
}

// jose's SignJWT builder

import { SignJWT } from "jose";
import * as jose from "jose";

const SECRET = new TextEncoder().encode(process.env.JWT_SECRET);

export async function issueJose(officerId: string) {
  // ruleid: javascript-jwt-without-expiry
  return await new SignJWT({ sub: officerId, role: "officer" })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .sign(SECRET);
}

export async function issueJoseNamespace(userId: number) {
  // ruleid: javascript-jwt-without-expiry
  const token = await new jose.SignJWT({ uid: userId }).setProtectedHeader({ alg: "HS256" }).sign(SECRET);
  return token;
}

export async function issueJoseFromVariable(borrowerId: string) {
  const claims = { sub: borrowerId, scope: "repayments:read" };
  // ruleid: javascript-jwt-without-expiry
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer("lending.example.kz").sign(SECRET);
}

export async function issueJoseWithExpiry(userId: number) {
  // ok: javascript-jwt-without-expiry
  return new SignJWT({ uid: userId })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime("15m")
    .sign(SECRET);
}

export async function issueJoseExpLast(userId: number) {
  // ok: javascript-jwt-without-expiry
  return new SignJWT({ uid: userId }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("2h").sign(SECRET);
}

export async function issueJoseExpClaim(userId: number) {
  // ok: javascript-jwt-without-expiry
  return new SignJWT({ uid: userId, exp: Math.floor(Date.now() / 1000) + 900 }).setProtectedHeader({ alg: "HS256" }).sign(SECRET);
}

export async function issueJoseBuiltElsewhere(payload: jose.JWTPayload) {
  // claims built by the caller
  // ok: javascript-jwt-without-expiry
  return new SignJWT(payload).setProtectedHeader({ alg: "HS256" }).sign(SECRET);
}

export async function issueJoseSpread(userId: number, extra: jose.JWTPayload) {
  // ok: javascript-jwt-without-expiry
  return new SignJWT({ ...extra, uid: userId }).setProtectedHeader({ alg: "HS256" }).sign(SECRET);
}

export async function issueJoseBuilderKept(userId: number, ttl?: string) {
  const builder = new SignJWT({ uid: userId }).setProtectedHeader({ alg: "HS256" });
  if (ttl) builder.setExpirationTime(ttl);
  // a builder kept in a variable may be given its expiry on another line: not read
  // ok: javascript-jwt-without-expiry
  return builder.sign(SECRET);
}
