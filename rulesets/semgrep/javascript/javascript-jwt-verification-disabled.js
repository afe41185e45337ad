const jwt = require("jsonwebtoken");

function authMiddleware(req, res, next) {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  // ruleid: javascript-jwt-verification-disabled
  req.user = jwt.decode(token);
  next();
}

function authMiddlewareOk(req, res, next) {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  // ok: javascript-jwt-verification-disabled
  req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
  next();
}

function checkToken(token) {
  // ruleid: javascript-jwt-verification-disabled
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256", "none"] });
}

function showExpiry(token) {
  // ok: javascript-jwt-verification-disabled
  return new Date(jwt.decode(token).exp * 1000);
}

// Verification options kept in one object and shared by every route.
const sharedVerifyOptions = {
  issuer: "https://auth.example.kz",
  // ruleid: javascript-jwt-verification-disabled
  algorithms: ["HS256", "none"],
};

function readSession(token) {
  return jwt.verify(token, process.env.SESSION_KEY, sharedVerifyOptions);
}

const strictVerifyOptions = {
  issuer: "https://auth.example.kz",
  // ok: javascript-jwt-verification-disabled
  algorithms: ["RS256", "ES256"],
};

function readStrictSession(token) {
  return jwt.verify(token, process.env.SESSION_PUBLIC_KEY, strictVerifyOptions);
}

// Koa middleware takes (ctx, next).
const koaUser = async (ctx, next) => {
  const token = ctx.headers.authorization?.replace("Bearer ", "");
  // ruleid: javascript-jwt-verification-disabled
  ctx.state.user = jwt.decode(token);
  await next();
};

const verifiedKoaUser = async (ctx, next) => {
  const token = ctx.headers.authorization?.replace("Bearer ", "");
  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
  // ok: javascript-jwt-verification-disabled
  ctx.state.kid = jwt.decode(token, { complete: true }).header.kid;
  ctx.state.user = claims;
  await next();
};

const showTokenExpiry = (token) => {
  // ok: javascript-jwt-verification-disabled
  return new Date(jwt.decode(token).exp * 1000);
};

// a route handler that decodes the caller's token itself and decides on a role claim it read
// from it: the claim is whatever the client wrote
const express = require("express");
const api = express();
api.get("/v1/admin/applications", (req, res) => {
  // ruleid: javascript-jwt-verification-disabled
  const claims = jwt.decode(req.headers.authorization.split(" ")[1]);
  Application.findAll().then((rows) => {
    if (claims.role === "admin") {
      res.json(rows);
    } else {
      res.status(403).end();
    }
  });
});

api.get("/v1/profile/greeting", (req, res) => {
  // the token's own claims shown back to its holder, nothing decided by them
  // ok: javascript-jwt-verification-disabled
  const claims = jwt.decode(req.cookies.session);
  res.json({ greeting: `Hello ${claims.name}` });
});

api.get("/v1/officer/queue", async (req, res) => {
  const token = req.get("authorization").replace("Bearer ", "");
  const verified = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
  // ok: javascript-jwt-verification-disabled
  const header = jwt.decode(token, { complete: true });
  if (verified.role === "officer" && header.header.kid) {
    res.json(await queue.items());
  }
});
