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

// The options object is built first and handed to cors() later.
const lenderCorsOptions = {
  // ruleid: javascript-cors-wildcard-credentials
  origin: true,
  credentials: true,
  maxAge: 600,
};
app.use(cors(lenderCorsOptions));

const partnerCorsOptions = {
  // ok: javascript-cors-wildcard-credentials
  origin: ["https://partner.example.kz"],
  credentials: true,
};
app.use(cors(partnerCorsOptions));

const publicCorsOptions = {
  // ok: javascript-cors-wildcard-credentials
  origin: true,
  credentials: false,
};
app.use(cors(publicCorsOptions));

// The request's Origin with a fallback, or read by another accessor, is still the request's Origin.
app.use((req, res, next) => {
  // ruleid: javascript-cors-wildcard-credentials
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.use((req, res, next) => {
  // ruleid: javascript-cors-wildcard-credentials
  res.header("Access-Control-Allow-Origin", req.headers["origin"]);
  // ruleid: javascript-cors-wildcard-credentials
  res.set("Access-Control-Allow-Origin", req.get("Origin") || "*");
  next();
});

// Credentials allowed by another middleware of the same file: the echoed Origin is sent with them.
app.use((req, res, next) => {
  const origin = req.headers.origin;
  // ruleid: javascript-cors-wildcard-credentials
  res.setHeader("Access-Control-Allow-Origin", origin);
  next();
});

const ALLOWED = ["https://lk.example.kz"];
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.includes(origin)) {
    // ok: javascript-cors-wildcard-credentials
    res.setHeader("Access-Control-Allow-Origin", origin);
  }
  next();
});

app.use((req, res, next) => {
  // ok: javascript-cors-wildcard-credentials
  res.setHeader("Access-Control-Allow-Origin", ALLOWED.includes(req.headers.origin) ? req.headers.origin : ALLOWED[0]);
  next();
});

// the headers given all at once (Node's writeHead, a headers object): the request's Origin
// echoed back together with credentials
app.get("/account", (req, res) => {
  let origin = req.headers["origin"];
  if (origin == undefined || origin == "") {
    origin = "*";
  }
  const headers = {
    // ruleid: javascript-cors-wildcard-credentials
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Credentials": "true",
    "Content-Type": "application/json",
  };
  res.writeHead(200, headers);
  res.end("{}");
});

app.get("/balance", (req, res) => {
  res.writeHead(200, {
    "Access-Control-Allow-Credentials": true,
    // ruleid: javascript-cors-wildcard-credentials
    "Access-Control-Allow-Origin": req.headers.origin,
  });
  res.end("{}");
});

app.get("/public-rates", (req, res) => {
  // without credentials the browser sends no cookies: a public, read-only answer
  res.writeHead(200, {
    // ok: javascript-cors-wildcard-credentials
    "Access-Control-Allow-Origin": req.headers.origin,
    "Content-Type": "application/json",
  });
  res.end("{}");
});

app.get("/partner", (req, res) => {
  res.writeHead(200, {
    // ok: javascript-cors-wildcard-credentials
    "Access-Control-Allow-Origin": "https://lk.example.kz",
    "Access-Control-Allow-Credentials": "true",
  });
  res.end("{}");
});
