"""Running the mobile-config analyzer on a tree, for the tests of aiscan.mobile."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.mobile.analyzer import MobileConfigAnalyzer
from aiscan.models import AnalyzerOutcome, Finding

REPO = Path(__file__).resolve().parent.parent


def scan(root: Path) -> AnalyzerOutcome:
    inv = build_inventory(root)
    return MobileConfigAnalyzer().run(ScanContext(ScanConfig(root), inv))


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return root


def flaws(outcome: AnalyzerOutcome, rule_id: str) -> list[Finding]:
    return [f for f in outcome.findings if f.rule_id == rule_id and f.properties.get("evidence") != "present"]


def present(outcome: AnalyzerOutcome, rule_id: str) -> list[Finding]:
    return [f for f in outcome.findings if f.rule_id == rule_id and f.properties.get("evidence") == "present"]
