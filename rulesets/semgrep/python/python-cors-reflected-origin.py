import os
import flask
from flask import Flask

# This file never allows credentials (the Allow-Credentials header). Without them browsers send
# no cookies or HTTP authentication cross-origin, so an echoed Origin opens what an anonymous
# request reads.
app = Flask(__name__)


@app.after_request
def add_cors_headers(response):
    # ruleid: python-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin", "*")
    # credentials refused in so many words
    response.headers["Access-Control-Allow-Credentials"] = "false"
    return response


@app.route("/api/rates")
def rates():
    response = flask.jsonify(load_rates())
    # ruleid: python-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    return response


@app.route("/api/branches")
def branches():
    response = flask.jsonify(load_branches())
    # ok: python-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = "https://lk.example.kz"
    return response


ALLOWED_ORIGINS = ("https://lk.example.kz", "https://my.example.kz")


@app.route("/api/cabinet")
def cabinet():
    response = flask.jsonify(load_cabinet())
    # an origin echoed only once it is found in a fixed list
    if flask.request.headers.get("Origin") in ALLOWED_ORIGINS:
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if flask.request.headers.get("Origin", "") == "https://lk.example.kz":
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    # a header that is merely present, or missing from the list, is any origin
    if "Origin" in flask.request.headers:
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    if flask.request.headers.get("Origin") not in ALLOWED_ORIGINS:
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    return response


PARTNER_ORIGINS = "https://lk.example.kz https://my.example.kz"


@app.route("/api/partners")
def partners(settings):
    response = flask.jsonify(load_partners())
    origin_ok = flask.request.headers.get("Origin") in ["https://lk.example.kz"]
    if flask.request.headers.get("Origin") in ["https://lk.example.kz", "https://my.example.kz"]:
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    else:
        # the else branch is every origin the list refused
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if origin_ok and flask.request.headers["Origin"] in settings.CORS_ORIGINS:
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    if flask.request.headers.get("Origin") in os.environ["CORS_ORIGINS"].split(","):
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    # `in` a string is a substring test: "https://lk.example" or "https" passes
    if flask.request.headers.get("Origin") in "https://lk.example.kz https://my.example.kz":
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if flask.request.headers["Origin"] in PARTNER_ORIGINS:
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    if flask.request.headers.get("Origin") in ("https://lk.example.kz"):
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if flask.request.headers.get("Origin") in os.environ.get("CORS_ORIGINS", ""):
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    return response


# Starlette / FastAPI middleware: the Origin read into a variable and echoed. A substring test
# ("example.kz" in origin, or its else branch) passes https://example.kz.attacker.net.
@api.middleware("http")
async def cors_for_partners(request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin")
    if "example.kz" not in origin:
        response.headers["Access-Control-Allow-Origin"] = "https://lk.example.kz"
    else:
        # ruleid: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = origin
    if origin in ["https://lk.example.kz", "https://my.example.kz"]:
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = origin
    if origin in PARTNER_LIST:
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = origin
    if request.method == "OPTIONS" and origin == "https://lk.example.kz":
        # ok: python-cors-reflected-origin
        response.headers["Access-Control-Allow-Origin"] = origin
    return response
