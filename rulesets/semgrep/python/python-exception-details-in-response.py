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


# An exception the handler's own try block raises with a message it wrote itself (a validation
# message for the client) reveals nothing internal; the same exception type caught from a call
# whose text the code did not write still does.
from fastapi import HTTPException


class TermTooLong(Exception):
    def __init__(self, reason):
        self.reason = reason


async def check_term(months: int, max_months: int):
    try:
        if months > max_months:
            raise TermTooLong(reason="The term is longer than the product allows")
        if months < 1:
            raise TermTooLong("The term must be at least one month")
    except TermTooLong as exc:
        # ok: python-exception-details-in-response
        raise HTTPException(status_code=400, detail=exc.reason)


async def check_term_remote(months: int):
    try:
        await products_api.validate_term(months)
    except TermTooLong as exc:
        # ruleid: python-exception-details-in-response
        raise HTTPException(status_code=400, detail=exc.reason)


async def check_term_mixed(months: int, limit: str):
    try:
        if months > 36:
            raise TermTooLong(reason="The term is longer than the product allows")
        await products_api.validate_term(months)
    except TermTooLong as exc:
        # ruleid: python-exception-details-in-response
        raise HTTPException(status_code=400, detail=exc.reason)


async def check_term_formatted(months: int, limit: str):
    try:
        if months > 36:
            raise TermTooLong(reason=f"Term {months} is over the limit of {limit}")
    except TermTooLong as exc:
        # ruleid: python-exception-details-in-response
        raise HTTPException(status_code=400, detail=exc.reason)
