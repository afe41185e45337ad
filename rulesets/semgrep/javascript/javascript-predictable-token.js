const crypto = require("crypto");

let sessionCounter = 1000;
const sessions = {};

function loginOfficer(req, res, officer) {
  // ruleid: javascript-predictable-token
  const sessionId = `SESSION-${sessionCounter++}`;
  sessions[sessionId] = { officerId: officer.id };
  res.cookie("sid", sessionId, { httpOnly: true, secure: true });
}

function startOauth(req, res, provider) {
  // ruleid: javascript-predictable-token
  const state = `STATE-${provider}-${Date.now()}`;
  res.json({ state });
}

function issueResetToken(user) {
  // ruleid: javascript-predictable-token
  const resetToken = user.id + "-" + Date.now();
  return resetToken;
}

function csrfFor(req) {
  // ruleid: javascript-predictable-token
  req.session.csrfToken = Date.now().toString(36);
}

function nonceForPayment() {
  // ruleid: javascript-predictable-token
  let paymentNonce = String(new Date().getTime());
  return paymentNonce;
}

function loginKeepingCookie(req) {
  // ruleid: javascript-predictable-token
  const sessionId = req.cookies.sessionId || `SESSION-${Date.now()}`;
  return sessionId;
}

function randomSession() {
  // ok: javascript-predictable-token
  const sessionId = `SESSION-${crypto.randomBytes(24).toString("hex")}`;
  return sessionId;
}

function timestampedButRandom() {
  // ok: javascript-predictable-token
  const token = `${Date.now()}.${crypto.randomUUID()}`;
  return token;
}

function expiry() {
  // ok: javascript-predictable-token
  const tokenExpiresAt = Date.now() + 15 * 60 * 1000;
  // ok: javascript-predictable-token
  const sessionStartedAt = new Date().getTime();
  // ok: javascript-predictable-token
  const tokenAge = `${Date.now() - 10}`;
  return [tokenExpiresAt, sessionStartedAt, tokenAge];
}

function uploadName(file) {
  // ok: javascript-predictable-token
  const fileName = `upload-${Date.now()}-${file.originalname}`;
  // ok: javascript-predictable-token
  const requestId = `req-${counter++}`;
  return [fileName, requestId];
}
