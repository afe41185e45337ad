import configparser
import base64
import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/session/restore")
def restore():
    raw = base64.b64decode(request.cookies["state"])
    # ruleid: python-unsafe-deserialization
    state = pickle.loads(raw)
    # ruleid: python-unsafe-deserialization
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    # ok: python-unsafe-deserialization
    cfg2 = yaml.safe_load(request.data)
    # ok: python-unsafe-deserialization
    cfg3 = yaml.load(request.data, Loader=yaml.SafeLoader)
    # ok: python-unsafe-deserialization
    body = json.loads(request.data)
    # ok: python-unsafe-deserialization
    cached = pickle.loads(local_cache_bytes())
    return state, cfg, cfg2, cfg3, body, cached


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def unsafe_deserialization_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-unsafe-deserialization
    pickle.loads(value)
    return "done"


@app.route("/container-1")
def unsafe_deserialization_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-unsafe-deserialization
    pickle.loads(value)
    return "done"


@app.route("/container-2")
def unsafe_deserialization_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-unsafe-deserialization
    pickle.loads(value)
    return "done"


@app.route("/container-3")
def unsafe_deserialization_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-unsafe-deserialization
    pickle.loads(value)
    return "done"


@app.route("/container-4")
def unsafe_deserialization_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-unsafe-deserialization
    pickle.loads(value)
    return "done"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-state", methods=["POST"])
def unpickle_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    raw = base64.b64decode(wrapped.get_cookie("state"))
    # ruleid: python-unsafe-deserialization
    state = pickle.loads(raw)
    return str(state)


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
    # ok: python-unsafe-deserialization
    pickle.loads(branch_id)
    # ruleid: python-unsafe-deserialization
    pickle.loads(label)
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-unsafe-deserialization
    return pickle.loads(code)
