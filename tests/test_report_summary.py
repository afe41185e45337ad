"""The terminal summary and the text report: nothing listed twice, unknown severities apart,
nothing cut in a file, and the summary says what it leaves out and where it is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiscan.report.text_format import MAX_FINDINGS, render_summary, render_text
from tests.report_fixture import fixture_catalogue, fixture_result


def test_the_terminal_names_the_reports_and_counts_what_it_does_not_show(demo_audit: dict[str, Any]) -> None:
    out: str = demo_audit["output"]
    folder: Path = demo_audit["dir"]
    named = ", ".join(str(folder / name) for name in ("r.html", "r.pdf", "r.txt", "r.json"))
    assert f"Full report: {named}" in out
    header = next(line for line in out.splitlines() if line.startswith("Findings ("))
    assert f"{MAX_FINDINGS} of " in header and "not shown, all in" in header


def test_requirement_reasons_are_not_repeated_above_the_requirement_lists(demo_audit: dict[str, Any]) -> None:
    out: str = demo_audit["output"]
    verdict = out.split("VERDICT:")[1].split("Findings:")[0]
    assert "FAIL:" not in verdict
    assert "Failing requirements:" in out
    for line in out.split("Failing requirements:")[1].split("\n\n")[0].strip().splitlines():
        requirement = line.split()[0]
        assert out.count(f"\n  {requirement} ") == 1, f"{requirement} listed twice"


def test_the_text_file_lists_every_finding_uncut(demo_audit: dict[str, Any]) -> None:
    text = (demo_audit["dir"] / "r.txt").read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.startswith("Findings ("))
    total = int(header.removeprefix("Findings (").rstrip("):"))
    assert total > MAX_FINDINGS
    report = json.loads((demo_audit["dir"] / "r.json").read_text(encoding="utf-8"))
    for f in report["findings"]:
        if f["suppression"] is None:
            assert f"           {f['title']}\n" in text, f"title of {f['rule_id']} cut or missing"
    for run in report["analyzer_runs"]:
        assert not run["reason"] or run["reason"] in text, f"{run['analyzer']}'s reason cut"
    assert any(len(line) > 200 for line in text.splitlines()), "the premise: long lines to cut"


def test_unknown_severity_findings_are_listed_apart_from_high_ones(demo_audit: dict[str, Any]) -> None:
    text = (demo_audit["dir"] / "r.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    marker = next(n for n, line in enumerate(lines) if "-- severity unknown" in line)
    before, after = _severities(lines[:marker]), _severities(lines[marker:])
    assert "HIGH" in before and "UNKNOWN" not in before
    assert after[0] == "UNKNOWN" and "HIGH" not in after


def _severities(lines: list[str]) -> list[str]:
    return [line.split()[0] for line in lines if line.startswith("  ") and line.split()[0].isupper()]


def test_a_short_list_says_nothing_is_left_out() -> None:
    summary = render_summary(fixture_result(), fixture_catalogue(), written=("out/a.html",))
    assert "Findings (5):" in summary and "not shown" not in summary
    assert summary.rstrip().endswith("Full report: out/a.html")
    assert render_text(fixture_result(), fixture_catalogue()).count("Full report") == 0
