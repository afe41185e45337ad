"""Chapter 3 once for the AIS: each requirement's status over the components it applies to.

Pure. Each component was evaluated against the catalogue with its own kinds (a mobile app's
requirements apply to it, not to the backend). For the AIS, a requirement applies when it applies
to any component, and its status is the worst over those components (FAIL, NOT_ASSESSED, MANUAL,
PASS); the components are named on the result and in its reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import Component, RequirementResult, Status

WORST_FIRST = (Status.FAIL, Status.NOT_ASSESSED, Status.MANUAL, Status.PASS, Status.NOT_APPLICABLE)


def combine_requirements(
    catalogue: Catalogue, per_component: Mapping[str, Sequence[RequirementResult]]
) -> tuple[RequirementResult, ...]:
    """One result per requirement of the catalogue, in catalogue order, from each component's."""
    by_component = {cid: {r.requirement_id: r for r in results} for cid, results in per_component.items()}
    out: list[RequirementResult] = []
    for req in catalogue.requirements:
        own = {cid: results[req.id] for cid, results in sorted(by_component.items()) if req.id in results}
        out.append(_combine(req.id, own))
    return tuple(out)


def _combine(requirement_id: str, own: Mapping[str, RequirementResult]) -> RequirementResult:
    applicable = {cid: r for cid, r in own.items() if r.status is not Status.NOT_APPLICABLE}
    if not applicable:
        reason = next((r.reason for r in own.values()), "no component")
        return RequirementResult(
            requirement_id, Status.NOT_APPLICABLE, f"no component it applies to ({reason})"
        )
    worst = next(s for s in WORST_FIRST if any(r.status is s for r in applicable.values()))
    worst_ids = [cid for cid, r in applicable.items() if r.status is worst]
    reason = "; ".join(f"{cid}: {applicable[cid].reason}" for cid in worst_ids)
    others = [f"{cid} {r.status.value}" for cid, r in applicable.items() if r.status is not worst]
    if others:
        reason += f" (also: {', '.join(others)})"
    results = list(applicable.values())
    attestation = next((r.attestation for r in results if r.attestation is not None), None)
    return RequirementResult(
        requirement_id,
        worst,
        reason,
        findings=_union(r.findings for r in results),
        observations=_union(r.observations for r in results),
        analyzers=tuple(sorted({a for r in results for a in r.analyzers})),
        attestation=attestation,
        components=tuple(applicable),
    )


def _union(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for item in group:
            seen.setdefault(item, None)
    return tuple(seen)


def not_scanned(
    catalogue: Catalogue, kinds: tuple[Component, ...], why: str
) -> tuple[RequirementResult, ...]:
    """The results of a component that could not be scanned: every requirement that applies to
    its kinds is NOT_ASSESSED with the reason; the others do not apply."""
    out = []
    for req in catalogue.requirements:
        if req.applies_to(kinds):
            out.append(RequirementResult(req.id, Status.NOT_ASSESSED, why))
        else:
            out.append(RequirementResult(req.id, Status.NOT_APPLICABLE, f"no {', '.join(req.components)}"))
    return tuple(out)


def name_components(results: Sequence[RequirementResult], component: str) -> tuple[RequirementResult, ...]:
    """Results of one component, each naming it."""
    return tuple(replace(r, components=(component,)) for r in results)
