"""The audit report as one self-contained HTML file: inline CSS and SVG, no script, no external
resource; it reads the same opened from disk, printed, or turned into PDF (aiscan.report.audit.pdf)."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.audit import charts
from aiscan.report.audit.i18n import translations
from aiscan.report.audit.reasons import translate_reason
from aiscan.report.audit.view import audit_view
from aiscan.report.model import report_dict
from aiscan.resources import rulesets_dir, templates_dir

TEMPLATE = "audit.html.j2"


@cache
def environment(lang: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    # the reasons aiscan composes are written in English: said again in the other languages
    env.filters["reason"] = (
        str if lang == "en" else functools.partial(translate_reason, catalogue=translations(lang))
    )
    env.globals["bar_chart"] = charts.bar_chart
    env.globals["checklist_grid"] = charts.checklist_grid
    env.globals["SEVERITY_COLOURS"] = charts.SEVERITY_COLOURS
    env.globals["STATUS_COLOURS"] = charts.STATUS_COLOURS
    return env


def render_audit_html(report: Mapping[str, Any], lang: str) -> str:
    """The audit report of a JSON report view model, in `lang`."""
    css = (templates_dir() / "audit.css").read_text(encoding="utf-8")
    return (
        environment(lang)
        .get_template(TEMPLATE)
        .render(
            v=audit_view(report),
            lang=lang,
            css=css,
            rulesets=ruleset_hashes(),
        )
    )


def render_html(result: ScanResult, catalogue: Catalogue, lang: str) -> str:
    return render_audit_html(report_dict(result, catalogue), lang)


@cache
def ruleset_hashes() -> tuple[tuple[str, str], ...]:
    """SHA-256 of each ruleset aiscan applies (a folder hashed over its files' names and bytes)."""
    root = rulesets_dir()
    out = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or entry.name == "sources":
            continue
        out.append((entry.name, _digest(entry)))
    return tuple(out)


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for f in files:
        h.update(f.relative_to(path.parent).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()
