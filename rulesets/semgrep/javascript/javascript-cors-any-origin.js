const express = require("express");

const app = express();

app.use((req, res, next) => {
  // ruleid: javascript-cors-any-origin-credentials
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.use(function (req, res, next) {
  // ruleid: javascript-cors-any-origin-credentials
  res.header("access-control-allow-origin", "*");
  res.header("Access-Control-Allow-Credentials", true);
  next();
});

app.use((req, res, next) => {
  // ruleid: javascript-cors-any-origin-credentials
  res.set({ "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true" });
  next();
});

app.get("/rates", (req, res) => {
  // ruleid: javascript-cors-any-origin-header
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.json({ rate: 0.21 });
});

app.get("/public/offers", (req, res) => {
  // ruleid: javascript-cors-any-origin-header
  res.header("Access-Control-Allow-Origin", "*");
  res.json([]);
});

app.use((req, res, next) => {
  // ok: javascript-cors-any-origin-header
  res.setHeader("Access-Control-Allow-Origin", "https://lk.example.kz");
  // ok: javascript-cors-any-origin-credentials
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.use((req, res, next) => {
  // ruleid: javascript-cors-any-origin-header
  res.setHeader("Access-Control-Allow-Origin", "*");
  // ok: javascript-cors-any-origin-credentials
  res.setHeader("Access-Control-Allow-Credentials", "false");
  next();
});

app.use((req, res, next) => {
  // the header's name in capitals
  // ruleid: javascript-cors-any-origin-credentials
  res.setHeader("ACCESS-CONTROL-ALLOW-ORIGIN", "*");
  res.setHeader("Access-Control-Allow-Credentials", "TRUE");
  next();
});

app.get("/public/branches", (req, res) => {
  // ruleid: javascript-cors-any-origin-header
  res.append("Access-control-allow-origin", "*");
  // ok: javascript-cors-any-origin-header
  res.setHeader("Access-Control-Allow-Methods", "*");
  res.json([]);
});
