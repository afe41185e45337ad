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
