const express = require("express");
const app = express();

app.get("/status", (req, res) => {
  const report = {
    uptime: process.uptime(),
    node: process.version,
    env: process.env,
  };
  // ruleid: javascript-environment-in-response
  res.json(report);
});

app.get("/debug/env", (req, res) => {
  // ruleid: javascript-environment-in-response
  res.send(process.env);
});

app.get("/debug/config", function (req, res) {
  // ruleid: javascript-environment-in-response
  res.json({ version: process.version, settings: process.env });
});

app.get("/health", (req, res) => {
  // ok: javascript-environment-in-response
  res.json({ status: "ok", region: process.env.APP_REGION, version: process.version });
});

app.get("/mode", (req, res) => {
  const report = { mode: process.env.NODE_ENV };
  // ok: javascript-environment-in-response
  res.json(report);
});

// Koa answers with whatever is assigned to ctx.body (or ctx.response.body).
const Router = require("@koa/router");
const router = new Router();

router.get("/debug-info", async (ctx) => {
  ctx.body = {
    success: true,
    debug: {
      environment: process.env.NODE_ENV || "development",
      nodeVersion: process.version,
      // ruleid: javascript-environment-in-response
      env: process.env,
    },
  };
});

router.get("/koa/env", async (ctx) => {
  // ruleid: javascript-environment-in-response
  ctx.response.body = { settings: process.env };
});

router.get("/koa/mode", async (ctx) => {
  // ok: javascript-environment-in-response
  ctx.body = { mode: process.env.NODE_ENV, region: process.env["APP_REGION"] };
});

router.get("/koa/local", async (ctx) => {
  const merged = { ...defaults, env: process.env };
  // ok: javascript-environment-in-response
  ctx.body = { status: "ok" };
  startWorker(merged);
});
