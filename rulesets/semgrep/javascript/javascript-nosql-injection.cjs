// A module on Sequelize and Knex (SQL): object conditions are bound as parameters.
const { Op } = require("sequelize");
const knex = require("knex")({ client: "pg" });
const { Loan, Client } = require("../models");

async function search(req, res) {
  // ok: javascript-nosql-injection
  const client = await Client.findOne({ phone: req.body.phone });
  // ok: javascript-nosql-injection
  const loans = await Loan.findAll({ where: { status: { [Op.eq]: req.query.status } } });
  // ok: javascript-nosql-injection
  const rows = await knex("payments").where({ loan_id: req.params.id });
  // ok: javascript-nosql-injection
  const kept = await Loan.where({ branch: req.query.branch }).fetchAll();
  res.json([client, loans, rows, kept]);
}

module.exports = { search };
