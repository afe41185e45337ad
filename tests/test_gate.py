"""The exit-code contract as a pure function."""

from __future__ import annotations

from dataclasses import replace

from aiscan.config import Policy
from aiscan.gate import EXIT_ALLOWED, EXIT_BLOCKED, EXIT_INCOMPLETE, decide
from aiscan.models import AnalyzerRun, RequirementResult, RunStatus, Severity, Status, Suppression
from tests.conftest import make_finding

OK_RUNS = (AnalyzerRun("semgrep", RunStatus.OK, "semgrep"), AnalyzerRun("bandit", RunStatus.OK, "bandit"))
RELEASE = Policy()
MERGE = Policy(block_statuses=frozenset({Status.FAIL}))


def _req(rid: str, status: Status) -> RequirementResult:
    return RequirementResult(rid, status, "why")


def test_allowed_when_nothing_blocks() -> None:
    d = decide([_req("p19.1", Status.PASS), _req("p15", Status.MANUAL)], [], OK_RUNS, RELEASE)
    assert (d.exit_code, d.allowed, d.verdict) == (EXIT_ALLOWED, True, "allowed")


def test_failing_requirement_blocks() -> None:
    d = decide([_req("p19.1", Status.FAIL)], [], OK_RUNS, RELEASE)
    assert d.exit_code == EXIT_BLOCKED and not d.allowed
    assert any("p19.1 FAIL" in r for r in d.reasons)


def test_critical_finding_always_blocks_even_if_no_requirement_fails() -> None:
    f = make_finding(severity=Severity.CRITICAL)
    d = decide([_req("p19.1", Status.PASS)], [f], OK_RUNS, Policy(fail_on=Severity.CRITICAL))
    assert d.exit_code == EXIT_BLOCKED
    assert any("p21" in r for r in d.reasons)


def test_suppressed_critical_does_not_block() -> None:
    f = replace(make_finding(severity=Severity.CRITICAL), suppression=Suppression("false_positive", "x", "w"))
    assert decide([], [f], OK_RUNS, RELEASE).exit_code == EXIT_ALLOWED


def test_not_assessed_blocks_a_release_but_not_a_merge() -> None:
    results = [_req("p20", Status.NOT_ASSESSED)]
    assert decide(results, [], OK_RUNS, RELEASE).exit_code == EXIT_BLOCKED
    assert decide(results, [], OK_RUNS, MERGE, scan_kind="merge").exit_code == EXIT_ALLOWED


def test_failed_analyzer_means_incomplete_and_blocks_even_with_findings() -> None:
    runs = (*OK_RUNS[:1], AnalyzerRun("bandit", RunStatus.ERROR, "bandit", reason="killed by signal 9"))
    d = decide([_req("p19.1", Status.FAIL)], [make_finding(severity=Severity.CRITICAL)], runs, RELEASE)
    assert (d.exit_code, d.allowed, d.verdict) == (EXIT_INCOMPLETE, False, "incomplete")
    assert any("bandit did not run: killed by signal 9" in r for r in d.reasons)
