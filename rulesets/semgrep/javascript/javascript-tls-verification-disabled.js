const https = require("https");
const axios = require("axios");

// ruleid: javascript-tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });
// ok: javascript-tls-verification-disabled
const agent2 = new https.Agent({ ca: process.env.PARTNER_CA, minVersion: "TLSv1.2" });
// ruleid: javascript-tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

async function bureau(iin) {
  // ruleid: javascript-tls-verification-disabled
  return axios.post("https://bureau.example.kz/score", { iin }, { httpsAgent: new https.Agent({ rejectUnauthorized: false }), timeout: 5000 });
}

function sslFromMode(mode) {
  switch (mode) {
    case 'require':
      return true
    case 'no-verify':
      // ok: javascript-tls-verification-disabled
      return { rejectUnauthorized: false }
  }
  if (mode === 'no-verify') {
    // ok: javascript-tls-verification-disabled
    return { rejectUnauthorized: false }
  }
  if (mode === 'fast') {
    // ruleid: javascript-tls-verification-disabled
    return { rejectUnauthorized: false }
  }
  return true
}
