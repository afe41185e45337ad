import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/clients/search")
def search():
    term = request.args.get("q", "")
    # ruleid: python-redos-dynamic-regex
    pattern = re.compile(term)
    # ruleid: python-redos-dynamic-regex
    hits = re.findall("^" + request.args["prefix"] + ".*$", load_names())
    # ok: python-redos-dynamic-regex
    safe = re.compile(re.escape(term))
    # ok: python-redos-dynamic-regex
    digits = re.fullmatch(r"\d{12}", term)
    return pattern, hits, safe, digits


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
    # ok: python-redos-dynamic-regex
    re.compile("^[0-9]{%d}$" % branch_id)
    # ruleid: python-redos-dynamic-regex
    re.compile("^" + label + "$")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-redos-dynamic-regex
    return re.compile(code)
