"""Flows across functions and modules in Python (aiscan.sast.interfile.python): a Flask view hands
request data to a function or a method of another module, which builds the SQL, runs the
command, fetches the URL or opens the path. Real semgrep, on an invented loan service; the decoys
bind parameters, convert to int, pass a constant, or do not pass the parameter on."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.models import Confidence, Finding, RunStatus, Severity
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

VIEWS = """from flask import Flask, request

from loans import repository
from loans.repository import LoanRepository, count_by_branch, search
from loans.statements import export_statement
from loans.rates import fetch_rates
from loans.documents import open_document

app = Flask(__name__)
loans = LoanRepository()


@app.route("/loans")
def find_loans():
    iin = request.args["iin"]
    rows = loans.find_by_iin(iin)
    bound = loans.find_bound(iin)
    same = loans.find_by_iin("870412300415")
    return str(rows) + str(bound) + str(same)


@app.route("/search")
def search_loans():
    return str(search(request.args["region"], "consumer"))


@app.route("/branch")
def branch():
    return str(count_by_branch(int(request.args["branch"])))


@app.route("/statements", methods=["POST"])
def statements():
    export_statement(request.form["format"], "fixed name")
    export_statement("pdf", request.form["name"])
    return "ok"


@app.route("/rates")
def rates():
    return fetch_rates(request.args["source"])


@app.route("/documents")
def documents():
    return open_document(request.args["name"])


@app.route("/archive")
def archive():
    return str(Archive.find_by_iin(request.args["iin"]))


@app.route("/archive/qualified")
def archive_qualified():
    from loans import archive as archived

    return str(archived.Archive.find_by_iin(request.args["iin"]))
"""

REPOSITORY = """import sqlite3

db = sqlite3.connect("loans.db")


class LoanRepository:
    def find_by_iin(self, iin):
        cur = db.cursor()
        cur.execute("SELECT * FROM loans WHERE iin = '" + iin + "'")
        return cur.fetchall()

    def find_bound(self, iin):
        cur = db.cursor()
        cur.execute("SELECT * FROM loans WHERE iin = ?", (iin,))
        return cur.fetchall()


def search(region, product):
    cur = db.cursor()
    cur.execute("SELECT * FROM loans WHERE product = '%s'" % product)
    return cur.fetchall()


def count_by_branch(branch):
    cur = db.cursor()
    cur.execute("SELECT count(*) FROM loans WHERE branch = %d" % int(branch))
    return cur.fetchone()
"""

ARCHIVE = """import sqlite3

db = sqlite3.connect("archive.db")


class Archive:
    @staticmethod
    def find_by_iin(iin):
        cur = db.cursor()
        cur.execute("SELECT * FROM archived_loans WHERE iin = ?", (iin,))
        return cur.fetchall()
"""

STATEMENTS = """import os


def export_statement(fmt, client_name):
    os.system("statement-export --format pdf --name " + client_name)
"""

RATES = """import requests


def fetch_rates(url):
    return requests.get(url, timeout=5).text
"""

DOCUMENTS = """def open_document(name):
    with open("/srv/documents/" + name) as handle:
        return handle.read()
