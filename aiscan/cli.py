"""The command line: parse options, build the configuration, call one function, print, exit.

Exit codes: 0 release allowed, 1 release blocked, 2 usage or configuration error,
3 the scan could not complete (see aiscan.gate), 130 and 143 interrupted by SIGINT or SIGTERM.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from aiscan import __version__, children
from aiscan.analyzers import all_analyzers
from aiscan.analyzers.secrets import SecretsAnalyzer
from aiscan.archive.commands import register as register_archive_commands
from aiscan.baseline_create import create_baseline
from aiscan.cli_options import (
    ADVISORY_DB_OPTION,
    ATTESTATIONS_OPTION,
    CONFIG_OPTION,
    EXCLUDE_OPTION,
    FAIL_ON_OPTION,
    FORMAT_OPTION,
    LANG_OPTION,
    ONLINE_OPTION,
    OUTPUT_OPTION,
    REPORTS_OPTION,
    SEQUENTIAL_OPTION,
)
from aiscan.compliance.catalogue import Catalogue, load_catalogue
from aiscan.config import (
    SCAN_KINDS,
    Overrides,
    ScanConfig,
    resolve_scan_config,
    tool_paths_from_env,
)
from aiscan.deps.commands import register as register_dependency_commands
from aiscan.deps.commands import write_scan_sbom
from aiscan.errors import AiscanError, Interrupted, one_line
from aiscan.gate import EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_USAGE
from aiscan.models import AnalyzerRun, Component, ScanResult, Severity
from aiscan.pipeline import Progress as ProgressCallback
from aiscan.pipeline import scan
from aiscan.probes.commands import register as register_probe_commands
from aiscan.release.commands import register as register_release_command
from aiscan.report.emit import check_binary_output, emit_report
from aiscan.report.outputs import (
    check_writable,
    parse_report_specs,
    write_reports,
)
from aiscan.sast.scan import coverage_report
from aiscan.scope import scan_kind_for
from aiscan.secrets.allowlist import DEFAULT_ALLOWLIST, load_allowlist
from aiscan.secrets.staged import staged_paths

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn aiscan's errors into one line on stderr and their exit code; no traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AiscanError as exc:
            click.echo(f"aiscan: error: {exc.diagnostics()}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="aiscan", message="%(prog)s %(version)s")
def cli() -> None:
    """aiscan: may this release of an MFO's online-lending system go live?

    Scans source code, dependencies and secrets, maps every finding onto chapter 3 of the
    Rules for providing microcredits electronically, and gates the release.
    """


@cli.command("scan")
@click.argument("path", type=click.Path(path_type=Path))
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@FORMAT_OPTION
@OUTPUT_OPTION
@LANG_OPTION
@REPORTS_OPTION
@click.option(
    "-c",
    "--component",
    "components",
    multiple=True,
    type=click.Choice([c.value for c in Component]),
    help="AIS components in scope (repeatable). Default: detected from the tree.",
)
@FAIL_ON_OPTION
@click.option(
    "--kind",
    "scan_kind",
    type=click.Choice(SCAN_KINDS),
    default=None,
    help="What the scan gates: a release blocks on NOT_ASSESSED requirements too. "
    "Default: merge with --diff-base, pre-commit with FILES, else release.",
)
@click.option(
    "--diff-base",
    metavar="REF",
    help="Limit SAST and secret detection to the files changed since REF (merge requests).",
)
@click.option(
    "--waivers",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Waivers file (default: aiscan-waivers.yaml in PATH, if present).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Baseline file for merge and pre-commit scans (default: aiscan-baseline.yaml in PATH, if present).",
)
@CONFIG_OPTION
@ATTESTATIONS_OPTION
@EXCLUDE_OPTION
@SEQUENTIAL_OPTION
@click.option(
    "--sbom",
    "sbom_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a CycloneDX 1.6 SBOM here (.json or .xml).",
)
@ADVISORY_DB_OPTION
@ONLINE_OPTION
@handle_errors
def scan_command(
    path: Path,
    files: tuple[str, ...],
    fmt: str,
    output: Path | None,
    lang: str | None,
    reports: tuple[str, ...],
    components: tuple[str, ...],
    fail_on: str | None,
    scan_kind: str | None,
    diff_base: str | None,
    waivers: Path | None,
    baseline: Path | None,
    config_file: Path | None,
    attestations: Path | None,
    exclude: tuple[str, ...],
    sequential: bool,
    sbom_file: Path | None,
    advisory_db: Path | None,
    online: bool | None,
) -> None:
    """Scan PATH and decide whether the release may go live.

    FILES (optional) limit SAST and secret detection to those files, as a pre-commit hook passes
    them; such a scan gates a commit, never a release.
    """
    overrides = Overrides(
        scan_kind=scan_kind_for(scan_kind, diff_base, files),
        fail_on=Severity.parse(fail_on) if fail_on else None,
        components=tuple(Component(c) for c in components),
        exclude=exclude,
        attestations=attestations,
        config_file=config_file,
        waivers=waivers,
        baseline=baseline,
        diff_base=diff_base,
        files=files,
        advisory_db=advisory_db,
        online=online,
    )
    specs = parse_report_specs(reports)
    check_writable(output, sbom_file)  # refused now rather than after the scan
    check_binary_output(fmt, output)
    config = load_config(path, overrides)
    catalogue = load_catalogue()
    with _progress_display() as progress:
        result = scan(config, catalogue=catalogue, parallel=not sequential, progress=progress)
    write_reports(result, catalogue, specs, lang or config.report_lang)
    if sbom_file is not None:
        write_scan_sbom(config, result, sbom_file)
        click.echo(f"SBOM written to {sbom_file}", err=True)
    written = tuple(str(s.path) for s in specs)
    _report_and_exit(result, catalogue, fmt, output, lang or config.report_lang, written)


def load_config(path: Path, overrides: Overrides) -> ScanConfig:
    """The scan's configuration; each setting of the tree's own file that was ignored is a
    warning on stderr (and a note in every report)."""
    config = resolve_scan_config(path, overrides)
    for line in config.ignored_settings:
        click.echo(f"aiscan: warning: {line}", err=True)
    return config


def _report_and_exit(
    result: ScanResult,
    catalogue: Catalogue,
    fmt: str,
    output: Path | None,
    lang: str,
    written: tuple[str, ...] = (),
) -> None:
    emit_report(result, catalogue, fmt, output, lang, written)
    sys.exit(result.decision.exit_code)


@cli.group("baseline")
def baseline_group() -> None:
    """Record the findings a project already has, so merge and pre-commit scans fail only on new ones."""


@baseline_group.command("create")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write it (default: the configured baseline, else aiscan-baseline.yaml in PATH).",
)
@CONFIG_OPTION
@click.option(
    "--waivers",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Waivers file; waived findings are not recorded (default: aiscan-waivers.yaml in PATH).",
)
@EXCLUDE_OPTION
@handle_errors
def baseline_create_command(
    path: Path, output: Path | None, config_file: Path | None, waivers: Path | None, exclude: tuple[str, ...]
) -> None:
    """Scan PATH and write its current findings as the baseline (deterministic, no timestamps)."""
    overrides = Overrides(config_file=config_file, waivers=waivers, exclude=exclude)
    config = load_config(path, overrides)
    with _progress_display() as progress:
        created = create_baseline(config, output, progress=progress)
    waived = f" ({created.waived} waived or suppressed finding(s) not recorded)" if created.waived else ""
    click.echo(f"Baseline written to {created.path}: {created.entries} finding(s){waived}")


@cli.command("secrets")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--history", "scope", flag_value="history", help="Scan every blob of the git history (all refs)."
)
@click.option("--staged", "scope", flag_value="staged", help="Scan only the staged changes (for pre-commit).")
@FORMAT_OPTION
@OUTPUT_OPTION
@LANG_OPTION
@click.option(
    "--allowlist",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Accepted findings by fingerprint (default: {DEFAULT_ALLOWLIST} in PATH, if present).",
)
@FAIL_ON_OPTION
@CONFIG_OPTION
@EXCLUDE_OPTION
@handle_errors
def secrets_command(
    path: Path,
    scope: str | None,
    fmt: str,
    output: Path | None,
    lang: str | None,
    allowlist: Path | None,
    fail_on: str | None,
    config_file: Path | None,
    exclude: tuple[str, ...],
) -> None:
    """Find secrets and client personal data in PATH: the working tree, the git history
    (--history) or the staged changes (--staged). Exit codes as for `scan`."""
    scope = scope or "tree"
    check_writable(output)
    check_binary_output(fmt, output)
    entries = load_allowlist(allowlist) if allowlist else None
    overrides = Overrides(
        scan_kind="pre-commit" if scope == "staged" else "release",
        fail_on=Severity.parse(fail_on) if fail_on else None,
        exclude=exclude,
        config_file=config_file,
        only_paths=staged_paths(path) if scope == "staged" and path.is_dir() else None,
    )
    config = load_config(path, overrides)
    catalogue = load_catalogue()
    with _blob_progress(scope == "history") as progress:
        analyzer = SecretsAnalyzer(scope, allowlist=allowlist, allow_entries=entries, progress=progress)
        result = scan(config, analyzers=[analyzer], catalogue=catalogue, parallel=False, assessed_only=True)
    _report_and_exit(result, catalogue, fmt, output, lang or config.report_lang)


@cli.command("requirements")
@click.option("--lang", type=click.Choice(["en", "ru"]), default="en", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def requirements_command(lang: str, fmt: str) -> None:
    """List the chapter-3 requirements aiscan assesses and how."""
    catalogue = load_catalogue()
    if fmt == "json":
        rows = [
            {
                "id": r.id,
                "parent": r.parent,
                "text": r.text(lang),
                "components": list(r.components),
                "assessment": r.assessment,
                "analyzers": [e.analyzer for e in r.evidence],
            }
            for r in catalogue.requirements
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    header = ("ID", "Components", "Assessment", "Analyzers", "Requirement" if lang == "en" else "Требование")
    click.echo(f"{header[0]:<8} {header[1]:<11} {header[2]:<10} {header[3]:<18} {header[4]}")
    for r in catalogue.requirements:
        analyzers = ",".join(e.analyzer for e in r.evidence) or "-"
        text = " ".join(r.text(lang).split())
        click.echo(f"{r.id:<8} {','.join(r.components):<11} {r.assessment:<10} {analyzers:<18} {text}")


@cli.command("coverage")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave these paths out (repeatable).")
@handle_errors
def coverage_command(path: Path | None, fmt: str, exclude: tuple[str, ...]) -> None:
    """Show the rules per language and p19 class: of the ruleset, or for PATH's languages.

    Exits 1 when PATH holds a programming language no rule reads (a scan would fail p19)."""
    text, code = coverage_report(path, exclude, fmt)
    click.echo(text, nl=False)
    sys.exit(code)


@cli.command("version")
@handle_errors
def version_command() -> None:
    """Show aiscan's version and each analyzer's."""
    config = ScanConfig(root=Path.cwd(), tool_paths=tool_paths_from_env())
    click.echo(f"aiscan {__version__}")
    for analyzer in all_analyzers():
        if analyzer.tool == "aiscan":
            continue
        click.echo(f"  {analyzer.name:<10} {analyzer.version(config) or 'not installed'}")


@contextmanager
def _progress_display() -> Iterator[ProgressCallback | None]:
    """A live line per analyzer on stderr, only when stderr is a terminal."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(name: str, event: str, run: AnalyzerRun | None) -> None:
            if event == "start":
                tasks[name] = bar.add_task(f"{name}: running", total=1)
            elif run is not None:
                bar.update(tasks[name], description=f"{name}: {run.status.value}", completed=1)

        yield update


