"""The pure parsers, on real recorded tool output (fixtures/recorded)."""

from __future__ import annotations

import json

from aiscan.analyzers.bandit import load_mapping, parse_bandit
from aiscan.analyzers.base import read_snippet
from aiscan.analyzers.semgrep import parse_semgrep, short_rule_id
from aiscan.models import Severity
from tests.conftest import FIXTURES

RECORDED = FIXTURES / "recorded"
SAMPLE = RECORDED / "sample-app"


def _load(name: str) -> dict[str, object]:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


def test_semgrep_results_become_findings_with_metadata_and_snippets() -> None:
    prefix = "fixtures/recorded/sample-app/"
    findings, gaps = parse_semgrep(
        _load("semgrep.json"), lambda p, s, e: read_snippet(SAMPLE, p, s, e), prefix
    )
    assert not gaps
    by_rule = {f.rule_id: f for f in findings}
    cmd = by_rule["python-command-injection"]
    assert cmd.analyzer == "semgrep"
    assert cmd.location.path == "handlers.py" and cmd.location.start_line == 14
    assert "shell=True" in cmd.location.snippet
    assert "p19.1" in cmd.requirements
    assert cmd.cwe and all(c.startswith("CWE-") for c in cmd.cwe)
    assert cmd.severity in {Severity.CRITICAL, Severity.HIGH}
    assert cmd.remediation


def test_semgrep_rule_ids_lose_the_folder_prefix() -> None:
    assert short_rule_id("rulesets.semgrep.python.python-sql-injection") == "python-sql-injection"
    assert short_rule_id("python-sql-injection") == "python-sql-injection"


def test_semgrep_parse_errors_become_gaps_naming_the_file() -> None:
    findings, gaps = parse_semgrep(_load("semgrep-errors.json"), lambda p, s, e: "")
    assert findings == ()
    assert len(gaps) == 1
    assert gaps[0].path == "proj/bad2.py"
    assert gaps[0].reason.startswith("PartialParsing")


def test_bandit_results_are_mapped_onto_chapter3() -> None:
    findings, gaps = parse_bandit(
        _load("bandit.json"), load_mapping(), lambda p, s, e: read_snippet(SAMPLE, p, s, e)
    )
    assert not gaps
    by_rule = {f.rule_id: f for f in findings}
    assert set(by_rule) == {"B404", "B602", "B506", "B324"}
    shell = by_rule["B602"]
    assert shell.requirements == ("p19.1", "p26.3")
    assert shell.cwe == ("CWE-78",)
    assert shell.location.start_line == 14 and "subprocess.call" in shell.location.snippet
    assert by_rule["B506"].severity is Severity.HIGH  # raised by the mapping
    assert by_rule["B324"].requirements == ("p19.3",)
    assert by_rule["B404"].title.startswith("Consider possible security implications")


def test_bandit_errors_are_gaps() -> None:
    data = {
        "results": [],
        "errors": [{"filename": "./broken.py", "reason": "syntax error while parsing AST from file"}],
    }
    _, gaps = parse_bandit(data, load_mapping(), lambda p, s, e: "")
    assert gaps[0].path == "broken.py" and "syntax error" in gaps[0].reason
