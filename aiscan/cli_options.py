"""The command-line options `scan`, `release` and `probe` share: one definition of each (name,
type, choices, default), with the help text of the command that uses it.

Each `*_option` returns a click decorator; the `*_OPTION` constants are `scan`'s."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from aiscan.config import REPORT_LANGUAGES
from aiscan.models import Severity
from aiscan.report.outputs import ALL_FORMATS

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]

SEVERITY_CHOICES = [s.value for s in Severity if s is not Severity.UNKNOWN]


def _file(name: str, help: str | None, *names: str) -> Decorator:
    """An option naming a file (never a folder) given as a Path."""
    return click.option(name, *names, type=click.Path(dir_okay=False, path_type=Path), help=help)


def format_option(choices: Sequence[str] = ALL_FORMATS, help: str | None = None) -> Decorator:
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(choices),
        default="text",
        show_default=True,
        help=help,
    )


def lang_option(help: str) -> Decorator:
    return click.option("--lang", type=click.Choice(REPORT_LANGUAGES), default=None, help=help)


def output_option(help: str) -> Decorator:
    return _file("-o", help, "--output")


def reports_option(help: str) -> Decorator:
    return click.option("--report", "reports", multiple=True, metavar="FORMAT=PATH", help=help)


def fail_on_option(help: str | None = None, default: str | None = None) -> Decorator:
    return click.option(
        "--fail-on",
        type=click.Choice(SEVERITY_CHOICES),
        default=default,
        show_default=default is not None,
        help=help,
    )


def config_option(help: str) -> Decorator:
    return _file("--config", help, "config_file")


def attestations_option(help: str) -> Decorator:
    return _file("--attestations", help)


def advisory_db_option() -> Decorator:
    return _file(
        "--advisory-db",
        "Offline advisory database (default: $AISCAN_ADVISORY_DB, else the user's data directory).",
    )


def online_option(help: str) -> Decorator:
    return click.option("--online/--offline", default=None, help=help)


def sequential_option(help: str) -> Decorator:
    return click.option("--sequential", is_flag=True, help=help)


def active_option(help: str) -> Decorator:
    return click.option("--active", is_flag=True, help=help)


def ca_bundle_option(help: str) -> Decorator:
    return _file("--ca-bundle", help)


def no_browser_option(help: str) -> Decorator:
    return click.option("--no-browser", is_flag=True, help=help)


FORMAT_OPTION = format_option(
    help="Report format (html and pdf: the audit report, docs/audit-report.md).",
)
LANG_OPTION = lang_option(
    "Language of the audit report (html, pdf). Default: the configuration's [report] lang, else ru."
)
OUTPUT_OPTION = output_option("Write the report here; the terminal then shows the summary.")
REPORTS_OPTION = reports_option(
    "Also write a report in FORMAT to PATH (repeatable), e.g. --report sarif=aiscan.sarif "
    "--report junit=aiscan-junit.xml."
)
FAIL_ON_OPTION = fail_on_option(
    "Lowest severity that fails a requirement and blocks (default: the policy's, else high). "
    "Critical always blocks."
)
CONFIG_OPTION = config_option(
    "The operator's configuration file, trusted with every setting (default: $AISCAN_CONFIG, "
    "else aiscan/config.toml in the user's configuration directory). PATH's own aiscan.toml or "
    "[tool.aiscan] is read too, for the settings a scanned tree may hold."
)
ATTESTATIONS_OPTION = attestations_option(
    "Attestations file (default: aiscan-attestations.yaml in PATH, if present)."
)
EXCLUDE_OPTION = click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Leave these paths out (repeatable; listed in the report).",
)
ADVISORY_DB_OPTION = advisory_db_option()
ONLINE_OPTION = online_option("Also check Python components online with pip-audit (default: offline only).")
SEQUENTIAL_OPTION = sequential_option("Run the analyzers one after the other instead of in parallel.")
