const crypto = require("crypto");
const bcrypt = require("bcrypt");

async function register(login, password) {
  // ruleid: javascript-weak-password-hash
  const h1 = crypto.createHash("md5").update(password).digest("hex");
  // ruleid: javascript-weak-password-hash
  const h2 = crypto.createHash("sha256").update(password).digest("hex");
  // ok: javascript-weak-password-hash
  const h3 = await bcrypt.hash(password, 12);
  const md5 = crypto.createHash("md5");
  md5.update(login);
  // ruleid: javascript-weak-password-hash
  md5.update(password);
  return [h1, h2, h3];
}

function signCallback(secretKey, body) {
  // HMAC-SHA1 is a sound MAC
  // ok: javascript-weak-password-hash
  return crypto.createHmac("sha1", secretKey).update(body).digest("hex");
}

function signCallbackOk(secretKey, body) {
  // ok: javascript-weak-password-hash
  return crypto.createHmac("sha256", secretKey).update(body).digest("hex");
}

function etag(content) {
  // ok: javascript-weak-password-hash
  return crypto.createHash("md5").update(content).digest("hex");
}

// bcrypt's cost is log2 of its rounds: below 10 the hash is cheap to brute-force
function storeLowCost(password) {
  // ruleid: javascript-weak-password-hash
  return bcrypt.hashSync(password, 4);
}

async function storeLowCostAsync(password) {
  const SALT_ROUNDS = 8;
  // ruleid: javascript-weak-password-hash
  return await bcrypt.hash(password, SALT_ROUNDS);
}

function lowCostSalt() {
  // ruleid: javascript-weak-password-hash
  return bcryptjs.genSaltSync(6);
}

function storeStrong(password) {
  // ok: javascript-weak-password-hash
  return bcrypt.hashSync(password, 12);
}

async function storeWithSalt(password) {
  const salt = await bcrypt.genSalt(10);
  // ok: javascript-weak-password-hash
  return bcrypt.hash(password, salt);
}

function storeConfigured(password, rounds) {
  // ok: javascript-weak-password-hash
  return bcrypt.hashSync(password, rounds);
}
