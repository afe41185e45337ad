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

// A target behind a lone "/" is protocol-relative when the value starts with "/" ("//evil.example").
function themeOrPage() {
  const m = location.hash.split("#")[1];
  // ruleid: javascript-open-redirect
  location.href = "/" + m;
  // ruleid: javascript-open-redirect
  window.location.href = `/${m}`;
  // ok: javascript-open-redirect
  location.href = "/loans/" + m;
  // ok: javascript-open-redirect
  location.href = `/loans/${m}`;
}

// Bare assignments to the page's location (and its frames') navigate as well as `location.href =`.
function goNext() {
  const params = new URLSearchParams(window.location.search);
  const next = tidy(params.get("r") || "");
  // ruleid: javascript-open-redirect
  location = next;
  // ruleid: javascript-open-redirect
  document.location = next;
  // ruleid: javascript-open-redirect
  document.location.href = next;
  // ruleid: javascript-open-redirect
  top.location = next;
  // ok: javascript-open-redirect
  location = "/home";
}

// Messages from any window: the data of a `message` event without a check of its origin.
window.addEventListener("message", (event) => {
  // ruleid: javascript-open-redirect
  window.location.href = event.data.returnUrl;
});
window.addEventListener("message", function (event) {
  if (event.origin !== "https://pay.example.kz") {
    return;
  }
  // ok: javascript-open-redirect
  location.assign(event.data.returnUrl);
});
window.addEventListener("message", onPaymentDone, false);
function onPaymentDone(msg) {
  // ruleid: javascript-open-redirect
  location.replace(msg.data);
}

// A value the server printed from the request into the page's script (the page copy names it
// _REQVAL...); a value printed from elsewhere is only underscores.
function afterLogin() {
  var target = "_REQVAL__________________________";
  // ruleid: javascript-open-redirect
  location = target;
  var home = "________________";
  // ok: javascript-open-redirect
  location = home;
}

// a local variable named `location` is not the page's
app.get("/branches", (req, res) => {
  let location = "Almaty";
  if (req.query.city) {
    // ok: javascript-open-redirect
    location = req.query.city;
  }
  res.json({ location });
});
function describe(location) {
  // ok: javascript-open-redirect
  location = location.trim() || window.location.hash;
  return location;
}

// The page's own address cut to a prefix or extended with a path stays on the page's site; the
// referrer is the page that sent the user here, which an attacker can only make its own.
function toTimeslider() {
  // ok: javascript-open-redirect
  document.location = `${document.location.pathname}/timeslider`;
  // ok: javascript-open-redirect
  document.location = document.location.href.substring(0, document.location.href.lastIndexOf("/"));
  // ok: javascript-open-redirect
  window.location.href = window.location.href.split("?")[0];
  // ok: javascript-open-redirect
  document.location = document.referrer;
  // ruleid: javascript-open-redirect
  document.location = document.location.href.substring(document.location.href.indexOf("next=") + 5);
}
