"""The pure parsers, on real recorded tool output (fixtures/recorded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiscan.analyzers.bandit import load_mapping, parse_bandit
from aiscan.analyzers.base import read_snippet
from aiscan.analyzers.semgrep import parse_semgrep, short_rule_id
from aiscan.errors import CatalogueError
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


def _bandit_result(test_id: str, cwe: int, line: int = 3) -> dict[str, object]:
    return {
        "filename": "./tool.py",
        "test_id": test_id,
        "test_name": "check",
        "issue_cwe": {"id": cwe},
        "issue_severity": "LOW",
        "issue_confidence": "HIGH",
        "issue_text": "text",
        "line_number": line,
        "line_range": [line],
    }


def test_bandit_reminders_on_subprocess_claim_no_command_injection() -> None:
    # bandit gives CWE-78 to the import of subprocess (B404), to every call without a shell
    # (B603) and to every eval and exec (B307, B102): reminders to check the input, which name
    # no weakness. A shell run with a composed command (B602) keeps it; a program started from
    # PATH (B607) is an untrusted search path.
    data = {
        "results": [
            _bandit_result("B404", 78, 1),
            _bandit_result("B603", 78, 2),
            _bandit_result("B602", 78, 3),
            _bandit_result("B607", 78, 4),
            _bandit_result("B307", 78, 5),
            _bandit_result("B102", 78, 6),
        ],
        "errors": [],
    }
    findings, _ = parse_bandit(data, load_mapping(), lambda p, s, e: "")
    cwe = {f.rule_id: f.cwe for f in findings}
    assert cwe == {
        "B404": (),
        "B603": (),
        "B602": ("CWE-78",),
        "B607": ("CWE-426",),
        "B307": (),
        "B102": (),
    }
    by_rule = {f.rule_id: f for f in findings}
    assert by_rule["B603"].severity is Severity.LOW  # still reported, for review


def test_bandit_mapping_without_cwe_keeps_bandits_own() -> None:
    data = {"results": [_bandit_result("B608", 89)], "errors": []}
    findings, _ = parse_bandit(data, load_mapping(), lambda p, s, e: "")
    assert findings[0].cwe == ("CWE-89",)


def test_bandit_mapping_with_a_malformed_cwe_is_refused(tmp_path: Path) -> None:
    mapping = tmp_path / "bandit.yaml"
    mapping.write_text('checks:\n  B603: {requirements: [p19.2], cwe: "CWE-78"}\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="B603: cwe must be a list"):
        load_mapping(mapping)


def test_bandit_errors_are_gaps() -> None:
    data = {
        "results": [],
        "errors": [{"filename": "./broken.py", "reason": "syntax error while parsing AST from file"}],
    }
    _, gaps = parse_bandit(data, load_mapping(), lambda p, s, e: "")
    assert gaps[0].path == "broken.py" and "syntax error" in gaps[0].reason