register_dependency_commands(cli, handle_errors)
register_release_command(cli, handle_errors)
register_archive_commands(cli, handle_errors)
register_probe_commands(cli, handle_errors)


@contextmanager
def _blob_progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A bar of blobs scanned on stderr (history scans), only when stderr is a terminal."""
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("history: {task.completed}/{task.total} blobs"),
        BarColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("history", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


INTERRUPT_EXIT_CODES = {signal.SIGINT: EXIT_INTERRUPTED, signal.SIGTERM: EXIT_TERMINATED}


def main() -> None:
    """The console script: one private temporary folder for the run (its own and its tools'
    temporary files), removed at the end; SIGINT and SIGTERM stop every tool and exit at once."""
    try:
        run_tmp = tempfile.mkdtemp(prefix="aiscan-run-")
    except OSError as exc:
        click.echo(f"aiscan: error: no temporary folder ({exc.strerror}); set TMPDIR", err=True)
        sys.exit(EXIT_USAGE)
    tempfile.tempdir = run_tmp  # every temporary file of this process lands in it
    os.environ["TMPDIR"] = run_tmp  # and those of the tools it starts
    for signum in INTERRUPT_EXIT_CODES:
        signal.signal(signum, _interrupt)
    try:
        cli.main(prog_name="aiscan")
    except AiscanError as exc:  # raised outside a command (should not happen, but never a traceback)
        click.echo(f"aiscan: error: {exc.diagnostics()}", err=True)
        sys.exit(EXIT_USAGE)
    except Interrupted as stop:
        _remove(run_tmp)
        print("aiscan: interrupted", file=sys.stderr, flush=True)
        sys.stdout.flush()
        # At once: analyzer threads still unwinding must not delay the exit.
        os._exit(INTERRUPT_EXIT_CODES[signal.Signals(stop.signum)])
    except Exception as exc:  # the last boundary: even a bug is one line, and it cannot pass
        click.echo(f"aiscan: error: internal error: {one_line(f'{type(exc).__name__}: {exc}')}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    finally:
        _remove(run_tmp)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    for other in INTERRUPT_EXIT_CODES:  # a second signal must not cut the cleanup short
        signal.signal(other, signal.SIG_IGN)
    children.stop_all()
    raise Interrupted(signum)


def _remove(folder: str) -> None:
    """Remove the run's temporary folder; a thread may still be writing in it, so retry."""
    for _ in range(5):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.exists(folder):
            return
