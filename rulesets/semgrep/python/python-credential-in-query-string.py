import functools

import jwt
from flask import g, jsonify, request


def loan_officer_required(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        bearer = None
        if "Authorization" in request.headers:
            bearer = request.headers["Authorization"].replace("Bearer ", "")
        if not bearer:
            # ruleid: python-credential-in-query-string
            bearer = request.args.get("access_token")
        if not bearer:
            return jsonify({"error": "unauthorised"}), 401
        g.officer = jwt.decode(bearer, "k", algorithms=["HS256"])
        return f(*args, **kwargs)

    return wrapper


def branch_auth(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        tok = header[7:] if header.startswith("Bearer ") else None
        if tok is None and "auth" in request.args:
            # ruleid: python-credential-in-query-string
            tok = request.args["auth"]
        g.branch = jwt.decode(tok, "k", algorithms=["HS256"])
        return f(*args, **kwargs)

    return inner


def django_repayments_view(request):
    auth = request.META.get("HTTP_AUTHORIZATION")
    if not auth:
        # ruleid: python-credential-in-query-string
        auth = request.GET.get("token")
    return auth


def schedule_feed():
    # ruleid: python-credential-in-query-string
    key = request.args.get("api_key")
    if key != "x":
        return jsonify({"error": "forbidden"}), 403
    return jsonify([])


def borrower_login_get():
    # ruleid: python-credential-in-query-string
    password = request.args.get("password")
    return password


def confirm_email():
    # ok: python-credential-in-query-string
    token = request.args.get("token")
    return token


def reset_pin():
    # ok: python-credential-in-query-string
    code = request.args["reset_token"]
    return code


def arrears_page(request):
    # ok: python-credential-in-query-string
    page_token = request.GET.get("page_token")
    # ok: python-credential-in-query-string
    cursor = request.args.get("next_token")
    return page_token, cursor


def refresh_from_header():
    header = request.headers.get("Authorization")
    # ok: python-credential-in-query-string
    currency = request.args.get("currency")
    return header, currency


def validate_bearer(token):
    # the query string is read to refuse a token sent there
    # ok: python-credential-in-query-string
    if request.args.get("access_token") == token:
        return False
    return True
