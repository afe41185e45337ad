"""Chapter 3 once for the AIS: a requirement's status is the worst over the components it applies
to, it applies when any component's kind does, and it names those components."""

from __future__ import annotations

import pytest

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import Component, RequirementResult, Status
from aiscan.release.combine import combine_requirements, not_scanned

S = Status


def _results(catalogue: Catalogue, **statuses: Status) -> tuple[RequirementResult, ...]:
    """A component's results: the given statuses by requirement id (p19_6 for p19.6), the rest
    NOT_APPLICABLE."""
    wanted = {k.replace("_", "."): v for k, v in statuses.items()}
    return tuple(
        RequirementResult(
            r.id, wanted.get(r.id, S.NOT_APPLICABLE), f"{wanted.get(r.id, S.NOT_APPLICABLE).value} here"
        )
        for r in catalogue.requirements
    )


@pytest.mark.parametrize(
    ("a", "b", "worst"),
    [
        (S.PASS, S.FAIL, S.FAIL),
        (S.NOT_ASSESSED, S.FAIL, S.FAIL),
        (S.PASS, S.NOT_ASSESSED, S.NOT_ASSESSED),
        (S.MANUAL, S.NOT_ASSESSED, S.NOT_ASSESSED),
        (S.PASS, S.MANUAL, S.MANUAL),
        (S.PASS, S.PASS, S.PASS),
        (S.NOT_APPLICABLE, S.PASS, S.PASS),
        (S.NOT_APPLICABLE, S.FAIL, S.FAIL),
    ],
)
def test_worst_status_over_the_components_it_applies_to(
    catalogue: Catalogue, a: Status, b: Status, worst: Status
) -> None:
    combined = combine_requirements(
        catalogue, {"backend": _results(catalogue, p19_6=a), "android": _results(catalogue, p19_6=b)}
    )
    p196 = next(r for r in combined if r.requirement_id == "p19.6")
    assert p196.status is worst
    applies = tuple(c for c, s in (("android", b), ("backend", a)) if s is not S.NOT_APPLICABLE)
    assert p196.components == applies
    worst_ids = [c for c, s in (("android", b), ("backend", a)) if s is worst]
    assert p196.reason.startswith(f"{worst_ids[0]}: {worst.value} here")


def test_findings_and_analyzers_are_united(catalogue: Catalogue) -> None:
    def one(fp: str, analyzer: str) -> tuple[RequirementResult, ...]:
        return tuple(
            RequirementResult(r.id, S.FAIL, "x", findings=(fp,), analyzers=(analyzer,))
            if r.id == "p19.1"
            else RequirementResult(r.id, S.NOT_APPLICABLE, "n/a")
            for r in catalogue.requirements
        )

    combined = combine_requirements(catalogue, {"web": one("f1", "semgrep"), "api": one("f2", "bandit")})
    p191 = next(r for r in combined if r.requirement_id == "p19.1")
    assert set(p191.findings) == {"f1", "f2"} and p191.analyzers == ("bandit", "semgrep")


def test_no_component_it_applies_to_is_not_applicable(catalogue: Catalogue) -> None:
    combined = combine_requirements(catalogue, {"backend": _results(catalogue)})
    assert all(r.status is S.NOT_APPLICABLE and r.components == () for r in combined)
    assert len(combined) == len(catalogue.requirements)


def test_a_component_not_scanned_leaves_its_kinds_requirements_not_assessed(catalogue: Catalogue) -> None:
    results = {r.requirement_id: r for r in not_scanned(catalogue, (Component.MOBILE,), "ios: gone")}
    assert results["p25.5"].status is S.NOT_ASSESSED and results["p25.5"].reason == "ios: gone"
    assert results["p19.6"].status is S.NOT_ASSESSED  # "all" components
    assert results["p26.1"].status is S.NOT_APPLICABLE and results["p24.5"].status is S.NOT_APPLICABLE
