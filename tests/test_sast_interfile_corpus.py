"""The labelled corpus of flows across modules (fixtures/xfile-corpus, written before the passes
were changed with it in view): with the passes on, every helper sink that a view or route gives
request data is reported, and no helper that sanitises or is given a constant is. Real semgrep;
judged like benchmarks/bench_sast_accuracy.py (a finding of the case's class within 2 lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aiscan.models import Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import scan_across

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "xfile-corpus"

# Two calls deep (a view hands the value to a function that hands it to another): the passes
# follow one level only.
ONE_LEVEL_ONLY = {"portal/store/runner.py", "portal/services/runner.js"}


def _cases(language: str) -> list[dict[str, object]]:
    return list(yaml.safe_load((CORPUS / language / "labels.yaml").read_text(encoding="utf-8"))["cases"])


def _hit(case: dict[str, object], findings: list[Finding]) -> bool:
    same = [f for f in findings if f.location.path == case["file"] and case["class"] in f.requirements]
    if not case["vulnerable"] or case.get("line") is None:
        return bool(same)
    line = int(str(case["line"]))
    return any(abs((f.location.start_line or 0) - line) <= 2 for f in same)


@pytest.fixture(scope="module", params=["python", "javascript"])
def corpus_scan(request: pytest.FixtureRequest) -> tuple[str, list[Finding]]:
    status, findings, run = scan_across(CORPUS / request.param)
    assert status is RunStatus.OK, run
    return request.param, findings


def test_every_helper_given_request_data_is_reported(corpus_scan: tuple[str, list[Finding]]) -> None:
    language, findings = corpus_scan
    missed = [
        c["file"]
        for c in _cases(language)
        if c["vulnerable"] and c["file"] not in ONE_LEVEL_ONLY and not _hit(c, findings)
    ]
    assert not missed, (missed, [(f.rule_id, f.location.path, f.location.start_line) for f in findings])


def test_no_helper_that_sanitises_or_is_given_a_constant_is_reported(
    corpus_scan: tuple[str, list[Finding]],
) -> None:
    language, findings = corpus_scan
    reported = [c["file"] for c in _cases(language) if not c["vulnerable"] and _hit(c, findings)]
    assert not reported, reported


def test_a_function_imported_under_another_name_is_named_by_its_own_name(
    corpus_scan: tuple[str, list[Finding]],
) -> None:
    language, findings = corpus_scan
    helper = {"python": "portal/store/export.py", "javascript": "portal/services/ledger.mjs"}[language]
    own = {"python": "export_csv", "javascript": "exportLedger"}[language]
    found = [f for f in interfile_findings(findings) if f.location.path == helper]
    assert found, findings
    assert all(f.properties.get("function") == own for f in found), [f.properties for f in found]
    assert all(f"function {own} " in f.message for f in found), [f.message for f in found]


def interfile_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule_id.endswith(interfile.RULE_SUFFIX)]


def test_aliases_are_read_as_identifiers_only_and_not_given_to_methods() -> None:
    results = [
        {"check_id": "interfile--aliases", "extra": {"message": "f=export_csv|a=export"}},
        {"check_id": "interfile--aliases", "extra": {"message": "f=same|a=same"}},
        {"check_id": "interfile--aliases", "extra": {"message": "f=x)|.*|(y|a=z"}},
        {"check_id": "interfile--aliases", "extra": {"message": "f=find|a=lookup"}},
    ]
    aliases = interfile.read_aliases(results)
    assert aliases == {"export_csv": frozenset({"export"}), "find": frozenset({"lookup"})}
    summaries = [
        interfile.Summary("python-path-traversal", interfile.PARAMETER, "export_csv", 0, "e.py", 2),
        interfile.Summary("python-sql-injection", interfile.PARAMETER, "find", 0, "r.py", 9, owner="Repo"),
    ]
    expanded = interfile.with_aliases(summaries, aliases)
    assert [(s.function, s.name) for s in expanded] == [
        ("export_csv", "export_csv"),
        ("find", "find"),
        ("export", "export_csv"),
    ]
