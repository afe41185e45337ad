"""The offline advisory index: OSV records imported from osv.dev's per-ecosystem exports
(`<ecosystem>/all.zip`) or folders of OSV JSON/YAML, kept in SQLite.

Import is idempotent and incremental: a record whose `modified` did not change is left alone, a
newer one replaces the old. Each source is imported in one transaction, and imports wait for each
other (SQLite's write lock, up to a time limit): a damaged archive is rolled back whole and
reported; a damaged record is reported by name and left out, never half written. Records are
stored whole; the `affected` rows are indexed by (ecosystem, normalised name) so matching a
lockfile touches only the records of its packages.

Freshness is a property of exports, not of records: an ecosystem's data is as fresh as the last
import that covered it fully (at least COVERAGE of the records the database holds for it), dated
by the newest record of that ecosystem in that export (never later than the import). An import of
a few records refreshes nothing, however new they are. A database without one complete import
counts as no database.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from aiscan.config import AdvisorySettings
from aiscan.deps.ecosystems import base_ecosystem, canonical_listed, normalize_name
from aiscan.errors import AiscanError

SCHEMA_VERSION = "2"
DB_FILENAME = "advisories.sqlite"
MAX_RECORD_BYTES = 8 * 1024 * 1024  # the largest real OSV record is a few hundred KiB
MAX_ARCHIVE_MEMBERS = 2_000_000
MAX_ARCHIVE_BYTES = 8 * 1024 * 1024 * 1024  # uncompressed; the largest real export is ~1 GiB
RECORD_SUFFIXES = (".json", ".yaml", ".yml")
_ZERO_TIME = "0001-01-01T00:00:00Z"
# An import refreshes an ecosystem when it holds at least this share of the records the database
# then holds for it: a full export does, a handful of records does not.
COVERAGE = 0.9
LOCK_WAIT_S = 600.0  # how long an import waits for another one to finish
READ_WAIT_S = 60.0  # how long a scan waits for an import's commit

IMPORT_HINT = (
    "import OSV exports with `aiscan db import <ECOSYSTEM>-all.zip ...` "
    "(downloaded from osv.dev's per-ecosystem all.zip), or name an export in the operator's "
    "configuration ([advisories] sources)"
)


class AdvisoryDbError(AiscanError):
    """The advisory database or a source cannot be used."""

    exit_code = 3


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vulns (
    id TEXT PRIMARY KEY,
    modified TEXT NOT NULL,
    published TEXT,
    withdrawn TEXT,
    summary TEXT NOT NULL,
    aliases TEXT NOT NULL,      -- JSON list
    severity TEXT NOT NULL,     -- JSON list of {type, score}
    ecosystems TEXT NOT NULL,   -- JSON list of the ecosystems it affects
    informational TEXT,         -- RustSec's 'unmaintained' / 'unsound' / 'notice'
    record TEXT NOT NULL        -- the record as imported (JSON)
);
CREATE TABLE IF NOT EXISTS affected (
    vuln_id TEXT NOT NULL REFERENCES vulns(id) ON DELETE CASCADE,
    ecosystem TEXT NOT NULL,    -- the base ecosystem ('Maven', not 'Maven:https://...')
    name TEXT NOT NULL,         -- normalised per ecosystem
    data TEXT NOT NULL          -- JSON {ranges, versions, severity, informational}
);
CREATE INDEX IF NOT EXISTS affected_package ON affected(ecosystem, name);
CREATE INDEX IF NOT EXISTS affected_vuln ON affected(vuln_id);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY,
    imported_at TEXT NOT NULL,
    records INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS refreshes (  -- per ecosystem, the last import that covered it fully
    ecosystem TEXT PRIMARY KEY,
    produced_at TEXT NOT NULL,  -- the newest record of the ecosystem in that export
    imported_at TEXT NOT NULL,
    source TEXT NOT NULL,
    records INTEGER NOT NULL    -- the ecosystem's records in that export
);
"""


