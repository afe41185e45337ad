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

// Koa answers with whatever is assigned to ctx.body (or ctx.response.body).
const Router = require("@koa/router");
const router = new Router();

router.get("/koa/loans", async (ctx) => {
  try {
    ctx.body = await listLoans(ctx.query);
  } catch (error) {
    ctx.status = 500;
    ctx.body = {
      success: false,
      // ruleid: javascript-exception-details-in-response
      stack: error.stack,
    };
  }
});

router.get("/koa/loans/:id", async (ctx) => {
  try {
    ctx.body = await getLoan(ctx.params.id);
  } catch (err) {
    // ruleid: javascript-exception-details-in-response
    ctx.response.body = err.stack;
  }
});

router.get("/koa/loans2", async (ctx) => {
  try {
    ctx.body = await listLoans(ctx.query);
  } catch (error) {
    logger.error({ error }, "listing failed");
    ctx.status = 500;
    // ok: javascript-exception-details-in-response
    ctx.body = { success: false, error: "Internal server error" };
  }
});

router.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // ok: javascript-exception-details-in-response
    ctx.body = { code: err.code };
  }
});

// A Koa helper whose first parameter is the context: ctx is no error.
export function logAndSetResponse(ctx, status, msg, logLevel) {
  logger[logLevel](msg);
  // ok: javascript-exception-details-in-response
  ctx.body = msg;
  ctx.status = status;
}
