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

// Sequelize's Model.update(values, { where }) takes the values first and the options second; a
// hash's update(data, encoding) takes an encoding second
module.exports = (router, models) => {
  router.patch("/v2/members/:memberId", (req, res) => {
    // ruleid: javascript-mass-assignment
    models.member.update(req.body, { where: { id: req.params.memberId } }).then((n) => res.send(n));
  });
  router.patch("/v2/branches/:branchId", async (req, res) => {
    const options = { where: { id: req.params.branchId }, returning: true };
    // ruleid: javascript-mass-assignment
    await Branch.update(req.body, options);
    // ok: javascript-mass-assignment
    await Branch.update({ title: req.body.title }, options);
    const hasher = require("crypto").createHash("sha256");
    // ok: javascript-mass-assignment
    hasher.update(req.body, "utf8");
    const encoding = "latin1";
    // ok: javascript-mass-assignment
    hasher.update(req.body, encoding);
    res.json({ digest: hasher.digest("hex") });
  });
};

app.post("/guarantors", async (req, res) => {
  // fields destructured from the body or an empty default are fields, like req.body.field
  const { fullName, phone } = req.body || {};
  // ok: javascript-mass-assignment
  const guarantor = await Guarantor.create(fullName, phone);
  res.json(guarantor);
});
