import logging
from typing import Annotated

from fastapi import Depends, FastAPI, Header
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
log = logging.getLogger(__name__)


@app.post("/payouts")
def create_payout(db, ledger):
    # The client names the account the payout is taken from.
    user_id = request.headers.get("X-User-Id")
    amount = int(request.json["amount"])
    # ruleid: python-identity-from-client-header
    ledger.debit(user_id, amount)


@app.get("/loans")
def my_loans(db):
    # ruleid: python-identity-from-client-header
    rows = db.execute("SELECT * FROM loans WHERE customer_id = %s", (request.headers["X-Customer-Id"],))
    return {"loans": rows}


def django_balance(request, Account):
    account = request.META.get("HTTP_X_ACCOUNT_ID")
    # ruleid: python-identity-from-client-header
    return Account.objects.get(pk=account).balance


def django_server_user(request, User):
    # REMOTE_USER in the environment is set by the web server after it authenticated the caller.
    name = request.META.get("REMOTE_USER")
    # ok: python-identity-from-client-header
    return User.objects.get(username=name)


@api.get("/balance")
async def balance(x_user_id: str = Header(...), repo=None):
    # ruleid: python-identity-from-client-header
    return await repo.balance_for(x_user_id)


@api.get("/statement")
async def statement(user: Annotated[str, Header(alias="X-User")], repo=None):
    # ruleid: python-identity-from-client-header
    return await repo.statement(owner=user)


def current_user():
    return None


@api.get("/me/balance")
async def my_balance(me=Depends(current_user), repo=None, x_request_id: str = Header(None)):
    # The user from a dependency that checks the token; a request id is not an identity.
    # ok: python-identity-from-client-header
    b = await repo.balance_for(me.id)
    # ok: python-identity-from-client-header
    await repo.audit(request_id=x_request_id)
    return b


@app.get("/trace")
def trace(db):
    # ok: python-identity-from-client-header
    db.execute("INSERT INTO audit (rid) VALUES (%s)", (request.headers.get("X-Request-Id"),))
    # ok: python-identity-from-client-header
    db.execute("SELECT 1 FROM payouts WHERE idem = %s", (request.headers.get("Idempotency-Key"),))
    claimed = request.headers.get("X-User-Id")
    # Only logged: no one acts as that user.
    # ok: python-identity-from-client-header
    log.info("caller claims %r", claimed)
    return "ok"


@app.post("/approvals/<int:approval_id>")
def approve(approval_id, approvals):
    # The role the caller acts with, taken from a header the caller sends: anyone can claim staff.
    role = request.headers.get("X-User-Role")
    # ruleid: python-identity-from-client-header
    approvals.approve(approval_id, role)


@api.post("/approvals/{approval_id}")
def approve_api(approval_id: int, approvals=Depends(), x_user_roles: Annotated[str, Header()] = ""):
    # ruleid: python-identity-from-client-header
    approvals.approve(approval_id, x_user_roles)
