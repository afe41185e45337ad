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
