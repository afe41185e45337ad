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
