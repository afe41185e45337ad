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

function renderedErrorHandler(error, req, res, next) {
  logger.error(error);
  // ruleid: javascript-exception-details-in-response
  res.status(500).render("errors/error", { title: "Server Error", error });
}

app.use(function (err, req, res, next) {
  // ruleid: javascript-exception-details-in-response
  res.render("error", { message: "Something broke", error: err });
});

app.use((err, req, res, next) => {
  // ruleid: javascript-exception-details-in-response
  res.status(500).render("error", { stack: err.stack });
});

app.use((err, req, res, next) => {
  // ok: javascript-exception-details-in-response
  res.status(500).render("error", { title: "Server Error", requestId: req.id });
});

app.use((err, req, res, next) => {
  res.locals.error = req.app.get("env") === "development" ? err : {};
  // ok: javascript-exception-details-in-response
  res.status(err.status || 500).render("error");
});
