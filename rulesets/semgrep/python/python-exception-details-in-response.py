import logging
import traceback

from django.http import JsonResponse
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/loans/apply")
def apply():
    try:
        return submit_application()
    except Exception as e:
        # ruleid: python-exception-details-in-response
        return jsonify(error=str(e)), 500


@app.post("/loans/apply2")
def apply2():
    try:
        return submit_application()
    except Exception:
        # ruleid: python-exception-details-in-response
        return {"error": "internal", "trace": traceback.format_exc()}, 500


@app.post("/loans/apply3")
def apply3():
    try:
        return submit_application()
    except Exception as e:
        log.exception("application failed: %s", e)
        # ok: python-exception-details-in-response
        return jsonify(error="internal_error"), 500


@app.post("/loans/apply4")
def apply4():
    try:
        return submit_application()
    except ValueError as e:
        # ok: python-exception-details-in-response
        return jsonify(error=str(e)), 400


def schedule(request):
    try:
        return JsonResponse(build_schedule(request))
    except Exception as exc:
        # ruleid: python-exception-details-in-response
        return JsonResponse({"detail": repr(exc)}, status=500)
