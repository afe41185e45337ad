"""The inventory as an analyzer run: which components and languages the scan covered (p14)."""

from __future__ import annotations

from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig
from aiscan.models import AnalyzerOutcome, AnalyzerRun, ComponentEvidence, RunStatus


def describe_evidence(e: ComponentEvidence) -> str:
    """'api: python source ...: 12 file(s), e.g. api/app.py' — one component and why."""
    example = f", e.g. {', '.join(e.files)}" if e.files else ""
    return f"{e.component.value if e.component else 'none'}: {e.reason}{example}"


class InventoryAnalyzer:
    name = "inventory"
    tool = "aiscan"

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        inv = ctx.inventory
        langs = ", ".join(f"{k} ({v.files})" for k, v in inv.languages().items()) or "none"
        comps = ", ".join(c.value for c in inv.components) or "none"
        why = "; ".join(describe_evidence(e) for e in inv.component_evidence)
        reason = f"components: {comps}" + (f" ({why})" if why else "") + f"; languages: {langs}"
        return AnalyzerOutcome(
            AnalyzerRun(self.name, RunStatus.OK, self.tool, None, reason, 0.0, len(inv.files))
        )

    def version(self, config: ScanConfig) -> str | None:
        return None

    def rule_ids(self) -> frozenset[str]:
        return frozenset()
