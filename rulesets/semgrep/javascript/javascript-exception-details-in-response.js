const express = require("express");

const app = express();

app.post("/loans/apply", async (req, res) => {
  try {
    res.json(await submitApplication(req.body));
  } catch (err) {
    // ruleid: javascript-exception-details-in-response
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.post("/loans/apply2", async (req, res) => {
  try {
    res.json(await submitApplication(req.body));
  } catch (err) {
    logger.error({ err }, "application failed");
    // ok: javascript-exception-details-in-response
    res.status(500).json({ error: "internal_error" });
  }
});

app.use((err, req, res, next) => {
  // ruleid: javascript-exception-details-in-response
  res.status(500).send(err.stack);
});
