"""The scoring of benchmarks/bench_owasp_python.py, on recorded data (no scanner, no network)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from owasp_python_scoring import (
    Case,
    Tally,
    categories_of,
    draw_further_sample,
    draw_samples,
    flagged_tests,
    format_table,
    mean_score,
    parse_expected,
    score_cases,
)

EXPECTED = """\
# test name, category, real vulnerability, cwe, Benchmark version: 0.1, 2025-11-5
BenchmarkTest00001,pathtraver,true,22
BenchmarkTest00002,pathtraver,false,22
BenchmarkTest00003,hash,true,328
BenchmarkTest00004,hash,false,328
BenchmarkTest00005,hash,true,328
BenchmarkTest00006,xss,false,79
"""


def test_expected_results_are_read_with_comments_skipped() -> None:
    cases = parse_expected(EXPECTED.splitlines())
    assert cases[0] == Case("BenchmarkTest00001", "pathtraver", True)
    assert [c.vulnerable for c in cases] == [True, False, True, False, True, False]


def test_a_label_other_than_true_or_false_is_an_error_naming_the_test() -> None:
    with pytest.raises(ValueError, match="BenchmarkTest00009"):
        parse_expected(["BenchmarkTest00009,sqli,maybe,89"])


def test_samples_are_disjoint_stratified_and_reproducible() -> None:
    cases = [Case(f"BenchmarkTest{i:05d}", cat, (i // 2) % 2 == 0) for i, cat in enumerate(["a", "b"] * 20)]
    first, second = draw_samples(cases, 2, seed=19)
    assert not {c.name for c in first} & {c.name for c in second}
    for sample in (first, second):
        for cat in ("a", "b"):
            assert sum(1 for c in sample if c.category == cat and c.vulnerable) == 2
            assert sum(1 for c in sample if c.category == cat and not c.vulnerable) == 2
    assert draw_samples(cases, 2, seed=19) == (first, second)
    assert draw_samples(cases, 2, seed=20) != (first, second)


def test_a_small_stratum_gives_what_it_has_to_the_first_sample() -> None:
    cases = [Case("BenchmarkTest00001", "x", True), Case("BenchmarkTest00002", "x", True)]
    first, second = draw_samples(cases, 2, seed=1)
    assert len(first) == 2 and second == []


def test_a_further_sample_avoids_the_drawn_tests_and_the_missing_ones() -> None:
    cases = [Case(f"BenchmarkTest{i:05d}", cat, (i // 2) % 2 == 0) for i, cat in enumerate(["a", "b"] * 40)]
    drawn = {c.name for c in draw_samples(cases, 2, seed=19)[0]}
    further = draw_further_sample(cases, drawn, first_present=10, per_stratum=3, seed=29)
    names = {c.name for c in further}
    assert not names & drawn
    assert all(int(n.removeprefix("BenchmarkTest")) >= 10 for n in names)
    assert len(further) == 12
    pool = [c for c in cases if c.name not in drawn and int(c.name[-5:]) >= 10]
    assert further == draw_samples(pool, 3, seed=29)[0]
    assert draw_further_sample(cases, drawn, 10, 3, 29) == further


def test_cwe_maps_to_categories_in_any_spelling() -> None:
    assert categories_of(["CWE-328"]) == {"hash"}
    assert categories_of(["cwe-327", 79]) == {"hash", "xss"}
    assert categories_of(["CWE-1333"]) == {"intoverflow"}
    assert categories_of(["CWE-384", "", None]) == set()


def test_findings_count_only_for_the_test_named_by_their_file() -> None:
    flagged = flagged_tests(
        [
            ("testcode/BenchmarkTest00003.py", ["CWE-328"]),
            ("BenchmarkTest00004.py", ["CWE-79"]),
            ("helpers/utils.py", ["CWE-328"]),
        ]
    )
    assert flagged == {"BenchmarkTest00003": {"hash"}, "BenchmarkTest00004": {"xss"}}


def test_score_is_tpr_minus_fpr_per_category_and_a_finding_of_another_category_does_not_count() -> None:
    cases = parse_expected(EXPECTED.splitlines())
    flagged = {
        "BenchmarkTest00001": {"pathtraver"},  # TP
        "BenchmarkTest00002": {"pathtraver"},  # FP
        "BenchmarkTest00003": {"hash"},  # TP
        "BenchmarkTest00004": {"xss"},  # another category: TN for hash
        # BenchmarkTest00005: FN; BenchmarkTest00006: TN
    }
    tallies = score_cases(cases, flagged)
    assert tallies["pathtraver"] == Tally(tp=1, fn=0, fp=1, tn=0)
    assert tallies["hash"] == Tally(tp=1, fn=1, fp=0, tn=1)
    assert tallies["xss"] == Tally(tp=0, fn=0, fp=0, tn=1)
    assert tallies["pathtraver"].score == 0.0
    assert tallies["hash"].score == 0.5
    assert mean_score(tallies) == pytest.approx((0.0 + 0.5 + 0.0) / 3)


def test_the_table_has_a_row_per_category_and_the_mean() -> None:
    table = format_table({"aiscan": {"hash": Tally(2, 0, 1, 1)}, "bandit": {}})
    lines = table.splitlines()
    assert lines[1].startswith("hash")
    assert "1.00" in lines[1] and "0.50" in lines[1]
    assert lines[-1].startswith("mean")
