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
