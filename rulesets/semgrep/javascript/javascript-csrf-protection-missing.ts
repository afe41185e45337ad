import express from "express";
import session from "express-session";
import { doubleCsrf } from "csrf-csrf";

const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET ?? "" });
const app = express();
// ok: javascript-csrf-protection-missing
app.use(session({ secret: process.env.SESSION_SECRET ?? "", resave: false, saveUninitialized: false }));
app.use(doubleCsrfProtection);
