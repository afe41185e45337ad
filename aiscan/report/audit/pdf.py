"""The audit report as PDF: the HTML rendering laid out by WeasyPrint (pango, DejaVu fonts), as
PDF/A-3b with the machine-readable report attached (results.json), so one file keeps both the
reading and the data for the retention period (p22)."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from typing import Any

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.audit.html import render_audit_html
from aiscan.report.model import report_dict

ATTACHMENT_NAME = "results.json"


def render_audit_pdf(report: Mapping[str, Any], lang: str) -> bytes:
    from weasyprint import HTML, Attachment  # imported here: pango loads only when PDF is asked for

    html = render_audit_html(report, lang)
    data = json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
    attachment = Attachment(
        file_obj=io.BytesIO(data),
        name=ATTACHMENT_NAME,
        description="aiscan JSON report",
        relationship="Data",
    )
    # base_url=None and the default fetcher never reached: the document holds no URL to load.
    pdf: bytes = HTML(string=html, base_url=None, url_fetcher=_refuse_fetch).write_pdf(
        attachments=[attachment], pdf_variant="pdf/a-3b", uncompressed_pdf=False
    )
    return pdf


def render_pdf(result: ScanResult, catalogue: Catalogue, lang: str) -> bytes:
    return render_audit_pdf(report_dict(result, catalogue), lang)


def _refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"the audit report loads no external resource ({url})")
