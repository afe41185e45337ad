const express = require("express");
const vm = require("vm");
const ejs = require("ejs");

const app = express();
const OPERATIONS = { sum: (a, b) => a + b };

app.get("/calc", (req, res) => {
  // ruleid: javascript-code-injection
  const result = eval(req.query.expr);
  // ruleid: javascript-code-injection
  const fn = new Function("amount", "return " + req.query.formula);
  // ruleid: javascript-code-injection
  vm.runInNewContext(req.query.script, {});
  // ruleid: javascript-code-injection
  const html = ejs.render("<p>Hello " + req.query.name + "</p>");
  // ok: javascript-code-injection
  const html2 = ejs.render("<p>Hello <%= name %></p>", { name: req.query.name });
  // ok: javascript-code-injection
  const op = OPERATIONS[req.query.op];
  // ok: javascript-code-injection
  setTimeout(() => console.log(req.query.op), 1000);
  // ok: javascript-code-injection
  const data = JSON.parse(req.query.data);
  res.send([result, fn, html, html2, op, data].join(","));
});

app.post("/greeting", (req, res) => {
  const jade = require("jade");
  const dust = require("dustjs-linkedin");
  const Vue = require("vue");
  // ruleid: javascript-code-injection
  const fn = jade.compile("p Hello " + req.body.name);
  // ruleid: javascript-code-injection
  const compiled = dust.compile("<p>" + req.body.name + "</p>", "hello");
  // ruleid: javascript-code-injection
  const page = new Vue({ template: `<p>${req.body.name}</p>` });
  // ok: javascript-code-injection
  const safe = new Vue({ template: "<p>{{ name }}</p>", data: { name: req.body.name } });
  res.send([fn, compiled, page, safe].length);
});

app.post("/loan/calculator", (req, res) => {
  // ruleid: javascript-code-injection
  const monthly = mathjs.evaluate(req.body.formula);
  // ruleid: javascript-code-injection
  const total = math.eval(req.body.expression);
  // ok: javascript-code-injection
  const fixed = math.evaluate("principal * rate / 12", { principal: Number(req.body.principal), rate: 0.2 });
  res.json({ monthly, total, fixed });
});

// A timer given a function, whose body stores a URL value in a page-wide variable, runs no text.
// ok: javascript-code-injection
setInterval(() => {
  theme = location.hash.slice(1);
  document.body.className = theme;
}, 300);
// ok: javascript-code-injection
setTimeout(function () {
  section = window.location.search;
}, 10);
// ruleid: javascript-code-injection
setTimeout("show('" + location.hash.slice(1) + "')", 10);

// A value the server printed from the request into a string the page evaluates.
// ruleid: javascript-code-injection
eval("document.write(_REQVAL_______________________)");
// ok: javascript-code-injection
eval("document.write(______________)");

// Messages from any window evaluated as code.
window.addEventListener("message", (event) => {
  // ruleid: javascript-code-injection
  new Function(event.data.script)();
});
window.addEventListener("message", (event) => {
  if (event.origin === "https://widgets.example.kz") {
    // ok: javascript-code-injection
    eval(event.data.script);
  }
});

// A plain Node http server: the query parsed out of req.url.
http.createServer((req, res) => {
  const { query } = url.parse(req.url, true);
  // ruleid: javascript-code-injection
  res.end(String(eval(query.expression)));
  // ok: javascript-code-injection
  res.end(String(eval("1 + 1")));
});
