import os

from django.conf import settings
from django.http import JsonResponse
from fastapi import APIRouter
from flask import Flask, jsonify

router = APIRouter()
app = Flask(__name__)


@router.get("/ops/diagnostics")
async def diagnostics():
    return {
        "cwd": os.getcwd(),
        # ruleid: python-secret-in-response
        "env": dict(os.environ),
    }


@app.route("/ops/env")
def flask_env():
    # ruleid: python-secret-in-response
    return jsonify(os.environ.copy())


def django_debug(request):
    return JsonResponse({
        "debug": settings.DEBUG,
        # ruleid: python-secret-in-response
        "secret_key": settings.SECRET_KEY,
    })


@router.get("/ops/whole-env")
def whole_env():
    # ruleid: python-secret-in-response
    return {**os.environ}


@router.get("/ops/status")
async def status():
    # ok: python-secret-in-response
    return {"region": os.environ.get("REGION", "kz"), "secret_key_set": bool(settings.SECRET_KEY)}


@app.route("/ops/version")
def version():
    # ok: python-secret-in-response
    return jsonify({"version": os.environ["APP_VERSION"]})


def build_worker_env():
    # ok: python-secret-in-response
    env = dict(os.environ)
    env["LANG"] = "C"
    return env


def password_rules(request):
    # ok: python-secret-in-response
    return JsonResponse({"min_length": settings.PASSWORD_MIN_LENGTH})
