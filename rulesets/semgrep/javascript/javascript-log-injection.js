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

// a log file the application appends to itself
app.post("/signin", (req, res) => {
  const { username } = req.body;
  const line = `<div>Invalid login attempt for user: ${username}</div>`;
  // ruleid: javascript-log-injection
  fs.appendFileSync("logs.html", line);
  // ruleid: javascript-log-injection
  fs.appendFile(path.join(__dirname, "audit.log"), req.body.login + "\n", () => {});
  // ok: javascript-log-injection
  fs.appendFileSync("logs/access.log", username.replace(/[\r\n<>]/g, "_"));
  // ok: javascript-log-injection
  fs.appendFileSync("notes.txt", username);
  res.status(401).end();
});
