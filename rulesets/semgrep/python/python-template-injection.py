import jinja2
from jinja2.sandbox import SandboxedEnvironment
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/greeting")
def greeting():
    name = request.args.get("name", "client")
    # ruleid: python-template-injection
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ok: python-template-injection
    safe = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ok: python-template-injection
    other = render_template("greeting.html", name=name)
    return page + safe + other


@app.post("/sms-template/preview")
def preview():
    body = request.get_json()["template"]
    # ruleid: python-template-injection
    text = jinja2.Template(body).render(amount=1000)
    env = jinja2.Environment()
    # ruleid: python-template-injection
    text2 = env.from_string(body).render()
    sandbox = SandboxedEnvironment()
    # ok: python-template-injection
    text3 = sandbox.from_string(body).render(amount=1000)
    return text + text2 + text3


@app.errorhandler(404)
def not_found(error):
    # The address the client asked for (path and query string) is the client's text too.
    page = "<h1>No such page</h1><p>%s</p>" % request.url
    # ruleid: python-template-injection
    return render_template_string(page), 404


@app.route("/offers/<path:rest>")
def offers(rest):
    # ruleid: python-template-injection
    title = render_template_string("<h1>" + request.full_path + "</h1>")
    # ok: python-template-injection
    kept = render_template_string("<h1>{{ p }}</h1>", p=request.path)
    return title + kept


def status_line(response):
    # The response's own status is not the client's text: the formatted-string rule reports the
    # shape at a non-blocking severity, this rule does not.
    # ok: python-template-injection
    return jinja2.Environment().from_string("%d %s" % (response.status_code, response.status_text)).render()


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
    # ok: python-template-injection
    render_template_string("<h1>Branch " + str(branch_id) + " page " + str(page) + "</h1>")
    # ruleid: python-template-injection
    render_template_string("<h1>Branch " + label + "</h1>")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-template-injection
    return render_template_string("<h1>Code " + code + "</h1>")
