const express = require("express");
const session = require("express-session");

const app = express();

// ruleid: javascript-csrf-protection-missing
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const admin = express();
// ok: javascript-csrf-protection-missing
admin.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: "strict" } }));

const portal = express();
// ok: javascript-csrf-protection-missing
portal.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
portal.use(csrf());
