const { pool } = require("./db");

// Helpers that return SQL text with a parameter written into it; the caller runs the result.
const loanInsertQuery = (loan) => {
  // ruleid: javascript-sql-returned-by-helper
  return `INSERT INTO loans VALUES ('${loan.client}', '${loan.purpose}', $1) RETURNING *;`;
};

function clientByIin(iin) {
  // ruleid: javascript-sql-returned-by-helper
  return `SELECT id, name FROM clients WHERE iin = '${iin}'`;
}

const repaymentsQuery = (loanId) => {
  // ruleid: javascript-sql-returned-by-helper
  return "SELECT * FROM repayments WHERE loan_id = " + loanId;
};

function closeLoan(loan) {
  // ruleid: javascript-sql-returned-by-helper
  return `UPDATE loans SET status = 'closed' WHERE id = ${loan.id}`;
}

async function deleteApplication(applicationId) {
  // ruleid: javascript-sql-returned-by-helper
  return `DELETE FROM applications WHERE id = ${applicationId}`;
}

// A number made of the parameter: nothing but digits reaches the text.
function loanById(id) {
  // ok: javascript-sql-returned-by-helper
  return `SELECT * FROM loans WHERE id = ${Number(id)}`;
}

// The parameter is not written into the text: only a constant table name, placeholders bound.
const scheduleQuery = (loanId) => {
  // ok: javascript-sql-returned-by-helper
  return `SELECT * FROM ${SCHEDULE_TABLE} WHERE loan_id = $1`;
};

// Text that is not SQL: a message with the parameter in it.
function greeting(user) {
  // ok: javascript-sql-returned-by-helper
  return `Select a loan, ${user.name}, from the list below`;
}

function updateLabel(count) {
  // ok: javascript-sql-returned-by-helper
  return `update ${count} records`;
}

// The value is escaped by the driver.
function clientByName(name) {
  // ok: javascript-sql-returned-by-helper
  return `SELECT * FROM clients WHERE name = ${pool.escapeLiteral(name)}`;
}

async function run(loan) {
  const res = await pool.query(loanInsertQuery(loan), [loan.dueDate]);
  return res.rows;
}

module.exports = { run, clientByIin, repaymentsQuery, closeLoan, deleteApplication, loanById, scheduleQuery, greeting, updateLabel, clientByName };
