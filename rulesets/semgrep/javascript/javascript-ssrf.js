const axios = require("axios");
const express = require("express");

const app = express();
const PARTNERS = { a: "https://api.partner-a.kz/v1/check" };

app.post("/webhooks/test", async (req, res) => {
  // ruleid: javascript-ssrf
  const r1 = await axios.post(req.body.callbackUrl, { ping: true }, { timeout: 5000 });
  // ruleid: javascript-ssrf
  const r2 = await fetch(`http://${req.query.host}/status`);
  // ok: javascript-ssrf
  const r3 = await axios.post(PARTNERS.a, { iin: req.body.iin }, { timeout: 5000 });
  // ok: javascript-ssrf
  const r4 = await fetch(`https://api.partner-a.kz/v1/clients/${encodeURIComponent(req.body.iin)}`);
  // ok: javascript-ssrf
  const r5 = await fetch(`https://api.partner-a.kz/v1/clients?iin=${req.body.iin}`);
  res.json([r1.data, r2.status, r3.data, r4.status, r5.status]);
});

app.post("/proxy/forward", async (req, res) => {
  // A Request's URL is its first argument; headers copied into its options are no URL.
  const options = { headers: { "x-request-id": req.headers["x-request-id"] }, method: "GET" };
  // ok: javascript-ssrf
  const r6 = await fetch(new Request(PARTNERS.a, options));
  // ruleid: javascript-ssrf
  const r7 = await fetch(new Request(req.query.target, options));
  res.json([r6.status, r7.status]);
});

// Browser code: the request leaves the user's browser, not the server (see
// javascript-request-url-from-page-address).
async function refreshLoanCard(card) {
  // ok: javascript-ssrf
  card.innerText = await fetch(location.href, { headers: { "Cache-Control": "no-cache" } });
  const next = new URLSearchParams(window.location.search).get("next");
  // ok: javascript-ssrf
  await api.get(next);
}

// TypeScript's CommonJS output and `import * as axios` reach axios's functions through .default
app.post("/uploads/from-url", async (req, res) => {
  const url = req.body.url;
  // ruleid: javascript-ssrf
  const a = await axios.default.get(url, { responseType: "stream" });
  // ruleid: javascript-ssrf
  const b = await axios_1.default.post(req.body.callback, { ok: true });
  // ruleid: javascript-ssrf
  const c = await axios.default.request({ url, method: "GET" });
  // ruleid: javascript-ssrf
  const d = await axios.default({ url: req.body.url });
  // ruleid: javascript-ssrf
  const e = await httpClient.request({ method: "GET", url: req.query.target });
  // ok: javascript-ssrf
  const f = await axios.default.get(PARTNERS.a, { params: { iin: req.body.iin } });
  // ok: javascript-ssrf
  const g = await axios.default.request({ url: "https://api.partner-a.kz/v1/score", data: req.body });
  res.json([a.status, b.status, c.status, d.status, e.status, f.status, g.status]);
});

// A handler's own `request` parameter is the request being served: `request.get(name)` reads one
// of its headers (Express), it is not the `request` HTTP client.
router.use((request, response, next) => {
  const headerName = "X-Request-Id";
  // ok: javascript-ssrf
  const oldValue = request.get(headerName);
  response.set(headerName, oldValue ?? crypto.randomUUID());
  next();
});

function traceHeader(request, response) {
  // ok: javascript-ssrf
  return request.get("X-Trace-Id");
}

// The `request` HTTP client called from a handler whose request is `req` still fetches the URL.
const request = require("request");
app.get("/avatar", (req, res) => {
  // ruleid: javascript-ssrf
  request.get(req.query.url).pipe(res);
  // ruleid: javascript-ssrf
  request(req.body.callback);
});

// The application's own module named request.js is not the `request` HTTP client: its functions
// (a URL check, a helper) are not the client's request methods.
import { getURLMeta, validateURL } from "../helpers/request.js";

app.post("/url/meta", async (req, res) => {
  // ok: javascript-ssrf
  if (!validateURL(req.body.url, false)) {
    res.status(400).json({ error: "Invalid request body" });
    return;
  }
  // ok: javascript-ssrf
  res.json(await getURLMeta(req.body.url, false));
});

app.post("/statement/fetch", (req, res) => {
  // ruleid: javascript-ssrf
  request.post(req.body.statementUrl, { json: true }).pipe(res);
});

// A plain Node http server: the query parsed out of req.url.
http.createServer((req, res) => {
  const target = new URL(req.url || "", "http://localhost").searchParams.get("target");
  // ruleid: javascript-ssrf
  http.get("https://" + target + ".partner.example/rates", (answer) => answer.pipe(res));
  const { query } = url.parse(req.url, true);
  // ruleid: javascript-ssrf
  fetch(query.callback);
  const own = new URL(process.env.RATES_URL).searchParams.get("next");
  // ok: javascript-ssrf
  fetch(own);
});

// the origin is configuration and only the path comes from the request: the medium rule
// javascript-ssrf-configured-host-path
app.get("/partner/:id", async (req, res) => {
  // ok: javascript-ssrf
  const a = await fetch(`${process.env.SCORING_URL}/v2/clients/${req.params.id}`);
  // ok: javascript-ssrf
  const b = await axios.get(bureauConfig.baseUrl + "/reports/" + req.query.report);
  // ok: javascript-ssrf
  const c = await fetch(joinUrl(env.LEDGER_URL + `/accounts/${req.params.id}`));
  // the request continues the host (`@evil.example`): still SSRF
  // ruleid: javascript-ssrf
  const d = await fetch(`${process.env.SCORING_URL}${req.query.path}`);
  // ruleid: javascript-ssrf
  const e = await fetch(env.LEDGER_URL + req.query.rest);
  // a base that is not configuration, though a field of it is named so
  // ruleid: javascript-ssrf
  const f = await fetch(`${req.query.base}/v2/clients`);
  // ruleid: javascript-ssrf
  const g = await fetch(req.body.config.url + "/v2/clients");
  // ruleid: javascript-ssrf
  const h = await fetch(`${tenant.settings.apiUrl}/v2/${req.params.id}`);
  res.json([a, b, c, d, e, f, g, h]);
});
