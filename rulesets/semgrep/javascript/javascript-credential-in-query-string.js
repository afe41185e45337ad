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

module.exports = { pullBureauReport, loginCallback };
