const crypto = require("crypto");
const express = require("express");
const mailer = require("./mailer");

const router = express.Router();
const PUBLIC_BASE_URL = process.env.PUBLIC_BASE_URL;

router.post("/password/forgot", async (req, res) => {
  const token = crypto.randomBytes(32).toString("hex");
  await saveResetToken(req.body.email, token);
  // ruleid: javascript-reset-link-host-header
  const link = `${req.protocol}://${req.get("host")}/password/reset?token=${token}`;
  await mailer.send(req.body.email, "Reset your password", link);
  res.json({ sent: true });
});

router.post("/password/forgot-2", async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString("hex");
  const host = req.headers.host;
  // ruleid: javascript-reset-link-host-header
  const resetUrl = `https://${host}/reset/${resetToken}`;
  await mailer.send(req.body.email, "Reset", resetUrl);
  res.sendStatus(204);
});

router.post("/borrowers/invite", async (req, res) => {
  const code = crypto.randomBytes(16).toString("hex");
  // ruleid: javascript-reset-link-host-header
  const url = "https://" + req.headers["x-forwarded-host"] + "/activate?code=" + code;
  await mailer.send(req.body.email, "Activate your account", url);
  res.sendStatus(204);
});

router.post("/email/verify", async (req, res) => {
  const verificationToken = crypto.randomBytes(16).toString("hex");
  // ruleid: javascript-reset-link-host-header
  const verifyLink = `http://${req.hostname}/verify-email?token=${verificationToken}`;
  await mailer.send(req.body.email, "Confirm", verifyLink);
  res.sendStatus(204);
});

router.post("/password/forgot-configured", async (req, res) => {
  const token = crypto.randomBytes(32).toString("hex");
  // ok: javascript-reset-link-host-header
  const link = `${PUBLIC_BASE_URL}/password/reset?token=${token}`;
  await mailer.send(req.body.email, "Reset your password", link);
  res.json({ sent: true });
});

router.get("/loans", (req, res) => {
  // a self link of the page being served carries no secret
  // ok: javascript-reset-link-host-header
  const self = `${req.protocol}://${req.get("host")}${req.originalUrl}`;
  res.json({ self, items: [] });
});

router.get("/loans/next", (req, res) => {
  // ok: javascript-reset-link-host-header
  const next = `${req.protocol}://${req.get("host")}/loans?page=${Number(req.query.page) + 1}`;
  res.json({ next });
});

// the handler as a whole is not the link
// ok: javascript-reset-link-host-header
exports.forgot = async (req, res) => {
  const host = req.headers.host;
  const resetToken = crypto.randomBytes(32).toString("hex");
  // ruleid: javascript-reset-link-host-header
  const resetLink = `http://${host}/reset-password?token=${resetToken}`;
  await mailer.send(req.body.email, "Reset", resetLink);
  res.sendStatus(204);
};

function verificationLink(user, options) {
  // a host of the application's own options, not of the request
  // ok: javascript-reset-link-host-header
  const verifyHref = options.protocol + "://" + options.host + "/api/users/confirm?uid=" + user.id;
  return verifyHref;
}
