const express = require("express");
const session = require("express-session");
const cookieSession = require("cookie-session");

const app = express();

// ruleid: javascript-session-cookie-not-secure
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
// ruleid: javascript-session-cookie-not-secure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: true, maxAge: 3600000 } }));
// ruleid: javascript-session-cookie-not-secure
app.use(cookieSession({ name: "sid", keys: [process.env.COOKIE_KEY] }));

// ok: javascript-session-cookie-not-secure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } }));
// ok: javascript-session-cookie-not-secure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: process.env.NODE_ENV === "production" } }));
// ok: javascript-session-cookie-not-secure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: sessionCookieOptions }));
// ok: javascript-session-cookie-not-secure
app.use(session({ ...baseSessionOptions, secret: process.env.SESSION_SECRET }));
// ok: javascript-session-cookie-not-secure
app.use(cookieSession({ name: "sid", keys: [process.env.COOKIE_KEY], secure: true, httpOnly: true }));

// iron-session (and other session libraries configured by a cookieOptions object)
const sessionOptions = {
  password: process.env.SECRET_COOKIE_PASSWORD,
  cookieName: "app-session",
  // ruleid: javascript-session-cookie-not-secure
  cookieOptions: { secure: false },
};
// ruleid: javascript-session-cookie-not-secure
export const ironOptions = { password: process.env.SECRET, cookieName: "sid", cookieOptions: { httpOnly: true, secure: false } };
// ok: javascript-session-cookie-not-secure
export const ironProd = { password: process.env.SECRET, cookieName: "sid", cookieOptions: { secure: true } };
// ok: javascript-session-cookie-not-secure
export const ironEnv = { password: process.env.SECRET, cookieName: "sid", cookieOptions: { secure: process.env.NODE_ENV === "production" } };
