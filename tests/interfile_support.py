"""Shared by the tests of the flows across functions (PHP, Java, Python): one real semgrep run
with the passes on, and the findings those passes added."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ACROSS_FUNCTIONS_LANGUAGES, ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Finding, RunStatus
from aiscan.sast import interfile


def scan_across(root: Path, **config: object) -> tuple[RunStatus, list[Finding], object]:
    """semgrep over `root` with `[semgrep] across_functions` on (unless `config` says otherwise)."""
    config = {"semgrep_across_functions": ACROSS_FUNCTIONS_LANGUAGES, **config}
    ctx = ScanContext(ScanConfig(root=root.resolve(), **config), build_inventory(root))  # type: ignore[arg-type]
    outcome = SemgrepAnalyzer().run(ctx)
    return outcome.run.status, list(outcome.findings), outcome.run


def across(findings: list[Finding]) -> list[Finding]:
    """The findings of the passes across functions (rule IDs ending in `-across-functions`)."""
    return [f for f in findings if f.rule_id.endswith(interfile.RULE_SUFFIX)]
