"""The catalogue is the regulation: complete, verbatim, and wired to real analyzers and rules."""

from __future__ import annotations

import re

import pytest
from bandit.core import extension_loader

from aiscan.analyzers import REGISTRY
from aiscan.analyzers.bandit import load_mapping
from aiscan.analyzers.semgrep import load_rules
from aiscan.compliance.catalogue import ANY_ANALYZER, Catalogue, parse_catalogue
from aiscan.errors import CatalogueError
from aiscan.resources import rulesets_dir


def _source_ids() -> set[str]:
    """Every point 14-37 and its numbered sub-points, read from the Russian text of chapter 3."""
    text = (rulesets_dir() / "sources" / "chapter3.ru.txt").read_text(encoding="utf-8")
    ids: set[str] = set()
    point = None
    for line in text.splitlines():
        line = line.strip()
        if m := re.match(r"^(\d+)\. ", line):
            point = int(m.group(1))
            ids.add(f"p{point}")
        elif (m := re.match(r"^(\d+)\) ", line)) and point:
            ids.add(f"p{point}.{m.group(1)}")
    return ids


def test_every_point_and_subpoint_of_chapter3_is_in_the_catalogue(catalogue: Catalogue) -> None:
    expected = _source_ids()
    assert {f"p{n}" for n in range(14, 38)} <= expected
    assert {"p19.6", "p24.2", "p25.10", "p26.3", "p37.2"} <= expected
    assert set(catalogue.ids()) == expected


def test_russian_text_is_verbatim(catalogue: Catalogue) -> None:
    source = (rulesets_dir() / "sources" / "chapter3.ru.txt").read_text(encoding="utf-8")
    normalised = " ".join(source.split())
    for req in catalogue.requirements:
        assert " ".join(req.text_ru.split()) in normalised, req.id


def test_every_requirement_has_summary_components_and_assessment(catalogue: Catalogue) -> None:
    for req in catalogue.requirements:
        assert req.summary_en and req.assessment in {"automated", "partial", "manual"}
        assert req.components
    assert catalogue.get("p25.7").components == ("mobile",)
    assert catalogue.get("p24.3").components == ("web",)


def test_every_evidence_names_a_registered_analyzer_and_real_rules(catalogue: Catalogue) -> None:
    for req in catalogue.requirements:
        for ev in req.evidence:
            if ev.analyzer == ANY_ANALYZER:
                continue
            assert ev.analyzer in REGISTRY, f"{req.id} names unknown analyzer {ev.analyzer}"
            known = REGISTRY[ev.analyzer]().rule_ids()
            for rule in ev.rules:
                assert rule in known, f"{req.id}: {ev.analyzer} has no rule {rule}"


def test_every_semgrep_rule_maps_to_known_requirements(catalogue: Catalogue) -> None:
    rules = load_rules()
    assert rules, "the semgrep ruleset is empty"
    ids = set(catalogue.ids())
    for rule in rules:
        assert "." not in rule.id, f"{rule.path}: rule IDs must not contain dots"
        assert rule.requirements, f"{rule.path}: {rule.id} maps to no requirement"
        assert set(rule.requirements) <= ids, f"{rule.path}: unknown requirement in {rule.requirements}"
    all_ids = [r.id for r in rules]
    assert len(all_ids) == len(set(all_ids)), "duplicate semgrep rule IDs"


def test_every_bandit_check_is_mapped(catalogue: Catalogue) -> None:
    mapping = load_mapping()
    manager = extension_loader.MANAGER
    shipped = set(manager.plugins_by_id) | set(manager.blacklist_by_id)
    assert shipped <= set(mapping), f"unmapped bandit checks: {sorted(shipped - set(mapping))}"
    ids = set(catalogue.ids())
    for test_id, check in mapping.items():
        assert check.requirements and set(check.requirements) <= ids, test_id
        assert check.remediation, test_id


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"requirements": [{"id": "p1"}]}, "text_ru"),
        (
            {
                "requirements": [
                    {
                        "id": "x19",
                        "text_ru": "a",
                        "summary_en": "b",
                        "assessment": "manual",
                        "components": ["all"],
                    }
                ]
            },
            "IDs look like",
        ),
        (
            {
                "requirements": [
                    {
                        "id": "p1",
                        "text_ru": "a",
                        "summary_en": "b",
                        "assessment": "sometimes",
                        "components": ["all"],
                    }
                ]
            },
            "assessment",
        ),
        (
            {
                "requirements": [
                    {
                        "id": "p1.1",
                        "parent": "p1",
                        "text_ru": "a",
                        "summary_en": "b",
                        "assessment": "manual",
                        "components": ["all"],
                    }
                ]
            },
            "unknown parent",
        ),
        (
            {
                "requirements": [
                    {
                        "id": "p1",
                        "text_ru": "a",
                        "summary_en": "b",
                        "assessment": "manual",
                        "components": ["desktop"],
                    }
                ]
            },
            "components",
        ),
    ],
)
def test_malformed_catalogue_is_rejected(raw: dict[str, object], message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(raw, "test")
