const mongoose = require("mongoose");

const cardSchema = new mongoose.Schema({
  holder: String,
  cardNumber: { type: String, required: true },
  cvv: String,
});

module.exports = mongoose.model("Card", cardSchema);
