"""`aiscan archive init|put|verify|mark-live|prune|list|show|get|find`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click
import platformdirs

from aiscan.archive.archive import Archive, get_release
from aiscan.archive.bundle import RESULT_KINDS, ResultFile
from aiscan.archive.dates import DEFAULT_MARGIN_DAYS, parse_day, today
from aiscan.archive.keys import fingerprint
from aiscan.errors import UsageError, one_line

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def default_key() -> Path:
    return Path(platformdirs.user_config_dir("aiscan")) / "archive-signing.key"


def checkpoint_for(key: Path, given: Path | None) -> Path:
    return given or key.with_name(key.name + ".checkpoint")


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError:
        raise click.BadParameter(f"{value!r}: not a date (YYYY-MM-DD)") from None


ARCHIVE = click.option(
    "--archive",
    "location",
    envvar="AISCAN_ARCHIVE",
    required=True,
    help="The archive: a folder, or s3://bucket/prefix ($AISCAN_ARCHIVE).",
)
KEY = click.option(
    "--key",
    "key_path",
    envvar="AISCAN_ARCHIVE_KEY",
    type=click.Path(dir_okay=False, path_type=Path),
    default=default_key,
    show_default="the user's config folder",
    help="The private signing key, kept outside the archive ($AISCAN_ARCHIVE_KEY).",
)
CHECKPOINT = click.option(
    "--checkpoint",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="AISCAN_ARCHIVE_CHECKPOINT",
    help="The signed checkpoint of the log's head kept outside the archive (default: beside the key).",
)
IDENTITY = click.option(
    "--identity",
    "identities",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="An age identity file that decrypts the bundles (repeatable).",
)


def _echo_lines(lines: list[str]) -> None:
    for line in lines:
        click.echo(one_line(line))


def register(cli: click.Group, handle_errors: Decorator) -> None:
    """Add the `archive` command group to the command line."""

    @cli.group("archive")
    def archive_group() -> None:
        """The 3-year retention archive of released versions and their test results (p22, p32, p37)."""

    @archive_group.command("init")
    @ARCHIVE
    @KEY
    @CHECKPOINT
    @click.option(
        "--recipient",
        "recipients",
        multiple=True,
        help="An age recipient (age1...) bundles are encrypted to.",
    )
    @click.option(
        "--plaintext", is_flag=True, help="Do not encrypt the bundles (an archive the MFO alone holds)."
    )
    @click.option(
        "--margin-days",
        type=click.IntRange(min=0),
        default=DEFAULT_MARGIN_DAYS,
        show_default=True,
        help="Days kept beyond three years after a version was replaced.",
    )
    @handle_errors
    def init_command(
        location: str,
        key_path: Path,
        checkpoint: Path | None,
        recipients: tuple[str, ...],
        plaintext: bool,
        margin_days: int,
    ) -> None:
        """Create an archive and its signing key (written to --key, mode 0600)."""
        archive = Archive.create(
            location,
            key_path,
            list(recipients),
            plaintext=plaintext,
            margin_days=margin_days,
            checkpoint=checkpoint_for(key_path, checkpoint),
        )
        click.echo(f"archive created: {archive.store.location}")
        click.echo(
            f"signing key: {key_path} ({fingerprint(archive.public_text)}); keep it outside the archive"
        )
        click.echo(f"checkpoint: {checkpoint_for(key_path, checkpoint)}; keep a copy outside the archive")

    @archive_group.command("put")
    @ARCHIVE
    @KEY
    @CHECKPOINT
    @click.option(
        "--report",
        "report_path",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="The release scan's JSON report.",
    )
    @click.option(
        "--file",
        "extra",
        multiple=True,
        metavar="KIND=PATH",
        help=f"Another result file; KIND is one of {', '.join(RESULT_KINDS)} (repeatable).",
    )
    @click.option("--ais", help="The AIS name when the report names no release.")
    @click.option("--organisation", help="The organisation when the report names no release.")
    @handle_errors
    def put_command(
        location: str,
        key_path: Path,
        checkpoint: Path | None,
        report_path: Path,
        extra: tuple[str, ...],
        ais: str | None,
        organisation: str | None,
    ) -> None:
        """Archive a release: its sources at their commits and its results."""
        from aiscan.archive.report_input import (
            identity_from_report,
            load_report,
            tools_from_report,
            verdict_from_report,
        )

        files = [ResultFile("report", report_path)]
        for spec in extra:
            kind, sep, path = spec.partition("=")
            if not sep or kind not in RESULT_KINDS or not path:
                raise UsageError(
                    f"--file {spec}: expected KIND=PATH with KIND one of {', '.join(RESULT_KINDS)}"
                )
            files.append(ResultFile(kind, Path(path)))
        report = load_report(report_path)
        identity = identity_from_report(report, report_path, ais, organisation)
        archive = Archive.open(location)
        outcome = archive.put(
            identity,
            files,
            key_path,
            checkpoint_for(key_path, checkpoint),
            tools_from_report(report),
            verdict_from_report(report),
        )
        _echo_lines(outcome.notes)
        click.echo(
            f"archived {outcome.release_id}: {outcome.files} files, {outcome.plain_bytes} bytes "
            f"-> {outcome.bundle} ({outcome.stored_bytes} bytes)"
        )

    @archive_group.command("mark-live")
    @ARCHIVE
    @KEY
    @CHECKPOINT
    @click.argument("release_id")
    @click.option("--date", "day", callback=_day, help="The day (YYYY-MM-DD; default today).")
    @click.option(
        "--replaced", is_flag=True, help="Record that the release was taken out of operation that day."
    )
    @handle_errors
    def mark_live_command(
        location: str,
        key_path: Path,
        checkpoint: Path | None,
        release_id: str,
        day: date | None,
        replaced: bool,
    ) -> None:
        """Record the day RELEASE_ID went into operation (the release it replaced is marked
        replaced that day), or with --replaced the day it left operation."""
        archive = Archive.open(location)
        _echo_lines(
            archive.mark(
                release_id, day or today(), key_path, checkpoint_for(key_path, checkpoint), replaced=replaced
            )
        )

    @archive_group.command("prune")
    @ARCHIVE
    @KEY
    @CHECKPOINT
    @click.argument("release_ids", nargs=-1)
    @click.option("--dry-run", is_flag=True, help="Only say what would be pruned.")
    @handle_errors
    def prune_command(
        location: str, key_path: Path, checkpoint: Path | None, release_ids: tuple[str, ...], dry_run: bool
    ) -> None:
        """Delete the bundles past retention (three years after replacement plus the margin).
        Naming a release still retained is refused. The log keeps every entry."""
        archive = Archive.open(location)
        said = archive.prune(
            list(release_ids), key_path, checkpoint_for(key_path, checkpoint), dry_run=dry_run
        )
        _echo_lines(said or ["nothing is past retention"])

    @archive_group.command("verify")
    @ARCHIVE
    @CHECKPOINT
    @click.option(
        "--key",
        "key_path",
        envvar="AISCAN_ARCHIVE_KEY",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default_key,
        help="Where the signing key is (its checkpoint is read beside it).",
    )
    @click.option("--deep", is_flag=True, help="Also decrypt every bundle and re-hash every file.")
    @IDENTITY
    @handle_errors
    def verify_command(
        location: str, checkpoint: Path | None, key_path: Path, deep: bool, identities: tuple[Path, ...]
    ) -> None:
        """Check the log's chain and signatures, every bundle's bytes, and the tail against the
        checkpoint. Exit 0 when nothing was changed, 1 when something was."""
        from aiscan.archive.verify import verify

        archive = Archive.open(location)
        if deep and archive.encrypted and not identities:
            raise UsageError("--deep on an encrypted archive needs --identity")
        given = checkpoint_for(key_path, checkpoint)
        result = verify(
            archive, given if checkpoint or given.exists() else None, list(identities) if deep else None
        )
        click.echo(
            f"{archive.store.location}: {result.entries} log entries, {result.bundles} bundles checked"
            + (" (deep: decrypted and re-hashed)" if deep else " (stored bytes)")
        )
        _echo_lines([f"NOTE: {n}" for n in result.notes])
        _echo_lines([f"TAMPERED: {p}" for p in result.problems])
        click.echo("verified: nothing changed" if result.ok else f"FAILED: {len(result.problems)} problem(s)")
        sys.exit(0 if result.ok else 1)

    @archive_group.command("list")
    @ARCHIVE
    @handle_errors
    def list_command(location: str) -> None:
        """Every archived release with its operation dates and retention."""
        archive = Archive.open(location)
        for r in sorted(archive.releases().values(), key=lambda r: (r.archived_on, r.release_id)):
            until = r.retain_until(archive.margin_days)
            state = "pruned" if r.pruned else f"kept until {until}" if until else "kept (in operation)"
            click.echo(
                one_line(
                    f"{r.release_id}  archived {r.archived_on}  live {r.live_from or '-'}  "
                    f"replaced {r.replaced_on or '-'}  {state}"
                )
            )

    @archive_group.command("show")
    @ARCHIVE
    @click.argument("release_id")
    @handle_errors
    def show_command(location: str, release_id: str) -> None:
        """A release: its components and commits, results, dates and log entries."""
        archive = Archive.open(location)
        r = archive.release(release_id)
        p = r.put
        lines = [f"release {r.release_id} (AIS {r.ais}, {p.get('organisation') or '-'})"]
        for c in p.get("components", []):
            lines.append(
                f"  component {c.get('id')}: {c.get('repository') or '-'} {c.get('commit')} "
                f"{c.get('version') or ''}"
            )
        lines.append(
            f"  bundle {p.get('bundle')} sha256 {p.get('bundle_sha256')} ({p.get('bundle_size')} bytes, "
            f"{'encrypted' if p.get('encrypted') else 'not encrypted'}, {p.get('files')} files)"
        )
        lines.append(f"  verdict {p.get('verdict') or '-'}")
        until = r.retain_until(archive.margin_days)
        lines.append(
            f"  live from {r.live_from or '-'}, replaced {r.replaced_on or '-'}, "
            f"{'pruned' if r.pruned else f'kept until {until}' if until else 'kept while in operation'}"
        )
        lines.extend(f"  {e}" for e in r.events)
        _echo_lines(lines)

    @archive_group.command("get")
    @ARCHIVE
    @click.argument("release_id")
    @click.option(
        "--dest",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="An empty or new folder to restore into.",
    )
    @IDENTITY
    @handle_errors
    def get_command(location: str, release_id: str, dest: Path, identities: tuple[Path, ...]) -> None:
        """Restore a release's sources (sources/<commit>/) and results (results/<kind>/) into DEST,
        each file checked against the manifest."""
        archive = Archive.open(location)
        _echo_lines(get_release(archive, release_id, dest, list(identities)))
        click.echo(f"restored {release_id} into {dest}")

    @archive_group.command("find")
    @ARCHIVE
    @click.option("--date", "day", required=True, callback=_day, help="The day (YYYY-MM-DD).")
    @handle_errors
    def find_command(location: str, day: date) -> None:
        """What was in operation on a day. Exit 1 when nothing was."""
        archive = Archive.open(location)
        live = archive.find(day)
        for r in live:
            commits = ", ".join(
                f"{c.get('id')}@{str(c.get('commit'))[:12]}" for c in r.put.get("components", [])
            )
            click.echo(one_line(f"{r.release_id}  live {r.live_from} to {r.replaced_on or 'now'}  {commits}"))
        if not live:
            click.echo(f"no archived release was in operation on {day}")
            sys.exit(1)
