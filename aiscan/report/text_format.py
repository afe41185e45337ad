from __future__ import annotations

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.model import report_dict
from aiscan.report.templating import environment

MAX_FINDINGS = 40
MAX_REASONS = 15


def render_text(result: ScanResult, catalogue: Catalogue) -> str:
    template = environment().get_template("summary.txt.j2")
    return template.render(
        report=report_dict(result, catalogue), max_findings=MAX_FINDINGS, max_reasons=MAX_REASONS
    )
