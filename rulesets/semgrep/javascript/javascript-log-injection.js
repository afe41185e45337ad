const express = require("express");
const logger = require("./logger");

const app = express();

app.post("/login", (req, res) => {
  const { login, password } = req.body;
  if (!authenticate(login, password)) {
    // ruleid: javascript-log-injection
    console.log("failed login for user: ", login);
    // ruleid: javascript-log-injection
    logger.warn("failed login for " + req.body.login);
    // ok: javascript-log-injection
    console.log("failed login for user: %s", login.replace(/[\r\n]/g, "_"));
    // ok: javascript-log-injection
    logger.warn("failed login", JSON.stringify({ login }));
    return res.status(401).end();
  }
  // ok: javascript-log-injection
  console.log("login succeeded");
  return res.redirect("/dashboard");
});
