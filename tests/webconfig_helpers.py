"""Running the web-config analyzer over a tree, as the scan does."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome, Finding
from aiscan.webconfig.analyzer import WebConfigAnalyzer


def run_web_config(root: Path) -> AnalyzerOutcome:
    root = root.resolve()
    config = resolve_scan_config(root, Overrides())
    return WebConfigAnalyzer().run(ScanContext(config, build_inventory(root)))


def flaws(outcome: AnalyzerOutcome, rule: str | None = None) -> list[Finding]:
    return [
        f for f in outcome.findings if "evidence" not in f.properties and (rule is None or f.rule_id == rule)
    ]


def present(outcome: AnalyzerOutcome, rule: str | None = None) -> list[Finding]:
    return [
        f
        for f in outcome.findings
        if f.properties.get("evidence") == "present" and (rule is None or f.rule_id == rule)
    ]


def where(findings: list[Finding]) -> set[tuple[str, int | None]]:
    return {(f.location.path, f.location.start_line) for f in findings}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return root
