"""Report formats: a plain registry from name to renderer over one view model."""

from __future__ import annotations

from collections.abc import Callable

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.github import render_github
from aiscan.report.gitlab import render_gitlab_dependency_scanning, render_gitlab_sast
from aiscan.report.json_format import render_json
from aiscan.report.junit import render_junit
from aiscan.report.sarif import render_sarif
from aiscan.report.text_format import render_text

Renderer = Callable[[ScanResult, Catalogue], str]

FORMATS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "junit": render_junit,
    "gitlab-sast": render_gitlab_sast,
    "gitlab-dependency-scanning": render_gitlab_dependency_scanning,
    "github": render_github,
}

__all__ = ["FORMATS", "Renderer"]
