"""Merging: the same weakness from semgrep and bandit on the same lines is one finding."""

from __future__ import annotations

from dataclasses import replace

from aiscan.models import Confidence, Finding, Location, Severity, assign_fingerprints
from aiscan.sast.merge import fold_template_duplicates, merge_findings, same_weakness
from tests.conftest import make_finding


def _f(
    analyzer: str,
    rule: str,
    line: int,
    *,
    end: int | None = None,
    cwe: tuple[str, ...] = (),
    reqs: tuple[str, ...] = ("p19.1",),
    severity: Severity = Severity.HIGH,
    path: str = "app.py",
) -> Finding:
    f = make_finding(rule, severity, reqs, path, line, "subprocess.call(cmd, shell=True)", analyzer, "")
    return replace(f, cwe=cwe, location=replace(f.location, end_line=end or line))


SEMGREP = _f("semgrep", "python-command-injection", 14, cwe=("CWE-78",), reqs=("p19.1", "p26.3"))
BANDIT = _f("bandit", "B602", 14, cwe=("CWE-78",), reqs=("p19.1", "p26.3"))


def test_same_line_and_cwe_is_one_finding_recording_both() -> None:
    merged = merge_findings([BANDIT, SEMGREP])
    assert len(merged) == 1
    f = merged[0]
    assert f.rule_id == "python-command-injection" and f.analyzer == "semgrep"
    assert f.properties["analyzers"] == ["semgrep", "bandit"]
    assert f.properties["rule_ids"] == ["python-command-injection", "B602"]
    assert f.properties["merged"][0]["rule_id"] == "B602"


def test_the_higher_severity_and_confidence_win_and_lists_are_united() -> None:
    low = replace(SEMGREP, severity=Severity.MEDIUM, confidence=Confidence.LOW, cwe=("CWE-78",))
    high = replace(
        BANDIT, severity=Severity.CRITICAL, cwe=("CWE-78", "CWE-88"), requirements=("p19.1", "p21")
    )
    (f,) = merge_findings([low, high])
    assert f.severity is Severity.CRITICAL and f.confidence is Confidence.HIGH
    assert f.cwe == ("CWE-78", "CWE-88")
    assert f.requirements == ("p19.1", "p26.3", "p21")


def test_same_class_without_a_shared_cwe_merges() -> None:
    sem = _f("semgrep", "python-insecure-random", 5, cwe=("CWE-338",), reqs=("p19.3",))
    ban = _f("bandit", "B311", 5, cwe=("CWE-330",), reqs=("p19.3",))
    assert len(merge_findings([sem, ban])) == 1


def test_overlapping_ranges_merge() -> None:
    sem = _f("semgrep", "python-tls-verification-disabled", 14, end=17, cwe=("CWE-295",), reqs=("p19.3",))
    ban = _f("bandit", "B501", 17, cwe=("CWE-295",), reqs=("p19.3", "p23"))
    (f,) = merge_findings([sem, ban])
    assert f.location.start_line == 14 and "p23" in f.requirements


def test_different_weakness_line_file_or_same_analyzer_stay_apart() -> None:
    other_class = _f("bandit", "B105", 14, cwe=("CWE-259",), reqs=("p19.6",))
    other_line = replace(BANDIT, location=replace(BANDIT.location, start_line=15, end_line=15))
    other_file = replace(BANDIT, location=replace(BANDIT.location, path="other.py"))
    twin = replace(SEMGREP, rule_id="python-other-rule")
    for f in (other_class, other_line, other_file, twin):
        assert not same_weakness(SEMGREP, f)
        assert len(merge_findings([SEMGREP, f])) == 2


def test_a_finding_without_a_line_is_never_merged() -> None:
    no_line = replace(BANDIT, location=Location("app.py"))
    assert len(merge_findings([SEMGREP, no_line])) == 2


def test_other_analyzers_pass_through() -> None:
    secret = _f("secrets", "generic-password", 14, cwe=("CWE-78",), reqs=("p19.1",))
    out = merge_findings([SEMGREP, BANDIT, secret])
    assert len(out) == 2 and secret in out


def test_a_bandit_finding_joins_the_semgrep_finding_sharing_its_cwe() -> None:
    by_class = _f("semgrep", "python-a-rule", 14, cwe=("CWE-20",), reqs=("p19.1",))
    by_cwe = _f("semgrep", "python-z-rule", 14, cwe=("CWE-78",), reqs=("p19.1",))
    out = {f.rule_id: f for f in merge_findings([by_class, by_cwe, BANDIT])}
    assert "merged" in out["python-z-rule"].properties and "merged" not in out["python-a-rule"].properties


def test_fingerprint_is_the_semgrep_findings_own() -> None:
    alone = assign_fingerprints([SEMGREP])[0].fingerprint
    merged = assign_fingerprints(list(merge_findings([BANDIT, SEMGREP])))[0].fingerprint
    assert merged == alone
    again = assign_fingerprints(list(merge_findings([SEMGREP, BANDIT])))[0].fingerprint
    assert again == alone


def test_in_a_jsp_page_one_line_and_cwe_is_one_finding_the_java_rules_first() -> None:
    page = "web/find.jsp"
    regex = _f("semgrep", "jsp-unescaped-output", 4, cwe=("CWE-79",), path=page)
    taint = replace(_f("semgrep", "java-xss", 4, cwe=("CWE-79",), path=page), confidence=Confidence.MEDIUM)
    other_cwe = _f("semgrep", "jsp-weak-hash", 4, cwe=("CWE-328",), path=page)
    other_line = _f("semgrep", "jsp-unescaped-output", 9, cwe=("CWE-79",), path=page)
    in_java = _f("semgrep", "java-xss", 4, cwe=("CWE-79",), path="Find.java")
    in_java_too = _f("semgrep", "java-sql-concat", 4, cwe=("CWE-79",), path="Find.java")
    folded = fold_template_duplicates([regex, taint, other_cwe, other_line, in_java, in_java_too])
    on_line_4 = [f for f in folded if f.location.path == page and f.location.start_line == 4]
    assert sorted(f.rule_id for f in on_line_4) == ["java-xss", "jsp-weak-hash"]
    xss = next(f for f in on_line_4 if f.rule_id == "java-xss")
    assert xss.rule_ids == ("java-xss", "jsp-unescaped-output")
    assert other_line in folded  # another line is another weakness
    assert in_java in folded and in_java_too in folded  # only template pages are folded
    assert len(folded) == 5


def test_a_merged_finding_records_the_fingerprint_each_absorbed_finding_had_alone() -> None:
    bandit_alone = assign_fingerprints([BANDIT])[0].fingerprint
    (merged,) = merge_findings(assign_fingerprints([SEMGREP, BANDIT]))
    assert merged.fingerprint == assign_fingerprints([SEMGREP])[0].fingerprint
    assert merged.fingerprints == (merged.fingerprint, bandit_alone)
