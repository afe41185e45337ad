import json
import logging
from dataclasses import asdict, dataclass

import structlog

logger = logging.getLogger(__name__)
slog = structlog.get_logger()


@dataclass
class Instalment:
    contract_id: str
    card_number: str
    cvv: str


def settle(instalment: Instalment, contract_id: str):
    # ruleid: python-card-data-object-logged
    logger.info("settling %s", instalment)
    # ruleid: python-card-data-object-logged
    logger.info(f"settling {instalment}")
    # ruleid: python-card-data-object-logged
    slog.info("settling", instalment=instalment)
    # ruleid: python-card-data-object-logged
    logger.debug("settling %s", json.dumps(asdict(instalment)))
    audit_log = logging.getLogger("audit")
    # ruleid: python-card-data-object-logged
    audit_log.warning("settling %s", vars(instalment))
    # a member of the object is not the object
    # ok: python-card-data-object-logged
    logger.info("settling contract %s", instalment.contract_id)
    # ok: python-card-data-object-logged
    logger.info("settled")
    # ok: python-card-data-object-logged
    print(instalment)
