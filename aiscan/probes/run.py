"""A probe judged on its own (`aiscan probe`): the live analyzers' outcomes evaluated against the
catalogue's live evidence and gated like any scan."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Protocol

from aiscan import __version__
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate, map_findings
from aiscan.config import Policy
from aiscan.gate import RELEASE, decide
from aiscan.models import (
    AnalyzerOutcome,
    AnalyzerRun,
    Component,
    RunStatus,
    ScanResult,
    assign_fingerprints,
)
from aiscan.probes.context import ProbeContext
from aiscan.probes.targets import API, HEALTH, ProbeOptions, ProbeTarget


class _Live(Protocol):
    name: str
    tool: str

    def run(self) -> AnalyzerOutcome: ...


def run_isolated(analyzer: _Live) -> AnalyzerOutcome:
    """Whatever goes wrong inside a live analyzer becomes an error run, never 'no findings'."""
    started = time.monotonic()
    try:
        outcome = analyzer.run()
    except Exception as exc:  # the isolation boundary for analyzer bugs; recorded, not hidden
        reason = f"crashed: {type(exc).__name__}: {exc}"
        return AnalyzerOutcome(
            AnalyzerRun(
                analyzer.name, RunStatus.ERROR, analyzer.tool, None, reason, time.monotonic() - started
            )
        )
    return replace(outcome, run=replace(outcome.run, duration_s=round(time.monotonic() - started, 3)))


def live_catalogue(catalogue: Catalogue) -> Catalogue:
    """The requirements that have live evidence, assessed by that evidence alone: a probe
    judges the running system, not source code it did not read."""
    reqs = tuple(
        replace(r, evidence=tuple(e for e in r.evidence if e.live), parent=None)
        for r in catalogue.requirements
        if any(e.live for e in r.evidence)
    )
    return Catalogue(catalogue.framework, reqs)


def components(targets: tuple[ProbeTarget, ...]) -> tuple[Component, ...]:
    kinds = {Component.API if t.role in (API, HEALTH) else Component.WEB for t in targets}
    return tuple(c for c in Component if c in kinds)


def probe_result(
    targets: tuple[ProbeTarget, ...],
    options: ProbeOptions,
    catalogue: Catalogue,
    policy: Policy | None = None,
) -> tuple[ScanResult, ProbeContext]:
    from aiscan.pipeline import source_redactor
    from aiscan.probes import probe_with_context

    policy = policy or Policy()
    started_at = datetime.now(UTC)
    t0 = time.monotonic()
    outcomes, probe = probe_with_context(targets, options)
    live = live_catalogue(catalogue)
    redactor = source_redactor()
    findings = map_findings(
        assign_fingerprints(redactor.findings(f for o in outcomes for f in o.findings)), live
    )
    runs = tuple(sorted((redactor.run(o.run) for o in outcomes), key=lambda r: r.analyzer))
    comps = components(targets)
    results = evaluate(
        live,
        findings,
        runs,
        comps,
        fail_on=policy.fail_on,
        unknown_as=policy.unknown_severity_as,
        test_code=policy.test_code,
        today=started_at.date(),
    )
    decision = decide(results, findings, runs, policy, scan_kind=RELEASE)
    used = probe.requests_used()
    notes = [
        f"probed {len(targets)} named endpoint(s); nothing else was contacted",
        "HTTP requests per target (aiscan's own, budget "
        f"{options.limits.max_requests}): " + ", ".join(f"{u} {n}" for u, n in used.items()),
    ]
    if not options.active:
        notes.append("active checks (error pages, CSRF replay) were not run: they need --active")
    return (
        ScanResult(
            target=", ".join(t.url for t in targets),
            scan_kind="probe",
            components=comps,
            languages={},
            runs=runs,
            findings=tuple(sorted(findings, key=lambda f: (-f.severity.rank, f.location.path, f.rule_id))),
            requirements=results,
            decision=decision,
            started_at=started_at.isoformat(timespec="seconds"),
            duration_s=round(time.monotonic() - t0, 3),
            aiscan_version=__version__,
            fail_on=policy.fail_on,
            notes=tuple(notes),
        ),
        probe,
    )