def default_database_path() -> Path:
    """The user's data directory (platformdirs): ~/.local/share/aiscan/advisories.sqlite on Linux."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("aiscan", appauthor=False)) / DB_FILENAME


def database_path(explicit: Path | None) -> Path:
    return explicit if explicit is not None else default_database_path()


# --- records -------------------------------------------------------------------------------------


class RecordError(ValueError):
    """An OSV record that does not have the shape the schema requires."""


@dataclass(frozen=True)
class Row:
    id: str
    modified: str
    published: str | None
    withdrawn: str | None
    summary: str
    aliases: tuple[str, ...]
    severity: tuple[Mapping[str, str], ...]
    ecosystems: tuple[str, ...]
    informational: str | None
    record: str
    affected: tuple[tuple[str, str, str], ...]  # (ecosystem, normalised name, data JSON)


def normalize_time(value: Any) -> str:
    """An RFC 3339 timestamp as 'YYYY-MM-DDTHH:MM:SSZ' (UTC), so they sort as text."""
    if isinstance(value, datetime):  # YAML records: safe_load reads unquoted timestamps
        value = value.isoformat()
    if not isinstance(value, str) or not value:
        raise RecordError("missing timestamp")
    text = value.strip().replace("z", "Z")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        u = parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise RecordError(f"invalid timestamp {value[:40]!r}") from None
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def _severity_list(value: Any) -> list[dict[str, str]]:
    out = []
    for s in value if isinstance(value, list) else []:
        if isinstance(s, dict) and isinstance(s.get("type"), str) and isinstance(s.get("score"), str):
            out.append({"type": s["type"], "score": s["score"]})
    return out


def _list(value: Any, what: str) -> list[Any]:
    """An optional list field: absent or null is empty; anything but a list is a RecordError."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f"{what} is not a list")
    return value


def _optional_time(record: Mapping[str, Any], key: str) -> str | None:
    return normalize_time(record[key]) if record.get(key) else None


def _ranges(item: Mapping[str, Any]) -> list[dict[str, Any]]:
    ranges = []
    for r in _list(item.get("ranges"), "'ranges'"):
        if not isinstance(r, dict) or not isinstance(r.get("events"), list):
            raise RecordError("a range has no 'events' list")
        events = []
        for e in r["events"]:
            if not isinstance(e, dict) or len(e) != 1:
                raise RecordError("a range event must have exactly one of introduced/fixed/...")
            ((kind, version),) = e.items()
            if kind not in ("introduced", "fixed", "last_affected", "limit") or not isinstance(version, str):
                raise RecordError(f"unknown range event {str(kind)[:40]!r}")
            events.append([kind, version])
        kind = r.get("type", "")
        if not isinstance(kind, str):
            raise RecordError("a range 'type' is not a string")
        ranges.append({"type": kind, "events": events})
    return ranges


def row_from_record(record: Any) -> Row:
    """Validate one OSV record and turn it into what the index stores. Pure. Any shape the
    schema does not allow is a RecordError naming the field."""
    if not isinstance(record, dict):
        raise RecordError("not a JSON object")
    vid = record.get("id")
    if not isinstance(vid, str) or not vid.strip():
        raise RecordError("no 'id'")
    modified = normalize_time(record.get("modified"))
    published = _optional_time(record, "published")
    withdrawn = _optional_time(record, "withdrawn")
    aliases = _list(record.get("aliases"), "'aliases'")
    if not all(isinstance(a, str) for a in aliases):
        raise RecordError("'aliases' is not a list of strings")
    affected_rows = []
    ecosystems = []
    informational = None
    for item in _list(record.get("affected"), "'affected'"):
        if not isinstance(item, dict):
            raise RecordError("an 'affected' entry is not an object")
        package = item.get("package")
        if not isinstance(package, dict):
            continue  # a record about a git repository only: nothing to match by package
        eco, name = package.get("ecosystem"), package.get("name")
        if not isinstance(eco, str) or not isinstance(name, str):
            raise RecordError("an 'affected' package lacks 'ecosystem' or 'name'")
        ranges = _ranges(item)
        versions = _list(item.get("versions"), "'versions'")
        if not all(isinstance(v, str) for v in versions):
            raise RecordError("'versions' is not a list of strings")
        db_specific = item.get("database_specific")
        info = db_specific.get("informational") if isinstance(db_specific, dict) else None
        if isinstance(info, str) and info:
            informational = info
        base = base_ecosystem(eco)
        data = {
            "ranges": ranges,
            # the listed versions in the form matching compares them (PEP 440 normal form, Go
            # without 'v'); the versions as written stay in the stored record
            "listed": sorted({canonical_listed(base, v) for v in versions}),
            "severity": _severity_list(item.get("severity")),
            "ecosystem": eco,
        }
        ecosystems.append(base)
        affected_rows.append((base, normalize_name(base, name), json.dumps(data, separators=(",", ":"))))
    summary = record.get("summary") or ""
    if not isinstance(summary, str):
        raise RecordError("'summary' is not a string")
    if not summary and isinstance(record.get("details"), str):
        summary = short_summary(record["details"])
    try:
        stored = json.dumps(record, separators=(",", ":"), ensure_ascii=False, default=_json_default)
    except (TypeError, ValueError, RecursionError) as exc:
        raise RecordError(f"cannot be stored as JSON: {exc}") from None
    return Row(
        id=vid.strip(),
        modified=modified,
        published=published,
        withdrawn=withdrawn,
        summary=summary.strip(),
        aliases=tuple(a.strip() for a in aliases),
        severity=tuple(_severity_list(record.get("severity"))),
        ecosystems=tuple(dict.fromkeys(ecosystems)),
        informational=informational,
        record=stored,
        affected=tuple(affected_rows),
    )


