"""Python functions that return request data (RETURNS summaries, not built for Python: see the xfail
below): a helper of another module reads a request value and returns it; the view puts the call's
result into SQL, a command or a redirect. Real semgrep, on an invented loan portal; the decoys
convert to int, check an allow-list, return a constant, or return request data only from a view
nested in an application factory."""

from __future__ import annotations

import pytest

from aiscan.models import Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across, scan_across

PARAMS = """from flask import abort, request

ALLOWED_TARGETS = ("/loans", "/clients")


def client_iin():
    return request.args["iin"]


def archive_name():
    name = request.form.get("name", "")
    return name.strip()


def page_size():
    return int(request.args.get("size", "10"))


def next_target():
    target = request.args.get("next", "/loans")
    if target not in ALLOWED_TARGETS:
        abort(400)
    return target


def branch_code():
    return "ALM"
"""

FACTORY = """from flask import Flask, request


def create_app():
    app = Flask(__name__)

    @app.route("/echo")
    def echo():
        return request.args["text"]

    return app
"""

VIEWS = """import os
import sqlite3

from flask import Flask, redirect

from loans.factory import create_app
from loans.params import archive_name, branch_code, client_iin, next_target, page_size

app = Flask(__name__)
db = sqlite3.connect("loans.db")


@app.route("/client")
def client():
    cur = db.cursor()
    cur.execute("SELECT * FROM clients WHERE iin = '" + client_iin() + "'")
    cur.execute("SELECT * FROM clients LIMIT " + str(page_size()))
    cur.execute("SELECT * FROM branches WHERE code = '" + branch_code() + "'")
    return str(cur.fetchall())


@app.route("/archive", methods=["POST"])
def archive():
    os.system("tar czf /srv/archive/" + archive_name() + ".tgz /srv/statements")
    os.system("echo " + str(create_app()))
    return "ok"


@app.route("/back")
def back():
    return redirect(next_target())
"""


@pytest.fixture(scope="module")
def returns_scan(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    root = tmp_path_factory.mktemp("interfile-python-returns") / "portal"
    (root / "loans").mkdir(parents=True)
    (root / "app.py").write_text(VIEWS)
    (root / "loans" / "__init__.py").write_text("")
    (root / "loans" / "params.py").write_text(PARAMS)
    (root / "loans" / "factory.py").write_text(FACTORY)
    status, findings, run = scan_across(root, semgrep_across_functions=frozenset({"python"}))
    assert status is RunStatus.OK, run
    return across(findings)


@pytest.mark.xfail(
    strict=True,
    reason="Python's returned values are not summarised: on flask-admin they gave false critical "
    "and high findings (docs/measurements/sast.md, flows across modules in Python and JavaScript)",
)
def test_request_data_returned_by_a_helper_of_another_module_is_reported_at_the_callers_sink(
    returns_scan: list[Finding],
) -> None:
    places = {(f.rule_id, f.location.path, f.location.start_line) for f in returns_scan}
    assert ("python-sql-injection" + interfile.RULE_SUFFIX, "app.py", 16) in places, places
    assert ("python-command-injection" + interfile.RULE_SUFFIX, "app.py", 24) in places, places
    sql = next(f for f in returns_scan if f.location.path == "app.py" and f.location.start_line == 16)
    assert "client_iin (loans/params.py:" in sql.message, sql.message


def test_converted_checked_constant_and_nested_returns_are_not_reported(returns_scan: list[Finding]) -> None:
    lines = {f.location.start_line for f in returns_scan if f.location.path == "app.py"}
    assert not lines & {17, 18, 25, 31}, [(f.rule_id, f.location.start_line) for f in returns_scan]
