import jwt from "jsonwebtoken";
import { jwtVerify } from "jose";
import * as fs from "fs";

const SIGNING_SECRET = process.env.LOAN_JWT_SECRET as string;
const LENDER_PUBLIC_KEY = fs.readFileSync("/etc/lending/keys/lender.pub.pem", "utf8");
const BUREAU_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexamplexampleexampleexampleexampl
-----END PUBLIC KEY-----`;

export function officerFromToken(token: string) {
  // ruleid: javascript-jwt-algorithm-confusion
  return jwt.verify(token, LENDER_PUBLIC_KEY, { algorithms: ["RS256", "HS256"] });
}

export function borrowerFromToken(token: string, key: string) {
  // ruleid: javascript-jwt-algorithm-confusion
  return jwt.verify(token, key, { algorithms: ["HS512", "ES256"], issuer: "scoring" });
}

export function bureauClaims(token: string) {
  // the public key of an asymmetric pair used as an HMAC secret
  // ruleid: javascript-jwt-algorithm-confusion
  return jwt.verify(token, BUREAU_KEY, { algorithms: ["HS256"] });
}

export function branchClaims(token: string) {
  // ruleid: javascript-jwt-algorithm-confusion
  return jwt.verify(token, LENDER_PUBLIC_KEY, { algorithms: ["HS384"] });
}

export function claimsByTokenHeader(token: string, key: string) {
  const header = jwt.decode(token, { complete: true })?.header;
  // the algorithm list taken from the token itself
  // ruleid: javascript-jwt-algorithm-confusion
  return jwt.verify(token, key, { algorithms: [header!.alg as jwt.Algorithm] });
}

export async function joseMixed(token: string, key: Uint8Array) {
  // ruleid: javascript-jwt-algorithm-confusion
  return jwtVerify(token, key, { algorithms: ["PS256", "HS256"] });
}

export function officerRsaOnly(token: string) {
  // ok: javascript-jwt-algorithm-confusion
  return jwt.verify(token, LENDER_PUBLIC_KEY, { algorithms: ["RS256", "RS512"] });
}

export function borrowerHmacOnly(token: string) {
  // ok: javascript-jwt-algorithm-confusion
  return jwt.verify(token, SIGNING_SECRET, { algorithms: ["HS256", "HS512"] });
}

export function bureauAsymmetric(token: string) {
  // ok: javascript-jwt-algorithm-confusion
  return jwt.verify(token, BUREAU_KEY, { algorithms: ["ES256"] });
}

export function fixedAlgorithmFromConfig(token: string, alg: jwt.Algorithm) {
  // ok: javascript-jwt-algorithm-confusion
  return jwt.verify(token, SIGNING_SECRET, { algorithms: [alg] });
}
