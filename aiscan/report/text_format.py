"""The text report and the terminal summary: one template (report_templates/summary.txt.j2).

The text format (a file, or stdout) lists everything and cuts nothing. The terminal summary
bounds its lists, says how many findings it does not show and names the files that hold them."""

from __future__ import annotations

from collections.abc import Sequence

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import SEVERITY_ORDER, ScanResult
from aiscan.report.audit.view import REQUIREMENT_REASON
from aiscan.report.model import report_dict
from aiscan.report.templating import environment

MAX_FINDINGS = 40
MAX_REASONS = 15
_SEVERITIES = [s.value for s in SEVERITY_ORDER]


def render_text(result: ScanResult, catalogue: Catalogue) -> str:
    return render_summary(result, catalogue, terminal=False)


def render_summary(
    result: ScanResult, catalogue: Catalogue, *, written: Sequence[str] = (), terminal: bool = True
) -> str:
    """`terminal`: lists bounded and long lines shortened, for a screen; `written`: the report
    files this scan wrote, named at the end."""
    report = report_dict(result, catalogue)
    reasons = [r for r in report["verdict"]["reasons"] if not REQUIREMENT_REASON.match(r)]
    active = [f for f in report["findings"] if f["suppression"] is None]
    active.sort(key=lambda f: _SEVERITIES.index(f["severity"]))
    template = environment().get_template("summary.txt.j2")
    return template.render(
        report=report,
        reasons=reasons,
        active=active,
        written=list(written),
        max_findings=MAX_FINDINGS if terminal else len(active),
        max_reasons=MAX_REASONS if terminal else len(reasons),
        max_list=5 if terminal else None,
        cut=_cut if terminal else _keep,
    )


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _keep(text: str, width: int) -> str:
    return text
