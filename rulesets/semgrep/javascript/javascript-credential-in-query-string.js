const axios = require("axios");

async function pullBureauReport(iin, cfg) {
  // ruleid: javascript-credential-in-query-string
  const a = await fetch("https://bureau.example.kz/v1/report?iin=" + iin + "&api_key=" + cfg.bureauKey);
  // ruleid: javascript-credential-in-query-string
  const b = await axios.get(`https://scoring.example.kz/score?access_token=${cfg.scoringToken}&iin=${iin}`);
  const url = `https://sms.example.kz/send?login=mfo&password=${cfg.smsPassword}&to=${iin}`;
  // ruleid: javascript-credential-in-query-string
  const c = await fetch(url);
  // the credential in a header
  // ok: javascript-credential-in-query-string
  const d = await fetch("https://bureau.example.kz/v1/report?iin=" + iin, { headers: { Authorization: "Bearer " + cfg.bureauKey } });
  // a one-time link token and a paging token are no standing credential
  // ok: javascript-credential-in-query-string
  const e = await fetch("https://cabinet.example.kz/confirm?reset_token=" + cfg.resetCode);
  // ok: javascript-credential-in-query-string
  const f = await axios.get(`https://bureau.example.kz/v1/loans?page_token=${cfg.next}`);
  return [a, b, c, d, e, f];
}

function loginCallback(req, res, session) {
  // ruleid: javascript-credential-in-query-string
  res.redirect("https://partner.example.kz/cabinet?token=" + session.jwt);
  // ok: javascript-credential-in-query-string
  res.redirect("/cabinet?loan=" + req.params.loanId);
}

async function queryBuilders(iin, cfg, res) {
  const q = new URLSearchParams({ iin, api_key: cfg.bureauKey });
  // ruleid: javascript-credential-in-query-string
  const a = await fetch(`https://bureau.example.kz/v1/report?${q}`);
  const q2 = new URLSearchParams();
  q2.append("iin", iin);
  q2.append("access_token", cfg.scoringToken);
  // ruleid: javascript-credential-in-query-string
  const b = await fetch("https://scoring.example.kz/score?" + q2.toString());
  const target = new URL("https://partner.example.kz/cabinet");
  target.searchParams.set("token", cfg.sessionJwt);
  // ruleid: javascript-credential-in-query-string
  res.redirect(target.href);
  // ruleid: javascript-credential-in-query-string
  const c = await fetch("https://sms.example.kz/send?" + new URLSearchParams({ to: iin, password: cfg.smsPassword }));
  // ruleid: javascript-credential-in-query-string
  const d = await axios.get("https://scoring.example.kz/score", { params: { iin, apikey: cfg.scoringKey } });
  // ruleid: javascript-credential-in-query-string
  const e = await axios({ url: "https://scoring.example.kz/score", method: "get", params: { secret: cfg.scoringSecret } });
  // ruleid: javascript-credential-in-query-string
  const e2 = await axios.get("https://partner.example.kz/check", { params: { access_token: `${cfg.appId}|${cfg.appSecret}` } });
  // a value written whole in the literal
  // ok: javascript-credential-in-query-string
  const e3 = await axios.get("https://partner.example.kz/public", { params: { token: "public-demo" } });
  // a prefixed name, a paging token and a credential in a header are not reported
  const q3 = new URLSearchParams({ iin, page_token: cfg.next });
  // ok: javascript-credential-in-query-string
  const f = await fetch(`https://bureau.example.kz/v1/loans?${q3}`);
  // ok: javascript-credential-in-query-string
  const g = await axios.get("https://bureau.example.kz/v1/loans", { params: { reset_token: cfg.resetCode }, headers: { Authorization: cfg.bureauKey } });
  // the params built but sent in a POST body, not a URL
  const form = new URLSearchParams({ password: cfg.smsPassword });
  // ok: javascript-credential-in-query-string
  const h = await fetch("https://sms.example.kz/login", { method: "POST", body: form });
  return [a, b, c, d, e, e2, e3, f, g, h];
}

module.exports = { pullBureauReport, loginCallback };
