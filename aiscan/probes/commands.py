"""`aiscan probe URL...`: probe the named endpoints of the running AIS and gate on the result."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from aiscan.cli_options import (
    active_option,
    ca_bundle_option,
    fail_on_option,
    format_option,
    no_browser_option,
    output_option,
)
from aiscan.compliance.catalogue import load_catalogue
from aiscan.config import Policy
from aiscan.models import Severity
from aiscan.probes.run import live_catalogue, probe_result
from aiscan.probes.targets import Limits, ProbeOptions, parse_target
from aiscan.probes.tls_scan import read_ca_bundle

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def register(cli: click.Group, handle_errors: Decorator) -> None:
    """Add `probe` to the command line."""
    from aiscan.report import FORMATS
    from aiscan.report.outputs import check_writable, write_text

    @cli.command("probe")
    @click.argument("urls", nargs=-1, metavar="[ROLE=]URL...")
    @click.option(
        "--endpoint", "endpoints", multiple=True, metavar="[ROLE=]URL", help="Another endpoint (repeatable)."
    )
    @click.option("--component", default=None, help="The AIS component id the endpoints belong to.")
    @active_option("Also request error pages and replay forms without their anti-CSRF token.")
    @ca_bundle_option(
        "PEM file of the CA certificates to verify the chain against (default: Mozilla's store)."
    )
    @click.option(
        "--connect-timeout", type=click.FloatRange(min=0.1, max=120), default=5.0, show_default=True
    )
    @click.option("--read-timeout", type=click.FloatRange(min=0.1, max=300), default=10.0, show_default=True)
    @click.option(
        "--deadline",
        type=click.FloatRange(min=0.1, max=600),
        default=15.0,
        show_default=True,
        help="Seconds one HTTP request may take in all, however the server trickles.",
    )
    @click.option(
        "--max-bytes",
        type=click.IntRange(min=1024),
        default=1_000_000,
        show_default=True,
        help="Response-size cap.",
    )
    @click.option(
        "--browser",
        default="/usr/bin/chromium",
        show_default=True,
        help="Headless browser for JavaScript pages.",
    )
    @no_browser_option("Never render pages with a browser.")
    @format_option(sorted(FORMATS))
    @output_option("Write the report here.")
    @fail_on_option(default="high")
    @handle_errors
    def probe_command(
        urls: tuple[str, ...],
        endpoints: tuple[str, ...],
        component: str | None,
        active: bool,
        ca_bundle: Path | None,
        connect_timeout: float,
        read_timeout: float,
        deadline: float,
        max_bytes: int,
        browser: str,
        no_browser: bool,
        fmt: str,
        output: Path | None,
        fail_on: str,
    ) -> None:
        """Probe the named endpoints of the running AIS: TLS (p23), login and card pages,
        cookies and headers (p24), and with --active error pages and CSRF (p24.5, p26).
        Nothing but the named URLs (and the same-origin requests the checks need) is contacted.
        A URL may carry its page role, one of login, card, health, api or page:
        login=https://host/login (guessed from the path when not given)."""
        given = (*urls, *endpoints)
        if not given:
            raise click.UsageError("name at least one URL to probe")
        targets = tuple(parse_target(u, component=component) for u in given)
        check_writable(output)
        if ca_bundle is not None:
            read_ca_bundle(ca_bundle)
        limits = Limits(
            connect_timeout_s=connect_timeout,
            read_timeout_s=read_timeout,
            request_deadline_s=max(deadline, connect_timeout),
            max_response_bytes=max_bytes,
        )
        options = ProbeOptions(
            active=active, ca_bundle=ca_bundle, limits=limits, browser=None if no_browser else browser
        )
        catalogue = load_catalogue()
        result, _ = probe_result(targets, options, catalogue, Policy(fail_on=Severity.parse(fail_on)))
        shown = live_catalogue(catalogue)
        report = FORMATS[fmt](result, shown)
        if output is not None:
            write_text(output, report)
            click.echo(FORMATS["text"](result, shown))
        else:
            click.echo(report)
        sys.exit(result.decision.exit_code)
