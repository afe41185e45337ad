function login(username, password, otpCode) {
  // ruleid: javascript-sensitive-data-logged
  console.log("login", username, password);
  // ruleid: javascript-sensitive-data-logged
  logger.info(`otp for ${username}: ${otpCode}`);
  // ok: javascript-sensitive-data-logged
  logger.info(`login attempt for ${username}`);
  // ok: javascript-sensitive-data-logged
  console.log("password reset requested");
}

function pay(card) {
  // ruleid: javascript-sensitive-data-logged
  logger.debug("charging", card.cardNumber);
  // ok: javascript-sensitive-data-logged
  logger.debug("charging card ending", card.last4);
}

// whole request headers (Authorization, Cookie) or bodies (passwords, card data) in the log
function audit(req, res, next) {
  // ruleid: javascript-sensitive-data-logged
  console.log("incoming headers:", JSON.stringify(req.headers));
  // ruleid: javascript-sensitive-data-logged
  logger.info("application form", req.body);
  // ruleid: javascript-sensitive-data-logged
  log.debug("cookies " + JSON.stringify(request.cookies));
  // ok: javascript-sensitive-data-logged
  logger.info("loan amount", req.body.amount);
  // ok: javascript-sensitive-data-logged
  console.log("user agent", req.headers["user-agent"]);
  // ok: javascript-sensitive-data-logged
  logger.info("search", JSON.stringify(req.query));
  next();
}
