const db = require("../db");

// A service function: the caller (a route in another file) passes the request's values.
async function exportLoans({ branchId, filter }) {
  const sql = `
    SELECT id, amount FROM loans
    WHERE branch_id = ${branchId}
      AND client_name ILIKE '%${filter}%'
  `;
  // ruleid: javascript-sql-string-concat
  const result = await db.query(sql);
  return result.rows;
}

async function findClient(iin) {
  // ruleid: javascript-sql-string-concat
  return db.query("SELECT * FROM clients WHERE iin = '" + iin + "'");
}

function search(term, branchId) {
  const filters = [];
  if (term) {
    filters.push(`(c.name ILIKE '%${term}%')`);
  }
  const where = filters.length ? `WHERE ${filters.join(" AND ")}` : "";
  const query = `SELECT c.id FROM clients c ${where} LIMIT 25`;
  // ruleid: javascript-sql-string-concat
  return pool.query(query);
}

const byStatus = async (status) => {
  // ruleid: javascript-sql-string-concat
  const rows = await knex.raw(`SELECT * FROM applications WHERE status = '${status}'`);
  return rows;
};

// Bound parameters: the text is constant.
async function findClientSafe(iin) {
  // ok: javascript-sql-string-concat
  return db.query("SELECT * FROM clients WHERE iin = $1", [iin]);
}

async function findByIds(ids) {
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: javascript-sql-string-concat
  return db.query(`SELECT * FROM loans WHERE id IN (${placeholders})`, ids);
}

async function byId(id) {
  // ok: javascript-sql-string-concat
  return db.query(`SELECT * FROM loans WHERE id = ${Number(id)}`);
}

// Values escaped by the driver (mysql's escape, Sequelize's escape, pg's escapeLiteral).
const resolveReminder = async (parent, args) => {
  const query = "select passphrase from passphrases WHERE reminder = " + sql.escape(args.reminder);
  // ok: javascript-sql-string-concat
  const [results] = await sql.query(query);
  return results[0];
};

async function byName(client, name) {
  // ok: javascript-sql-string-concat
  return client.query(`SELECT * FROM clients WHERE name = ${client.escapeLiteral(name)}`);
}

// A generic runner: the text is the caller's.
async function run(sql, params) {
  // ok: javascript-sql-string-concat
  return db.query(sql, params);
}

// Request handlers are javascript-sql-injection's.
router.get("/loans", async (req, res) => {
  // ok: javascript-sql-string-concat
  const r = await db.query(`SELECT * FROM loans WHERE id = ${req.query.id}`);
  res.json(r.rows);
});

// A constant table name from this module.
const TABLE = "loans";
async function count() {
  // ok: javascript-sql-string-concat
  return db.query(`SELECT count(*) FROM ${TABLE}`);
}

// execute() of something that is not SQL.
function runJob(job) {
  // ok: javascript-sql-string-concat
  return scheduler.execute(`job-${job.id}`);
}

// The query text chosen by a condition, one branch built from the parameter.
async function reportRows(name, safe) {
  const sql = safe
    ? SQL`SELECT * FROM reports WHERE name = ${name}`
    : `SELECT * FROM reports WHERE name = '${name}'`;
  // ruleid: javascript-sql-string-concat
  return sequelize.query(sql);
}

async function reportRowsJoined(name, safe) {
  const query = safe ? "SELECT * FROM reports WHERE name = ?" : "SELECT * FROM reports WHERE name = '" + name + "'";
  // ruleid: javascript-sql-string-concat
  return repo.query(query, safe ? [name] : []);
}

// Both branches constant.
async function reportOrder(desc) {
  const sql = desc ? "SELECT * FROM reports ORDER BY id DESC" : "SELECT * FROM reports ORDER BY id";
  // ok: javascript-sql-string-concat
  return db.query(sql);
}

// DynamoDB's ExecuteStatement (PartiQL): the statement text built from the parameter.
async function moviesByTitle(title) {
  // ruleid: javascript-sql-string-concat
  const params = { Statement: `SELECT * FROM Movies WHERE title='${title}'` };
  return dynamo.executeStatement(params).promise();
}

async function moviesByYear(year) {
  return client.send(
    // ruleid: javascript-sql-string-concat
    new ExecuteStatementCommand({ Statement: "SELECT * FROM Movies WHERE year = " + year })
  );
}

async function moviesByTitleBound(title) {
  // ok: javascript-sql-string-concat
  const params = { Statement: "SELECT * FROM Movies WHERE title = ?", Parameters: [{ S: title }] };
  return client.send(new ExecuteStatementCommand(params));
}

// A policy statement is no query.
function policyFor(bucket) {
  // ok: javascript-sql-string-concat
  return { Statement: [{ Effect: "Allow", Resource: `arn:aws:s3:::${bucket}/*` }] };
}

// The whole text is the parameter (a template with nothing around it): a generic runner.
async function runText(text, dry) {
  const sql = dry ? "SELECT 1" : `${text}`;
  // ok: javascript-sql-string-concat
  return db.query(sql);
}

// The application's own raw-SQL runner, called with text built from a parameter.
async function overdueByOfficer(officerName) {
  // ruleid: javascript-sql-string-concat
  return runRawSql(`SELECT * FROM loans WHERE officer = '${officerName}' AND overdue_days > 30`);
}

async function overdueByOfficerBound(officerName) {
  // ok: javascript-sql-string-concat
  return runRawSql("SELECT * FROM loans WHERE officer = $1", [officerName]);
}

// A name stored earlier and read back into a statement (second order).
async function officerReport(branchId) {
  const officers = await prisma.officer.findMany({ where: { branchId } });
  for (const o of officers) {
    const text = `SELECT '${o.fullName}' AS officer, COUNT(*) AS n FROM loans WHERE officer_id = '${o.id}'`;
    // ruleid: javascript-sql-string-concat
    await ledger.execSql(text);
  }
}

// The runner itself passes its text through unchanged.
async function runRawSql(sql) {
  // ok: javascript-sql-string-concat
  return (await pool.query(sql)).rows;
}

// A GraphQL document is no SQL.
async function repaymentsOf(loanId) {
  // ok: javascript-sql-string-concat
  return gql.executeQuery(`query { repayments(loan: "${loanId}") { amount } }`);
}
