"""The `aiscan db` and `aiscan sbom` commands, and the SBOM a scan writes with `--sbom`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from aiscan import __version__
from aiscan.config import Overrides, ScanConfig, advisory_db_from_env
from aiscan.deps import osvdb
from aiscan.errors import UsageError
from aiscan.models import Finding, ScanResult
from aiscan.report.outputs import write_text

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def register(cli: click.Group, handle_errors: Decorator) -> None:
    """Add `db import`, `db status` and `sbom` to the command line."""

    @cli.group("db")
    def db_group() -> None:
        """The offline advisory database (OSV exports)."""

    @db_group.command("import")
    @click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Database file (default: $AISCAN_ADVISORY_DB, else the user's data directory).",
    )
    @click.option(
        "--wait",
        "wait_s",
        type=click.FloatRange(min=0),
        default=osvdb.LOCK_WAIT_S,
        show_default=True,
        help="Seconds to wait for another import of the same database to finish.",
    )
    @handle_errors
    def db_import(sources: tuple[Path, ...], db_path: Path | None, wait_s: float) -> None:
        """Import OSV exports: osv.dev's per-ecosystem all.zip files or folders of OSV
        JSON/YAML records. Re-importing a newer export updates the changed records."""
        for s in sources:
            if not s.exists():
                raise UsageError(f"{s}: no such file or directory")
        exports = [s for s in sources if osvdb.is_export(s)]
        for s in sources:
            if s not in exports:
                click.echo(f"{s}: NOT IMPORTED: not an OSV export (a zip archive or a folder)", err=True)
        if not exports:  # nothing to import: the database is left as it was (or not created)
            sys.exit(3)
        path = osvdb.database_path(db_path or advisory_db_from_env())
        with osvdb.sqlite_errors(str(path)):
            conn = osvdb.connect(path, wait_s=wait_s)
            try:
                osvdb.check_schema(conn, str(path))
                failed = len(exports) < len(sources)
                for source in exports:
                    failed = _import_one(conn, source) or failed
                _print_status(conn, path)
            finally:
                conn.close()
        if failed:
            sys.exit(3)

    @db_group.command("status")
    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), help="Database file.")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @handle_errors
    def db_status(db_path: Path | None, fmt: str) -> None:
        """Show, per ecosystem, how many advisories the database holds and how fresh they are."""
        path = osvdb.database_path(db_path or advisory_db_from_env())
        if not path.is_file():
            raise osvdb.AdvisoryDbError(f"no advisory database at {path}", osvdb.IMPORT_HINT)
        with osvdb.sqlite_errors(str(path)):
            conn = osvdb.connect(path, readonly=True)
            try:
                osvdb.check_schema(conn, str(path))
                if not osvdb.has_complete_import(conn):
                    raise osvdb.AdvisoryDbError(
                        f"no advisory database at {path}: it holds no complete import", osvdb.IMPORT_HINT
                    )
                if fmt == "json":
                    click.echo(json.dumps(status_dict(conn, path), indent=2))
                else:
                    _print_status(conn, path)
            finally:
                conn.close()

    @cli.command("sbom")
    @click.argument("path", type=click.Path(path_type=Path))
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write it here.")
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["json", "xml"]),
        default=None,
        help="Default: from the file name, else json.",
    )
    @click.option(
        "--advisory-db", type=click.Path(dir_okay=False, path_type=Path), help="Advisory database file."
    )
    @click.option(
        "--no-vulnerabilities", is_flag=True, help="Components and graph only, no advisory matching."
    )
    @click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="The operator's configuration file (as for `aiscan scan`).",
    )
    @handle_errors
    def sbom_command(
        path: Path,
        output: Path | None,
        fmt: str | None,
        advisory_db: Path | None,
        no_vulnerabilities: bool,
        config_file: Path | None,
    ) -> None:
        """Write a CycloneDX 1.6 SBOM of PATH: components, licences, dependency graph and the
        known vulnerabilities found offline."""
        from aiscan.cli import load_config
        from aiscan.deps.sbom import format_for

        if not path.is_dir():
            raise UsageError(f"{path}: not a directory")
        config = load_config(path, Overrides(advisory_db=advisory_db, config_file=config_file))
        chosen = format_for(str(output or ""), fmt)
        findings: list[Finding] | None = None if not no_vulnerabilities else []
        text, warnings = render_sbom(config, findings, chosen, commit=_commit(config.root))
        for w in warnings:
            click.echo(f"aiscan: warning: {w}", err=True)
        if output is None:
            click.echo(text)
        else:
            write_text(output, text)
            click.echo(f"SBOM written to {output}", err=True)


def _import_one(conn: Any, source: Path) -> bool:
    """Import one export and say what it did, a line per rejected record. True if anything
    was left out."""
    report = osvdb.import_source(conn, source)
    if report.error:
        click.echo(f"{source}: NOT IMPORTED (rolled back): {report.error}", err=True)
        return True
    click.echo(
        f"{source}: {report.records} records ({report.added} new, "
        f"{report.updated} updated, {report.unchanged} unchanged), "
        f"{len(report.rejected)} rejected, {report.duration_s:.1f} s"
    )
    for r in report.refreshes:
        if r.produced_at:
            click.echo(f"  {r.ecosystem}: full export ({r.records} records), current to {r.produced_at[:10]}")
        else:
            click.echo(
                f"  {r.ecosystem}: partial ({r.records} of the {r.held} records held): "
                "the ecosystem's age is unchanged"
            )
    for member, reason in report.rejected[:20]:
        click.echo(f"  rejected {member}: {reason}", err=True)
    if len(report.rejected) > 20:
        click.echo(f"  ... and {len(report.rejected) - 20} more rejected", err=True)
    return bool(report.rejected) or not report.records


def status_dict(conn: Any, path: Path, now: datetime | None = None) -> dict[str, Any]:
    from aiscan.deps.audit import age_days

    now = now or datetime.now(UTC)
    return {
        "database": str(path),
        "ecosystems": [
            {
                "ecosystem": s.ecosystem,
                "records": s.records,
                "withdrawn": s.withdrawn,
                "newest_modified": s.newest_modified,
                "newest_published": s.newest_published,
                "full_export_of": s.produced_at,
                "full_export_imported_at": s.imported_at,
                "age_days": age_days(s, now),
                "future_dated": s.future_dated,
            }
            for s in osvdb.ecosystem_status(conn, now)
        ],
        "imports": [
            {"source": src, "imported_at": when, "records": n} for src, when, n in osvdb.source_status(conn)
        ],
    }


def _print_status(conn: Any, path: Path) -> None:
    data = status_dict(conn, path)
    size = path.stat().st_size / 1e6 if path.is_file() else 0
    click.echo(f"Advisory database: {path} ({size:.1f} MB)")
    click.echo(f"  {'Ecosystem':<12} {'Records':>8} {'Withdrawn':>10}  {'Last full export':<21} {'Age':>9}")
    for e in data["ecosystems"]:
        newest = e["full_export_of"] or "none (partial imports only)"
        age = f"{e['age_days']} days" if e["age_days"] is not None else "unknown"
        extra = f"  ({e['future_dated']} future-dated ignored)" if e["future_dated"] else ""
        click.echo(
            f"  {e['ecosystem']:<12} {e['records']:>8} {e['withdrawn']:>10}  {newest:<21} {age:>9}{extra}"
        )
    if not data["ecosystems"]:
        click.echo("  (empty)")
    for imp in data["imports"]:
        click.echo(f"  imported {imp['imported_at']}: {imp['source']} ({imp['records']} records)")


def _commit(root: Path) -> str | None:
    from aiscan.repository import head_commit

    return head_commit(root)


def render_sbom(
    config: ScanConfig, findings: list[Finding] | None, fmt: str, *, commit: str | None
) -> tuple[str, list[str]]:
    """The SBOM of the tree `config` names. With `findings` None, the vulnerabilities are matched
    here from the offline advisory data (if any); otherwise the given findings are used."""
    from aiscan.deps.audit import audit, discover, load_manifests, root_reader
    from aiscan.deps.sbom import build_bom, serialize
    from aiscan.inventory import build_inventory

    inventory = build_inventory(config.root, exclude=config.exclude)
    manifests, gaps = load_manifests(discover(inventory), root_reader(config.root))
    warnings = [f"{g.path}: {g.reason}" for g in gaps]
    if findings is None:
        findings = []
        try:
            index, notes = osvdb.open_index(config.advisories)
        except osvdb.AdvisoryDbError as exc:
            index, notes = None, [exc.message]
        warnings += notes
        if index is None:
            warnings.append("no advisory data: the SBOM lists components without vulnerabilities")
        else:
            try:
                result = audit(manifests, index)
                findings = result.findings
                warnings += [f"{g.path}: {g.reason}" for g in result.gaps]
            finally:
                index.close()
    bom = build_bom(
        manifests,
        findings,
        name=config.root.name,
        commit=commit,
        tool_version=__version__,
        timestamp=datetime.now(UTC),
    )
    return serialize(bom, fmt), warnings


def write_scan_sbom(config: ScanConfig, result: ScanResult, output: Path) -> None:
    """The SBOM beside a scan's report, with the vulnerabilities that scan found."""
    from aiscan.deps.sbom import format_for

    deps = [f for f in result.findings if f.analyzer == "deps"]
    text, _ = render_sbom(config, deps, format_for(str(output)), commit=result.commit)
    write_text(output, text)
