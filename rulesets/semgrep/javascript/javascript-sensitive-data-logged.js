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
