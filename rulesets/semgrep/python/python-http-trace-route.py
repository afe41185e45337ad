from fastapi import APIRouter, FastAPI
from flask import Flask

api = FastAPI()
router = APIRouter()
web = Flask(__name__)
loans_cache = {}
officers = []


# ruleid: python-http-trace-route
@api.trace("/internal/loans-cache")
async def dump_loans_cache():
    return loans_cache


# ruleid: python-http-trace-route
@router.trace("/internal/officers")
def dump_officers():
    return officers


# ruleid: python-http-trace-route
@api.api_route("/internal/echo", methods=["GET", "TRACE"])
async def echo_request():
    return {}


# ruleid: python-http-trace-route
@web.route("/debug/schedule", methods=["TRACE"])
def schedule_debug():
    return {"cache": len(loans_cache)}


# ruleid: python-http-trace-route
api.add_api_route("/internal/state", dump_loans_cache, methods=["TRACE"])


# ok: python-http-trace-route
@api.get("/loans/{loan_id}")
async def loan(loan_id: int):
    return loans_cache.get(loan_id)


# ok: python-http-trace-route
@web.route("/repayments", methods=["GET", "POST"])
def repayments():
    return "[]"


class TraceLog:
    def trace(self, message):
        return message


log = TraceLog()
# ok: python-http-trace-route
log.trace("schedule recalculated")

from starlette.routing import Route

routes = [
    # ruleid: python-http-trace-route
    Route("/internal/sessions", dump_officers, methods=["TRACE"]),
    # ok: python-http-trace-route
    Route("/health", loan, methods=["GET"]),
]