"""


def _service(tmp_path: Path) -> Path:
    root = tmp_path / "portal"
    (root / "loans").mkdir(parents=True)
    (root / "app.py").write_text(VIEWS)
    (root / "loans" / "__init__.py").write_text("")
    (root / "loans" / "repository.py").write_text(REPOSITORY)
    (root / "loans" / "archive.py").write_text(ARCHIVE)
    (root / "loans" / "statements.py").write_text(STATEMENTS)
    (root / "loans" / "rates.py").write_text(RATES)
    (root / "loans" / "documents.py").write_text(DOCUMENTS)
    return root


@pytest.fixture(scope="module")
def portal_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_service(tmp_path_factory.mktemp("interfile-python")))


def test_request_data_passed_to_a_method_of_another_module_that_builds_sql_is_reported_there(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = portal_scan
    assert status is RunStatus.OK, run
    sql = [
        f
        for f in _across(findings)
        if f.rule_id == "python-sql-injection" + interfile.RULE_SUFFIX and f.location.start_line == 9
    ]
    assert [(f.location.path, f.location.start_line) for f in sql] == [("loans/repository.py", 9)], sql
    finding = sql[0]
    assert "LoanRepository.find_by_iin" in finding.message, finding.message
    assert "app.py:16" in finding.message and "app.py:18" not in finding.message, finding.message
    assert "as argument 1 " in finding.message  # the receiver `self` is not counted
    assert finding.cwe == ("CWE-89",)
    # `loans.find_by_iin(iin)`: the receiver's class is not known and Archive defines a method of
    # the same name, so the flow is a guess, reported below the gate
    # (tests/test_sast_interfile_ambiguous.py)
    assert finding.confidence is Confidence.LOW
    assert finding.severity is Severity.MEDIUM
    assert finding.properties.get("ambiguous_call") is True


def test_only_the_parameter_that_reaches_the_sink_is_followed(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    cmd = [f for f in _across(findings) if f.rule_id == "python-command-injection" + interfile.RULE_SUFFIX]
    assert [(f.location.path, f.location.start_line) for f in cmd] == [("loans/statements.py", 5)], cmd
    assert "app.py:35" in cmd[0].message and "app.py:34" not in cmd[0].message, cmd[0].message
    # search() builds SQL from its second parameter; the view passes request data as the first
    assert not [f for f in _across(findings) if f.location.start_line == 20], _across(findings)


def test_a_url_and_a_path_handed_to_functions_of_other_modules_are_reported_there(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = {
        (f.rule_id.removesuffix(interfile.RULE_SUFFIX), f.location.path, f.location.start_line)
        for f in _across(findings)
    }
    assert ("python-ssrf", "loans/rates.py", 5) in places, places
    assert ("python-path-traversal", "loans/documents.py", 2) in places, places


def test_bound_converted_and_other_class_methods_are_not_reported(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = {(f.location.path, f.location.start_line) for f in _across(findings)}
    assert places == {
        ("loans/repository.py", 9),
        ("loans/statements.py", 5),
        ("loans/rates.py", 5),
        ("loans/documents.py", 2),
    }, places
    # the static call Archive.find_by_iin is not taken for LoanRepository.find_by_iin, nor is
    # the same call through the module (archived.Archive.find_by_iin)
    assert all("app.py:51" not in f.message for f in _across(findings))
    assert all("app.py:58" not in f.message for f in _across(findings))


def test_the_python_rule_ids_are_known_to_the_analyzer() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in ("python-sql-injection", "python-command-injection", "python-ssrf", "python-path-traversal"):
        assert rule + interfile.RULE_SUFFIX in ids


def test_a_summary_with_a_name_that_is_not_an_identifier_never_reaches_a_generated_rule() -> None:
    summaries = [
        interfile.Summary("python-sql-injection", interfile.PARAMETER, "find_by_iin", 0, "r.py", 9, 8),
        interfile.Summary("python-sql-injection", interfile.PARAMETER, "x)|.*|(y", 0, "e.py", 3, 2),
    ]
    text = yaml.safe_dump(interfile.second_pass_rules("python", summaries))
    assert "find_by_iin" in text and "x)|" not in text


CONTAINER_VIEWS = """from flask import Flask, request

from loans import cache
from loans.cache import Settings

app = Flask(__name__)
headers = {}
labels = []


@app.route("/lookup")
def lookup():
    key = request.args["key"]
    seen = headers.get(key)
    joined = ",".join(key)
    words = key.split(key)
    labels.append(key)
    hit = cache.get(key)
    return str(seen) + joined + str(words) + str(hit)


@app.route("/settings")
def settings():
    return str(Settings.get(request.args["name"]))


@app.route("/plain")
def plain():
    return str(cache.join(request.args["parts"]))
"""

CACHE = """import os
import sqlite3

db = sqlite3.connect("cache.db")


def get(key):
    cur = db.cursor()
    cur.execute("SELECT value FROM cache WHERE key = '" + key + "'")
    return cur.fetchone()


def join(parts):
    os.system("archive-join " + parts)


def split(text):
    os.system("archive-split " + text)


def append(item):
    os.system("archive-append " + item)


class Settings:
    @staticmethod
    def get(name):
        os.system("settings-tool show " + name)
"""


@pytest.fixture(scope="module")
def container_scan(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    root = tmp_path_factory.mktemp("interfile-python-containers") / "portal"
    (root / "loans").mkdir(parents=True)
    (root / "app.py").write_text(CONTAINER_VIEWS)
    (root / "loans" / "__init__.py").write_text("")
    (root / "loans" / "cache.py").write_text(CACHE)
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    return _across(findings)


def test_container_and_string_method_names_on_unknown_receivers_are_not_taken_for_user_functions(
    container_scan: list[Finding],
) -> None:
    places = {(f.location.path, f.location.start_line): f.message for f in container_scan}
    # headers.get(key), ",".join(key), key.split(key), labels.append(key) are a dict's, a
    # string's and a list's methods, not the functions of loans/cache.py that share their names
    assert ("loans/cache.py", 18) not in places, places
    assert ("loans/cache.py", 22) not in places, places
    assert "app.py:14" not in places.get(("loans/cache.py", 9), ""), places


def test_such_names_are_followed_through_a_module_or_a_class(container_scan: list[Finding]) -> None:
    places = {(f.location.path, f.location.start_line): f.message for f in container_scan}
    assert "app.py:18" in places.get(("loans/cache.py", 9), ""), places  # cache.get(key)
    assert "app.py:24" in places.get(("loans/cache.py", 28), ""), places  # Settings.get(...)
    assert "app.py:29" in places.get(("loans/cache.py", 14), ""), places  # cache.join(...)
