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

// $function and $accumulator run their body as JavaScript in the server, as $where does.
function byFunctionBody(collection, expr) {
  return collection.findOne({
    // ruleid: javascript-nosql-where-expression
    $expr: { $function: { body: `${expr} || true`, args: [], lang: "js" } },
  });
}

function byAccumulator(collection, init) {
  return collection.aggregate([
    {
      $group: {
        _id: "$branch",
        total: {
          $accumulator: {
            // ruleid: javascript-nosql-where-expression
            init: "function() { return " + init + "; }",
            accumulate: "function(state, v) { return state + v; }",
            accumulateArgs: ["$amount"],
            merge: "function(a, b) { return a + b; }",
            lang: "js",
          },
        },
      },
    },
  ]);
}

function constantFunctionBody(collection) {
  return collection.findOne({
    // ok: javascript-nosql-where-expression
    $expr: { $function: { body: "function(a) { return a > 1; }", args: ["$n"], lang: "js" } },
  });
}

// a route parameter is a string, but in a $where script a string is code
router.get("/branches/:branch/loans", async (req, res) => {
  // ruleid: javascript-nosql-where-expression
  res.json(await Loan.find({ $where: "this.branch == '" + req.params.branch + "'" }));
});
