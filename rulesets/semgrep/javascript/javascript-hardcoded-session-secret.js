const express = require("express");
const session = require("express-session");
const cookieSession = require("cookie-session");
const cookieParser = require("cookie-parser");

const app = express();

// ruleid: javascript-hardcoded-session-secret
app.use(session({ secret: "keyboard cat", resave: false, saveUninitialized: false }));
// ruleid: javascript-hardcoded-session-secret
app.use(cookieSession({ name: "sid", keys: ["loan-portal-2024", process.env.OLD_KEY] }));
// ruleid: javascript-hardcoded-session-secret
app.use(cookieParser("sign-me-please"));

// ok: javascript-hardcoded-session-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
// ok: javascript-hardcoded-session-secret
app.use(session({ secret: config.sessionSecret, resave: false }));
// ok: javascript-hardcoded-session-secret
app.use(cookieParser());
// ok: javascript-hardcoded-session-secret
app.use(cookieSession({ name: "sid", keys: [process.env.COOKIE_KEY] }));
