"""Static analysis must not pass what it did not read, nor drop what it found.

Each case is a tree that a release scan once let through (exit 0) while the same flaw elsewhere
blocked it: files bandit left out by its own default exclusions, `# nosec` / `# nosemgrep`
comments that removed findings, semgrep errors that counted as complete. Every case goes through
the CLI with the real analyzers and asserts a non-zero release exit and the finding or the gap
that names the file. semgrep errors that a real file cannot provoke (PartialParsing without
spans, an error naming no file) are replayed from recorded output by a stand-in executable.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aiscan.analyzers.bandit import coverage_gaps
from aiscan.analyzers.semgrep import assess_coverage, fatal_errors
from aiscan.cli import cli
from aiscan.sast.semgrep_errors import CONFIG_ERRORS, FILE_ERRORS, GENERIC_ERRORS, HARMLESS_ERRORS
from tests.conftest import FIXTURES

SHELL = "import subprocess\n\n\ndef deploy(cmd):\n    subprocess.call(cmd, shell=True){comment}\n"
CLEAN = "def add(a: int, b: int) -> int:\n    return a + b\n"
# Critical for aiscan's rules: a command built from request data.
CRITICAL = """import subprocess
from flask import request


def convert():
    name = request.args["name"]
{above}    subprocess.call("convert " + name, shell=True){comment}
"""
WEAK_HASH_JS = (
    'const crypto = require("crypto");\n\nfunction hashPassword(password) {{\n'
    '{above}  return crypto.createHash("md5").update(password).digest("hex");\n}}\n'
)


def _tree(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "tree"
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


def _scan(
    tmp_path: Path, root: Path, *extra: str, env: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    out = tmp_path / "report.json"
    args = ["scan", str(root), "--kind", "release", "--format", "json", "--output", str(out), *extra]
    result = CliRunner().invoke(cli, args, env=env)
    assert out.is_file(), result.output
    return result.exit_code, json.loads(out.read_text())


def _run(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in report["analyzer_runs"] if r["analyzer"] == name)


def _findings(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if rule in (f["rule_id"], *f["properties"].get("rule_ids", ()))]


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "operator.toml"
    path.write_text(text)
    return str(path)


# --- bandit's own exclusions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        ".github/scripts/deploy.py",  # bandit's ".git", matched anywhere in the path
        "CVS/deploy.py",
        "app/CVSExport.py",  # "CVS" inside a file name
        "ci/.svnsync/deploy.py",
        "tools/.hgext/deploy.py",
        "deploy/.toxic/run.py",
        "pkg.eggs/deploy.py",
        "dist.egg/deploy.py",
        "-deploy.py",  # `-` would be read as standard input
    ],
)
def test_bandit_reads_files_its_default_exclusions_drop(tmp_path: Path, path: str) -> None:
    root = _tree(tmp_path, {path: SHELL.format(comment="")})
    code, report = _scan(tmp_path, root)
    assert code == 1
    shell = _findings(report, "B602")
    assert [f["location"]["path"] for f in shell] == [path]
    assert _run(report, "bandit")["files_scanned"] == 1


def test_ignore_files_in_the_tree_exclude_nothing_and_skip_no_check(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            ".bandit": "[bandit]\nexclude = app\nskips = B602,B404\noutput = /tmp/hijacked.json\n",
            ".semgrepignore": "web/\n*.js\n",
            "app/deploy.py": SHELL.format(comment=""),
            "web/pin.js": WEAK_HASH_JS.format(above=""),
        },
    )
    code, report = _scan(tmp_path, root)
    assert code == 1
    assert [f["location"]["path"] for f in _findings(report, "B602")] == ["app/deploy.py"]
    weak = _findings(report, "javascript-weak-password-hash")
    assert {f["location"]["path"] for f in weak} == {"web/pin.js"}
    assert _run(report, "semgrep")["status"] == _run(report, "bandit")["status"] == "ok"


def test_a_python_file_bandit_cannot_parse_is_a_gap_that_blocks_a_release(tmp_path: Path) -> None:
    # semgrep recovers from this error without a word; bandit names it.
    root = _tree(tmp_path, {"app/ok.py": CLEAN, "app/broken.py": "def f(:\n    return 1\n"})
    code, report = _scan(tmp_path, root)
    assert code == 1
    run = _run(report, "bandit")
    assert run["status"] == "partial"
    assert [g["path"] for g in run["gaps"]] == ["app/broken.py"]


# --- inline suppressions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "comment",
    ["  # nosec", "  # nosec B602", "  # nosec: B602, B404", "  # nosec # nosemgrep", "  # nosec  # noqa"],
)
def test_nosec_without_a_reason_suppresses_nothing(tmp_path: Path, comment: str) -> None:
    root = _tree(tmp_path, {"app/deploy.py": SHELL.format(comment=comment)})
    code, report = _scan(tmp_path, root)
    assert code == 1
    (shell,) = _findings(report, "B602")
    assert shell["suppression"] is None
    assert "no reason given" in shell["properties"]["inline_suppression"]
    assert report["summary"]["suppressed_findings"] == 0


@pytest.mark.parametrize("above", ["  // nosemgrep\n", "  // nosemgrep: javascript-weak-password-hash\n"])
def test_nosemgrep_without_a_reason_suppresses_nothing(tmp_path: Path, above: str) -> None:
    root = _tree(tmp_path, {"web/pin.js": WEAK_HASH_JS.format(above=above)})
    code, report = _scan(tmp_path, root)
    assert code == 1
    weak = _findings(report, "javascript-weak-password-hash")
    assert weak and all(f["suppression"] is None for f in weak)
    assert all("no reason given" in f["properties"]["inline_suppression"] for f in weak)


def test_a_reasoned_suppression_is_listed_and_a_never_policy_refuses_it(tmp_path: Path) -> None:
    reason = "cmd comes from the deploy manifest, never from a request"
    root = _tree(tmp_path, {"app/deploy.py": SHELL.format(comment=f"  # nosec B602 -- {reason}")})
    reports = ("--report", f"sarif={tmp_path / 'r.sarif'}", "--report", f"text={tmp_path / 'r.txt'}")
    code, report = _scan(tmp_path, root, *reports)
    (shell,) = _findings(report, "B602")
    assert shell["suppression"] == {
        "kind": "inline",
        "reason": reason,
        "source": "app/deploy.py:5",
        "approved_by": None,
        "expires": None,
    }
    assert report["summary"]["suppressed_by_kind"] == {"inline": 1}
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "B602"]
    (suppression,) = result["suppressions"]
    assert suppression["kind"] == "inSource" and reason in suppression["justification"]
    assert f"app/deploy.py:5  B602: {reason}" in (tmp_path / "r.txt").read_text()
    assert code == 0  # the one finding was accepted with a reason, and the report says so

    never = _config(tmp_path, '[policy.release]\ninline_suppressions = "never"\n')
    code, report = _scan(tmp_path, root, "--config", never)
    assert code == 1
    (shell,) = _findings(report, "B602")
    assert shell["suppression"] is None and "never" in shell["properties"]["inline_suppression"]


def test_a_tool_marker_does_not_hide_what_the_other_tool_reports(tmp_path: Path) -> None:
    # semgrep and bandit both report yaml.load; `# nosec` speaks for bandit only.
    code = "import yaml\n\n\ndef load(data):\n    return yaml.load(data)  # nosec B506 -- our own file\n"
    root = _tree(tmp_path, {"app/load.py": code})
    exit_code, report = _scan(tmp_path, root)
    assert exit_code == 1
    (merged,) = _findings(report, "B506")
    assert merged["suppression"] is None
    assert report["summary"]["suppressed_findings"] == 0


@pytest.mark.parametrize(
    ("above", "comment"),
    [
        ("", "  # nosemgrep -- the name is checked against a list upstream"),
        ("    # aiscan:allow the name is checked against a list upstream\n", ""),
    ],
)
def test_a_critical_finding_cannot_be_suppressed_inline(tmp_path: Path, above: str, comment: str) -> None:
    root = _tree(tmp_path, {"api/convert.py": CRITICAL.format(above=above, comment=comment)})
    code, report = _scan(tmp_path, root)
    assert code == 1
    critical = [f for f in _findings(report, "python-command-injection") if f["severity"] == "critical"]
    assert critical and all(f["suppression"] is None for f in critical)
    note = critical[0]["properties"]["inline_suppression"]
    assert "critical finding cannot be accepted by a comment" in note
    assert any("critical finding" in r for r in report["verdict"]["reasons"])


def test_an_invalid_inline_policy_is_a_configuration_error(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"app/ok.py": CLEAN})
    bad = _config(tmp_path, '[policy]\ninline_suppressions = "sometimes"\n')
    result = CliRunner().invoke(cli, ["scan", str(root), "--config", bad])
    assert result.exit_code == 2
    assert "inline_suppressions" in result.output and "Traceback" not in result.output


# --- semgrep errors -------------------------------------------------------------------------


def test_a_file_semgrep_cannot_parse_is_a_named_gap_that_blocks_a_release(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"web/app.js": "const a = 1;\n", "web/broken.js": "var a = 1;\nfunction (( {\n"})
    code, report = _scan(tmp_path, root)
    assert code == 1
    run = _run(report, "semgrep")
    assert run["status"] == "partial"
    gaps = [(g["path"], g["reason"].split(":")[0]) for g in run["gaps"]]
    assert gaps == [("web/broken.js", "Syntax error")]
    assert any(r["status"] == "NOT_ASSESSED" for r in report["requirements"])


REPLAY = """#!{python}
import json, os, sys
if "--version" in sys.argv:
    print("1.185.0")
    sys.exit(0)
