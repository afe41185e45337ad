"""One finding per rule and line: a rule whose patterns match one line twice (a call and the call
chained on it, two generator calls in one expression, two branches of a `pattern-either`)
reports the line once, at its first column. Matches that report different things (their
messages differ) stay apart. A baseline or waiver made while the line was reported twice still
names the finding: it keeps the fingerprint each match had alone."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from aiscan import pipeline
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.baseline import apply_baseline, baseline_entries
from aiscan.config import ScanConfig
from aiscan.models import Finding, Location, Severity, assign_fingerprints
from aiscan.sast.merge import fold_repeated_matches, merge_findings
from tests.conftest import make_finding
from tests.semgrep_support import scan_files

LINE = "return crypto.createHash('md5').update(user.password).digest('hex');"


def _match(
    column: int, *, line: int = 7, rule: str = "javascript-weak-password-hash", message: str = "m"
) -> Finding:
    f = make_finding(rule, Severity.HIGH, ("p19.3",), "src/users.js", line, LINE, "semgrep", "")
    return replace(
        f, message=message, cwe=("CWE-916",), location=Location("src/users.js", line, line, column, LINE)
    )


def test_two_matches_of_one_rule_on_one_line_are_one_finding_at_the_first_column() -> None:
    alone = assign_fingerprints([_match(10), _match(10)])
    (f,) = fold_repeated_matches(alone[::-1])
    assert f.location.start_col == 10 and f.location.start_line == 7
    assert set(f.fingerprints) == {a.fingerprint for a in alone}
    assert f.rule_ids == ("javascript-weak-password-hash",)


def test_the_first_column_is_kept() -> None:
    later, first = assign_fingerprints([_match(51), _match(12)])
    (f,) = fold_repeated_matches([later, first])
    assert f.location.start_col == 12 and f.fingerprint == first.fingerprint


def test_matches_that_report_different_things_another_line_or_rule_stay_apart() -> None:
    base = _match(10, message="`password` is hashed with MD5")
    other_value = _match(40, message="`pin` is hashed with MD5")
    other_line = _match(10, line=8, message=base.message)
    other_rule = _match(10, rule="javascript-weak-hash-token", message=base.message)
    bandit = replace(_match(10, message=base.message), analyzer="bandit")
    secrets = replace(_match(10, message=base.message), analyzer="secrets")
    twin_secret = replace(secrets, location=replace(secrets.location, start_col=30))
    for f in (other_value, other_line, other_rule, bandit):
        assert len(fold_repeated_matches([base, f])) == 2
    assert len(fold_repeated_matches([secrets, twin_secret])) == 2  # only the SAST analyzers fold


def test_a_folded_finding_merged_with_another_tool_keeps_every_fingerprint() -> None:
    a, b = assign_fingerprints([_match(10), _match(30)])
    other = replace(_match(10), analyzer="bandit", rule_id="B303", fingerprint="fp-bandit")
    (f,) = merge_findings(fold_repeated_matches([a, b, other]))
    assert set(f.fingerprints) == {a.fingerprint, b.fingerprint, "fp-bandit"}
    assert f.properties["rule_ids"] == ["javascript-weak-password-hash", "B303"]


SOURCE = f"""const crypto = require('crypto');

function passwordHash(user) {{
  {LINE}
}}

module.exports = {{ passwordHash }};
"""


@pytest.mark.skipif(shutil.which("semgrep") is None, reason="semgrep not installed")
def test_semgrep_matching_a_chained_call_twice_is_one_finding_a_baseline_made_before_still_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "app"
    outcome = scan_files(root, {"src/users.js": SOURCE})
    raw = [f for f in outcome.findings if f.rule_id == "javascript-weak-password-hash"]
    assert len(raw) == 2 and {f.location.start_line for f in raw} == {4}  # semgrep reports the line twice

    def weak_hash(findings: tuple[Finding, ...]) -> list[Finding]:
        return [f for f in findings if f.rule_id == "javascript-weak-password-hash"]

    config = ScanConfig(root=root.resolve())
    with monkeypatch.context() as m:  # the scan as it was: the two matches, two findings
        m.setattr(pipeline, "merge_sast_findings", merge_findings)
        before = weak_hash(pipeline.scan(config, analyzers=[SemgrepAnalyzer()], parallel=False).findings)
    assert len(before) == 2

    found = weak_hash(pipeline.scan(config, analyzers=[SemgrepAnalyzer()], parallel=False).findings)
    assert len(found) == 1 and found[0].location.start_line == 4
    out, use = apply_baseline(found, baseline_entries(before), "merge", "aiscan-baseline.yaml")
    assert use.matched == 1 and not out[0].active
