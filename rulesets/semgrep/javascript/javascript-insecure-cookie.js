const express = require("express");
const session = require("express-session");

const app = express();
// ruleid: javascript-insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: false, httpOnly: true } }));
// ok: javascript-insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));

app.post("/login", (req, res) => {
  const token = issueToken(req.body.login);
  // ruleid: javascript-insecure-cookie
  res.cookie("access_token", token);
  // ok: javascript-insecure-cookie
  res.cookie("access_token", token, { secure: true, httpOnly: true, sameSite: "lax" });
  // ok: javascript-insecure-cookie
  res.cookie("lang", "ru");
  res.end();
});
