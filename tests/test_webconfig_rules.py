"""The web-config rules as data: each loads, maps to real requirements, and its failing and
passing example trees behave as the rule declares."""

from __future__ import annotations

import pytest

from aiscan.analyzers import REGISTRY
from aiscan.checkrules import FLAW, PRESENCE, CheckRule
from aiscan.compliance.catalogue import Catalogue
from aiscan.webconfig.analyzer import NAME, WebConfigAnalyzer, load_rules
from tests.conftest import REPO
from tests.webconfig_helpers import flaws, present, run_web_config

RULES = load_rules()
# Presence rules whose absence is itself a finding (the others' absence is what their flaw
# rules report, input by input: a missing CSRF check is server-csrf-token-missing's finding).
ABSENCE_REPORTED = {"web-login-cyber-hygiene-notice"}


def test_the_analyzer_is_registered_under_its_name() -> None:
    assert REGISTRY[NAME] is WebConfigAnalyzer
    assert WebConfigAnalyzer().rule_ids() == frozenset(RULES)


def test_rules_name_existing_requirements_and_presence_rules_say_what_they_look_for(
    catalogue: Catalogue,
) -> None:
    ids = set(catalogue.ids())
    assert len(RULES) >= 18
    for rule in RULES.values():
        assert set(rule.requirements) <= ids, rule.id
        assert rule.remediation
        if rule.kind == PRESENCE:
            assert len(rule.looks_for) > 40, rule.id
        else:
            assert rule.cwe, rule.id


def test_every_requirement_listing_web_config_has_a_rule(catalogue: Catalogue) -> None:
    listing = {r.id for r in catalogue.requirements if any(e.analyzer == NAME for e in r.evidence)}
    assert listing == {"p24.2", "p24.3", "p24.4", "p24.5", "p26.1", "p26.3"}
    served = {req for rule in RULES.values() for req in rule.requirements}
    assert listing <= served


@pytest.mark.parametrize("side", ["failing", "passing"])
@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_example_trees_behave_as_declared(rule_id: str, side: str) -> None:
    rule: CheckRule = RULES[rule_id]
    tree = REPO / rule.examples[side]
    assert tree.is_dir(), tree
    outcome = run_web_config(tree)
    assert not outcome.run.gaps, outcome.run.gaps
    found, evidence = flaws(outcome, rule_id), present(outcome, rule_id)
    if rule.kind == FLAW:
        assert bool(found) == (side == "failing"), [f.message for f in found]
        assert all(f.location.start_line for f in found)
    elif side == "passing":
        assert evidence and not found, [f.message for f in found]
    else:
        assert not evidence
        assert bool(found) == (rule_id in ABSENCE_REPORTED)


def test_the_documentation_lists_every_rule() -> None:
    doc = (REPO / "docs" / "web-config-checks.md").read_text(encoding="utf-8")
    missing = [rule_id for rule_id in RULES if f"`{rule_id}`" not in doc]
    assert not missing