targets = sys.argv[sys.argv.index("--") + 1:]
doc = json.loads(open(os.environ["AISCAN_TEST_SEMGREP_OUTPUT"]).read())
doc["paths"] = {{"scanned": targets}}
for err in doc["errors"]:
    if err.get("path") == "TARGET":
        err["path"] = targets[0]
print(json.dumps(doc))
"""


def _replaying_semgrep(tmp_path: Path, errors: list[dict[str, Any]]) -> dict[str, str]:
    """A stand-in semgrep that reports every target scanned, with these errors (a path of
    "TARGET" names the first target)."""
    exe = tmp_path / "semgrep"
    exe.write_text(REPLAY.format(python=sys.executable))
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    output = tmp_path / "semgrep-output.json"
    output.write_text(json.dumps({"results": [], "errors": errors, "skipped_rules": []}))
    return {**os.environ, "AISCAN_SEMGREP": str(exe), "AISCAN_TEST_SEMGREP_OUTPUT": str(output)}


def _recorded_error(path: str) -> dict[str, Any]:
    doc = json.loads((FIXTURES / "recorded" / "semgrep-error-classes.json").read_text())
    return dict(next(e for e in doc["errors"] if e.get("path") == path))


def _the_gap_of_a_release_scan_with(tmp_path: Path, err: dict[str, Any]) -> dict[str, Any]:
    """Scan a clean tree while semgrep reports `err`: the release must be blocked by a partial
    semgrep run with one gap, returned."""
    root = _tree(tmp_path, {"app/ok.py": CLEAN})
    code, report = _scan(tmp_path, root, env=_replaying_semgrep(tmp_path, [err]))
    assert code == 1
    run = _run(report, "semgrep")
    assert run["status"] == "partial"
    (gap,) = run["gaps"]
    return dict(gap)


def test_partial_parsing_without_spans_is_a_gap_not_complete(tmp_path: Path) -> None:
    err = _recorded_error("partly.py")
    err["type"], err["path"] = ["PartialParsing", []], "TARGET"
    del err["spans"]
    gap = _the_gap_of_a_release_scan_with(tmp_path, err)
    assert gap["path"] == "app/ok.py" and "did not say which lines" in gap["reason"]


@pytest.mark.parametrize(
    "kind", ["Syntax error", "Out of memory", "SemgrepWarning", "A type from a newer semgrep"]
)
def test_a_warning_that_names_no_file_makes_the_whole_run_partial(tmp_path: Path, kind: str) -> None:
    err = {"code": 3, "level": "warn", "type": kind, "message": "something went wrong\nsecond line"}
    gap = _the_gap_of_a_release_scan_with(tmp_path, err)
    assert gap["path"] == "." and kind in gap["reason"] and "something went wrong" in gap["reason"]


def test_a_rule_semgrep_could_not_use_ends_the_run(tmp_path: Path) -> None:
    err = _recorded_error("newer-rule.yaml")  # IncompatibleRule, level info
    root = _tree(tmp_path, {"app/ok.py": CLEAN})
    code, report = _scan(tmp_path, root, env=_replaying_semgrep(tmp_path, [err]))
    assert code == 3
    run = _run(report, "semgrep")
    assert run["status"] == "error" and "needs-newer-semgrep" in run["reason"]


def test_clean_code_still_passes(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"app/ok.py": CLEAN, "web/app.js": "const a = 1;\n"})
    code, report = _scan(tmp_path, root)
    assert code == 0, report["verdict"]
    assert _run(report, "bandit")["status"] == "ok" and _run(report, "semgrep")["status"] == "ok"


# --- the same classes, pure, on recorded output ---------------------------------------------

RECORDED = FIXTURES / "recorded"
TARGETS = {"partly.py": 8, "broken.js": 2, "lexical.py": 1, "syntax.py": 2, ".github/scripts/deploy.py": 5}


def _recorded(name: str) -> dict[str, Any]:
    return dict(json.loads((RECORDED / name).read_text()))


def test_recorded_semgrep_errors_are_each_a_gap_a_warning_or_fatal() -> None:
    data = _recorded("semgrep-error-classes.json")
    cov = assess_coverage(data, TARGETS)
    assert cov.fatal == ("newer-rule.yaml: Incompatible rule needs-newer-semgrep:",)
    file_errors = {**data, "errors": [e for e in data["errors"] if e["path"] != "newer-rule.yaml"]}
    cov = assess_coverage(file_errors, TARGETS)
    assert not cov.fatal
    gaps = {g.path: g.reason for g in cov.gaps}
    assert gaps["broken.js"].startswith("Syntax error: Syntax error at line broken.js:1")
    assert gaps["lexical.py"].startswith("PartialParsing: lines 1-2 of 1 not parsed; file not analysed")
    assert [(w.path, w.reason) for w in cov.warnings] == [
        ("partly.py", "PartialParsing: line 8 of 8 not parsed; the rest was analysed")
    ]
    # semgrep recovers from `def f(:` without an error: only bandit names syntax.py.
    assert "syntax.py" not in gaps


def test_recorded_partial_parsing_without_spans_is_a_gap() -> None:
    data = _recorded("semgrep-error-classes.json")
    (err,) = [e for e in data["errors"] if e["path"] == "partly.py"]
    no_spans = {**err, "type": ["PartialParsing", []]}
    no_spans.pop("spans")
    cov = assess_coverage({**data, "errors": [no_spans]}, TARGETS)
    assert [g.path for g in cov.gaps] == ["partly.py"] and not cov.warnings


def test_recorded_errors_without_a_path_leave_the_run_partial_or_end_it() -> None:
    data = _recorded("semgrep-error-classes.json")
    (err,) = [e for e in data["errors"] if e["path"] == "broken.js"]
    pathless = {k: v for k, v in err.items() if k != "path"}
    cov = assess_coverage({**data, "errors": [pathless]}, TARGETS)
    assert [(g.path, g.reason.split(":")[0]) for g in cov.gaps] == [
        (".", "semgrep reported Syntax error without naming a file")
    ]
    fatal = fatal_errors({"errors": [{**pathless, "level": "error"}]})
    assert fatal == ("Syntax error at line broken.js:1:",)


def test_a_rule_semgrep_skipped_is_a_gap_for_the_whole_run() -> None:
    skipped = {"rule_id": "rulesets.semgrep.x.some-rule", "details": "too slow"}
    data = {"errors": [], "skipped_rules": [skipped]}
    cov = assess_coverage(data, {})
    assert [(g.path, g.rule_id, g.reason) for g in cov.gaps] == [
        (".", "some-rule", "semgrep skipped rule some-rule: too slow")
    ]


def test_every_error_type_of_the_installed_semgrep_is_classified() -> None:
    """A new semgrep that adds an error type makes this fail, so its meaning gets decided."""
    spec = importlib.util.find_spec("semgrep.semgrep_interfaces.semgrep_output_v1")
    assert spec and spec.origin
    source = Path(spec.origin).read_text()
    start = source.index("class ErrorType:")
    body = source[start : source.index("\nclass ", start + 1)]
    names = set(re.findall(r"if (?:x|cons) == '([^']+)'", body))
    assert len(names) > 20
    known = FILE_ERRORS | CONFIG_ERRORS | GENERIC_ERRORS | set(HARMLESS_ERRORS)
    assert names - known == set()


def test_recorded_bandit_output_missing_a_given_file_is_a_gap_naming_it() -> None:
    data = _recorded("bandit-default-exclusions.json")
    given = ["partly.py", "syntax.py", "lexical.py", ".github/scripts/deploy.py"]
    gaps = {g.path: g.reason for g in coverage_gaps(data, given)}
    assert gaps == {
        "partly.py": "syntax error while parsing AST from file",
        "syntax.py": "syntax error while parsing AST from file",
        "lexical.py": "syntax error while parsing AST from file",
        ".github/scripts/deploy.py": "not analysed by bandit: given to it, but absent from its output",
    }
