// Browser code of a lending site's pages: the URL a request goes to comes from the page's address.

async function openLoanFromLink() {
  const id = location.hash.replace(/^#loan-/, "");
  // ruleid: javascript-request-url-from-page-address
  const loan = await api.get(`/api/loans/${id}`);
  // ok: javascript-request-url-from-page-address
  const terms = await api.get("/api/terms");
  // ok: javascript-request-url-from-page-address
  const schedule = await api.get(`/api/loans/${encodeURIComponent(id)}/schedule`);
  return [loan, terms, schedule];
}

async function continueAfterLogin(token) {
  const next = new URLSearchParams(window.location.search).get("next");
  // ruleid: javascript-request-url-from-page-address
  await fetch(next, { headers: { Authorization: `Bearer ${token}` } });
  // ruleid: javascript-request-url-from-page-address
  await axios.get(document.referrer);
  // ok: javascript-request-url-from-page-address
  await fetch("/api/session", { headers: { Authorization: `Bearer ${token}` } });
}

// Server code is javascript-ssrf's: request data is no page address.
app.post("/webhooks/test", async (req, res) => {
  // ok: javascript-request-url-from-page-address
  const r = await axios.post(req.body.callbackUrl, { ping: true }, { timeout: 5000 });
  res.json(r.data);
});
