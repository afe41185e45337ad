"""Inline SVG charts for the audit report: no script, no external resource, printable."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

SEVERITY_COLOURS = {
    "critical": "#7f1d1d",
    "high": "#dc2626",
    "unknown": "#9333ea",
    "medium": "#f59e0b",
    "low": "#0ea5e9",
    "info": "#94a3b8",
}
STATUS_COLOURS = {
    "PASS": "#16a34a",
    "FAIL": "#dc2626",
    "NOT_ASSESSED": "#f59e0b",
    "MANUAL": "#2563eb",
    "NOT_APPLICABLE": "#cbd5e1",
}
_FONT = 'font-family="DejaVu Sans, sans-serif"'


def bar_chart(
    counts: Sequence[tuple[str, int]], labels: Mapping[str, str], colours: Mapping[str, str], title: str
) -> Markup:
    """Horizontal bars, one per key, labelled with its name and count."""
    width, row, label_w = 400, 22, 140
    height = row * len(counts) + 8
    top = max([n for _, n in counts] + [1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {_FONT} font-size="12"><title>{escape(title)}</title>'
    ]
    for i, (key, n) in enumerate(counts):
        y = 4 + i * row
        bar = 0 if n == 0 else max(2, round((width - label_w - 50) * n / top))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(labels.get(key, key))}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar}" height="{row - 6}" '
            f'fill="{colours.get(key, "#64748b")}"/>'
            f'<text x="{label_w + bar + 6}" y="{y + 15}">{n}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 (every text in it went through escape())


def checklist_grid(rows: Sequence[Mapping[str, Any]], labels: Mapping[str, str], title: str) -> Markup:
    """p14..p37 as a coloured grid: a row per point, its own cell first, then its sub-points; each
    cell names its requirement so the grid reads without colour too. A legend below."""
    cell_w, cell_h, gap = 46, 20, 3
    cols = 1 + max([len(r["points"]) for r in rows] + [0])
    width = max(cols * (cell_w + gap), 5 * 110)
    legend_y = len(rows) * (cell_h + gap) + 8
    height = legend_y + 22
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {_FONT} font-size="10"><title>{escape(title)}</title>'
    ]
    for i, r in enumerate(rows):
        y = i * (cell_h + gap)
        cells = [r, *r["points"]]
        for j, c in enumerate(cells):
            x = j * (cell_w + gap)
            colour = STATUS_COLOURS.get(c["status"], "#64748b")
            ink = "#0f172a" if c["status"] in ("NOT_APPLICABLE", "NOT_ASSESSED") else "#ffffff"
            weight = ' font-weight="bold"' if j == 0 else ""
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell_w}" height="{cell_h}" rx="3" fill="{colour}">'
                f"<title>{escape(c['id'])}: {escape(labels.get(c['status'], c['status']))}</title></rect>"
                f'<text x="{x + cell_w / 2}" y="{y + 14}" text-anchor="middle" fill="{ink}"{weight}>'
                f"{escape(c['id'])}</text>"
            )
    for k, (status, colour) in enumerate(STATUS_COLOURS.items()):
        x = k * 110
        parts.append(
            f'<rect x="{x}" y="{legend_y}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{legend_y + 10}">{escape(labels.get(status, status))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 (every text in it went through escape())
