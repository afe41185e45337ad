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

// Options over several lines: the finding is on the flag that weakens the cookie.
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    cookie: {
      // ruleid: javascript-insecure-cookie
      secure: false,
      // ruleid: javascript-insecure-cookie
      httpOnly: false,
      sameSite: "none"
    }
  })
);

app.use(
  cookieSession({
    name: "sid",
    keys: [process.env.COOKIE_KEY],
    // ruleid: javascript-insecure-cookie
    httpOnly: false
  })
);

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      // ok: javascript-insecure-cookie
      secure: true,
      httpOnly: true
    }
  })
);

// A cookie that carries a password or a secret is as sensitive as a session's.
app.get("/remember", (req, res) => {
  // ruleid: javascript-insecure-cookie
  res.cookie("password", req.query.current_password);
  // ruleid: javascript-insecure-cookie
  res.cookie("cabinet_pwd", req.body.pwd, { maxAge: 3600000 });
  // ruleid: javascript-insecure-cookie
  res.cookie("clientSecret", secret, { httpOnly: true });
  // ok: javascript-insecure-cookie
  res.cookie("password_hint_shown", "1", { secure: true, httpOnly: true });
  // ok: javascript-insecure-cookie
  res.cookie("theme", "dark");
});
