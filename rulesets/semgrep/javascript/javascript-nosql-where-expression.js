// A $where clause is JavaScript the database runs: any non-constant text inside it is code.

function findByMinimum(collection, ownerId, minimum) {
  // ruleid: javascript-nosql-where-expression
  return collection.find({ $where: `this.owner == ${ownerId} && this.total > '${minimum}'` });
}

function findByName(collection, name) {
  // ruleid: javascript-nosql-where-expression
  return collection.find({ "$where": "this.name == '" + name + "'" });
}

function loansAbove(Loan, amount) {
  // ruleid: javascript-nosql-where-expression
  return Loan.find().$where("this.amount > " + amount);
}

function buildFilter(limit) {
  const filter = {};
  // ruleid: javascript-nosql-where-expression
  filter.$where = `this.count < ${limit}`;
  return filter;
}

function constantWhere(collection) {
  // ok: javascript-nosql-where-expression
  return collection.find({ $where: "this.closedAt > this.openedAt" });
}

function operators(collection, ownerId, minimum) {
  // ok: javascript-nosql-where-expression
  return collection.find({ owner: ownerId, total: { $gt: Number(minimum) } });
}

function whereFunction(collection) {
  // ok: javascript-nosql-where-expression
  return collection.find({ $where: function () { return this.a > this.b; } });
}
