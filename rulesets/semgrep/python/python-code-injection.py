import configparser
import ast
import importlib

from flask import Flask, request
from PIL import Image, ImageMath

app = Flask(__name__)

OPERATIONS = {"sum": sum, "max": max}


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    # ruleid: python-code-injection
    result = eval(expr)
    # ruleid: python-code-injection
    exec("rate = " + request.args["rate"])
    # ruleid: python-code-injection
    mod = importlib.import_module(request.args["plugin"])
    # ok: python-code-injection
    value = ast.literal_eval(request.args["literal"])
    # ok: python-code-injection
    total = eval("2 + 2")
    # ok: python-code-injection
    op = OPERATIONS.get(request.args.get("op"), sum)
    img = Image.open("/srv/scans/id.png")
    # ruleid: python-code-injection
    adjusted = ImageMath.eval(request.form["formula"], a=img)
    # ok: python-code-injection
    inverted = ImageMath.eval("255 - a", a=img)
    return str(result), mod, value, total, op, adjusted, inverted


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def code_injection_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-code-injection
    eval(value)
    return "done"


@app.route("/container-1")
def code_injection_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-code-injection
    eval(value)
    return "done"


@app.route("/container-2")
def code_injection_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-code-injection
    eval(value)
    return "done"


@app.route("/container-3")
def code_injection_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-code-injection
    eval(value)
    return "done"


@app.route("/container-4")
def code_injection_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-code-injection
    eval(value)
    return "done"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-eval", methods=["POST"])
def eval_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    expr = wrapped.get_form_parameter("expr")
    # ruleid: python-code-injection
    return str(eval(expr))


@app.route("/wrapped-eval-2", methods=["POST"])
def eval_of_a_wrapper_value_that_is_not_request_data():
    wrapped = request_parts.RequestParams(request)
    expr = wrapped.default_expression()
    # ok: python-code-injection
    return str(eval(expr))


# The standard library's HTTP server: the request body of a BaseHTTPRequestHandler
import http.server


class ScriptHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        source = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        # ruleid: python-code-injection
        exec(source)
        # ok: python-code-injection
        exec("print('ready')")


# A view or function looked up by a name from the request in the module's globals: the client
# chooses any function, class or module the module holds
def forward_to_named_view(request):
    name = request.GET.get("fwd")
    # ruleid: python-code-injection
    view = globals().get(name)
    if view:
        return view(request)


def dispatch_by_action(request):
    # ruleid: python-code-injection
    handler = globals()[request.POST["action"]]
    return handler(request)


def dispatch_by_method_name(request, service):
    # ruleid: python-code-injection
    return getattr(service, request.GET["op"], None)()


ACTIONS = {"happy": lambda request: "happy"}


def dispatch_through_allow_list(request):
    # ok: python-code-injection
    handler = ACTIONS.get(request.GET.get("action"))
    # ok: python-code-injection
    fallback = globals().get("default_view")
    return handler or fallback


ALLOWED_DECISIONS = ("approve", "decline")


def decide_applications(request, applications):
    # the loop skips every value not in a literal allow-list before the name is looked up
    for key, value in request.POST.items():
        if not key.startswith("a-") or value not in ("approve", "decline"):
            continue
        application = applications.get(code=key[2:])
        # ok: python-code-injection
        getattr(application, value)(officer=request.user)


def decide_one(request, application):
    decision = request.POST.get("decision")
    if decision not in ALLOWED_DECISIONS:
        return None
    # ok: python-code-injection
    return getattr(application, decision)()


def decide_inside_the_check(request, application):
    decision = request.GET.get("decision")
    if decision in {"approve", "decline"}:
        # ok: python-code-injection
        getattr(application, decision)()


def decide_with_a_weak_check(request, application):
    decision = request.POST.get("decision")
    # both must fail to skip: a value outside the list passes when the key starts so
    if not decision.startswith("a") and decision not in ("approve", "decline"):
        return None
    # ruleid: python-code-injection
    return getattr(application, decision)()


def decide_against_a_list_from_the_request(request, application):
    decision = request.POST.get("decision")
    if decision not in request.POST.getlist("allowed"):
        return None
    # ruleid: python-code-injection
    return getattr(application, decision)()


def decide_after_the_check(request, application):
    decision = request.GET.get("decision")
    if decision in ("approve", "decline"):
        application.touch()
    # ruleid: python-code-injection
    getattr(application, decision)()


def decide_with_a_value_taken_again(request, application):
    decision = request.GET.get("decision")
    if decision not in ALLOWED_DECISIONS:
        return None
    decision = request.GET.get("other")
    # ruleid: python-code-injection
    getattr(application, decision)()


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
    # ok: python-code-injection
    eval(f"{branch_id} * {rate} + {page}")
    # ruleid: python-code-injection
    eval(f"{branch_id} * {label}")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-code-injection
    eval("%s + 1" % code)
    return "ok"
