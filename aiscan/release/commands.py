"""`aiscan release`: scan the AIS an `aiscan-ais.toml` describes and gate it as one release."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from aiscan.archive.commands import checkpoint_for, default_key
from aiscan.cli_options import (
    active_option,
    advisory_db_option,
    attestations_option,
    ca_bundle_option,
    config_option,
    fail_on_option,
    format_option,
    lang_option,
    no_browser_option,
    online_option,
    output_option,
    reports_option,
    sequential_option,
)
from aiscan.compliance.catalogue import load_catalogue
from aiscan.config import Overrides, resolve_scan_config
from aiscan.errors import UsageError
from aiscan.models import Severity
from aiscan.probes import ProbeOptions
from aiscan.probes.tls_scan import read_ca_bundle
from aiscan.release.archiving import archive_release
from aiscan.release.description import DEFAULT_NAME, load_description
from aiscan.release.run import ReleaseOptions, release_scan
from aiscan.report.emit import check_binary_output, emit_report
from aiscan.report.outputs import ReportSpec, check_writable, parse_report_specs, write_reports


def register(cli: click.Group, handle_errors: Callable[[Any], Any]) -> None:
    """Add the `release` command to the command line."""

    @cli.command("release")
    @click.argument("description", required=False, type=click.Path(path_type=Path))
    @format_option()
    @lang_option("Language of the HTML and PDF audit reports (default: the configuration's, else ru).")
    @output_option("Write the report here.")
    @reports_option("Also write a report in FORMAT to PATH (repeatable).")
    @fail_on_option("Lowest severity that fails.")
    @config_option("The operator's configuration file (default: $AISCAN_CONFIG, else the user's).")
    @attestations_option(
        "Attestations for the whole AIS (default: aiscan-attestations.yaml beside the description)."
    )
    @advisory_db_option()
    @online_option("Also check Python components online (pip-audit).")
    @sequential_option("Scan one component, and one analyzer, at a time.")
    @click.option(
        "--probe",
        is_flag=True,
        help="Also probe the live endpoints the description names (TLS, login and card pages, cookies).",
    )
    @active_option("With --probe: also error pages and CSRF replay.")
    @ca_bundle_option(
        "With --probe: PEM file of the CA certificates the endpoints' chains are verified against."
    )
    @no_browser_option("With --probe: never render pages with a browser.")
    @click.option(
        "--archive",
        "archive_at",
        metavar="DIR|s3://BUCKET/PREFIX",
        help="Keep this release (sources at their commits and its results) in the retention archive.",
    )
    @click.option(
        "--archive-key",
        envvar="AISCAN_ARCHIVE_KEY",
        type=click.Path(dir_okay=False, path_type=Path),
        help="With --archive: the archive's signing key (default: as for `aiscan archive put`).",
    )
    @click.option(
        "--archive-checkpoint",
        type=click.Path(dir_okay=False, path_type=Path),
        help="With --archive: the signed checkpoint the officer keeps (default: KEY.checkpoint).",
    )
    @handle_errors
    def release_command(
        description: Path | None,
        fmt: str,
        lang: str | None,
        output: Path | None,
        reports: tuple[str, ...],
        fail_on: str | None,
        config_file: Path | None,
        attestations: Path | None,
        advisory_db: Path | None,
        online: bool | None,
        sequential: bool,
        probe: bool,
        active: bool,
        ca_bundle: Path | None,
        no_browser: bool,
        archive_at: str | None,
        archive_key: Path | None,
        archive_checkpoint: Path | None,
    ) -> None:
        """Scan every component of the AIS that DESCRIPTION (default: ./aiscan-ais.toml) names,
        evaluate chapter 3 once for the AIS and decide whether this release may go live.

        Exit codes as for `scan`: 0 allowed, 1 blocked, 2 usage or description error, 3 a
        component or an analyzer could not be scanned.
        """
        if archive_at is None and archive_checkpoint:
            raise UsageError("--archive-checkpoint applies only with --archive")
        path = description or Path(DEFAULT_NAME)
        if not path.is_file():
            raise UsageError(f"{path}: no AIS description file (see docs/ais.md)")
        specs = parse_report_specs(reports)
        check_writable(output)
        check_binary_output(fmt, output)
        ais = load_description(path)
        options = ReleaseOptions(
            config_file=config_file,
            attestations=attestations,
            fail_on=Severity.parse(fail_on) if fail_on else None,
            advisory_db=advisory_db,
            online=online,
            parallel=not sequential,
            probe=_probe_options(probe, active, ca_bundle, no_browser),
        )
        language = lang or resolve_scan_config(ais.folder, Overrides(config_file=config_file)).report_lang
        catalogue = load_catalogue()
        result = release_scan(ais, options, catalogue=catalogue)
        write_reports(result, catalogue, specs, language)
        emit_report(result, catalogue, fmt, output, language, tuple(str(s.path) for s in specs))
        if archive_at is not None:
            key = archive_key or default_key()
            written = [*specs, *([ReportSpec(fmt, output)] if output is not None else [])]
            inputs = [("policy", config_file), ("attestations", attestations)]
            kept = archive_release(
                result, catalogue, archive_at, key, checkpoint_for(key, archive_checkpoint), written, inputs
            )
            click.echo(f"Archived as {kept.release_id} in {archive_at} ({kept.files} files)")
        sys.exit(result.decision.exit_code)


def _probe_options(
    probe: bool, active: bool, ca_bundle: Path | None, no_browser: bool
) -> ProbeOptions | None:
    if not probe:
        if active or ca_bundle or no_browser:
            raise UsageError("--active, --ca-bundle and --no-browser apply only with --probe")
        return None
    if ca_bundle is not None:
        read_ca_bundle(ca_bundle)
    options = ProbeOptions(active=active, ca_bundle=ca_bundle)
    return replace(options, browser=None) if no_browser else options
