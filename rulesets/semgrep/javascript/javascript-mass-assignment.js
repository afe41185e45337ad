const express = require("express");

const app = express();

app.post("/loans", async (req, res) => {
  // ruleid: javascript-mass-assignment
  const loan = await Loan.create(req.body);
  const { amount, termDays } = req.body;
  // ok: javascript-mass-assignment
  const loan2 = await Loan.create({ amount, termDays, status: "new", clientId: req.user.id });
  res.json([loan, loan2]);
});

app.put("/profile", async (req, res) => {
  const client = await Client.findByPk(req.user.id);
  // ruleid: javascript-mass-assignment
  Object.assign(client, req.body);
  // ruleid: javascript-mass-assignment
  await Client.findByIdAndUpdate(req.user.id, req.body);
  // ok: javascript-mass-assignment
  await Client.findByIdAndUpdate(req.user.id, { phone: req.body.phone });
  // ok: javascript-mass-assignment
  const sig = require("crypto").createHmac("sha256", process.env.KEY).update(req.body).digest("hex");
  await client.save();
  res.json({ sig });
});
