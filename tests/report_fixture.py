"""A fixed, deterministic scan result that exercises every part of the CI report formats."""

from __future__ import annotations

from datetime import date

from aiscan.compliance.catalogue import Catalogue, parse_catalogue
from aiscan.models import (
    AnalyzerRun,
    BaselineUse,
    Component,
    Confidence,
    Decision,
    Finding,
    Gap,
    Location,
    RequirementResult,
    RunStatus,
    ScanResult,
    ScanScope,
    Severity,
    SkippedFile,
    Status,
    Suppression,
    Waiver,
    WaiverState,
)

CATALOGUE_DATA = {
    "framework": {"id": "test-ch3", "title_en": "Test chapter 3"},
    "requirements": [
        {
            "id": "p15",
            "text_ru": "п15",
            "summary_en": "Internal development procedure.",
            "components": ["all"],
            "assessment": "manual",
        },
        {
            "id": "p18",
            "text_ru": "п18",
            "summary_en": "Security testing.",
            "components": ["all"],
            "assessment": "automated",
        },
        {
            "id": "p18.2",
            "parent": "p18",
            "text_ru": "п18.2",
            "summary_en": "Third-party libraries are analysed.",
            "components": ["all"],
            "assessment": "automated",
            "evidence": [{"analyzer": "deps"}],
        },
        {
            "id": "p19",
            "text_ru": "п19",
            "summary_en": "Static analysis.",
            "components": ["all"],
            "assessment": "automated",
            "evidence": [{"analyzer": "semgrep"}],
        },
        {
            "id": "p19.1",
            "parent": "p19",
            "text_ru": "п19.1",
            "summary_en": "Injection <of> code & commands.",
            "components": ["all"],
            "assessment": "automated",
            "evidence": [{"analyzer": "semgrep"}],
        },
        {
            "id": "p19.6",
            "parent": "p19",
            "text_ru": "п19.6",
            "summary_en": "Secrets in clear text.",
            "components": ["all"],
            "assessment": "automated",
            "evidence": [{"analyzer": "semgrep"}],
        },
        {
            "id": "p21",
            "text_ru": "п21",
            "summary_en": "Critical vulnerabilities are fixed before release.",
            "components": ["all"],
            "assessment": "automated",
            "evidence": [{"analyzer": "*"}],
            "collect": {"min_severity": "critical"},
        },
        {
            "id": "p25",
            "text_ru": "п25",
            "summary_en": "Mobile application protections.",
            "components": ["mobile"],
            "assessment": "automated",
        },
    ],
}


def fixture_catalogue() -> Catalogue:
    return parse_catalogue(CATALOGUE_DATA, "fixture")


def _finding(
    rule: str, analyzer: str, severity: Severity, path: str, line: int | None, fp: str, **kw: object
) -> Finding:
    base: dict[str, object] = {
        "rule_id": rule,
        "analyzer": analyzer,
        "title": rule.replace("-", " ").capitalize(),
        "message": f"{rule} matched",
        "severity": severity,
        "confidence": Confidence.HIGH,
        "location": Location(path, line, line, 5 if line else None, "call(x)" if line else ""),
        "fingerprint": fp,
    }
    base.update(kw)
    return Finding(**base)  # type: ignore[arg-type]


WAIVER_FP = Waiver(
    id="W-1",
    kind="false_positive",
    reason="Query built from a fixed allow-list.",
    approved_by="A. Seitkali, CISO",
    approved_on=date(2026, 11, 1),
    expires=date(2027, 1, 31),
    source="aiscan-waivers.yaml",
    line=2,
    rule_id="B608",
    path="app/reports.py",
)
WAIVER_EXPIRED = Waiver(
    id="W-2",
    kind="accepted_risk",
    reason="Internal tool.",
    approved_by="A. Seitkali, CISO",
    approved_on=date(2026, 8, 1),
    expires=date(2026, 11, 1),
    source="aiscan-waivers.yaml",
    line=10,
    fingerprint="f-weak-hash",
)


