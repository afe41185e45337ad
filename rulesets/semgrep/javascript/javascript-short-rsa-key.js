const crypto = require("crypto");

// ruleid: javascript-short-rsa-key
const weak = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
// ok: javascript-short-rsa-key
const strong = crypto.generateKeyPairSync("rsa", { modulusLength: 3072 });
