import os
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
import flask
from flask import Flask
from flask_cors import CORS

api = FastAPI()
# ruleid: python-cors-wildcard-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

api2 = FastAPI()
# ok: python-cors-wildcard-credentials
api2.add_middleware(CORSMiddleware, allow_origins=["https://lk.example.kz"], allow_credentials=True)

app = Flask(__name__)
# ruleid: python-cors-wildcard-credentials
CORS(app, supports_credentials=True)
# ok: python-cors-wildcard-credentials
CORS(app, origins=["https://lk.example.kz"], supports_credentials=True)
# ok: python-cors-wildcard-credentials
CORS(app)

# ruleid: python-cors-wildcard-credentials
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True


# Origins the operator configures (a setting, not "*") with credentials: the allowed origins are
# the configuration's list; "*" written in, or no origins at all (flask-cors then allows every
# one), with credentials is still reported.
def configure_cors(app, settings):
    # ok: python-cors-wildcard-credentials
    CORS(app, resources={r"/*": {"origins": settings.CORS_ALLOWED_ORIGINS}}, supports_credentials=True)
    # ok: python-cors-wildcard-credentials
    CORS(app, origins=settings.CORS_ALLOWED_ORIGINS, supports_credentials=True)
    # ruleid: python-cors-wildcard-credentials
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
    # ruleid: python-cors-wildcard-credentials
    CORS(app, origins="*", supports_credentials=True)


# The request's Origin echoed back in a file that also sends Access-Control-Allow-Credentials:
# true (a file without it is python-cors-reflected-origin, medium).
@app.after_request
def add_cors_headers(response):
    # ruleid: python-cors-wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.route("/api/profile")
def profile():
    response = flask.jsonify(load_profile())
    # ruleid: python-cors-wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    return response


@app.route("/api/rates")
def rates():
    response = flask.jsonify(load_rates())
    # ok: python-cors-wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = "https://lk.example.kz"
    return response


ALLOWED_ORIGINS = ("https://lk.example.kz", "https://my.example.kz")


@app.route("/api/cabinet")
def cabinet():
    response = flask.jsonify(load_cabinet())
    # an origin echoed only once it is found in a fixed list
    if flask.request.headers.get("Origin") in ALLOWED_ORIGINS:
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if flask.request.headers.get("Origin", "") == "https://lk.example.kz":
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    # a header that is merely present, or missing from the list, is any origin
    if "Origin" in flask.request.headers:
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    if flask.request.headers.get("Origin") not in ALLOWED_ORIGINS:
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    return response


PARTNER_ORIGINS = "https://lk.example.kz https://my.example.kz"


@app.route("/api/partners")
def partners(settings):
    response = flask.jsonify(load_partners())
    origin_ok = flask.request.headers.get("Origin") in ["https://lk.example.kz"]
    if flask.request.headers.get("Origin") in ["https://lk.example.kz", "https://my.example.kz"]:
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    else:
        # the else branch is every origin the list refused
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if origin_ok and flask.request.headers["Origin"] in settings.CORS_ORIGINS:
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    if flask.request.headers.get("Origin") in os.environ["CORS_ORIGINS"].split(","):
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    # `in` a string is a substring test: "https://lk.example" or "https" passes
    if flask.request.headers.get("Origin") in "https://lk.example.kz https://my.example.kz":
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if flask.request.headers["Origin"] in PARTNER_ORIGINS:
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers["Origin"]
    if flask.request.headers.get("Origin") in ("https://lk.example.kz"):
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = flask.request.headers.get("Origin")
    if flask.request.headers.get("Origin") in os.environ.get("CORS_ORIGINS", ""):
        # ruleid: python-cors-wildcard-credentials
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
        # ruleid: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    if origin in ["https://lk.example.kz", "https://my.example.kz"]:
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
    if origin in PARTNER_LIST:
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
    if request.method == "OPTIONS" and origin == "https://lk.example.kz":
        # ok: python-cors-wildcard-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
    return response


# Origins held in a plain name the application configured (a setting, an environment value, a
# literal list) are that list; "*" bound to the name, a "*" default of the configuration value,
# ".*", or the request's own Origin are every origin.
from flask_cors import cross_origin


def create_app(config):
    cors_origins = config.get("CORS_ORIGINS", [])
    # ok: python-cors-wildcard-credentials
    CORS(app, resources={r"/api/*": {"origins": cors_origins}}, supports_credentials=True)
    env_origins = os.environ["FRONTEND_ORIGINS"].split(",")
    # ok: python-cors-wildcard-credentials
    CORS(app, origins=env_origins, supports_credentials=True)
    front = ["https://lk.example.kz", "https://my.example.kz"]
    # ok: python-cors-wildcard-credentials
    CORS(app, origins=front, supports_credentials=True)
    # ok: python-cors-wildcard-credentials
    CORS(app, origins=load_origins(config), supports_credentials=True)
    everyone = "*"
    # ruleid: python-cors-wildcard-credentials
    CORS(app, resources={r"/api/*": {"origins": everyone}}, supports_credentials=True)
    # ruleid: python-cors-wildcard-credentials
    CORS(app, origins=os.environ.get("CORS_ORIGINS", "*"), supports_credentials=True)
    # ruleid: python-cors-wildcard-credentials
    CORS(app, origins=["https://lk.example.kz", "*"], supports_credentials=True)
    # ruleid: python-cors-wildcard-credentials
    CORS(app, origins=r".*", supports_credentials=True)
    # ruleid: python-cors-wildcard-credentials
    CORS(app, origins=flask.request.headers.get("Origin"), supports_credentials=True)
    return app


@app.route("/api/statement")
# ruleid: python-cors-wildcard-credentials
@cross_origin(supports_credentials=True)
def statement():
    return load_statement()


@app.route("/api/limits")
# ok: python-cors-wildcard-credentials
@cross_origin(origins=["https://lk.example.kz"], supports_credentials=True)
def limits():
    return load_limits()


@app.route("/api/offers")
# ruleid: python-cors-wildcard-credentials
@cross_origin(origins="*", supports_credentials=True)
def offers():
    return load_offers()
