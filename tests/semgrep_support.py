"""A tree written from a mapping of paths to texts and scanned by the semgrep analyzer, for tests of
what the rules read."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome


def scan_files(root: Path, files: dict[str, str], rules: Path | None = None) -> AnalyzerOutcome:
    """The analyzer's outcome on `files` written under `root`, with the shipped rules or those of
    the `rules` folder (one subfolder per language)."""
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    analyzer = SemgrepAnalyzer() if rules is None else SemgrepAnalyzer(rules)
    return analyzer.run(ScanContext(ScanConfig(root=root.resolve()), build_inventory(root)))
