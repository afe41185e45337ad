"""Waivers as pure functions: validation, expiry, and p21's rule that a critical finding can be
waived only as a false positive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from aiscan.analyzers import REGISTRY
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate, map_findings
from aiscan.config import DEFAULT_POLICIES
from aiscan.errors import ConfigError
from aiscan.gate import decide
from aiscan.models import (
    AnalyzerRun,
    Component,
    RunStatus,
    Severity,
    Status,
    Suppression,
    Waiver,
)
from aiscan.waivers import (
    EXPIRED_RULE,
    apply_waivers,
    expired_waiver_findings,
    matches,
    parse_waivers,
)
from tests.conftest import TODAY, make_finding

SOURCE = "aiscan-waivers.yaml"

DOC = """\
# approved exceptions
waivers:
  - id: W-1
    rule: python-sql-injection
    path: app/reports/*.py
    kind: false_positive
    reason: The query text comes from a fixed allow-list.
    approved_by: A. Seitkali (CISO)
    approved_on: 2026-11-01
    expires: 2027-02-01
  - fingerprint: 0123abcd
    kind: accepted_risk
    reason: Internal tool, fixed next quarter.
    approved_by: A. Seitkali (CISO)
    approved_on: "2026-10-01"
    expires: "2026-12-31"
"""


def _waiver(**kw: object) -> Waiver:
    base: dict[str, object] = {
        "id": "W",
        "kind": "false_positive",
        "reason": "r",
        "approved_by": "officer",
        "approved_on": TODAY - timedelta(days=10),
        "expires": TODAY + timedelta(days=10),
        "source": SOURCE,
        "line": 3,
        "rule_id": "python-sql-injection",
        "path": "app.py",
    }
    base.update(kw)
    return Waiver(**base)  # type: ignore[arg-type]


def test_a_valid_file_gives_waivers_with_their_lines() -> None:
    waivers = parse_waivers(DOC, SOURCE, max_days=365, today=TODAY)
    assert [w.id for w in waivers] == ["W-1", "waiver-2"]
    first, second = waivers
    assert first.kind == "false_positive" and first.path == "app/reports/*.py"
    assert first.approved_on == date(2026, 11, 1) and first.expires == date(2027, 2, 1)
    assert first.line == 3 and second.line == 11
    assert second.fingerprint == "0123abcd" and second.rule_id is None
    assert second.expires == date(2026, 12, 31)
    assert first.where == "aiscan-waivers.yaml:3"


def test_an_empty_file_has_no_waivers() -> None:
    assert parse_waivers("", SOURCE, max_days=365, today=TODAY) == ()
    assert parse_waivers("waivers: []\n", SOURCE, max_days=365, today=TODAY) == ()


ENTRY = """\
waivers:
  - rule: r1
    path: a.py
    kind: false_positive
    reason: why
    approved_by: officer
    approved_on: 2026-11-01
    expires: 2027-01-01
"""


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("reason: why", "reason: why\n    colour: red"), "unknown key 'colour'"),
        (("    expires: 2027-01-01\n", ""), "'expires' is required"),
        (("approved_by: officer", "approved_by: ''"), "'approved_by' is required"),
        (("kind: false_positive", "kind: wontfix"), "'kind' must be one of false_positive, accepted_risk"),
        (("    path: a.py\n", ""), "by 'fingerprint', or by 'rule' and 'path'"),
        (("expires: 2027-01-01", "expires: 2028-01-01"), "at most 365 .*max_waiver_days"),
        (("approved_on: 2026-11-01", "approved_on: 2026-12-01"), "in the future"),
        (("expires: 2027-01-01", "expires: 2026-10-01"), "'expires' is before 'approved_on'"),
        (("expires: 2027-01-01", "expires: next year"), "'expires' must be a date"),
        (("reason: why", "reason: [1, 2]"), "'reason' must be a non-empty string"),
    ],
)
def test_an_invalid_waiver_is_a_configuration_error_naming_file_entry_and_line(
    edit: tuple[str, str], message: str
) -> None:
    text = ENTRY.replace(*edit)
    with pytest.raises(ConfigError, match=message) as info:
        parse_waivers(text, SOURCE, max_days=365, today=TODAY)
    assert info.value.message.startswith("aiscan-waivers.yaml: waiver 1 (line 2)")
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n", "expected a mapping with one key, 'waivers'"),
        ("waivers: {}\n", "'waivers' must be a list"),
        ("waivers: [\n", "not valid YAML"),
        (ENTRY + ENTRY.removeprefix("waivers:\n"), None),
    ],
)
def test_the_file_shape_is_checked(text: str, message: str | None) -> None:
    if message is None:
        text = text.replace("  - rule", "  - id: same\n    rule")
        message = "two waivers have the id 'same'"
    with pytest.raises(ConfigError, match=message):
        parse_waivers(text, SOURCE, max_days=365, today=TODAY)


def test_the_policy_sets_the_longest_waiver() -> None:
    with pytest.raises(ConfigError, match="at most 30"):
        parse_waivers(ENTRY, SOURCE, max_days=30, today=TODAY)


def test_selectors_must_all_hold() -> None:
    f = make_finding(rule_id="python-sql-injection", path="app/reports/daily.py")
    assert matches(_waiver(path="app/reports/*.py"), f)
    assert matches(_waiver(path="app/reports/daily.py"), f)
    assert not matches(_waiver(path="app/other.py"), f)
    assert not matches(_waiver(rule_id="python-xss", path="app/reports/*.py"), f)
    assert matches(_waiver(rule_id=None, path=None, fingerprint=f.fingerprint), f)
    assert not matches(_waiver(rule_id=None, path=None, fingerprint="other"), f)
    assert not matches(_waiver(fingerprint="other", path="app/reports/*.py"), f)


def test_a_fingerprint_waiver_still_holds_once_its_finding_is_merged_into_another_tools() -> None:
    f = make_finding(rule_id="python-weak-hash", path="app/cache.py", fingerprint="f-semgrep")
    f = replace(
        f, properties={"rule_ids": ["python-weak-hash", "B324"], "merged": [{"fingerprint": "f-bandit"}]}
    )
    assert matches(_waiver(rule_id=None, path=None, fingerprint="f-bandit"), f)
    assert matches(_waiver(rule_id="B324", path=None, fingerprint="f-bandit"), f)
    assert not matches(_waiver(rule_id=None, path=None, fingerprint="other"), f)


def test_a_false_positive_waiver_suppresses_even_a_critical_finding() -> None:
    critical = make_finding(severity=Severity.CRITICAL)
    out, states = apply_waivers([critical], [_waiver()], TODAY)
    assert out[0].suppression is not None and out[0].suppression.kind == "false_positive"
    assert out[0].suppression.approved_by == "officer"
    assert out[0].suppression.source == "aiscan-waivers.yaml:3 (W)"
    assert states[0].status == "in_force" and states[0].suppressed == (critical.fingerprint,)


def test_an_accepted_risk_never_covers_a_critical_finding() -> None:
    critical = make_finding(severity=Severity.CRITICAL, line=5)
    high = make_finding(severity=Severity.HIGH, line=9)
    out, states = apply_waivers([critical, high], [_waiver(kind="accepted_risk")], TODAY)
    assert out[0].active, "p21: a critical vulnerability must be fixed, not accepted"
    assert out[1].suppression is not None and out[1].suppression.kind == "accepted_risk"
    assert states[0].refused == (critical.fingerprint,)
    assert states[0].suppressed == (high.fingerprint,)


def test_a_waiver_holds_through_its_expiry_date_and_not_a_day_longer() -> None:
    f = make_finding()
    out, states = apply_waivers([f], [_waiver(expires=TODAY)], TODAY)
    assert not out[0].active and states[0].status == "in_force"
    out, states = apply_waivers([f], [_waiver(expires=TODAY - timedelta(days=1))], TODAY)
    assert out[0].active
    assert states[0].status == "expired" and states[0].matched == (f.fingerprint,)


def test_an_expired_waiver_becomes_a_visible_p21_finding_at_its_line() -> None:
    f = make_finding()
    w = _waiver(id="W-7", expires=TODAY - timedelta(days=3), line=12)
    _, states = apply_waivers([f], [w], TODAY)
    (expired,) = expired_waiver_findings(states)
    assert expired.rule_id == EXPIRED_RULE and expired.analyzer == "aiscan"
    assert expired.severity is Severity.LOW and expired.requirements == ("p21",)
    assert expired.location.path == SOURCE and expired.location.start_line == 12
    assert "W-7" in expired.title and "1 finding(s) it covered count again" in expired.message
    assert expired.fingerprint
    assert expired_waiver_findings(apply_waivers([f], [_waiver()], TODAY)[1]) == ()


def test_an_inline_suppression_is_kept_and_the_first_waiver_wins() -> None:
    inline = replace(make_finding(line=1), suppression=Suppression("inline", "reviewed", "app.py:1"))
    plain = make_finding(line=2)
    first = _waiver(id="A", reason="first")
    second = _waiver(id="B", reason="second")
    out, states = apply_waivers([inline, plain], [first, second], TODAY)
    assert out[0].suppression is not None and out[0].suppression.kind == "inline"
    assert out[1].suppression is not None and out[1].suppression.reason == "first"
    assert states[0].suppressed == (plain.fingerprint,)


def test_waived_findings_no_longer_fail_requirements_or_block(catalogue: Catalogue) -> None:
    runs = tuple(AnalyzerRun(n, RunStatus.OK, n) for n in REGISTRY)
    high = make_finding(severity=Severity.HIGH, requirements=("p19.1",))
    critical = make_finding(severity=Severity.CRITICAL, requirements=("p19.1",), line=30)
    for waiver, blocked in ((_waiver(), False), (_waiver(kind="accepted_risk"), True)):
        waived, _ = apply_waivers(map_findings([high, critical], catalogue), [waiver], TODAY)
        results = evaluate(catalogue, waived, runs, (Component.API,), today=TODAY)
        decision = decide(results, waived, runs, DEFAULT_POLICIES["release"])
        status = {r.requirement_id: r.status for r in results}
        assert (status["p21"] is Status.FAIL) is blocked
        assert (not decision.allowed) is blocked
