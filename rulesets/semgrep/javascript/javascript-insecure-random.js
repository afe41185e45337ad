const crypto = require("crypto");

function sendOtp(phone) {
  // ruleid: javascript-insecure-random
  const otpCode = Math.floor(100000 + Math.random() * 900000);
  // ok: javascript-insecure-random
  const otp = crypto.randomInt(100000, 1000000);
  return [otpCode, otp];
}

function generateResetToken() {
  // ruleid: javascript-insecure-random
  return Math.random().toString(36).slice(2);
}

function jitter(ms) {
  // ok: javascript-insecure-random
  return ms + Math.random() * 100;
}

// "author" is no authentication word: a colour chosen for a new author is no secret.
exports.createAuthor = async (name) => {
  // ok: javascript-insecure-random
  const colorId = Math.floor(Math.random() * 64);
  return { name, colorId };
};

function createAuthToken() {
  // ruleid: javascript-insecure-random
  return Math.random().toString(36).slice(2);
}

// "pin" inside another word (ping, spinner, shipping, mapping) is no PIN: a health-check job's
// start delay and a spinner's jitter are no secrets.
export async function startPeriodicPingJob({ urls, interval }) {
  // ok: javascript-insecure-random
  const delayBySec = Math.random() * interval;
  return { urls, delayBySec };
}

function updateShippingEstimate(days) {
  // ok: javascript-insecure-random
  const spinnerOffset = Math.random() * 10;
  return days + spinnerOffset;
}

// A PIN is still a PIN as a word of its own in any case.
function generatePin() {
  // ruleid: javascript-insecure-random
  return String(Math.floor(Math.random() * 10000)).padStart(4, "0");
}

function issueCard(card) {
  // ruleid: javascript-insecure-random
  card.pinCode = Math.floor(Math.random() * 10000);
  // ruleid: javascript-insecure-random
  const card_pin = Math.floor(Math.random() * 10000);
  // ruleid: javascript-insecure-random
  const PIN = Math.floor(Math.random() * 10000);
  return [card, card_pin, PIN];
}

function drawNamedNumbers() {
  // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
  // ruleid: javascript-insecure-random
  const pin = Math.floor(Math.random() * 10000);
  // ruleid: javascript-insecure-random
  const userPin = Math.floor(Math.random() * 10000);
  // ruleid: javascript-insecure-random
  const PIN_CODE = Math.floor(Math.random() * 10000);
  // ruleid: javascript-insecure-random
  const pinCode = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const pinned = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const spinner = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const shipping = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const mapping = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const pinyin = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const opinion = Math.floor(Math.random() * 10000);
  // ok: javascript-insecure-random
  const PING_INTERVAL = Math.floor(Math.random() * 10000);
}

// A key named for a salt in the parameters a map layer or a client merges into its request's URL
// is a cache-buster (a "salt" of the URL that makes the browser fetch again): nothing is hashed
// with it. A salt given to any other function, one assigned to a variable, and a token, nonce or
// session value put into URL parameters stay reported.
function refreshRepaymentLayer(layer, client) {
  // ok: javascript-insecure-random
  layer.mergeNewParams({ _cacheSalt: Math.random() });
  // ok: javascript-insecure-random
  client.setQueryParams({ salt: Math.random(), page: 1 });
  // ok: javascript-insecure-random
  appendUrlParams(layer.url, { urlSalt: Math.random() });
  // ruleid: javascript-insecure-random
  hashPassword(layer.pass, { salt: Math.random() });
  // ruleid: javascript-insecure-random
  client.setQueryParams({ nonce: Math.random() });
  // ruleid: javascript-insecure-random
  client.setQueryParams({ sessionSalt: Math.random() });
  // ruleid: javascript-insecure-random
  const options = { salt: Math.random() };
  // ruleid: javascript-insecure-random
  const salt = Math.random();
  return [options, salt];
}
