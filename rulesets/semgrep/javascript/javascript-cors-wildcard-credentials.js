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
