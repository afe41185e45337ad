"""Live evidence in the catalogue: without a probe the live requirements stay MANUAL with the
reason, never PASS; with probes they are judged by them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers import REGISTRY
from aiscan.analyzers.inventory import InventoryAnalyzer
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import EVIDENCE, PRESENT, evaluate
from aiscan.config import ScanConfig
from aiscan.models import AnalyzerRun, Component, RunStatus, Severity, Status
from aiscan.pipeline import scan
from aiscan.probes.html_page import parse_page
from aiscan.probes.run import live_catalogue
from aiscan.probes.tls import TlsAnalyzer
from aiscan.probes.web import WebActiveAnalyzer, WebProbeAnalyzer
from aiscan.probes.web_checks import cookie_facts, error_page_facts, login_facts
from tests.conftest import TODAY, make_finding

ALL = (Component.WEB, Component.MOBILE, Component.API)
LIVE = ("tls", "web-probe", "web-active")
LIVE_REQS = ("p23", "p24.2", "p24.3", "p24.5", "p26.1", "p26.3")


def _runs(live: RunStatus | None, reason: str = "") -> list[AnalyzerRun]:
    names = [n for n in REGISTRY if n not in LIVE or live is not None]
    return [
        AnalyzerRun(n, live if n in LIVE and live else RunStatus.OK, n, "1", reason if n in LIVE else "")
        for n in names
    ]


def _eval(catalogue: Catalogue, runs: list[AnalyzerRun], findings=()) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {r.requirement_id: r for r in evaluate(catalogue, findings, runs, ALL, today=TODAY)}


@pytest.mark.parametrize("req", LIVE_REQS)
def test_without_a_probe_the_live_requirements_stay_manual(catalogue: Catalogue, req: str) -> None:
    r = _eval(catalogue, _runs(None))[req]
    assert r.status is Status.MANUAL  # type: ignore[attr-defined]
    assert r.reason == "no live evidence: no endpoint was probed"  # type: ignore[attr-defined]


def test_a_skipped_probe_gives_its_reason(catalogue: Catalogue) -> None:
    r = _eval(catalogue, _runs(RunStatus.SKIPPED, "active checks were not run (they need --active)"))["p26.3"]
    assert r.status is Status.MANUAL and "--active" in r.reason  # type: ignore[attr-defined]


def test_probes_that_ran_judge_the_requirement(catalogue: Catalogue) -> None:
    results = _eval(catalogue, _runs(RunStatus.OK))
    assert all(results[req].status is Status.PASS for req in ("p23", "p24.2", "p24.3", "p26.3"))  # type: ignore[attr-defined]
    failed = _eval(catalogue, _runs(RunStatus.ERROR, "connection refused"))["p23"]
    assert failed.status is Status.NOT_ASSESSED and "refused" in failed.reason  # type: ignore[attr-defined]


def test_a_source_finding_still_fails_an_unprobed_requirement(catalogue: Catalogue) -> None:
    f = make_finding(requirements=("p19.1", "p26.3"))
    assert _eval(catalogue, _runs(None), [f])["p26.3"].status is Status.FAIL  # type: ignore[attr-defined]


def test_the_live_catalogue_keeps_only_live_evidence(catalogue: Catalogue) -> None:
    live = live_catalogue(catalogue)
    assert set(live.ids()) == {"p23", "p24.2", "p24.3", "p24.4", "p24.5", "p26.1", "p26.3"}
    assert all(e.live for r in live.requirements for e in r.evidence)


def test_a_plain_scan_skips_the_probes_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("print('hello')\n")
    analyzers = [InventoryAnalyzer(), TlsAnalyzer(), WebProbeAnalyzer(), WebActiveAnalyzer()]
    result = scan(ScanConfig(root=tmp_path), analyzers=analyzers, parallel=False)
    runs = {r.analyzer: r for r in result.runs}
    assert all(
        runs[n].status is RunStatus.SKIPPED and runs[n].reason == "no endpoint was probed" for n in LIVE
    )
    p23 = next(r for r in result.requirements if r.requirement_id == "p23")
    assert p23.status is Status.MANUAL and p23.reason == "no live evidence: no endpoint was probed"


# --- the parsers read hostile input without crashing ---


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=2000))
def test_the_page_checks_never_crash_on_arbitrary_markup(text: str) -> None:
    page = parse_page("<form><input type=password name=p>" + text)
    login_facts(page)
    error_page_facts(text)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=300))
def test_cookie_parsing_never_crashes_and_never_shows_the_value(raw: str) -> None:
    facts = cookie_facts([("https://h/", "sid=SECRETVALUE123;" + raw)], https=True)
    assert all("SECRETVALUE123" not in snippet for _, _, snippet in facts)


def test_unprobed_live_analyzers_leave_every_analyzer_requirements_alone(catalogue: Catalogue) -> None:
    assert _eval(catalogue, _runs(RunStatus.SKIPPED, "no endpoint was probed"))["p21"].status is Status.PASS  # type: ignore[attr-defined]
    failed = _eval(catalogue, _runs(RunStatus.ERROR, "refused"))["p21"]
    assert failed.status is Status.NOT_ASSESSED  # type: ignore[attr-defined]


def test_protection_found_in_source_passes_only_with_live_evidence(catalogue: Catalogue) -> None:
    found = make_finding(
        rule_id="web-login-autocomplete-off", requirements=("p24.2",), severity=Severity.INFO
    )
    present = replace(found, analyzer="web-config", properties={EVIDENCE: PRESENT})
    unprobed = _eval(catalogue, _runs(None), [present])["p24.2"]
    assert unprobed.status is Status.MANUAL  # type: ignore[attr-defined]
    assert unprobed.reason.startswith("protection found: ")  # type: ignore[attr-defined]
    assert unprobed.reason.endswith("; no live evidence: no endpoint was probed")  # type: ignore[attr-defined]
    probed = _eval(catalogue, _runs(RunStatus.OK), [present])["p24.2"]
    assert probed.status is Status.PASS and probed.reason.startswith("protection found: ")  # type: ignore[attr-defined]
