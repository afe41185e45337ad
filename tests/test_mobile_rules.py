"""Every mobile configuration rule (rulesets/config/android.yaml, ios.yaml, mobile-presence.yaml)
has a failing and a passing example tree, and the analyzer behaves on them as the rule declares."""

from __future__ import annotations

import pytest

from aiscan.checkrules import PRESENCE
from aiscan.compliance.catalogue import load_catalogue
from aiscan.mobile.analyzer import load_rules
from aiscan.models import RunStatus, Severity
from tests.mobile_support import REPO, flaws, present, scan

RULES = load_rules()


def test_every_rule_maps_to_known_requirements_and_names_its_examples() -> None:
    ids = set(load_catalogue().ids())
    for rule in RULES.values():
        assert set(rule.requirements) <= ids, rule.id
        assert set(rule.examples) == {"failing", "passing"}, rule.id
        for tree in rule.examples.values():
            assert (REPO / tree).is_dir(), f"{rule.id}: {tree} is missing"
        assert rule.cwe or rule.kind == PRESENCE, rule.id


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_failing_example_is_reported(rule_id: str) -> None:
    rule = RULES[rule_id]
    outcome = scan(REPO / rule.examples["failing"])
    assert outcome.run.status is RunStatus.OK, outcome.run
    found = flaws(outcome, rule_id)
    assert found, f"{rule_id}: nothing reported on {rule.examples['failing']}"
    assert not present(outcome, rule_id)
    for f in found:
        assert f.severity is rule.severity and f.requirements == rule.requirements
        if rule.kind == PRESENCE:
            assert f.location.path.endswith("/") and rule.looks_for in f.message
        else:
            assert f.location.start_line, f"{rule_id}: no line"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_passing_example_is_not_reported(rule_id: str) -> None:
    rule = RULES[rule_id]
    outcome = scan(REPO / rule.examples["passing"])
    assert outcome.run.status is RunStatus.OK, outcome.run
    assert not flaws(outcome, rule_id), [f.message for f in flaws(outcome, rule_id)]
    if rule.kind == PRESENCE:
        evidence = present(outcome, rule_id)
        assert evidence and evidence[0].severity is Severity.INFO and evidence[0].location.start_line
