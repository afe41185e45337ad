import pino from "pino";
import { CardInput, RepaymentOrder, Receipt } from "./types";

const logger = pino();

export function repay(input: CardInput, order: RepaymentOrder, receipt: Receipt) {
  console.log(input); // card: yes
  logger.info({ order }, "repaying"); // card: yes
  console.log(`repaying ${order}`); // card: no
  console.log(JSON.stringify(order)); // card: yes
  console.log(receipt); // card: no
  logger.info("loan %s", order.loanId); // card: no
  const body = { loanId: order.loanId, cardNumber: input.cardNumber, cvv: input.cvv };
  console.debug("sending", body); // card: yes
}
