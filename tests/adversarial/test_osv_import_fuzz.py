"""The OSV import under malformed and hostile input: every record is either imported or skipped
with a one-line message naming it, the rest of the export imports, and nothing raises. Also the
freshness rule (per full export, on the real exports) and imports that run at the same time."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import tracemalloc
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan.config import AdvisorySettings
from aiscan.deps import osvdb

# The real OSV exports, in the shared folder beside the checkout.
SHARED = Path(__file__).resolve().parents[3] / "shared" / "advisories" / "osv"
EXPORTS = SHARED if (SHARED / "crates.io-all.zip").is_file() else None
needs_exports = pytest.mark.skipif(EXPORTS is None, reason="the shared OSV exports are not on this machine")
NOW = datetime(2026, 12, 1, tzinfo=UTC)
AISCAN = Path(sys.executable).parent / "aiscan"


def _aiscan(*args: str) -> subprocess.CompletedProcess[str]:
    """The console script, in a process of its own."""
    return subprocess.run([str(AISCAN), *args], capture_output=True, text=True, check=False)


FUZZ = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# --- records -------------------------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
timestamps = st.sampled_from(
    ["2026-01-01T00:00:00Z", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "not a date", ""]
)
events = st.lists(
    st.dictionaries(st.sampled_from(["introduced", "fixed", "last_affected", "limit", "x"]), json_scalars)
    | json_values,
    max_size=3,
)
ranges = st.lists(st.fixed_dictionaries({"type": json_scalars, "events": events}) | json_values, max_size=3)
package = st.fixed_dictionaries(
    {"ecosystem": st.sampled_from(["PyPI", "Go", "crates.io", "npm", "Maven:x"]) | json_scalars},
    optional={"name": st.text(max_size=20) | json_scalars},
)
affected_entry = st.fixed_dictionaries(
    {},
    optional={
        "package": package | json_values,
        "ranges": ranges | json_values,
        "versions": st.lists(st.text(max_size=10), max_size=3) | json_values,
        "database_specific": json_values,
        "severity": json_values,
    },
)
records = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=12) | json_scalars, "modified": timestamps | json_scalars},
    optional={
        "published": timestamps | json_values,
        "withdrawn": timestamps | json_values,
        "aliases": st.lists(st.text(max_size=8), max_size=2) | json_values,
        "summary": json_values,
        "details": json_values,
        "severity": json_values,
        "affected": st.lists(affected_entry | json_values, max_size=3) | json_values,
    },
)


@FUZZ
@given(records | json_values)
def test_any_record_is_a_row_or_a_record_error(record: Any) -> None:
    try:
        row = osvdb.row_from_record(record)
    except osvdb.RecordError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(row, osvdb.Row) and json.loads(row.record) is not None


@settings(FUZZ, max_examples=200)
@given(st.lists(records | json_values, min_size=1, max_size=6), st.binary(max_size=64))
def test_an_export_imports_every_good_record_and_names_every_bad_one(
    tmp_path_factory: pytest.TempPathFactory, batch: list[Any], junk: bytes
) -> None:
    folder = tmp_path_factory.mktemp("export")
    good = {"id": "PYSEC-GOOD-1", "modified": "2026-01-01T00:00:00Z", "affected": []}
    members = {f"r{i}.json": json.dumps(r).encode() for i, r in enumerate(batch)}
    members["good.json"] = json.dumps(good).encode()
    members["junk.json"] = junk
    members["junk.yaml"] = junk
    archive = folder / "all.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    conn = osvdb.connect(":memory:")
    report = osvdb.import_source(conn, archive, now=NOW)
    assert report.error is None
    assert report.added + report.updated + report.unchanged + len(report.rejected) == len(members)
    assert conn.execute("SELECT 1 FROM vulns WHERE id = 'PYSEC-GOOD-1'").fetchone() is not None
    assert all("\n" not in f"{name}: {why}" for name, why in report.rejected)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"id": "X-1", "modified": "2026-01-01T00:00:00Z", "affected": true}', "'affected' is not a list"),
        (
            b'{"id": "X-2", "modified": "2026-01-01T00:00:00Z", '
            b'"affected": [{"package": {"ecosystem": "PyPI", "name": "x"}, "ranges": 5}]}',
            "'ranges' is not a list",
        ),
        (b'{"id": "X-3", "modified": "0001-01-01T00:00:00+05:00"}', "invalid timestamp"),
        (b'{"id": "X-4", "modified": "2026-01-01T00:00:00Z", "summary": ["x"]}', "'summary'"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"\xff\xfe{}", "not valid JSON"),
    ],
)
def test_each_malformed_record_is_skipped_by_name_and_the_rest_imports(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "BAD-1.json").write_bytes(data)
    (folder / "GOOD-1.json").write_text(json.dumps({"id": "GOOD-1", "modified": "2026-01-01T00:00:00Z"}))
    db = tmp_path / "db.sqlite"
    result = _aiscan("db", "import", "--db", str(db), str(folder))
    assert "Traceback" not in result.stderr
    assert result.returncode == 3  # something was left out: said so, and the exit code shows it
    (line,) = [x for x in result.stderr.splitlines() if "rejected BAD-1.json" in x]
    assert reason in line
    assert "1 records (1 new" in result.stdout


def _billion_laughs(levels: int = 12) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "id: BOMB-1\nmodified: 2026-01-01T00:00:00Z\n" + "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "BOMB-1.yaml").write_text(_billion_laughs())
    (folder / "OK-1.yaml").write_text("id: OK-1\nmodified: 2026-01-01T00:00:00Z\n")
    tracemalloc.start()
    try:
        index, notes = osvdb.open_index(AdvisorySettings(sources=(folder,), database=tmp_path / "none"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024  # unrefused, the record expands to 10^12 strings
    assert index is not None
    index.close()
    assert "BOMB-1.yaml: not valid YAML: YAML aliases are not allowed" in " ".join(notes)


# --- the database as a whole ---------------------------------------------------------------------


def test_importing_something_that_is_no_export_leaves_no_database(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    readme = tmp_path / "README.md"
    readme.write_text("# not advisories\n")
    result = _aiscan("db", "import", "--db", str(db), str(readme))
    assert (
        result.returncode == 3 and "not an OSV export" in result.stderr and "Traceback" not in result.stderr
    )
    assert not db.exists()


def test_a_database_without_a_complete_import_is_no_database(tmp_path: Path) -> None:
    """A first import that was rolled back leaves a file with the schema and nothing else: scans
    treat it as no database (p20 NOT_ASSESSED, exit 3), `db status` says so."""
    db = tmp_path / "db.sqlite"
    damaged = tmp_path / "PyPI-all.zip"
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("A.json", json.dumps({"id": "A", "modified": "2026-01-01T00:00:00Z"}) * 50)
    raw = bytearray(damaged.read_bytes())
    raw[40:60] = b"\0" * 20  # inside the compressed data: the archive opens, the member does not
    damaged.write_bytes(bytes(raw))
    result = _aiscan("db", "import", "--db", str(db), str(damaged))
    assert result.returncode == 3 and "NOT IMPORTED" in result.stderr, result.stderr
    assert db.exists()
    index, notes = osvdb.open_index(AdvisorySettings(database=db))
    assert index is None and notes == [f"advisory database {db} holds no complete import"]
    status = _aiscan("db", "status", "--db", str(db))
    assert status.returncode == 3 and "holds no complete import" in status.stderr


def _records_of(export: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(export) as zf:
        return [json.loads(zf.read(n)) for n in sorted(zf.namelist()) if n.endswith(".json")]


def _zip(path: Path, records: list[dict[str, Any]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for r in records:
            zf.writestr(f"{r['id']}.json", json.dumps(r))
    return path


@needs_exports
def test_freshness_is_that_of_the_last_full_export_not_of_the_newest_record(tmp_path: Path) -> None:
    assert EXPORTS is not None
    export = EXPORTS / "crates.io-all.zip"
    real = _records_of(export)
    conn = osvdb.connect(tmp_path / "db.sqlite")
    report = osvdb.import_source(conn, export, now=NOW)
    (refresh,) = report.refreshes
    newest = max(osvdb.normalize_time(r["modified"]) for r in real)
    assert refresh.produced_at == newest and refresh.records == len(real)

    def status() -> osvdb.EcosystemStatus:
        (s,) = osvdb.ecosystem_status(conn, NOW)
        return s

    assert status().freshness == newest
    # one freshly dated record (or a handful) does not make a stale database fresh
    fresh = dict(real[0], modified="2026-11-30T00:00:00Z")
    few = [fresh] + [dict(r, modified="2026-11-30T00:00:00Z") for r in real[1:50]]
    report = osvdb.import_source(conn, _zip(tmp_path / "few.zip", few), now=NOW)
    assert report.added == 0 and report.updated == 50
    assert report.refreshes[0].produced_at is None and status().freshness == newest
    # nor does a partial export of more than half of the ecosystem
    half = [dict(r, modified="2026-11-30T12:00:00Z") for r in real[: len(real) * 2 // 3]]
    osvdb.import_source(conn, _zip(tmp_path / "half.zip", half), now=NOW)
    assert status().freshness == newest
    # a full export (a few records fewer, as upstream removals leave it) refreshes the ecosystem
    full = [dict(r, modified="2026-11-30T18:00:00Z") for r in real[: int(len(real) * 0.95)]]
    report = osvdb.import_source(conn, _zip(tmp_path / "full.zip", full), now=NOW)
    assert report.refreshes[0].produced_at == "2026-11-30T18:00:00Z"
    assert status().freshness == "2026-11-30T18:00:00Z"
    # future dates do not count, and an older full export does not move the age back
    ahead = [dict(r, modified="2027-06-01T00:00:00Z") for r in real]
    report = osvdb.import_source(conn, _zip(tmp_path / "ahead.zip", ahead), now=NOW)
    assert report.refreshes[0].produced_at == max(osvdb.normalize_time(r["published"]) for r in real)
    assert status().freshness == "2026-11-30T18:00:00Z"
    conn.close()


@needs_exports
def test_a_small_fresh_source_beside_a_stale_database_does_not_make_it_fresh(tmp_path: Path) -> None:
    assert EXPORTS is not None
    export = EXPORTS / "crates.io-all.zip"
    db = tmp_path / "db.sqlite"
    conn = osvdb.connect(db)
    osvdb.import_source(conn, export, now=NOW)
    conn.close()
    newest = max(osvdb.normalize_time(r["modified"]) for r in _records_of(export))
    folder = tmp_path / "extra"
    folder.mkdir()
    fresh = dict(_records_of(export)[0], id="RUSTSEC-9999-0001", modified="2026-11-30T00:00:00Z")
    (folder / "RUSTSEC-9999-0001.json").write_text(json.dumps(fresh))
    index, _ = osvdb.open_index(AdvisorySettings(sources=(folder,), database=db))
    assert index is not None
    (status,) = index.status(NOW)
    index.close()
    assert status.freshness == newest and status.records + status.withdrawn == 1207


@needs_exports
def test_two_imports_at_once_wait_for_each_other_and_lose_nothing(tmp_path: Path) -> None:
    assert EXPORTS is not None
    db = tmp_path / "db.sqlite"
    procs = [
        subprocess.Popen(
            [str(AISCAN), "db", "import", "--db", str(db), str(EXPORTS / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Go-all.zip", "crates.io-all.zip")
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err
    conn = osvdb.connect(db, readonly=True)
    ecosystems = {s.ecosystem: s for s in osvdb.ecosystem_status(conn)}
    assert set(ecosystems) == {"Go", "crates.io"}
    assert all(s.freshness is not None for s in ecosystems.values())
    assert len(osvdb.source_status(conn)) == 2
    conn.close()


def test_an_import_that_cannot_get_the_lock_says_so_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "A-1.json").write_text(json.dumps({"id": "A-1", "modified": "2026-01-01T00:00:00Z"}))
    osvdb.connect(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another import, mid-transaction
    try:
        result = _aiscan("db", "import", "--db", str(db), "--wait", "0.2", str(folder))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 3 and "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("aiscan: error:")]
    assert "another import is writing the advisory database" in line
    result = _aiscan("db", "import", "--db", str(db), str(folder))
    assert result.returncode == 0, result.stderr  # once the other has finished, it goes through


@needs_exports
@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_a_real_export_with_damaged_records_imports_the_rest(
    tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    assert EXPORTS is not None
    real = _records_of(EXPORTS / "crates.io-all.zip")[:120]
    rng = random.Random(seed)
    broken = 0
    for r in real:
        if rng.random() < 0.3:
            field = rng.choice(["affected", "aliases", "modified", "summary", "published"])
            r[field] = rng.choice([True, 5, {"x": 1}, "x", [None]])
            broken += 1
    conn = osvdb.connect(":memory:")
    report = osvdb.import_source(conn, _zip(tmp_path_factory.mktemp("real") / "all.zip", real), now=NOW)
    assert report.error is None and report.records + len(report.rejected) == len(real)
    assert len(report.rejected) <= broken
