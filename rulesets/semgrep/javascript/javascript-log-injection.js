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

// A header's value as the HTTP parser passes it holds no line break (CR and LF end the header
// line; Node refuses other control characters there too): logged as it came, it forges no entry.
// Decoded (percent-encoding, base64, JSON), it can hold any character again.
app.get("/kz/branches/:id", (req, res) => {
  // ok: javascript-log-injection
  console.log(`branch page: ${req.headers["user-agent"]} from ${req.ip}`);
  const agent = req.get("User-Agent");
  // ok: javascript-log-injection
  logger.info("agent " + agent + " referer " + req.header("referer"));
  const { headers } = req;
  // ok: javascript-log-injection
  logger.debug(`forwarded for ${headers["x-forwarded-for"]}`);
  // ruleid: javascript-log-injection
  logger.info("operator " + decodeURIComponent(req.headers["x-operator"]));
  const basic = Buffer.from(req.get("authorization").split(" ")[1], "base64").toString();
  // ruleid: javascript-log-injection
  console.warn("basic login attempt: " + basic.split(":")[0]);
  // ruleid: javascript-log-injection
  logger.info("client meta", JSON.parse(req.headers["x-client-meta"]).name);
  // the headers a monitor or a client was configured with are not the request's
  // ok: javascript-log-injection
  logger.info("probe headers", JSON.parse(branch.headers).accept);
  // ok: javascript-log-injection
  logger.info("probe token " + Buffer.from(client.header("x-probe"), "hex").toString());
  // query values are decoded from %0A: still request data with line breaks
  // ruleid: javascript-log-injection
  logger.info("branch search " + req.query.q + " by " + req.headers["user-agent"]);
  res.end();
});
