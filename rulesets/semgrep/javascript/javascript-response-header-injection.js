const express = require("express");
const jwt = require("jsonwebtoken");
const app = express();

const TYPES = { pdf: "application/pdf", csv: "text/csv" };

app.get("/statement", (req, res) => {
  // ruleid: javascript-response-header-injection
  res.setHeader("Content-Type", req.query.type);
  // ruleid: javascript-response-header-injection
  res.set("Content-Disposition", `attachment; filename=${req.query.name}`);
  // ruleid: javascript-response-header-injection
  res.header("X-Client-Ref", req.get("X-Ref"));
  // ruleid: javascript-response-header-injection
  res.writeHead(200, { "Content-Language": req.cookies.lang });
  // ok: javascript-response-header-injection
  res.setHeader("Content-Type", TYPES[req.query.type] === undefined ? "application/pdf" : "text/csv");
  // ok: javascript-response-header-injection
  res.set("Content-Disposition", "attachment; filename*=UTF-8''" + encodeURIComponent(req.query.name));
  // ok: javascript-response-header-injection
  res.setHeader("X-Loan", parseInt(req.params.id, 10));
  // ok: javascript-response-header-injection
  res.setHeader("Cache-Control", "no-store");
  // a path on the same site is no open redirect, but it carries the client's CR/LF all the same
  // ruleid: javascript-response-header-injection
  res.setHeader("Location", "/statement?lang=" + req.query.lang);
  // ok: javascript-response-header-injection
  res.header("X-RateLimit-Remaining", Math.floor(limits.overrides[req.ip].tokens));
  // ok: javascript-response-header-injection
  res.header("X-RateLimit-Limit", options.overrides[req.headers["x-forwarded-for"]].burst);
  const token = jwt.sign({ user: req.body.username }, process.env.JWT_SECRET);
  // ok: javascript-response-header-injection
  res.setHeader("Authorization", "Bearer " + token);
  res.send("ok");
});

async function koaHandler(ctx) {
  // ruleid: javascript-response-header-injection
  ctx.set("X-Trace", ctx.query.trace);
  // ok: javascript-response-header-injection
  ctx.set("X-Trace", ctx.query.trace.replace(/[\r\n]/g, ""));
}

module.exports = { app, koaHandler };
