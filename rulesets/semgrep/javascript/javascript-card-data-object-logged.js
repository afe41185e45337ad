const pino = require("pino");

const logger = pino();

function topUp(wallet) {
  const charge = { walletId: wallet.id, cardNumber: wallet.cardNumber, cvc: wallet.cvc };
  // ruleid: javascript-card-data-object-logged
  console.log(charge);
  // ruleid: javascript-card-data-object-logged
  console.info("charging", charge);
  // ruleid: javascript-card-data-object-logged
  logger.info({ charge }, "charging");
  // ruleid: javascript-card-data-object-logged
  logger.info({ request: charge }, "charging");
  // ruleid: javascript-card-data-object-logged
  logger.debug("charging " + JSON.stringify(charge));
  // ruleid: javascript-card-data-object-logged
  console.log(`charging ${charge}`);
  // a member of the object is not the object
  // ok: javascript-card-data-object-logged
  console.log(charge.walletId);
  // ok: javascript-card-data-object-logged
  logger.info("charged");
  // ok: javascript-card-data-object-logged
  res.json(charge);
}
