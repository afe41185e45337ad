"""False-positive classes that blocked well-maintained production projects released as an AIS:
example programs beside a library, credentials shown in documentation, and a weak digest that is
not a password hash (benchmarks/bench_production_gate.py, docs/measurements/sast.md)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aiscan.analyzers.bandit import load_mapping
from aiscan.cli import cli
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate
from aiscan.config import Policy
from aiscan.gate import decide
from aiscan.models import AnalyzerRun, FileRole, RunStatus, Severity, Status
from aiscan.roles import GATE, REPORT, assign_roles, file_role
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from tests.conftest import make_finding

# --- example programs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["examples/basic/main.go", "_examples/rest/main.go", "lib/examples/upload.js", "docs/examples/app.py"],
)
def test_files_in_an_examples_folder_are_example_code(path: str) -> None:
    assert file_role(path) is FileRole.EXAMPLE


@pytest.mark.parametrize(
    "path",
    [
        # the development project a Django application ships beside itself (DEBUG on, a key
        # written in its settings), named as one
        "example_project/settings.py",
        "apps/demo_project/urls.py",
        "src/sample_project/settings.py",
        "exampleproject/settings.py",
    ],
)
def test_files_in_an_example_or_demo_project_folder_are_example_code(path: str) -> None:
    assert file_role(path) is FileRole.EXAMPLE


@pytest.mark.parametrize("path", ["example_project.py", "projects/demo.py", "app/demo_projection/views.py"])
def test_a_demo_file_or_other_project_folder_is_shipped_code(path: str) -> None:
    assert file_role(path) is FileRole.SOURCE


@pytest.mark.parametrize(
    "path",
    [
        # the package of countless Android apps
        "app/src/main/java/com/example/loans/LoanActivity.kt",
        "src/example.py",
        "examples.py",
        "app/examples_view.py",
    ],
)
def test_an_example_package_or_file_name_is_shipped_code(path: str) -> None:
    assert file_role(path) is FileRole.SOURCE


def test_a_test_inside_examples_stays_test_code() -> None:
    assert file_role("examples/app/tests/test_app.py") is FileRole.TEST
    assert file_role("examples/app/app_test.go") is FileRole.TEST


def _statuses(catalogue: Catalogue, findings: list[Any], test_code: str) -> dict[str, Status]:
    runs = [
        AnalyzerRun(n, RunStatus.OK, n) for n in ("semgrep", "bandit", "shellcheck", "flawfinder", "secrets")
    ]
    results = evaluate(
        catalogue, assign_roles(findings), runs, (), today=date(2026, 1, 1), test_code=test_code
    )
    return {r.requirement_id: r.status for r in results}


def test_example_code_weighs_like_test_code(catalogue: Catalogue) -> None:
    xss = make_finding(rule_id="go-xss", path="_examples/rest/main.go", requirements=("p19.1",))
    assert _statuses(catalogue, [xss], REPORT)["p19.1"] is Status.PASS
    assert _statuses(catalogue, [xss], GATE)["p19.1"] is Status.FAIL
    shipped = replace(xss, location=replace(xss.location, path="rest/main.go"))
    assert _statuses(catalogue, [shipped], REPORT)["p19.1"] is Status.FAIL
    critical = assign_roles([replace(xss, severity=Severity.CRITICAL)])
    assert decide([], critical, [], Policy(test_code=REPORT)).exit_code == 0
    assert decide([], critical, [], Policy(test_code=GATE)).exit_code == 1


def test_a_secret_in_example_code_still_counts(catalogue: Catalogue) -> None:
    key = make_finding(
        rule_id="private-key", analyzer="secrets", path="examples/tls/key.go", requirements=("p19.6",)
    )
    assert _statuses(catalogue, [key], REPORT)["p19.6"] is Status.FAIL


XSS_GO = """package main

