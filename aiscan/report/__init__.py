"""Report formats: a plain registry from name to renderer over one view model."""

from __future__ import annotations

from collections.abc import Callable

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.json_format import render_json
from aiscan.report.text_format import render_text

Renderer = Callable[[ScanResult, Catalogue], str]

FORMATS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
}

__all__ = ["FORMATS", "Renderer"]
