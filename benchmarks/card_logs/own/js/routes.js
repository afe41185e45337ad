const express = require("express");
const winston = require("winston");
const Card = require("./card-model");

const router = express.Router();
const logger = winston.createLogger();

router.post("/repay", async (req, res) => {
  const saved = await Card.findOne({ cardNumber: req.body.cardNumber });
  logger.info("card found", saved); // card: yes
  const receipt = { loanId: req.body.loanId, amount: 10 };
  logger.info("receipt", receipt); // card: no
  res.json(receipt);
});

module.exports = router;
