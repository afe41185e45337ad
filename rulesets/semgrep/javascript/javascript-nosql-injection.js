const express = require("express");

const app = express();
app.use(express.json());

app.post("/login", async (req, res) => {
  // ruleid: javascript-nosql-injection
  const user = await User.findOne({ login: req.body.login, password: req.body.password });
  // ok: javascript-nosql-injection
  const user2 = await User.findOne({ login: String(req.body.login) });
  // ruleid: javascript-nosql-injection
  const loans = await db.collection("loans").find({ $where: "this.amount > " + req.body.min }).toArray();
  // ok: javascript-nosql-injection
  const loans2 = await db.collection("loans").find({ status: "active" }).toArray();
  // ok: javascript-nosql-injection
  const item = [1, 2, 3].find((x) => x === req.body.n);
  // Sequelize binds where values as SQL parameters
  // ok: javascript-nosql-injection
  const loan = await Loan.findOne({ where: { id: req.params.id, clientId: req.user.id } });
  // ok: javascript-nosql-injection
  const active = await Loan.findAll({ where: { branchId: req.query.branch }, limit: 50 });
  // ruleid: javascript-nosql-injection
  const payments = await db.collection("payments").find(req.body.filter).toArray();
  res.json([user, user2, loans, loans2, item, loan, active, payments]);
});

router.post("/operators/login", async (req, res) => {
  const operators = req.app.locals.db.collection("operators");
  // ruleid: javascript-nosql-injection
  const op = await operators.findOne({ login: req.body.login, password: req.body.password });
  // ok: javascript-nosql-injection
  const op2 = await operators.findOne({ login: String(req.body.login) });
  res.json({ ok: !!op && !!op2 });
});

router.put("/reviews", async (req, res) => {
  // a collection held by a db object (monk, mongojs, nedb) and the legacy update/remove methods
  // ruleid: javascript-nosql-injection
  const r = await db.reviews.update({ _id: req.body.id }, { $set: { message: req.body.message } }, { multi: true });
  // ok: javascript-nosql-injection
  const r2 = await db.reviews.update({ _id: String(req.body.id) }, { $set: { message: String(req.body.message) } });
  // Sequelize's update takes the values first and binds its where clause
  // ok: javascript-nosql-injection
  const n = await Review.update(req.body.values, { where: { id: req.params.id } });
  res.json([r, r2, n]);
});

// Bookshelf, Objection and Knex models take an object condition in where(); mongoose rarely so:
// where() is a MongoDB sink only in a module that imports mongoose or the MongoDB driver
router.get("/prices", async (req, res) => {
  // ok: javascript-nosql-injection
  const price = await this.StripePriceModel.where({ currency: req.query.currency, interval: req.query.cadence }).fetch();
  // ok: javascript-nosql-injection
  const rows = await Loan.where({ branchId: req.query.branch }).fetchAll();
  // ruleid: javascript-nosql-injection
  const member = await models.Member.findOne({ email: req.body.email });
  res.json([price, rows, member]);
});

// Express route parameters are path segments, always strings: in an object filter they match by
// equality and cannot carry $gt or $where (unlike req.body, or req.query parsed by qs)
router.post("/loans/:id/reorder", async (req, res) => {
  // ok: javascript-nosql-injection
  const loan = await Loan.findOne({ _id: req.params.id });
  // ok: javascript-nosql-injection
  const same = await db.collection("loans").findOne({ _id: req.params.id, branch: req.params.branch });
  const id = req.params.id;
  // ok: javascript-nosql-injection
  const many = await Payment.find({ loanId: id }).sort({ paidAt: -1 });
  // ok: javascript-nosql-injection
  const all = await Loan.find(req.params);
  // a route parameter concatenated into a $where script is still code: javascript-nosql-where-expression
  // ok: javascript-nosql-injection
  const odd = await Loan.find({ $where: "this.branch == '" + req.params.branch + "'" });
  // a route parameter parsed as JSON becomes an object that can hold operators
  // ruleid: javascript-nosql-injection
  const parsed = await Loan.find(JSON.parse(req.params.filter));
  // req.param() reads the body and the query string too
  // ruleid: javascript-nosql-injection
  const legacy = await Loan.findOne({ _id: req.param("id") });
  // the body next to a route parameter still can
  // ruleid: javascript-nosql-injection
  const mixed = await Loan.findOne({ _id: req.params.id, owner: req.body.owner });
  res.json([loan, same, many, all, odd, parsed, legacy, mixed]);
});