import (
\t"fmt"
\t"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
\tw.Write([]byte(fmt.Sprintf("<p>hello %s</p>", r.URL.Query().Get("name"))))
}
"""


def _scan(tmp_path: Path, files: dict[str, str]) -> tuple[int, dict[str, Any]]:
    root = tmp_path / "tree"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["scan", str(root), "--format", "json", "--output", str(out)])
    return result.exit_code, json.loads(out.read_text())


def test_cli_marks_findings_in_examples_and_they_do_not_gate(tmp_path: Path) -> None:
    code, report = _scan(tmp_path, {"examples/hello/main.go": XSS_GO, "lib.go": "package lib\n"})
    found = [f for f in report["findings"] if f["location"]["path"] == "examples/hello/main.go"]
    assert found and all(f["role"] == "example" for f in found), found
    assert all(r["status"] != "FAIL" for r in report["requirements"] if r["id"].startswith("p19"))
    # the same code shipped fails p19
    _, shipped = _scan(tmp_path / "b", {"hello/main.go": XSS_GO})
    assert any(r["status"] == "FAIL" for r in shipped["requirements"] if r["id"] == "p19")
    assert code in (0, 3)


# --- credentials shown in documentation -----------------------------------------------------

ENGINE = Engine(load_ruleset())
AUTH = (
    "const client = create({\n  auth: {\n    username: 'janedoe',\n    password: 'Zh8#kq2Lw9x!'\n  }\n});\n"
)


@pytest.mark.parametrize("path", ["README.md", "docs/guide.rst", "doc/USAGE.adoc", "CHANGES.markdown"])
def test_a_password_in_documentation_text_is_weighed_as_an_example(path: str) -> None:
    [d] = ENGINE.scan(path, AUTH).detections
    severity, why = ENGINE.assess(d.detector, path, AUTH.splitlines()[d.line - 1])
    assert severity is Severity.MEDIUM and "documentation" in why


@pytest.mark.parametrize("path", ["src/client.js", "public/index.html", "creds.txt"])
def test_the_same_password_in_code_served_html_or_a_text_file_stays_high(path: str) -> None:
    [d] = ENGINE.scan(path, AUTH).detections
    severity, _ = ENGINE.assess(d.detector, path, AUTH.splitlines()[d.line - 1])
    assert severity is Severity.HIGH


def test_a_private_key_in_documentation_still_counts() -> None:
    # no lower severity is defined for keys: a real key pasted into a README is a leak
    pem = (
        "-----BEGIN RSA PRIVATE KEY-----\n"
        + "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n" * 6
    )
    pem += "-----END RSA PRIVATE KEY-----\n"
    detections = [d for d in ENGINE.scan("README.md", pem).detections if d.detector.id == "private-key"]
    assert detections
    severity, _ = ENGINE.assess(detections[0].detector, "README.md", "")
    assert severity is Severity.CRITICAL


# --- weak digests ---------------------------------------------------------------------------


def test_banditss_weak_digest_check_is_reported_below_the_gate() -> None:
    # SHA-1 of a WebSocket handshake or a digest-auth nonce is the protocol; a password hashed
    # with MD5 or SHA-1 is python-weak-password-hash, which stays high.
    assert load_mapping()["B324"].severity is Severity.MEDIUM


def test_a_weak_digest_is_reported_and_a_weak_password_hash_blocks(tmp_path: Path) -> None:
    ws = "import hashlib\n\n\ndef accept(key: bytes) -> bytes:\n    return hashlib.sha1(key).digest()\n"
    pw = (
        "import hashlib\n\n\ndef store(password: str) -> str:\n"
        "    return hashlib.md5(password.encode()).hexdigest()\n"
    )
    _, report = _scan(tmp_path, {"ws.py": ws})
    [digest] = [f for f in report["findings"] if f["location"]["path"] == "ws.py"]
    assert digest["severity"] == "medium"
    assert next(r for r in report["requirements"] if r["id"] == "p19.3")["status"] == "PASS"
    _, report = _scan(tmp_path / "b", {"users.py": pw})
    assert next(r for r in report["requirements"] if r["id"] == "p19.3")["status"] == "FAIL"


def test_an_abbreviation_of_password_in_a_url_is_no_password() -> None:
    doc = " *     mongoose.createConnection('mongodb://val:psw@db.internal.kz:27017/mydb').pass\n"
    assert not ENGINE.scan("lib/connection.js", doc).detections
    real = " *     mongoose.createConnection('mongodb://val:Kq7#wPz2@db.internal.kz:27017/mydb')\n"
    assert ENGINE.scan("lib/connection.js", real).detections


@pytest.mark.parametrize(
    "path",
    [
        # the test-source folder of Ant-era Java projects, beside src/ (`testsrc/main/...`)
        "testsrc/main/mondrian/rolap/agg/MockSegmentCache.java",
        "modules/core/testsrc/org/acme/LoanFixture.java",
    ],
)
def test_a_testsrc_folder_holds_test_code(path: str) -> None:
    assert file_role(path) is FileRole.TEST


def test_a_name_that_only_contains_testsrc_is_source() -> None:
    assert file_role("src/main/java/org/acme/testsrcloader/Loader.java") is FileRole.SOURCE
