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


def send_code(phone, code, pw):
    # ruleid: python-sensitive-data-logged
    logger.debug("otp for %s is %s", phone, code)
    # ruleid: python-sensitive-data-logged
    logger.info("OTP %s sent to %s", code, phone)
    # ruleid: python-sensitive-data-logged
    logger.info(f"SMS code {code} for {phone}")
    # ruleid: python-sensitive-data-logged
    logger.info("login phone=%s password=%s" % (phone, pw))
    # ruleid: python-sensitive-data-logged
    logger.info("код подтверждения %s", code)
    # ok: python-sensitive-data-logged
    logger.info("OTP sent to %s", phone)
    # ok: python-sensitive-data-logged
    logger.warning("SMS gateway answered %s for %s", code, phone)
    # ok: python-sensitive-data-logged
    logger.error("OTP delivery failed, status code %s", resp.status_code)
    # ok: python-sensitive-data-logged
    logger.info("password reset requested for %s", phone)
    # ok: python-sensitive-data-logged
    logger.info("invalid otp for %s (attempt %s)", phone, attempt)


def show_key(key):
    # ok: python-sensitive-data-logged
    logger.info("api key: %s", mask_secret(key))


def print_credentials(user, api_token, password_hash):
    # print goes to the service's standard output, which the platform keeps as its log
    # ruleid: python-sensitive-data-logged
    print(f"token for {user.phone}: {api_token}")
    # ruleid: python-sensitive-data-logged
    print("password:", user.password)
    # ok: python-sensitive-data-logged
    print("user created", user.phone)
    # ok: python-sensitive-data-logged
    print(f"hash: {password_hash}")


# The whole header set (or cookie jar, or WSGI environ) of a request written out: it carries the
# Cookie and Authorization headers, so the session id or bearer token of every client lands in the log.
class LogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # ruleid: python-sensitive-data-logged
        print(request.headers)
        # ruleid: python-sensitive-data-logged
        logger.debug("headers: %s", dict(request.headers))
        # ruleid: python-sensitive-data-logged
        logging.info(f"incoming {request.path} {request.COOKIES}")
        # ruleid: python-sensitive-data-logged
        print("environ", request.META)
        # ok: python-sensitive-data-logged
        print(request.headers.get("User-Agent"))
        # ok: python-sensitive-data-logged
        logger.info("request id %s", request.headers["X-Request-Id"])
        # ok: python-sensitive-data-logged
        logger.info("%d headers", len(request.headers))
        return self.get_response(request)
