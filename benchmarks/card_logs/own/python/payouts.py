import json
import logging
from dataclasses import asdict, dataclass

import structlog
from pydantic import BaseModel, SecretStr

logger = logging.getLogger(__name__)
slog = structlog.get_logger()


@dataclass
class PayoutCard:
    holder: str
    card_number: str
    cvv: str


@dataclass
class Payout:
    loan_id: str
    card: PayoutCard


class RepaymentRequest(BaseModel):
    loan_id: str
    card_number: str
    cvc: str


class MaskedRequest(BaseModel):
    loan_id: str
    card_number: SecretStr


class Ledger:
    def __init__(self, loan_id, card_number):
        self.loan_id = loan_id
        self.card_number = card_number


def pay(payout: Payout, request: RepaymentRequest, masked: MaskedRequest, ledger: Ledger):
    logger.info("payout %s", payout)  # card: yes
    logger.info("payout %s", payout.loan_id)  # card: no
    logger.info(f"repayment {request}")  # card: yes
    slog.info("repayment", request=request)  # card: yes
    logger.info("masked %s", masked)  # card: no
    logger.info("ledger %s", ledger)  # card: no
    logger.info(json.dumps(asdict(payout)))  # card: yes
    body = {"loan_id": payout.loan_id, "card_number": payout.card.card_number, "cvv": payout.card.cvv}
    logger.debug("sending %s", body)  # card: yes
    again = Payout(payout.loan_id, payout.card)
    logger.info("again %r", again)  # card: yes
    logger.info("dump %s", request.model_dump(exclude={"card_number", "cvc"}))  # card: no
