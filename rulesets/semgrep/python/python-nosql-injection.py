from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["lending"]


@app.get("/applications")
def applications():
    status = request.args.get("status", "new")
    # ruleid: python-nosql-injection
    a = db.applications.find({"$where": "this.status == '" + status + "'"})
    # ok: python-nosql-injection
    b = db.applications.find({"status": status})
    # ruleid: python-nosql-injection
    c = db.payments.find(request.get_json()["filter"])
    # ok: python-nosql-injection
    d = db.applications.find({"$where": "this.amount > this.limit"})
    return {"n": len(list(a)) + len(list(b)) + len(list(c)) + len(list(d))}


# A route parameter annotated with a number, a boolean, a UUID or a date (alone, optional, in
# Annotated[...] or a list) is converted before the handler runs: it cannot carry the attack. A
# str beside it can, and so can a Flask <name> variable whatever its annotation says.
from typing import Annotated, List, Optional
from uuid import UUID

from fastapi import FastAPI, Path, Query

typed_api = FastAPI()


@typed_api.get("/branches/{branch_id}/typed")
async def typed_params(
    branch_id: Annotated[int, Path(ge=1)],
    page: Optional[int] = None,
    rate: float | None = None,
    loan_uuid: UUID | None = None,
    active: bool = True,
    ids: List[int] = Query([]),
    label: Annotated[str, Query()] = "",
):
    # ok: python-nosql-injection
    db.loans.find({"$where": f"this.branch == {branch_id} && this.page == {page}"})
    # ruleid: python-nosql-injection
    db.loans.find({"$where": "this.label == '" + label + "'"})
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-nosql-injection
    return db.loans.find({"$where": "this.code == '" + code + "'"})
