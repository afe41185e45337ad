const express = require('express');
const db = require('./db');
const ledger = require('./ledger');
const logger = require('./logger');

const app = express();

app.post('/payouts', async (req, res) => {
  // The client names the account the payout is taken from.
  const userId = req.headers['x-user-id'];
  // ruleid: javascript-identity-from-client-header
  await ledger.debit(userId, Number(req.body.amount));
  res.json({ ok: true });
});

app.get('/loans', async (req, res) => {
  const customer = req.get('X-Customer-Id');
  // ruleid: javascript-identity-from-client-header
  const own = await db.query('SELECT * FROM loans WHERE customer_id = $1', [customer]);
  // the read written straight into the array is not seen (semgrep's taint of an array element)
  // todoruleid: javascript-identity-from-client-header
  const rows = await db.query('SELECT * FROM loans WHERE customer_id = $1', [req.get('X-Customer-Id')]);
  res.json({ own, rows });
});

app.get('/balance', async (req, res) => {
  const account = req.header('X-Account-Id');
  // ruleid: javascript-identity-from-client-header
  const acc = await db.accounts.findOne({ where: { id: account } });
  res.json({ balance: acc.balance });
});

app.get('/me/balance', async (req, res) => {
  // The user a verified token gave; request ids and idempotency keys are not identities.
  // ok: javascript-identity-from-client-header
  const acc = await db.accounts.findOne({ where: { id: req.user.id } });
  // ok: javascript-identity-from-client-header
  await db.audit.insert({ requestId: req.headers['x-request-id'] });
  // ok: javascript-identity-from-client-header
  await ledger.once(req.get('Idempotency-Key'));
  const claimed = req.headers['x-user-id'];
  // Only logged or echoed: no one acts as that user.
  // ok: javascript-identity-from-client-header
  logger.info('caller claims', claimed);
  // ok: javascript-identity-from-client-header
  res.set('X-User-Id', claimed);
  res.json({ balance: acc.balance });
});

// The role the caller acts with, taken from a header the caller sends: anyone can claim staff.
app.post('/approvals/:id', async (req, res) => {
  const role = req.headers['x-user-role'];
  // ruleid: javascript-identity-from-client-header
  await ledger.approve(req.params.id, role);
  res.json({ ok: true });
});
