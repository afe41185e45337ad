"""A Python XSS built in a helper (aiscan.sast.interfile.python): a function returns an HTML string
built from its parameter, and a view hands it request data, returning the result or giving it to
a template. The single-file `python-xss` sees neither half: the view returns a call, the helper
has no request data. Real semgrep, on an invented portal; the decoys escape the value, build text
without markup, pass a constant, or build markup they log instead of returning."""

from __future__ import annotations

import pytest

from aiscan.models import Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

VIEWS = """from flask import Flask, render_template, request

from portal.markup import banner_html, escaped_html, greeting_html, log_visit, notice_html, plain_text

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "").replace("'", "")
    return render_template("page.html", body=greeting_html(name))


@app.route("/notice")
def notice():
    return notice_html(request.args["text"])


@app.route("/escaped")
def escaped():
    return escaped_html(request.args["text"])


@app.route("/plain")
def plain():
    return plain_text(request.args["text"])


@app.route("/banner")
def banner():
    return banner_html("Loans")


@app.route("/visit")
def visit():
    log_visit(request.args["name"])
    return "ok"
"""

MARKUP = """import logging

from markupsafe import escape

logger = logging.getLogger(__name__)


def greeting_html(name):
    return "<h2 class='welcome'>Welcome, " + name + "</h2>"


def notice_html(text):
    html = f"<div class='notice'>{text}</div>"
    return html


def escaped_html(text):
    return "<p>%s</p>" % escape(text)


def plain_text(text):
    return "Hello, " + text


def banner_html(title):
    return "<h1>{}</h1>".format(title)


def log_visit(name):
    line = "<visit>" + name
    logger.info(line)
    return None
"""


@pytest.fixture(scope="module")
def markup_findings(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    root = tmp_path_factory.mktemp("interfile-python-markup") / "portal"
    (root / "portal").mkdir(parents=True)
    (root / "app.py").write_text(VIEWS)
    (root / "portal" / "__init__.py").write_text("")
    (root / "portal" / "markup.py").write_text(MARKUP)
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    return _across(findings)


def test_markup_a_helper_builds_from_request_data_is_reported_where_it_is_built(
    markup_findings: list[Finding],
) -> None:
    xss = {
        f.location.start_line: f.message
        for f in markup_findings
        if f.rule_id == "python-xss" + interfile.RULE_SUFFIX and f.location.path == "portal/markup.py"
    }
    assert set(xss) == {9, 13}, xss
    assert "greeting_html" in xss[9] and "app.py:11" in xss[9], xss[9]  # given to a template
    assert "notice_html" in xss[13] and "app.py:16" in xss[13], xss[13]  # returned by the view


def test_escaped_plain_constant_and_logged_markup_are_not_reported(markup_findings: list[Finding]) -> None:
    lines = {f.location.start_line for f in markup_findings if f.location.path == "portal/markup.py"}
    assert not lines & {18, 22, 26, 30}, markup_findings
