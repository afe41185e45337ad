// A module on mongoose: Query#where takes a filter object as find() does.
import mongoose from "mongoose";
import express from "express";

const Loan = mongoose.model("Loan");
const router = express.Router();

router.get("/loans", async (req, res) => {
  // ruleid: javascript-nosql-injection
  const loans = await Loan.where({ branchId: req.query.branch }).exec();
  // ok: javascript-nosql-injection
  const active = await Loan.where({ branchId: String(req.query.branch) }).exec();
  res.json([loans, active]);
});

export default router;
