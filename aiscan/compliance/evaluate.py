"""From findings and analyzer runs to a status per requirement. Pure functions only."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from aiscan.compliance.catalogue import ANY_ANALYZER, Catalogue, Requirement
from aiscan.models import (
    AnalyzerRun,
    Attestation,
    Component,
    Finding,
    RequirementResult,
    RunStatus,
    Severity,
    Status,
)
from aiscan.roles import REPORT, weighs_on_gate

# A finding whose properties say {EVIDENCE: PRESENT} is evidence that a protection a requirement
# asks for exists (root detection, a forced-update flow, ...): severity info, mapped to the
# requirement. With no finding at or above the threshold and every needed analyzer complete, the
# requirement PASSes and names where the protection was found. An absent protection is an ordinary
# finding at its rule's severity, so it FAILs the requirement.
EVIDENCE = "evidence"
PRESENT = "present"

# A requirement assessed on the running system (live evidence in the catalogue) whose probes did
# not run stays MANUAL with this reason.
NO_LIVE_EVIDENCE = "no live evidence"
NOT_PROBED = "no endpoint was probed"

# The order in which a parent takes the worst status of its parts.
_WORST_FIRST = (Status.FAIL, Status.NOT_ASSESSED, Status.MANUAL, Status.PASS, Status.NOT_APPLICABLE)


def effective_rank(severity: Severity, unknown_as: Severity) -> int:
    return unknown_as.rank if severity is Severity.UNKNOWN else severity.rank


def map_findings(findings: Iterable[Finding], catalogue: Catalogue) -> tuple[Finding, ...]:
    """Add the requirements that collect findings by severity (p21 takes every critical one)."""
    collectors = [r for r in catalogue.requirements if r.collect_min_severity is not None]
    out = []
    for f in findings:
        extra = tuple(
            r.id
            for r in collectors
            if r.collect_min_severity is not None
            and f.severity is not Severity.UNKNOWN
            and f.severity.rank >= r.collect_min_severity.rank
            and r.id not in f.requirements
        )
        out.append(replace(f, requirements=f.requirements + extra) if extra else f)
    return tuple(out)


def evaluate(
    catalogue: Catalogue,
    findings: Iterable[Finding],
    runs: Iterable[AnalyzerRun],
    components: tuple[Component, ...],
    attestations: Iterable[Attestation] = (),
    *,
    fail_on: Severity = Severity.HIGH,
    unknown_as: Severity = Severity.HIGH,
    test_code: str = REPORT,
    today: date,
) -> tuple[RequirementResult, ...]:
    """A status for every requirement of the catalogue, in catalogue order.

    FAIL: an active finding at or above `fail_on` maps to it (findings below are observations).
    NOT_ASSESSED: an analyzer it needs did not run completely. MANUAL: no automated check can
    prove it and no valid attestation does. NOT_APPLICABLE: its AIS component is absent.
    A parent takes the worst status of its own assessment and its sub-points. A code finding in
    test code is an observation when `test_code` is "report" (aiscan.roles).
    """
    active = [f for f in findings if f.active]
    runs_by_name = {r.analyzer: r for r in runs}
    attested = _valid_attestations(attestations, today)
    threshold = fail_on.rank
    # A live analyzer that probed nothing is no gap in "every analyzer" (p21): it read no code.
    live = {e.analyzer for r in catalogue.requirements for e in r.evidence if e.live}
    everything = {n: r for n, r in runs_by_name.items() if not (n in live and _unprobed(r))}
    own: dict[str, RequirementResult] = {}
    for req in catalogue.requirements:
        mapped = [f for f in active if req.id in f.requirements]
        failing = tuple(
            f.fingerprint
            for f in mapped
            if effective_rank(f.severity, unknown_as) >= threshold and weighs_on_gate(f, test_code)
        )
        below = tuple(f.fingerprint for f in mapped if f.fingerprint not in failing)
        present = tuple(f for f in mapped if f.properties.get(EVIDENCE) == PRESENT)
        own[req.id] = _assess(
            req, failing, below, runs_by_name, components, attested, today, attestations, present, everything
        )
    return tuple(_roll_up(req, own, catalogue) for req in catalogue.requirements)


def _assess(
    req: Requirement,
    failing: tuple[str, ...],
    below: tuple[str, ...],
    runs: Mapping[str, AnalyzerRun],
    components: tuple[Component, ...],
    attested: Mapping[str, Attestation],
    today: date,
    all_attestations: Iterable[Attestation],
    present: tuple[Finding, ...] = (),
    everything: Mapping[str, AnalyzerRun] | None = None,
) -> RequirementResult:
    base = RequirementResult(req.id, Status.PASS, "", findings=failing, observations=below)
    if not req.applies_to(components):
        absent = ", ".join(req.components)
        return replace(base, status=Status.NOT_APPLICABLE, reason=f"no {absent} component in scope")
    needed = _evidence_runs(req, runs, runs if everything is None else everything)
    consulted = tuple(sorted({name for name, _ in needed}))
    base = replace(base, analyzers=consulted)
    if failing:
        n = len(failing)
        return replace(
            base, status=Status.FAIL, reason=f"{n} finding{'s' if n > 1 else ''} at or above the threshold"
        )
    live = {ev.analyzer for ev in req.evidence if ev.live}
    unprobed = [run for name, run in needed if name in live and _unprobed(run)]
    missing = [
        f"{name}: {_run_problem(run)}"
        for name, run in needed
        if (run is None or not run.status.complete) and not (name in live and _unprobed(run))
    ]
    if missing:
        return replace(base, status=Status.NOT_ASSESSED, reason="; ".join(missing))
    attestation = attested.get(req.id)
    found = ""
    if present:
        where = "; ".join(f"{f.title} ({_where(f)})" for f in present[:3])
        more = f" and {len(present) - 3} more" if len(present) > 3 else ""
        found = f"protection found: {where}{more}"
    if unprobed and attestation is None:
        # The source may show the protection, but the running system is what the point asks for.
        why = next((r.reason for r in unprobed if r is not None and r.reason), NOT_PROBED)
        observed = f"{len(below)} finding{'s' if len(below) > 1 else ''} below the threshold" if below else ""
        parts = [p for p in (found, observed, f"{NO_LIVE_EVIDENCE}: {why}") if p]
        return replace(base, status=Status.MANUAL, reason="; ".join(parts))
    if found and req.evidence:
        return replace(base, status=Status.PASS, reason=found)
    if req.assessment == "automated" and req.evidence:
        note = f" ({len(below)} below the threshold)" if below else ""
        return replace(base, status=Status.PASS, reason=f"checked by {', '.join(consulted)}{note}")
    if attestation is not None:
        return replace(
            base,
            status=Status.PASS,
            reason=f"attested by {attestation.by} on {attestation.on.isoformat()}: {attestation.evidence}",
            attestation=attestation,
        )
    expired = [a for a in all_attestations if a.requirement == req.id and a.valid_until < today]
    if expired:
        why = f"attestation by {expired[-1].by} expired on {expired[-1].valid_until.isoformat()}"
    elif req.evidence:
        found = (
            f"{len(below)} finding{'s' if len(below) > 1 else ''} below the threshold" if below else "nothing"
        )
        why = f"automated checks ({', '.join(consulted)}) found {found}; human confirmation needed"
    else:
        why = "needs human evidence (attestation)"
    return replace(base, status=Status.MANUAL, reason=why)


def _unprobed(run: AnalyzerRun | None) -> bool:
    """A live analyzer that did not run, or was skipped: no endpoint was probed for it."""
    return run is None or run.status is RunStatus.SKIPPED


def _where(f: Finding) -> str:
    loc = f.location
    return f"{loc.path}:{loc.start_line}" if loc.start_line else loc.path


def _evidence_runs(
    req: Requirement, runs: Mapping[str, AnalyzerRun], everything: Mapping[str, AnalyzerRun]
) -> list[tuple[str, AnalyzerRun | None]]:
    needed: list[tuple[str, AnalyzerRun | None]] = []
    for ev in req.evidence:
        if ev.analyzer == ANY_ANALYZER:
            needed.extend(sorted(everything.items()))
        else:
            needed.append((ev.analyzer, runs.get(ev.analyzer)))
    return needed


def _run_problem(run: AnalyzerRun | None) -> str:
    if run is None:
        return "not run in this scan"
    if run.status is RunStatus.PARTIAL:
        n = sum(1 for g in run.gaps if g.blocking)
        return f"incomplete coverage ({n} gap{'s' if n != 1 else ''})"
    return f"{run.status.value}: {run.reason}" if run.reason else run.status.value


def _roll_up(
    req: Requirement, own: Mapping[str, RequirementResult], catalogue: Catalogue
) -> RequirementResult:
    result = own[req.id]
    children = [_roll_up(c, own, catalogue) for c in catalogue.children(req.id)]
    if not children or result.status is Status.NOT_APPLICABLE:
        return result
    parts = [c for c in children if c.status is not Status.NOT_APPLICABLE]
    if not parts:
        return (
            result
            if req.evidence
            else replace(result, status=Status.NOT_APPLICABLE, reason="no sub-point applies")
        )
    own_counts = bool(req.evidence or result.findings)
    statuses = [c.status for c in parts] + ([result.status] if own_counts else [])
    worst = next(s for s in _WORST_FIRST if s in statuses)
    if worst is result.status and own_counts and worst is not Status.PASS:
        return result
    which = [c.requirement_id for c in parts if c.status is worst]
    reason = f"{', '.join(which)}: {worst.value}" if worst is not Status.PASS else "all sub-points pass"
    if own_counts and result.status is Status.PASS and worst is Status.PASS:
        reason = f"{result.reason}; all sub-points pass"
    return replace(result, status=worst, reason=reason)


def _valid_attestations(attestations: Iterable[Attestation], today: date) -> dict[str, Attestation]:
    valid: dict[str, Attestation] = {}
    for a in attestations:
        if a.on <= today <= a.valid_until:
            current = valid.get(a.requirement)
            if current is None or a.on > current.on:
                valid[a.requirement] = a
    return valid


def mark_unread(
    results: Iterable[RequirementResult], catalogue: Catalogue, reason: str
) -> tuple[RequirementResult, ...]:
    """A scan that read nothing (or no source code) checked nothing: every requirement an
    analyzer assesses and that would otherwise PASS or not apply is NOT_ASSESSED, saying why."""
    assessed = {r.id for r in catalogue.requirements if r.evidence}
    return tuple(
        replace(r, status=Status.NOT_ASSESSED, reason=reason)
        if r.requirement_id in assessed and r.status in (Status.PASS, Status.NOT_APPLICABLE)
        else r
        for r in results
    )
