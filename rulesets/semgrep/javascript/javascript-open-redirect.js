const express = require("express");

const app = express();

app.get("/login/done", (req, res) => {
  // ruleid: javascript-open-redirect
  res.redirect(req.query.next);
});

app.get("/logout", (req, res) => {
  // ok: javascript-open-redirect
  res.redirect("/");
});

app.get("/pay/return", (req, res) => {
  // ok: javascript-open-redirect
  res.redirect(`/loans/${encodeURIComponent(req.query.loanId)}`);
});

function goBack() {
  const target = new URLSearchParams(location.search).get("returnUrl");
  // ruleid: javascript-open-redirect
  window.location.href = target;
}
