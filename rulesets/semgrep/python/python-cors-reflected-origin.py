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
