const axios = require("axios");

async function notifyPartner(payload) {
  // ruleid: javascript-request-without-timeout
  await axios.post("https://partner.example.kz/notify", payload);
  // ok: javascript-request-without-timeout
  await axios.post("https://partner.example.kz/notify", payload, { timeout: 10000 });
  // ruleid: javascript-request-without-timeout
  await axios.get("https://partner.example.kz/rates");
  // ok: javascript-request-without-timeout
  await axios.get("https://partner.example.kz/rates", { timeout: 5000 });
}

// ruleid: javascript-request-without-timeout
const client = axios.create({ baseURL: "https://bureau.example.kz" });
// ok: javascript-request-without-timeout
const client2 = axios.create({ baseURL: "https://bureau.example.kz", timeout: 10000 });
