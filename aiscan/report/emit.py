"""How a command hands its report to the user: the report to --output with the summary on the
terminal, or the report to stdout with the summary on stderr. Shared by every scanning command."""

from __future__ import annotations

from pathlib import Path

import click

from aiscan.compliance.catalogue import Catalogue
from aiscan.errors import UsageError
from aiscan.models import ScanResult
from aiscan.report.audit import BINARY_FORMATS
from aiscan.report.outputs import render_bytes, write_bytes
from aiscan.report.text_format import render_summary


def check_binary_output(fmt: str, output: Path | None) -> None:
    """A PDF is never written to a terminal."""
    if fmt in BINARY_FORMATS and output is None:
        raise UsageError(f"--format {fmt} needs --output FILE (or --report {fmt}=FILE)")


def emit_report(
    result: ScanResult,
    catalogue: Catalogue,
    fmt: str,
    output: Path | None,
    lang: str,
    written: tuple[str, ...] = (),
) -> None:
    where = (*written, str(output)) if output is not None else written
    summary = render_summary(result, catalogue, written=where, terminal=True)
    report = render_bytes(fmt, result, catalogue, lang)
    if output is not None:
        write_bytes(output, report)
        click.echo(summary, nl=False)
    elif fmt == "text":
        click.echo(report.decode("utf-8"), nl=False)
    else:
        click.echo(report.decode("utf-8"), nl=False)
        click.echo(summary, nl=False, err=True)
