const express = require("express");

const router = express.Router();

router.post("/operator/branch", (req, res) => {
  // ruleid: javascript-trust-boundary-session
  req.session.role = req.body.role;
  // ruleid: javascript-trust-boundary-session
  req.session["branch"] = req.query.branch;
  // ok: javascript-trust-boundary-session
  req.session.visited = true;
  res.redirect("/operator");
});

router.post("/login", async (req, res) => {
  const user = await authenticate(req.body.login, req.body.password);
  // ok: javascript-trust-boundary-session
  req.session.userId = user.id;
  res.redirect("/");
});

module.exports = router;
