"""The audit report (HTML and PDF, Russian and English) a security officer files and an inspector
reads: docs/audit-report.md. Document formats render to bytes in a language."""

from __future__ import annotations

from collections.abc import Callable

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult

DocumentRenderer = Callable[[ScanResult, Catalogue, str], bytes]


def _html(result: ScanResult, catalogue: Catalogue, lang: str) -> bytes:
    from aiscan.report.audit.html import render_html

    return render_html(result, catalogue, lang).encode("utf-8")


def _pdf(result: ScanResult, catalogue: Catalogue, lang: str) -> bytes:
    from aiscan.report.audit.pdf import render_pdf

    return render_pdf(result, catalogue, lang)


DOCUMENT_FORMATS: dict[str, DocumentRenderer] = {"html": _html, "pdf": _pdf}
BINARY_FORMATS = frozenset({"pdf"})  # never written to a terminal

__all__ = ["BINARY_FORMATS", "DOCUMENT_FORMATS", "DocumentRenderer"]
