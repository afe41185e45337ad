const md5 = require("md5");
const crypto = require("crypto");

function resetLink(req, res) {
  // ruleid: javascript-weak-hash-token
  if (req.query.token == md5(req.query.login)) {
    return res.render("reset");
  }
  return res.redirect("/forgot");
}

function issueConfirmation(user) {
  // ruleid: javascript-weak-hash-token
  const confirmToken = crypto.createHash("sha1").update(user.email + Date.now()).digest("hex");
  return confirmToken;
}

function markReset(record, login) {
  // ruleid: javascript-weak-hash-token
  record.resetToken = crypto.createHash("md5").update(login).digest("hex");
}

function checkReset(stored, supplied) {
  // ok: javascript-weak-hash-token
  return crypto.timingSafeEqual(Buffer.from(stored), Buffer.from(supplied));
}

function newToken() {
  // ok: javascript-weak-hash-token
  const resetToken = crypto.randomBytes(32).toString("hex");
  // ok: javascript-weak-hash-token
  const tokenHash = crypto.createHash("sha256").update(resetToken).digest("hex");
  return { resetToken, tokenHash };
}

function etag(body) {
  // ok: javascript-weak-hash-token
  const etagValue = md5(body);
  return etagValue;
}

// ok: javascript-weak-hash-token
module.exports.resetPassword = function (req, res) {
  const digest = md5(req.body.file);
  res.send(digest);
};

// A function whose name says it makes a token returns a plain hash of guessable data.
function generateToken(data) {
  // ruleid: javascript-weak-hash-token
  return crypto.createHash("sha1").update(data + Date.now()).digest("hex");
}

// ruleid: javascript-weak-hash-token
const makeResetCode = (email) => crypto.createHash("md5").update(email).digest("hex");

const sessions = {
  createSessionId(login) {
    // ruleid: javascript-weak-hash-token
    return crypto.createHash("md5").update(login + Date.now()).digest("hex");
  },
};

function fileChecksum(buf) {
  // ok: javascript-weak-hash-token
  return crypto.createHash("md5").update(buf).digest("hex");
}

function generateApiToken() {
  // ok: javascript-weak-hash-token
  return crypto.createHash("sha1").update(crypto.randomBytes(32)).digest("hex");
}

function generateTokenSha256(data) {
  // ok: javascript-weak-hash-token
  return crypto.createHash("sha256").update(data).digest("hex");
}
