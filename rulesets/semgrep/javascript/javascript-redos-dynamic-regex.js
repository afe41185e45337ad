const express = require("express");
const _ = require("lodash");

const app = express();

app.get("/clients/search", (req, res) => {
  // ruleid: javascript-redos-dynamic-regex
  const re = new RegExp(req.query.q, "i");
  // ruleid: javascript-redos-dynamic-regex
  const re2 = new RegExp("^" + req.query.prefix + ".*$");
  // ok: javascript-redos-dynamic-regex
  const re3 = new RegExp(_.escapeRegExp(req.query.q), "i");
  // ok: javascript-redos-dynamic-regex
  const re4 = new RegExp("^\\d{12}$");
  res.json([re, re2, re3, re4].map(String));
});
