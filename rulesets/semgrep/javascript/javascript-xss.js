const express = require("express");
const escapeHtml = require("escape-html");

const app = express();

app.get("/hello", (req, res) => {
  // ruleid: javascript-xss
  res.send("<h1>Welcome, " + req.query.name + "</h1>");
});

app.get("/hello2", (req, res) => {
  // ok: javascript-xss
  res.send("<h1>Welcome, " + escapeHtml(req.query.name) + "</h1>");
});

app.get("/api/hello", (req, res) => {
  // ok: javascript-xss
  res.json({ name: req.query.name });
});

function showName() {
  const name = new URLSearchParams(location.search).get("name");
  // ruleid: javascript-xss
  document.getElementById("greeting").innerHTML = "Hello, " + name;
  // ok: javascript-xss
  document.getElementById("greeting").textContent = "Hello, " + name;
  // ok: javascript-xss
  document.getElementById("greeting").innerHTML = DOMPurify.sanitize(name);
  // ruleid: javascript-xss
  $("#banner").html(location.hash.substring(1));
}

// A page fragment fetched again from the site: the page's query goes into the request's options
// (query parameters, headers), not into the HTML the server answers with.
async function refreshLoanCard(card, loan) {
  const qs = { ...parseQuery(window.location.search), refresh: "1" };
  // ok: javascript-xss
  card.innerHTML = await api.http.get(loan.url, { qs, headers: { "Cache-Control": "no-cache" } });
  // ok: javascript-xss
  card.innerHTML = await axios.get(loan.url, { params: qs });
  // ruleid: javascript-xss
  card.innerHTML = await api.http.get(location.hash.slice(1), { qs });
  // ruleid: javascript-xss
  card.innerHTML = await axios.get("/loans/card?id=" + qs.id);
}

// A value that is an own key of a known object, or in a known list or set, is one of the
// application's own values inside the check (not in its else branch).
const express = require("express");
const localeApp = express();
const LOCALES = { en: {}, kk: {}, ru: {} };
const CURRENCIES = ["KZT", "USD"];
localeApp.get("/locales/:locale", (req, res) => {
  const locale = req.params.locale.split(".")[0];
  if (Object.prototype.hasOwnProperty.call(LOCALES, locale)) {
    // ok: javascript-xss
    res.send(`{"${locale}":${JSON.stringify(LOCALES[locale])}}`);
  } else {
    res.status(404).send("Language not available");
  }
  const lang = req.query.lang;
  if (Object.prototype.hasOwnProperty.call(LOCALES, lang)) {
    // an else branch that uses the value keeps the whole check out (a known gap)
    // todook: javascript-xss
    res.send("<p>" + lang + "</p>");
  } else {
    // ruleid: javascript-xss
    res.send("<p>Unknown language " + lang + "</p>");
  }
  const currency = req.query.currency;
  if (CURRENCIES.includes(currency)) {
    // ok: javascript-xss
    res.send("<b>" + currency + "</b>");
  }
  // ruleid: javascript-xss
  res.send("<b>" + currency + "</b>");
});

// A text node is text, also through a shorthand bound to the document.
function showLoanError(msg) {
  const txt = document.createTextNode.bind(document);
  // ok: javascript-xss
  $("#loan-error").append(txt(`URL: ${window.location.href}`));
  // ok: javascript-xss
  $("#loan-error").append(document.createTextNode(window.location.hash));
  // ruleid: javascript-xss
  $("#loan-error").append(`URL: ${window.location.hash}`);
}

// Messages from any window: the data of a `message` event without a check of its origin.
window.addEventListener("message", (event) => {
  const address = event.data;
  // ruleid: javascript-xss
  document.getElementById("out").innerHTML += `<u>${address}</u>`;
});
window.addEventListener("message", (event) => {
  if (event.origin !== window.location.origin) return;
  // ok: javascript-xss
  document.getElementById("out").innerHTML = event.data;
});
window.addEventListener("message", showOffer, false);
function showOffer(e) {
  // ruleid: javascript-xss
  $("#offer").html(e.data.html);
}
window.onmessage = function (msg) {
  // ruleid: javascript-xss
  document.write(msg.data);
};
$(window).on("message", function (e) {
  // ruleid: javascript-xss
  $("#offer").append(e.originalEvent.data);
});
// a function that no `message` listener is given
function render(ev) {
  // ok: javascript-xss
  document.getElementById("out").innerHTML = ev.data;
}

// Values the server printed into the page's script: from the request (the page copy names them
// _REQVAL...), or from elsewhere (only underscores).
function newsletter() {
  var email = '_REQVAL______________________________________';
  // ruleid: javascript-xss
  document.getElementById("out").innerHTML = "Welcome: <b>" + email + "</b>";
  var greeting = "Hello, _REQVAL_____________!";
  // ruleid: javascript-xss
  document.getElementById("out").innerHTML = greeting;
  var title = "___________________";
  // ok: javascript-xss
  document.getElementById("out").innerHTML = "<h1>" + title + "</h1>";
  var rows = _REQVAL_________________;
  // ok: javascript-xss
  document.getElementById("out").textContent = rows;
}

// `+=` adds HTML as `=` does
function appendHash() {
  // ruleid: javascript-xss
  document.getElementById("log").innerHTML += location.hash.slice(1);
}

// the event's data taken apart in the listener's parameter
window.addEventListener("message", ({ data }) => {
  // ruleid: javascript-xss
  document.getElementById("offer").innerHTML = data.html;
});
window.addEventListener("message", ({ data, origin }) => {
  if (origin !== "https://pay.example.kz") return;
  // ok: javascript-xss
  document.getElementById("offer").innerHTML = data.html;
});

// the page built into a variable first, then sent
app.get("/loans/search", (req, res) => {
  const { iin } = req.query;
  const page = `<html><body><h2>Loans of ${iin}</h2></body></html>`;
  res.setHeader("Content-Type", "text/html");
  // ruleid: javascript-xss
  res.send(page);
});

app.get("/loans/greet", (req, res) => {
  let banner = "<div class='hello'>" + req.query.name + "</div>";
  // ruleid: javascript-xss
  res.send(banner);
});

app.get("/loans/count", (req, res) => {
  const page = `<p>${escapeHtml(req.query.product)}</p>`;
  // ok: javascript-xss
  res.send(page);
});

app.get("/loans/plain", (req, res) => {
  const total = computeTotal(req.query.term);
  // ok: javascript-xss
  res.json(total);
});
