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