def fixture_result() -> ScanResult:
    findings = (
        _finding(
            "python-command-injection",
            "semgrep",
            Severity.CRITICAL,
            "app/export.py",
            12,
            "f-cmd",
            cwe=("CWE-78",),
            requirements=("p19.1", "p21"),
            remediation="Pass an argument list, never a shell string.",
            message='Request data reaches a shell: 100% "tar" <x>\nsecond line',
        ),
        _finding(
            "B608",
            "bandit",
            Severity.HIGH,
            "app/reports.py",
            40,
            "f-sql",
            cwe=("CWE-89",),
            requirements=("p19.1",),
            suppression=Suppression(
                "false_positive",
                WAIVER_FP.reason,
                "aiscan-waivers.yaml:2 (W-1)",
                WAIVER_FP.approved_by,
                WAIVER_FP.expires,
            ),
        ),
        _finding(
            "python-weak-hash",
            "semgrep",
            Severity.MEDIUM,
            "app/util.py",
            7,
            "f-weak-hash",
            cwe=("CWE-327",),
            requirements=("p19.1",),
        ),
        _finding(
            "python-debug-enabled",
            "semgrep",
            Severity.LOW,
            "app/settings with space.py",
            3,
            "f-debug",
            requirements=("p19.1",),
            suppression=Suppression("baseline", "known when the baseline was made", "aiscan-baseline.yaml"),
        ),
        _finding(
            "GHSA-9wx4-h78v-vm56",
            "deps",
            Severity.HIGH,
            "requirements.txt",
            None,
            "f-dep",
            requirements=("p18.2",),
            title="requests leaks Proxy-Authorization",
            properties={
                "package": "requests",
                "version": "2.19.0",
                "fixed_versions": ["2.20.0"],
                "aliases": ["CVE-2018-18074"],
            },
        ),
        _finding(
            "aiscan-waiver-expired",
            "aiscan",
            Severity.LOW,
            "aiscan-waivers.yaml",
            10,
            "f-expired",
            requirements=("p21",),
            title="Waiver W-2 expired on 2026-11-01",
            message="The accepted risk waiver W-2 expired on 2026-11-01; its finding counts again.",
            remediation="Fix the finding, or have the waiver renewed.",
        ),
        _finding(
            "python-hardcoded-secret",
            "semgrep",
            Severity.HIGH,
            "app/ctl\x01.py",
            1,
            "f-secret",
            requirements=("p19.6",),
            message="Secret 'sk_live_…' in clear text",
        ),
    )
    requirements = (
        RequirementResult("p15", Status.MANUAL, "needs human evidence (attestation)"),
        RequirementResult("p18", Status.FAIL, "p18.2: FAIL"),
        RequirementResult(
            "p18.2", Status.FAIL, "1 finding at or above the threshold", ("f-dep",), (), ("deps",)
        ),
        RequirementResult("p19", Status.FAIL, "p19.1, p19.6: FAIL", (), (), ("semgrep",)),
        RequirementResult(
            "p19.1",
            Status.FAIL,
            "1 finding at or above the threshold",
            ("f-cmd",),
            ("f-weak-hash",),
            ("semgrep",),
        ),
        RequirementResult(
            "p19.6", Status.FAIL, "1 finding at or above the threshold", ("f-secret",), (), ("semgrep",)
        ),
        RequirementResult(
            "p21",
            Status.FAIL,
            "1 finding at or above the threshold",
            ("f-cmd",),
            ("f-expired",),
            ("bandit", "deps", "semgrep"),
        ),
        RequirementResult("p25", Status.NOT_APPLICABLE, "no mobile component in scope"),
    )
    runs = (
        AnalyzerRun(
            "bandit",
            RunStatus.PARTIAL,
            "bandit",
            "1.8.0",
            "scoped to 3 file(s) changed since origin/main",
            0.2,
            3,
            (Gap("app/broken.py", "syntax error"),),
        ),
        AnalyzerRun("deps", RunStatus.ERROR, "aiscan", None, "advisory database older than 7 days"),
        AnalyzerRun("semgrep", RunStatus.OK, "semgrep", "1.182.0", "59 rules", 0.3, 3),
    )
    return ScanResult(
        target="/src/loans",
        scan_kind="merge",
        components=(Component.API, Component.WEB),
        languages={"python": 3},
        runs=runs,
        findings=findings,
        requirements=requirements,
        decision=Decision(
            3,
            False,
            "incomplete",
            (
                "analyzer deps did not run: advisory database older than 7 days",
                "1 critical finding(s) must be fixed before release (p21)",
            ),
        ),
        started_at="2026-11-22T06:30:00+00:00",
        duration_s=4.25,
        aiscan_version="0.0.0-test",
        fail_on=Severity.HIGH,
        commit="0123456789abcdef0123456789abcdef01234567",
        skipped_files=(SkippedFile("static/app.min.js", "minified file"),),
        notes=(
            "excluded by configuration: docs/**",
            "scoped scan: SAST and secret detection looked at 3 file(s) changed since origin/main only",
            "baseline aiscan-baseline.yaml: 1 known finding(s) do not count in this merge scan",
        ),
        excluded=("docs/**",),
        waivers=(
            WaiverState(WAIVER_FP, "in_force", ("f-sql",)),
            WaiverState(WAIVER_EXPIRED, "expired", matched=("f-weak-hash",)),
        ),
        baseline=BaselineUse(
            "aiscan-baseline.yaml", True, 4, 1, "1 known finding(s) do not count in this merge scan"
        ),
        scope=ScanScope("diff", ("app/export.py", "app/util.py", "requirements.txt"), "origin/main"),
    )
