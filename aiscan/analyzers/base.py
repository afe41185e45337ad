"""The one interface every analyzer implements, and what it is given."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from aiscan.config import ScanConfig
from aiscan.inventory import Inventory
from aiscan.models import AnalyzerOutcome

MAX_SNIPPET_LINES = 5
MAX_SNIPPET_CHARS = 400


@dataclass(frozen=True)
class ScanContext:
    config: ScanConfig
    inventory: Inventory

    @property
    def root(self) -> Path:
        return self.inventory.root


class Analyzer(Protocol):
    """`run` does the I/O and never raises for a tool's failure: it returns an AnalyzerRun with
    status error. Parsing of the tool's output lives in pure module-level functions."""

    name: str
    tool: str

    def run(self, ctx: ScanContext) -> AnalyzerOutcome: ...

    def version(self, config: ScanConfig) -> str | None: ...

    def rule_ids(self) -> frozenset[str]: ...


def read_snippet(root: Path, rel_path: str, start: int | None, end: int | None) -> str:
    """The source lines of a match, bounded in size. Empty when the file cannot be read."""
    if not start:
        return ""
    try:
        with (root / rel_path).open(encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return ""
    last = min(end or start, start + MAX_SNIPPET_LINES - 1)
    text = "\n".join(lines[start - 1 : last])
    return text[:MAX_SNIPPET_CHARS]
