const express = require("express");
const { Pool } = require("pg");
const mysql = require("mysql2/promise");

const app = express();
const pool = new Pool();

app.get("/clients", async (req, res) => {
  const iin = req.query.iin;
  // ruleid: javascript-sql-injection
  const r1 = await pool.query("SELECT * FROM clients WHERE iin = '" + iin + "'");
  // ruleid: javascript-sql-injection
  const r2 = await pool.query(`SELECT * FROM loans WHERE client_iin = '${req.query.iin}'`);
  // ok: javascript-sql-injection
  const r3 = await pool.query("SELECT * FROM clients WHERE iin = $1", [iin]);
  const table = "clients";
  // ok: javascript-sql-injection
  const r4 = await pool.query("SELECT count(*) FROM " + table);
  // ok: javascript-sql-injection
  const r5 = await pool.query("SELECT * FROM loans WHERE id = " + parseInt(req.query.id, 10));
  res.json([r1, r2, r3, r4, r5]);
});

app.post("/payments/search", async (req, res) => {
  const conn = await mysql.createConnection({});
  const { status, sort } = req.body;
  // ruleid: javascript-sql-injection
  const [rows] = await conn.execute("SELECT * FROM payments WHERE status = '" + status + "' ORDER BY " + sort);
  // ok: javascript-sql-injection
  const [rows2] = await conn.execute("SELECT * FROM payments WHERE status = ?", [status]);
  // ruleid: javascript-sql-injection
  const rows3 = await knex("payments").whereRaw(`status = '${status}'`);
  // ok: javascript-sql-injection
  const rows4 = await knex("payments").where({ status });
  // ok: javascript-sql-injection
  const cached = cache.get(req.body.key);
  res.json([rows, rows2, rows3, rows4, cached]);
});

const SORT_COLUMNS = { amount: "amount", date: "created_at" };

app.get("/payments/sorted", async (req, res) => {
  const column = SORT_COLUMNS[req.query.sort] || "created_at";
  // ok: javascript-sql-injection
  const { rows } = await pool.query("SELECT * FROM payments ORDER BY " + column);
  const iin = req.query.iin;
  if (!/^\d{12}$/.test(iin)) return res.sendStatus(400);
  // ok: javascript-sql-injection
  const r2 = await pool.query("SELECT * FROM clients WHERE iin = '" + iin + "'");
  res.json([rows, r2.rows]);
});

// A plain Node http server: the query parsed out of req.url.
http.createServer(async (req, res) => {
  const iin = new URL(req.url, "http://localhost").searchParams.get("iin");
  // ruleid: javascript-sql-injection
  const { rows } = await pool.query("SELECT * FROM clients WHERE iin = '" + iin + "'");
  // ok: javascript-sql-injection
  const safe = await pool.query("SELECT * FROM clients WHERE iin = $1", [iin]);
  res.end(JSON.stringify([rows, safe.rows]));
});

// sqlite's get() takes SQL text; a document store's get() (CouchDB, PouchDB, LevelDB) a key
app.get("/schedule/:id", async (req, res) => {
  const db = openDocStore(req.tenant);
  // ok: javascript-sql-injection
  const doc = await db.get(req.params.id);
  // ruleid: javascript-sql-injection
  const row = await sqliteDb.get("SELECT * FROM schedule WHERE id = " + req.params.id);
  const sql = `SELECT * FROM schedule WHERE id = ${req.params.id}`;
  // ruleid: javascript-sql-injection
  const again = await db.get(sql);
  // ruleid: javascript-sql-injection
  db.all("SELECT * FROM schedule WHERE owner = '" + req.query.owner + "'", cb);
  res.json([doc, row, again]);
});
