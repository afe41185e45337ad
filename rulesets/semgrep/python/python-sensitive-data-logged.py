import logging

logger = logging.getLogger("auth")


def login(username, password, otp_code):
    # ruleid: python-sensitive-data-logged
    logger.info("login attempt %s with password %s", username, password)
    # ruleid: python-sensitive-data-logged
    logger.debug(f"otp for {username}: {otp_code}")
    # ok: python-sensitive-data-logged
    logger.info("login attempt for %s", username)
    # ok: python-sensitive-data-logged
    logger.warning("password reset requested")


def pay(card, amount):
    # ruleid: python-sensitive-data-logged
    logging.info("charging card %s", card.card_number)
    # ok: python-sensitive-data-logged
    logging.info("charging card ending %s amount %s", card.last4, amount)


def refresh(session):
    # ruleid: python-sensitive-data-logged
    logger.info("new token issued: %s", session.access_token)