def _json_default(value: Any) -> str:
    """YAML records carry dates as date/datetime objects; store them as ISO text."""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise TypeError(f"{type(value).__name__} is not JSON")


def short_summary(details: str, limit: int = 160) -> str:
    """A one-line summary from a record's details: its first sentence, shortened at a word."""
    first = details.strip().split("\n", 1)[0].strip()
    cut = first.find(". ")
    if 0 < cut < limit:
        return first[: cut + 1]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader without anchors and aliases: no OSV record needs them, and an alias
    bomb ("billion laughs") would otherwise grow to gigabytes once the record is stored."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases are not allowed in an advisory record", None
            )
        return super().compose_node(parent, index)


def load_yaml_record(text: str) -> Any:
    """One YAML document as plain data, refusing aliases (see _NoAliasLoader)."""
    loader = _NoAliasLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def parse_record_bytes(name: str, data: bytes) -> Any:
    """The record in a member's bytes; RecordError for anything that is not one JSON or YAML
    document of sane depth."""
    try:
        if name.endswith((".yaml", ".yml")):
            try:
                return load_yaml_record(data.decode("utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise RecordError(f"not valid YAML: {str(exc).splitlines()[0]}") from None
        try:
            return json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise RecordError(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise RecordError("nested too deeply") from None


def printable(name: str, limit: int = 200) -> str:
    """A member or file name fit for a one-line message: control characters and undecodable
    bytes escaped, long names shortened."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- reading sources -----------------------------------------------------------------------------


class Member(NamedTuple):
    """One record file of a source: its name and bytes, or why they could not be read."""

    name: str
    data: bytes
    problem: str | None = None


def is_export(path: Path) -> bool:
    """A folder of records or a zip archive: what `import_source` reads."""
    return path.is_dir() or (path.is_file() and zipfile.is_zipfile(path))


def iter_source(path: Path) -> Iterator[Member]:
    """Every OSV record file in a zip export or a folder. Raises AdvisoryDbError for a source
    that cannot be read as a whole (not an export, a damaged archive)."""
    if path.is_dir():
        yield from _iter_folder(path)
        return
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise AdvisoryDbError(f"{path}: not a readable zip archive: {exc}") from exc
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise AdvisoryDbError(f"{path}: {len(infos)} members, more than an OSV export holds")
        if sum(i.file_size for i in infos) > MAX_ARCHIVE_BYTES:
            raise AdvisoryDbError(f"{path}: unpacks to more than {MAX_ARCHIVE_BYTES >> 30} GiB")
        for info in infos:
            name = info.filename
            if not name.endswith(RECORD_SUFFIXES) or name.startswith("/") or ".." in name.split("/"):
                continue  # nothing is extracted to disk; odd names are simply not records
            if info.file_size > MAX_RECORD_BYTES:
                yield Member(name, b"", _TOO_LARGE)
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(MAX_RECORD_BYTES + 1)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                raise AdvisoryDbError(f"{path}: damaged archive at {printable(name)}: {exc}") from exc
            yield Member(name, data, _TOO_LARGE if len(data) > MAX_RECORD_BYTES else None)


_TOO_LARGE = f"larger than {MAX_RECORD_BYTES >> 20} MiB"


def _iter_folder(path: Path) -> Iterator[Member]:
    for file in sorted(path.rglob("*")):
        if file.suffix not in RECORD_SUFFIXES or file.is_symlink() or not file.is_file():
            continue
        name = str(file.relative_to(path))
        try:
            if file.stat().st_size > MAX_RECORD_BYTES:
                yield Member(name, b"", _TOO_LARGE)
                continue
            yield Member(name, file.read_bytes())
        except OSError as exc:
            yield Member(name, b"", f"cannot read: {exc.strerror}")


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


# --- the database --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refresh:
    """What one import did to an ecosystem's age: `produced_at` is set when it refreshed it."""

    ecosystem: str
    records: int  # the ecosystem's records in the export
    held: int  # the ecosystem's records in the database after the import
    produced_at: str | None


@dataclass
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (member, reason)
    error: str | None = None  # the whole source was rolled back
    duration_s: float = 0.0
    refreshes: list[Refresh] = field(default_factory=list)

    @property
    def records(self) -> int:
        return self.added + self.updated + self.unchanged


@contextmanager
def sqlite_errors(label: str) -> Iterator[None]:
    """SQLite's errors (a locked, damaged or foreign file) as one-line AdvisoryDbErrors."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise AdvisoryDbError(
                f"{label}: another import is writing the advisory database; gave up waiting",
                "run the imports one after the other, or try again when the other one has finished",
            ) from None
        raise AdvisoryDbError(f"{label}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise AdvisoryDbError(f"{label}: not a usable advisory database: {exc}") from None


def connect(path: Path | str, *, readonly: bool = False, wait_s: float = LOCK_WAIT_S) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit). Writers wait up to `wait_s`
    for each other's lock, readers up to READ_WAIT_S for a commit."""
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=READ_WAIT_S)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    with sqlite_errors(str(path)):
        conn = sqlite3.connect(path, check_same_thread=False, timeout=wait_s, isolation_level=None)
        # the default rollback journal: a database copied to a read-only place still opens
        conn.execute("PRAGMA journal_mode=DELETE" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(SCHEMA)
        conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    return conn


def check_schema(conn: sqlite3.Connection, label: str) -> None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise AdvisoryDbError(f"{label}: not an aiscan advisory database: {exc}") from exc
    if row is None or row[0] != SCHEMA_VERSION:
        raise AdvisoryDbError(
            f"{label}: advisory database schema {row[0] if row else '?'} (expected {SCHEMA_VERSION}); "
            "re-import the exports into a new file"
        )


def has_complete_import(conn: sqlite3.Connection) -> bool:
    """Whether any import committed records. A database without one (a first import that failed
    or found no record) is no advisory database at all."""
    return conn.execute("SELECT 1 FROM sources WHERE records > 0 LIMIT 1").fetchone() is not None


class _ExportEcosystems:
    """Per ecosystem, the records an export holds and the newest real date among them."""

    def __init__(self, cap: str) -> None:
        self.cap = cap
        self.ids: dict[str, set[str]] = {}
        self.newest: dict[str, str] = {}

    def add(self, row: Row) -> None:
        dated = [t for t in (row.modified, row.published) if t and _ZERO_TIME < t <= self.cap]
        for eco in row.ecosystems:
            self.ids.setdefault(eco, set()).add(row.id)
            if dated and max(dated) > self.newest.get(eco, ""):
                self.newest[eco] = max(dated)


def import_source(conn: sqlite3.Connection, path: Path, *, now: datetime | None = None) -> ImportReport:
    """Import one zip export or folder in one transaction. Waits for another import's write lock
    (the connection's timeout); raises AdvisoryDbError when it cannot get it."""
    started = time.monotonic()
    stamp = _stamp(now or datetime.now(UTC))
    report = ImportReport(str(path))
    with sqlite_errors(str(path)):
        conn.execute("BEGIN IMMEDIATE")
    try:
        existing = dict(conn.execute("SELECT id, modified FROM vulns").fetchall())
        export = _ExportEcosystems(cap=stamp)
        for member in iter_source(path):
            try:
                if member.problem or not member.data:
                    raise RecordError(member.problem or "empty file")
                row = row_from_record(parse_record_bytes(member.name, member.data))
            except RecordError as exc:
                report.rejected.append((printable(member.name), str(exc)))
                continue
            export.add(row)
            prior = existing.get(row.id)
            if prior is not None and prior >= row.modified:
                report.unchanged += 1
                continue
            _write_row(conn, row)
            existing[row.id] = row.modified
            if prior is None:
                report.added += 1
            else:
                report.updated += 1
        source = str(path.resolve())
        conn.execute(
            "INSERT OR REPLACE INTO sources(source, imported_at, records) VALUES (?, ?, ?)",
            (source, stamp, report.records),
        )
        report.refreshes = _record_refreshes(conn, export, stamp, source)
        conn.execute("COMMIT")
    except AdvisoryDbError as exc:
        conn.execute("ROLLBACK")
        report.error = exc.message
        report.added = report.updated = report.unchanged = 0
        report.refreshes = []
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    report.duration_s = time.monotonic() - started
    return report


def _record_refreshes(
    conn: sqlite3.Connection, export: _ExportEcosystems, imported_at: str, source: str
) -> list[Refresh]:
    """Date the ecosystems this export covers fully (COVERAGE of what the database holds)."""
    out = []
    for eco, ids in sorted(export.ids.items()):
        (held,) = conn.execute(
            "SELECT COUNT(DISTINCT vuln_id) FROM affected WHERE ecosystem = ?", (eco,)
        ).fetchone()
        produced = export.newest.get(eco)
        if produced is None or len(ids) < COVERAGE * held:
            out.append(Refresh(eco, len(ids), held, None))
            continue
        conn.execute(
            "INSERT INTO refreshes(ecosystem, produced_at, imported_at, source, records) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(ecosystem) DO UPDATE SET produced_at = excluded.produced_at, "
            "imported_at = excluded.imported_at, source = excluded.source, records = excluded.records "
            "WHERE excluded.produced_at >= refreshes.produced_at",
            (eco, produced, imported_at, source, len(ids)),
        )
        out.append(Refresh(eco, len(ids), held, produced))
    return out


def _write_row(conn: sqlite3.Connection, row: Row) -> None:
    conn.execute("DELETE FROM affected WHERE vuln_id = ?", (row.id,))
    conn.execute(
        "INSERT OR REPLACE INTO vulns(id, modified, published, withdrawn, summary, aliases, severity, "
        "ecosystems, informational, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.id,
            row.modified,
            row.published,
            row.withdrawn,
            row.summary,
            json.dumps(list(row.aliases)),
            json.dumps(list(row.severity)),
            json.dumps(list(row.ecosystems)),
            row.informational,
            row.record,
        ),
    )
    conn.executemany(
        "INSERT INTO affected(vuln_id, ecosystem, name, data) VALUES (?, ?, ?, ?)",
        [(row.id, eco, name, data) for eco, name, data in row.affected],
    )


@dataclass(frozen=True)
class EcosystemStatus:
    ecosystem: str
    records: int  # not withdrawn
    withdrawn: int
    newest_modified: str | None  # the newest real `modified` (zero and future dates left out)
    newest_published: str | None
    future_dated: int = 0  # records whose `modified` lies in the future (a data error, ignored)
    produced_at: str | None = None  # the last export that covered the ecosystem fully: its date
    imported_at: str | None = None  # ... and when it was imported

    @property
    def freshness(self) -> str | None:
        """The date the data is known to be current to: that of the last full export of the
        ecosystem (its newest record, never later than its import). None without one: an
        ecosystem known only from partial imports has no known age."""
        return self.produced_at


def _stamp(moment: datetime) -> str:
    return normalize_time(moment.astimezone(UTC).isoformat())


def ecosystem_status(conn: sqlite3.Connection, now: datetime | None = None) -> list[EcosystemStatus]:
    cap = _stamp((now or datetime.now(UTC)) + timedelta(days=1))
    rows = conn.execute(
        """
        SELECT a.ecosystem,
               COUNT(DISTINCT CASE WHEN v.withdrawn IS NULL THEN v.id END),
               COUNT(DISTINCT CASE WHEN v.withdrawn IS NOT NULL THEN v.id END),
               MAX(CASE WHEN v.modified > :zero AND v.modified <= :cap THEN v.modified END),
               MAX(CASE WHEN v.published > :zero AND v.published <= :cap THEN v.published END),
               COUNT(DISTINCT CASE WHEN v.modified > :cap THEN v.id END),
               r.produced_at, r.imported_at
        FROM affected a JOIN vulns v ON v.id = a.vuln_id
        LEFT JOIN refreshes r ON r.ecosystem = a.ecosystem
        GROUP BY a.ecosystem ORDER BY a.ecosystem
        """,
        {"zero": _ZERO_TIME, "cap": cap},
    ).fetchall()
    return [EcosystemStatus(*r) for r in rows]


def source_status(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    return [
        tuple(r) for r in conn.execute("SELECT source, imported_at, records FROM sources ORDER BY source")
    ]


# --- the index used by a scan --------------------------------------------------------------------


@dataclass(frozen=True)
class AffectedRecord:
    """One record's `affected` entry for a package, with the record's own facts."""

    id: str
    aliases: tuple[str, ...]
    summary: str
    modified: str
    published: str | None
    severity: tuple[Mapping[str, str], ...]  # the record's and the entry's
    ranges: tuple[Mapping[str, Any], ...]
    versions: frozenset[str]
    informational: str | None
    listed: frozenset[str] | None = None  # `versions` in canonical form, when the index has it


_CHUNK = 500  # names per query, well under SQLite's limit on bound parameters
_LOOKUP_SQL = (
    "SELECT a.name, v.id, v.aliases, v.summary, v.modified, v.published, v.severity, a.data, "
    "v.informational FROM affected a JOIN vulns v ON v.id = a.vuln_id "
    "WHERE a.ecosystem = ? AND a.name IN ({marks}) AND v.withdrawn IS NULL"
)


class AdvisoryIndex:
    """One or more advisory databases read together (the imported index and any sources named
    by the project). Thread-safe for reads."""

    def __init__(self, connections: list[tuple[str, sqlite3.Connection]]) -> None:
        self.connections = connections
        self._status: list[EcosystemStatus] | None = None

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.connections]

    def lookup(self, ecosystem: str, name: str) -> list[AffectedRecord]:
        eco = base_ecosystem(ecosystem)
        return self.lookup_many(eco, [name]).get(normalize_name(eco, name), [])

    def lookup_many(self, ecosystem: str, names: Iterable[str]) -> dict[str, list[AffectedRecord]]:
        """The live records of many packages of one ecosystem, by normalised name, in a few
        queries (one per chunk of names and database)."""
        eco = base_ecosystem(ecosystem)
        keys = sorted({normalize_name(eco, n) for n in names})
        found: dict[str, dict[str, AffectedRecord]] = {}
        for _, conn in self.connections:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                # only '?' placeholders are interpolated; every value is a bound parameter
                sql = _LOOKUP_SQL.replace("{marks}", ",".join("?" * len(chunk)))
                rows = conn.execute(
                    sql,
                    (eco, *chunk),
                ).fetchall()
                for key, vid, aliases, summary, modified, published, severity, data, info in rows:
                    entry = json.loads(data)
                    listed = frozenset(entry.get("listed") or ())
                    rec = AffectedRecord(
                        id=vid,
                        aliases=tuple(json.loads(aliases)),
                        summary=summary,
                        modified=modified,
                        published=published,
                        severity=tuple(json.loads(severity)) + tuple(entry.get("severity") or ()),
                        ranges=tuple(entry.get("ranges") or ()),
                        versions=listed,
                        informational=info,
                        listed=listed,
                    )
                    bucket = found.setdefault(key, {})
                    prior = bucket.get(f"{vid}\0{data}")
                    if prior is None or prior.modified < rec.modified:
                        bucket[f"{vid}\0{data}"] = rec
        return {key: list(bucket.values()) for key, bucket in found.items()}

    def record(self, vuln_id: str) -> dict[str, Any] | None:
        for _, conn in self.connections:
            row = conn.execute("SELECT record FROM vulns WHERE id = ?", (vuln_id,)).fetchone()
            if row:
                return dict(json.loads(row[0]))
        return None

    def find_by_alias(self, identifier: str) -> list[str]:
        """IDs of records whose ID or aliases include `identifier`."""
        found: list[str] = []
        for _, conn in self.connections:
            for (vid,) in conn.execute(
                "SELECT id FROM vulns WHERE id = ? OR aliases LIKE ?", (identifier, f'%"{identifier}"%')
            ):
                found.append(vid)
        return sorted(set(found))

    def status(self, now: datetime | None = None) -> list[EcosystemStatus]:
        """Per ecosystem, the databases' counts added up. Its age is that of the freshest full
        export among the databases that hold most of its records (COVERAGE of the largest): a
        small source of fresh records beside a stale database does not make it fresh."""
        if self._status is None:
            per_eco: dict[str, list[EcosystemStatus]] = {}
            for _, conn in self.connections:
                for s in ecosystem_status(conn, now):
                    per_eco.setdefault(s.ecosystem, []).append(s)
            self._status = [_merged(parts) for _, parts in sorted(per_eco.items())]
        return self._status

    def close(self) -> None:
        for _, conn in self.connections:
            conn.close()


def _merged(parts: list[EcosystemStatus]) -> EcosystemStatus:
    largest = max(p.records + p.withdrawn for p in parts)
    full = [p for p in parts if p.produced_at and p.records + p.withdrawn >= COVERAGE * largest]
    freshest = max(full, key=lambda p: p.produced_at or "", default=None)
    return EcosystemStatus(
        parts[0].ecosystem,
        sum(p.records for p in parts),
        sum(p.withdrawn for p in parts),
        max(filter(None, (p.newest_modified for p in parts)), default=None),
        max(filter(None, (p.newest_published for p in parts)), default=None),
        sum(p.future_dated for p in parts),
        freshest.produced_at if freshest else None,
        freshest.imported_at if freshest else None,
    )


def open_index(settings: AdvisorySettings) -> tuple[AdvisoryIndex | None, list[str]]:
    """The advisory data a scan uses: the imported database (the configured one, else the
    default) if it exists, plus every source the project names (database files are opened
    read-only; zip exports and folders are imported into memory). Returns (None, notes) when there
    is no advisory data at all. Raises AdvisoryDbError for a named source that cannot be used."""
    notes: list[str] = []
    connections: list[tuple[str, sqlite3.Connection]] = []
    db = database_path(settings.database)
    if db.is_file():
        with sqlite_errors(str(db)):
            conn = connect(db, readonly=True)
            check_schema(conn, str(db))
            if has_complete_import(conn):
                connections.append((str(db), conn))
            else:
                conn.close()
                notes.append(f"advisory database {db} holds no complete import")
    elif settings.database is not None:
        notes.append(f"advisory database {db} does not exist")
    memory: sqlite3.Connection | None = None
    for source in settings.sources:
        if not source.exists():
            raise AdvisoryDbError(f"advisory source {source} (named in the configuration) does not exist")
        if source.is_file() and is_sqlite(source):
            with sqlite_errors(str(source)):
                conn = connect(source, readonly=True)
                check_schema(conn, str(source))
                if not has_complete_import(conn):
                    raise AdvisoryDbError(f"advisory source {source} holds no complete import")
            connections.append((str(source), conn))
            continue
        if memory is None:
            memory = connect(":memory:")
            connections.append(("configured sources", memory))
        report = import_source(memory, source)
        if report.error:
            raise AdvisoryDbError(f"advisory source {source}: {report.error}")
        if report.rejected:
            member, reason = report.rejected[0]
            notes.append(f"{source}: {len(report.rejected)} record(s) rejected, e.g. {member}: {reason}")
        if not report.records:
            raise AdvisoryDbError(f"advisory source {source} holds no usable OSV record")
    if not connections:
        return None, notes
    return AdvisoryIndex(connections), notes
