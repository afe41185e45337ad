const express = require("express");
const cors = require("cors");

const app = express();
// ruleid: javascript-cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true }));
// ok: javascript-cors-wildcard-credentials
app.use(cors({ origin: ["https://lk.example.kz"], credentials: true }));
// ok: javascript-cors-wildcard-credentials
app.use(cors());

app.use((req, res, next) => {
  // ruleid: javascript-cors-wildcard-credentials
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});
