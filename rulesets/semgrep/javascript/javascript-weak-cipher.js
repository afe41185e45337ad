const crypto = require("crypto");

const key = Buffer.from(process.env.CARD_KEY, "hex");
const STATIC_IV = Buffer.alloc(16, 0);

function enc(data) {
  // ruleid: javascript-weak-cipher
  const c1 = crypto.createCipheriv("des-ede3-cbc", key.subarray(0, 24), crypto.randomBytes(8));
  // ruleid: javascript-weak-cipher
  const c2 = crypto.createCipheriv("aes-256-ecb", key, null);
  // ruleid: javascript-weak-cipher
  const c3 = crypto.createCipheriv("aes-256-cbc", key, "0000000000000000");
  // ruleid: javascript-weak-cipher
  const c4 = crypto.createCipheriv("aes-256-cbc", key, STATIC_IV);
  // ruleid: javascript-weak-cipher
  const c5 = crypto.createCipher("aes-256-cbc", "secret");
  // ok: javascript-weak-cipher
  const c6 = crypto.createCipheriv("aes-256-gcm", key, crypto.randomBytes(12));
  return [c1, c2, c3, c4, c5, c6];
}

// node-forge's cipher API takes the key in createCipher and the IV in start({iv}): it is not
// Node's IV-less crypto.createCipher; its broken algorithms and ECB stay reported by name.
function forgeEncrypt(forge, key, iv, algorithm, data) {
  // ok: javascript-weak-cipher
  const gcm = forge.cipher.createCipher("AES-GCM", key);
  gcm.start({ iv: iv });
  // ok: javascript-weak-cipher
  const chosen = forge.cipher.createDecipher(algorithm, key);
  // ruleid: javascript-weak-cipher
  const des = forge.cipher.createCipher("DES-CBC", key);
  // ruleid: javascript-weak-cipher
  const ecb = forge.cipher.createCipher("AES-ECB", key);
  // ruleid: javascript-weak-cipher
  const legacy = crypto.createDecipher("aes-256-cbc", key);
  return [gcm, chosen, des, ecb, legacy];
}

// A cipher-mode module's factory taking one options object that carries the IV (a GCM or CTR
// implementation written in JavaScript) is not Node's IV-less createCipher(algorithm, password):
// the IV is given, and chosen by the caller. Node's own call with the same options object
// shape does not exist; the two-argument form stays reported.
function modeModule(GCM, key, iv, aad) {
  // ok: javascript-weak-cipher
  const enc = GCM.createCipher({ key: key, iv: iv, additionalData: aad });
  // ok: javascript-weak-cipher
  const dec = GCM.createDecipher({ key, iv, additionalData: aad });
  // ruleid: javascript-weak-cipher
  const legacy = crypto.createCipher("aes-256-cbc", { key: key, iv: iv });
  // ruleid: javascript-weak-cipher
  const noIv = GCM.createCipher({ key: key });
  return [enc, dec, legacy, noIv];
}
