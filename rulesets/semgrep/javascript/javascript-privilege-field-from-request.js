const express = require("express");

const app = express();

app.post("/signup", async (req, res) => {
  const { email, password } = req.body;
  const accountRole = req.body.role;
  const officer = await Officer.create({
    email,
    password: await hash(password),
    // ruleid: javascript-privilege-field-from-request
    role: accountRole,
  });
  res.status(201).json({ id: officer.id });
});

app.put("/me", async (req, res) => {
  const me = await Officer.findByPk(req.user.id);
  // ruleid: javascript-privilege-field-from-request
  me.isAdmin = req.body.isAdmin;
  me.phone = req.body.phone;
  await me.save();
  res.json(me);
});

app.patch("/me/settings", async (req, res) => {
  const { permissions, theme } = req.body;
  // ruleid: javascript-privilege-field-from-request
  await Settings.updateOne({ owner: req.user.id }, { theme, permissions });
  res.sendStatus(204);
});

app.post("/signup/v2", async (req, res) => {
  // the role chosen in code
  // ok: javascript-privilege-field-from-request
  const officer = await Officer.create({ email: req.body.email, role: "officer" });
  // a role only read to choose what to look up
  // ok: javascript-privilege-field-from-request
  const peers = await Officer.findAll({ where: { role: req.body.role } });
  // a role shown back, not stored
  // ok: javascript-privilege-field-from-request
  res.json({ officer, peers, role: req.body.role });
});
