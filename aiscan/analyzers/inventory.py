"""The inventory as an analyzer run: which components and languages the scan covered (p14)."""

from __future__ import annotations

from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig
from aiscan.models import AnalyzerOutcome, AnalyzerRun, RunStatus


class InventoryAnalyzer:
    name = "inventory"
    tool = "aiscan"

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        inv = ctx.inventory
        langs = ", ".join(f"{k} ({v.files})" for k, v in inv.languages().items()) or "none"
        comps = ", ".join(c.value for c in inv.components) or "none"
        reason = f"components: {comps}; languages: {langs}"
        return AnalyzerOutcome(
            AnalyzerRun(self.name, RunStatus.OK, self.tool, None, reason, 0.0, len(inv.files))
        )

    def version(self, config: ScanConfig) -> str | None:
        return None

    def rule_ids(self) -> frozenset[str]:
        return frozenset()
