"""Inline suppression comments for static analysis: the grammar and where a comment applies."""

from __future__ import annotations

import pytest

from aiscan.inline_allow import Allow, find_allows
from aiscan.models import Severity
from aiscan.sast.suppress import NEVER, WITH_REASON, apply_inline_suppressions
from tests.conftest import make_finding

MARKERS = ("aiscan:allow", "nosec", "nosemgrep")


@pytest.mark.parametrize(
    ("line", "marker", "rules", "reason"),
    [
        ("x()  # nosec", "nosec", set(), ""),
        ("x()  # nosec B602", "nosec", {"B602"}, ""),
        ("x()  # nosec B602 -- cmd is a constant", "nosec", {"B602"}, "cmd is a constant"),
        ("x()  # nosec: B602, B607 both constant", "nosec", {"B602", "B607"}, "both constant"),
        ("x()  # nosec yaml_load our own file", "nosec", {"yaml_load"}, "our own file"),
        ("// nosemgrep", "nosemgrep", set(), ""),
        ("// nosem: a-rule -- checked upstream", "nosemgrep", {"a-rule"}, "checked upstream"),
        (
            "# nosemgrep: rulesets.python.r1, r2: safe here",
            "nosemgrep",
            {"rulesets.python.r1", "r2"},
            "safe here",
        ),
        ("/* aiscan:allow test data only */", "aiscan:allow", set(), "test data only"),
        ("# aiscan:allow ok", "aiscan:allow", set(), ""),  # too short to be a reason
        ("x()  # nosec # nosemgrep", "nosec", set(), ""),  # another marker is not a reason
        ("x()  # nosec  # noqa: S602", "nosec", set(), ""),
        ("x()  # nosec -- 1234 !!", "nosec", set(), ""),  # no word, no reason
        ("x()  # nosec # nosemgrep -- cmd is a constant", "nosec", set(), "cmd is a constant"),
    ],
)
def test_the_comment_grammar(line: str, marker: str, rules: set[str], reason: str) -> None:
    (allow,) = (a for a in find_allows([line], MARKERS) if a.marker == marker)
    assert (allow.marker, set(allow.rules), allow.reason) == (marker, rules, reason)


def test_words_that_merely_contain_a_marker_are_not_comments() -> None:
    assert list(find_allows(["x = nosecurity(1)", "nosemgrepish = 2", "my-nosec = 3"], MARKERS)) == []


def test_a_rule_named_with_semgreps_folder_prefix_covers_the_short_id() -> None:
    allow = Allow(1, "why not", "nosemgrep", frozenset({"rulesets.semgrep.python.python-eval"}))
    assert allow.covers({"python-eval"}) and not allow.covers({"python-exec"})


def _apply(lines: list[str], line: int, severity: Severity = Severity.HIGH, policy: str = WITH_REASON):
    f = make_finding(rule_id="B602", analyzer="bandit", line=line, severity=severity)
    return apply_inline_suppressions([f], lambda _: lines, policy).findings[0]


def test_a_comment_on_its_own_line_above_applies_a_trailing_one_does_not() -> None:
    own = ["    # nosec B602 -- constant command", "    call(cmd, shell=True)"]
    assert _apply(own, 2).suppression is not None
    trailing = ["    other()  # nosec B602 -- constant command", "    call(cmd, shell=True)"]
    assert _apply(trailing, 2).suppression is None


def test_a_marker_of_the_other_tool_does_not_apply() -> None:
    assert _apply(["call(cmd, shell=True)  # nosemgrep -- constant command"], 1).suppression is None
    assert _apply(["call(cmd, shell=True)  # aiscan:allow constant command"], 1).suppression is not None


def test_policy_and_severity_decide_whether_a_reasoned_comment_counts() -> None:
    lines = ["call(cmd, shell=True)  # nosec -- constant command"]
    sup = _apply(lines, 1).suppression
    assert sup is not None and (sup.kind, sup.reason, sup.source) == (
        "inline",
        "constant command",
        "app.py:1",
    )
    never = _apply(lines, 1, policy=NEVER)
    assert never.suppression is None and "never" in never.properties["inline_suppression"]
    critical = _apply(lines, 1, severity=Severity.CRITICAL)
    assert critical.suppression is None and "p21" in critical.properties["inline_suppression"]
