const express = require("express");
const helmet = require("helmet");
const csurf = require("csurf");

const app = express();
// ruleid: javascript-security-middleware-disabled
app.use(helmet({ contentSecurityPolicy: false }));
// ok: javascript-security-middleware-disabled
app.use(helmet());
// ruleid: javascript-security-middleware-disabled
app.use(csurf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST"] }));
// ok: javascript-security-middleware-disabled
app.use(csurf({ cookie: true }));
