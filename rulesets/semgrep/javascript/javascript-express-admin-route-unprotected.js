const express = require("express");

const app = express();

// ruleid: javascript-express-admin-route-unprotected
app.get("/admin/loans/export", (req, res) => {
  res.json(loans.all());
});

// ruleid: javascript-express-admin-route-unprotected
app.post("/api/v2/users/:id/grant-role", async (req, res) => {
  await users.setRole(req.params.id, "officer");
  res.sendStatus(204);
});

// a delete of a user or an account is a privileged function too
// ruleid: javascript-express-admin-route-unprotected
app.delete("/api/accounts/:accountId", function (req, res) {
  accounts.remove(req.params.accountId).then(() => res.sendStatus(204));
});

// middleware between the path and the handler guards it
// ok: javascript-express-admin-route-unprotected
app.get("/admin/reports", requireAdmin, (req, res) => {
  res.json(reports.all());
});

// ok: javascript-express-admin-route-unprotected
app.delete("/api/accounts/:accountId", passport.authenticate("jwt"), (req, res) => {
  res.sendStatus(204);
});

// the handler checks who is asking
// ok: javascript-express-admin-route-unprotected
app.get("/admin/queue", (req, res) => {
  if (!req.user || req.user.role !== "admin") {
    return res.sendStatus(403);
  }
  res.json(queue.items());
});

// ok: javascript-express-admin-route-unprotected
app.get("/admin/limits", (req, res) => {
  if (!req.session.isAdmin) return res.redirect("/login");
  res.json(limits.all());
});

// not an administrative path
// ok: javascript-express-admin-route-unprotected
app.get("/api/rates", (req, res) => {
  res.json(rates.current());
});
