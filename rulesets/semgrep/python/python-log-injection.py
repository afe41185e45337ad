import json
import logging

import db

from flask import Flask, request

app = Flask(__name__)


def find_client_by_phone(phone):
    return {"id": 1, "phone": phone}
logger = logging.getLogger(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    # A name such as "bob\nINFO login ok for admin" writes a second, forged line into the log.
    # ruleid: python-log-injection
    logger.warning(f"failed login for {username}")
    # ruleid: python-log-injection
    logging.error("failed login for %s", request.form.get("username"))
    # ruleid: python-log-injection
    app.logger.info("search: " + request.args["q"])
    # ok: python-log-injection
    logger.warning("failed login for %r", username.replace("\n", " ").replace("\r", " "))
    # ok: python-log-injection
    logger.info("login payload %s", json.dumps(request.form["username"]))
    # ok: python-log-injection
    logger.info("loan %d requested", int(request.form["loan_id"]))
    client = find_client_by_phone(request.form["phone"])
    # ok: python-log-injection
    logger.info("wrong password for client %s", client["id"])
    account = db.get_account(request.form["account"])
    # ok: python-log-injection
    logger.info("account %s locked", account.number)
    # ok: python-log-injection
    logger.info("login attempt")
    return "ok"


def audit(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    ip = forwarded.split(",")[0]
    # ruleid: python-log-injection
    logging.info(f"request from {ip}")
    # ok: python-log-injection
    logging.info("request from %s", request.user.id)
