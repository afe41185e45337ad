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
