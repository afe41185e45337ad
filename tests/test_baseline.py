"""Baselines as pure functions: deterministic files, merge scans fail only on new findings, a
release scan ignores the baseline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aiscan.baseline import (
    BaselineEntry,
    apply_baseline,
    baseline_entries,
    parse_baseline,
    render_baseline,
)
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate, map_findings
from aiscan.config import DEFAULT_POLICIES
from aiscan.errors import ConfigError
from aiscan.gate import decide
from aiscan.models import AnalyzerRun, Component, RunStatus, Severity, Suppression
from tests.conftest import TODAY, make_finding

KNOWN = make_finding(rule_id="python-sql-injection", path="app/db.py", severity=Severity.CRITICAL)
NEW = make_finding(rule_id="python-xss", path="app/views.py", line=40)


def test_the_file_is_deterministic_sorted_and_has_no_timestamps_or_lines() -> None:
    a = make_finding(rule_id="r1", path="b.py", line=3, fingerprint="f1")
    b = make_finding(rule_id="r2", path="a.py", line=99, fingerprint="f2")
    text = render_baseline(baseline_entries([a, b]))
    assert text == render_baseline(baseline_entries([b, a]))
    assert text.index("a.py") < text.index("b.py")
    body = text.split("version: 1\n", 1)[1]
    assert "99" not in text and "line" not in body
    assert ("version: 1\n" + body).startswith(
        "version: 1\nfindings:\n- fingerprint: f2\n  rule: r2\n  path: a.py\n"
    )
    assert parse_baseline(text, "b.yaml") == (
        BaselineEntry("a.py", "r2", "f2"),
        BaselineEntry("b.py", "r1", "f1"),
    )


def test_only_active_scanner_findings_are_recorded() -> None:
    waived = replace(make_finding(line=1), suppression=Suppression("false_positive", "r", "w.yaml"))
    own = replace(make_finding(rule_id="aiscan-waiver-expired", line=2), analyzer="aiscan")
    kept = make_finding(line=3)
    assert [e.fingerprint for e in baseline_entries([waived, own, kept])] == [kept.fingerprint]


def test_a_merge_scan_does_not_count_known_findings() -> None:
    entries = baseline_entries([KNOWN])
    out, use = apply_baseline([KNOWN, NEW], entries, "merge", "aiscan-baseline.yaml")
    assert out[0].suppression is not None and out[0].suppression.kind == "baseline"
    assert out[1].active
    assert use.applied and use.entries == 1 and use.matched == 1
    assert "1 known finding(s) do not count in this merge scan" in use.reason


def test_a_known_finding_later_merged_into_another_tools_is_still_known() -> None:
    # A baseline made when only bandit reported the weakness; a later rule of semgrep reports it
    # on the same lines, and the merged finding keeps semgrep's fingerprint.
    alone = make_finding(rule_id="B324", path="app/cache.py", line=7, fingerprint="f-bandit")
    entries = baseline_entries([alone])
    merged = make_finding(rule_id="python-weak-hash", path="app/cache.py", line=7, fingerprint="f-semgrep")
    merged = replace(merged, properties={"merged": [{"rule_id": "B324", "fingerprint": "f-bandit"}]})
    out, use = apply_baseline([merged], entries, "merge", "aiscan-baseline.yaml")
    assert out[0].suppression is not None and out[0].suppression.kind == "baseline"
    assert use.matched == 1


def test_a_release_scan_ignores_the_baseline_and_says_so() -> None:
    entries = baseline_entries([KNOWN])
    out, use = apply_baseline([KNOWN, NEW], entries, "release", "aiscan-baseline.yaml")
    assert all(f.active for f in out)
    assert not use.applied and use.matched == 0
    assert "release scan judges the whole version" in use.reason


def test_the_gate_sees_the_difference(catalogue: Catalogue) -> None:
    runs = tuple(AnalyzerRun(n, RunStatus.OK, n) for n in ("inventory", "semgrep", "bandit"))
    entries = baseline_entries([KNOWN])
    verdicts = {}
    for kind in ("merge", "pre-commit", "release"):
        findings, _ = apply_baseline(map_findings([KNOWN], catalogue), entries, kind, "b.yaml")
        results = evaluate(catalogue, findings, runs, (Component.API,), today=TODAY)
        verdicts[kind] = decide(results, findings, runs, DEFAULT_POLICIES[kind], scan_kind=kind).verdict
    assert verdicts == {"merge": "allowed", "pre-commit": "allowed", "release": "blocked"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 2\nfindings: []\n", "unsupported baseline version 2"),
        ("version: 1\nfindings: [{fingerprint: a, line: 3}]\n", "entry 1 must have only"),
        ("version: 1\nfindings: [{rule: r}]\n", "entry 1 needs a 'fingerprint'"),
        ("version: 1\nextra: true\n", "expected a baseline"),
        ("version: 1\nfindings: {}\n", "'findings' must be a list"),
        ("[", "not valid YAML"),
    ],
)
def test_a_broken_baseline_is_a_configuration_error(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_baseline(text, "aiscan-baseline.yaml")
