const express = require("express");
const axios = require("axios");

const app = express();

app.get("/partner/:id", async (req, res) => {
  // ruleid: javascript-ssrf-configured-host-path
  const a = await fetch(`${process.env.SCORING_URL}/v2/clients/${req.params.id}`);
  // ruleid: javascript-ssrf-configured-host-path
  const b = await axios.get(bureauConfig.baseUrl + "/reports/" + req.query.report);
  // ruleid: javascript-ssrf-configured-host-path
  const c = await fetch(joinUrl(env.LEDGER_URL + `/accounts/${req.params.id}`));
  // ok: javascript-ssrf-configured-host-path
  const s = await fetch(`${process.env.SCORING_URL}/v2/health`);
  // the request continues the host: javascript-ssrf (high)
  // ok: javascript-ssrf-configured-host-path
  const d = await fetch(`${process.env.SCORING_URL}${req.query.path}`);
  // ok: javascript-ssrf-configured-host-path
  const f = await fetch(`${req.query.base}/v2/clients`);
  // ok: javascript-ssrf-configured-host-path
  const g = await fetch(req.body.config.url + "/v2/clients");
  // ruleid: javascript-ssrf-configured-host-path
  const t = await fetch(this.config.scoring.url + "/v2/" + req.params.id);
  res.json([a, b, c, s, d, f, g, t]);
});