// MongoDB refuses an operator nested under $in or $nin ("cannot nest $ under $in"): the items of
// an array literal there are compared as values; the whole array taken from the body is not
router.post("/branches/:id/officers", async (req, res) => {
  const officer = req.body;
  // ok: javascript-nosql-injection
  const taken = await Branch.find({ officers: { $in: [officer.login] } }, { name: 1 });
  // ok: javascript-nosql-injection
  const free = await Branch.find({ officers: { $nin: [req.body.login, req.body.alias] } });
  // ruleid: javascript-nosql-injection
  const listed = await Branch.find({ officers: { $in: req.body.logins } });
  // ruleid: javascript-nosql-injection
  const named = await Branch.find({ officers: { $in: [officer.login] }, region: officer.region });
  res.json([taken, free, listed, named]);
});

// A String method's result is a string: an object or an array from the body has no such method
// (the call throws before the query runs), so it cannot carry an operator into the filter
router.post("/kz/clients/lookup", async (req, res) => {
  // ok: javascript-nosql-injection
  const byIin = await Client.findOne({ iin: req.body.iin.trim() });
  // ok: javascript-nosql-injection
  const byMail = await Client.findOne({ email: req.body.email.toLowerCase() });
  const phone = req.body.phone.replace(/\D/g, "");
  // ok: javascript-nosql-injection
  const byPhone = await Client.findOne({ phone });
  // ok: javascript-nosql-injection
  const byCode = await Agent.findOne({ code: req.query.agent.toUpperCase().trim() });
  // ruleid: javascript-nosql-injection
  const mixed = await Client.findOne({ email: req.body.email, region: req.body.region.trim() });
  const login = req.body.login;
  const shown = login.toLowerCase();
  // the method's result is clean, the value it was called on is not
  // ruleid: javascript-nosql-injection
  const byLogin = await Client.findOne({ login });
  // text parsed into an object after trimming can hold operators again
  // ruleid: javascript-nosql-injection
  const parsed = await Client.find(JSON.parse(req.body.filter.trim()));
  res.json([byIin, byMail, byPhone, byCode, mixed, shown, byLogin, parsed]);
});

// A document the database returned is not request data: used as a filter (whole, one element or
// its _id) it holds what was stored, whatever filter found it. The update document is a separate
// argument the rule does not read; the filter stays reported when it comes from the body.
router.put("/kz/tariffs/:code", async (req, res) => {
  // ruleid: javascript-nosql-injection
  const found = await Tariff.find({ code: req.body.code, branch: req.body.branch });
  // ok: javascript-nosql-injection
  await Tariff.updateOne(found[0], req.body);
  // ruleid: javascript-nosql-injection
  const one = await Tariff.findOne({ code: req.body.code }).lean();
  // ok: javascript-nosql-injection
  await Tariff.updateOne({ _id: one._id }, { $set: { rate: String(req.body.rate) } });
  const byId = await Tariff.findById(req.body.id).exec();
  // ok: javascript-nosql-injection
  await Tariff.deleteOne(byId);
  // ruleid: javascript-nosql-injection
  const [grouped] = await Tariff.aggregate([{ $match: { branch: req.body.branch } }]);
  // ok: javascript-nosql-injection
  await Tariff.updateMany({ group: grouped._id }, req.body);
  // ruleid: javascript-nosql-injection
  await Tariff.updateOne(req.body, { $set: { archived: true } });
  // ruleid: javascript-nosql-injection
  await Tariff.updateOne(req.body.filter, found[0]);
  // ruleid: javascript-nosql-injection
  await Tariff.deleteMany({ code: req.body.code, owner: one.owner });
  // a value read from the body beside the returned document keeps its taint
  const mix = { ...found[0], branch: req.body.branch };
  // ruleid: javascript-nosql-injection
  await Tariff.updateOne(mix, { $set: { archived: true } });
  // an array's own find returns one of its (request) elements, not a stored document
  const picked = req.body.items.find((i) => i.main);
  // ruleid: javascript-nosql-injection
  await Tariff.findOne(picked);
  // a model the application hangs on the request is still a model
  const stored = await req.db.Tariff.findOne({ code: String(req.body.code) });
  // ok: javascript-nosql-injection
  await req.db.Tariff.updateOne(stored, req.body);
  // an array in the body is not a model, whatever its name
  const Picked = await req.body.Items.find((i) => i.main);
  // ruleid: javascript-nosql-injection
  await Tariff.findOne(Picked);
  res.json([found, one, byId, grouped]);
});
