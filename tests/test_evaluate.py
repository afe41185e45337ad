"""Requirement statuses as a pure function of findings, runs, components and attestations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from aiscan.analyzers import REGISTRY
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate, map_findings
from aiscan.models import (
    AnalyzerRun,
    Attestation,
    Component,
    Gap,
    RequirementResult,
    RunStatus,
    Severity,
    Status,
    Suppression,
)
from tests.conftest import TODAY, make_finding

ALL = (Component.WEB, Component.MOBILE, Component.API)


def _runs(**statuses: RunStatus) -> tuple[AnalyzerRun, ...]:
    base = dict.fromkeys(REGISTRY, RunStatus.OK)
    base.update(statuses)
    return tuple(
        AnalyzerRun(name, st, name, "1", "boom" if st is RunStatus.ERROR else "") for name, st in base.items()
    )


def _by_id(results: tuple[RequirementResult, ...]) -> dict[str, RequirementResult]:
    return {r.requirement_id: r for r in results}


def _eval(
    catalogue: Catalogue, findings=(), runs=None, components=ALL, attestations=(), **kw
) -> dict[str, RequirementResult]:
    runs = _runs() if runs is None else runs
    return _by_id(
        evaluate(
            catalogue, map_findings(findings, catalogue), runs, components, attestations, today=TODAY, **kw
        )
    )


def test_clean_complete_scan_passes_automated_requirements(catalogue: Catalogue) -> None:
    r = _eval(catalogue)
    assert r["p19.1"].status is Status.PASS
    assert r["p18.1"].status is Status.PASS
    assert r["p21"].status is Status.PASS
    assert r["p15"].status is Status.MANUAL


def test_finding_at_threshold_fails_its_requirement_and_the_parent(catalogue: Catalogue) -> None:
    f = make_finding(severity=Severity.HIGH, requirements=("p19.1", "p26.3"))
    r = _eval(catalogue, [f])
    assert r["p19.1"].status is Status.FAIL
    assert r["p19.1"].findings == (f.fingerprint,)
    assert r["p19"].status is Status.FAIL and "p19.1" in r["p19"].reason
    assert r["p26.3"].status is Status.FAIL
    assert r["p19.2"].status is Status.PASS


def test_finding_below_threshold_is_an_observation(catalogue: Catalogue) -> None:
    f = make_finding(severity=Severity.MEDIUM)
    r = _eval(catalogue, [f], fail_on=Severity.HIGH)
    assert r["p19.1"].status is Status.PASS
    assert r["p19.1"].observations == (f.fingerprint,)
    assert _eval(catalogue, [f], fail_on=Severity.MEDIUM)["p19.1"].status is Status.FAIL


def test_critical_finding_fails_p21_whatever_its_rule_maps_to(catalogue: Catalogue) -> None:
    f = make_finding(severity=Severity.CRITICAL, requirements=("p19.2",))
    assert "p21" in map_findings([f], catalogue)[0].requirements
    r = _eval(catalogue, [f])
    assert r["p21"].status is Status.FAIL


def test_unknown_severity_ranks_as_the_policy_says(catalogue: Catalogue) -> None:
    f = make_finding(severity=Severity.UNKNOWN)
    assert _eval(catalogue, [f])["p19.1"].status is Status.FAIL
    assert _eval(catalogue, [f], unknown_as=Severity.LOW)["p19.1"].status is Status.PASS
    assert "p21" not in map_findings([f], catalogue)[0].requirements


def test_failed_analyzer_makes_its_requirements_not_assessed_never_pass(catalogue: Catalogue) -> None:
    r = _eval(catalogue, runs=_runs(semgrep=RunStatus.ERROR))
    assert r["p19.1"].status is Status.NOT_ASSESSED
    assert "semgrep" in r["p19.1"].reason and "boom" in r["p19.1"].reason
    assert r["p18.1"].status is Status.NOT_ASSESSED
    assert r["p21"].status is Status.NOT_ASSESSED


def test_partial_coverage_is_not_assessed(catalogue: Catalogue) -> None:
    r = _eval(catalogue, runs=_runs(bandit=RunStatus.PARTIAL))
    assert r["p19.3"].status is Status.NOT_ASSESSED
    assert "incomplete coverage" in r["p19.3"].reason


def test_only_the_gaps_that_make_a_run_partial_are_counted(catalogue: Catalogue) -> None:
    # a file parsed but for a few lines, one analysed when retried: listed with the run, no gaps
    gaps = (
        Gap("a.js", "Syntax error at line a.js:1"),
        Gap("b.js", "PartialParsing: line 3 of 40 not parsed; the rest was analysed", blocking=False),
        Gap("c.js", "a rule timed out on it; retried alone: analysed", blocking=False),
    )
    runs = tuple(
        replace(r, gaps=gaps) if r.analyzer == "semgrep" else r for r in _runs(semgrep=RunStatus.PARTIAL)
    )
    assert "semgrep: incomplete coverage (1 gap)" in _eval(catalogue, runs=runs)["p18.1"].reason


def test_a_finding_still_fails_when_coverage_is_incomplete(catalogue: Catalogue) -> None:
    r = _eval(catalogue, [make_finding()], runs=_runs(semgrep=RunStatus.ERROR))
    assert r["p19.1"].status is Status.FAIL


def test_missing_component_makes_its_requirements_not_applicable(catalogue: Catalogue) -> None:
    r = _eval(catalogue, components=(Component.API,))
    assert r["p25.7"].status is Status.NOT_APPLICABLE
    assert r["p25"].status is Status.NOT_APPLICABLE
    assert r["p24.3"].status is Status.NOT_APPLICABLE
    assert r["p26.3"].status is Status.PASS
    assert r["p14.2"].status is Status.NOT_APPLICABLE
    assert r["p14.3"].status is Status.PASS


def test_suppressed_findings_do_not_count(catalogue: Catalogue) -> None:
    f = replace(
        make_finding(), suppression=Suppression("false_positive", "sanitised upstream", "waivers.yaml")
    )
    assert _eval(catalogue, [f])["p19.1"].status is Status.PASS


def test_attestation_satisfies_a_manual_requirement_until_it_expires(catalogue: Catalogue) -> None:
    att = Attestation(
        "p15", "A. Seitkali, CISO", date(2026, 1, 10), "SDLC regulation No. 12", date(2027, 1, 10)
    )
    r = _eval(catalogue, attestations=[att])
    assert r["p15"].status is Status.PASS and r["p15"].attestation == att
    expired = replace(att, valid_until=date(2026, 6, 1))
    r = _eval(catalogue, attestations=[expired])
    assert r["p15"].status is Status.MANUAL and "expired" in r["p15"].reason


def test_attestation_does_not_override_a_failure(catalogue: Catalogue) -> None:
    att = Attestation("p19.1", "dev", date(2026, 1, 10), "we checked", date(2027, 1, 10))
    r = _eval(catalogue, [make_finding()], attestations=[att])
    assert r["p19.1"].status is Status.FAIL


def test_results_follow_catalogue_order(catalogue: Catalogue) -> None:
    results = evaluate(catalogue, (), _runs(), ALL, (), today=TODAY)
    assert tuple(r.requirement_id for r in results) == catalogue.ids()
