"""The advisory index: import of OSV exports, idempotence, updates, damage, status, sources."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aiscan.config import AdvisorySettings
from aiscan.deps import osvdb
from tests.conftest import FIXTURES

NOW = datetime(2026, 11, 22, tzinfo=UTC)
DEMO_ADVISORIES = FIXTURES / "mfo-demo" / "advisories"


def record(vid: str, modified: str = "2026-01-01T00:00:00Z", **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": vid,
        "modified": modified,
        "published": "2025-06-01T00:00:00Z",
        "aliases": [],
        "summary": f"summary of {vid}",
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": "Demo_Pkg"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]}],
            }
        ],
    }
    base.update(extra)
    return base


def write_zip(path: Path, records: list[dict[str, Any]], extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for r in records:
            zf.writestr(f"{r['id']}.json", json.dumps(r))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def ids(conn: Any) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM vulns ORDER BY id")]


def test_import_zip_then_lookup_by_normalised_name(tmp_path: Path) -> None:
    conn = osvdb.connect(tmp_path / "db.sqlite")
    report = osvdb.import_source(
        conn, write_zip(tmp_path / "PyPI-all.zip", [record("PYSEC-1"), record("PYSEC-2")])
    )
    assert (report.added, report.updated, report.unchanged, report.rejected, report.error) == (
        2,
        0,
        0,
        [],
        None,
    )
    index = osvdb.AdvisoryIndex([("db", conn)])
    assert {r.id for r in index.lookup("PyPI", "demo-pkg")} == {"PYSEC-1", "PYSEC-2"}
    assert {r.id for r in index.lookup("PyPI", "DEMO.PKG")} == {"PYSEC-1", "PYSEC-2"}
    assert index.lookup("npm", "demo-pkg") == []


def test_import_is_idempotent_and_incremental(tmp_path: Path) -> None:
    conn = osvdb.connect(tmp_path / "db.sqlite")
    first = write_zip(tmp_path / "a.zip", [record("PYSEC-1"), record("PYSEC-2")])
    osvdb.import_source(conn, first)
    again = osvdb.import_source(conn, first)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert ids(conn) == ["PYSEC-1", "PYSEC-2"]

    changed = record("PYSEC-2", modified="2026-03-01T00:00:00Z", summary="now fixed in 3.0")
    changed["affected"][0]["ranges"][0]["events"][1] = {"fixed": "3.0"}
    newer = write_zip(tmp_path / "b.zip", [record("PYSEC-1"), changed, record("PYSEC-3")])
    report = osvdb.import_source(conn, newer)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
    index = osvdb.AdvisoryIndex([("db", conn)])
    updated = next(r for r in index.lookup("PyPI", "demo-pkg") if r.id == "PYSEC-2")
    assert updated.summary == "now fixed in 3.0"
    assert updated.ranges[0]["events"][1] == ["fixed", "3.0"]
    # the old affected rows are replaced, not duplicated
    assert conn.execute("SELECT COUNT(*) FROM affected WHERE vuln_id = 'PYSEC-2'").fetchone()[0] == 1
    # an older export does not roll a record back
    report = osvdb.import_source(conn, first)
    assert report.updated == 0 and report.unchanged == 2


def test_withdrawn_records_are_kept_but_never_matched(tmp_path: Path) -> None:
    conn = osvdb.connect(tmp_path / "db.sqlite")
    gone = record("PYSEC-9", withdrawn="2026-02-01T00:00:00Z")
    osvdb.import_source(conn, write_zip(tmp_path / "a.zip", [record("PYSEC-1"), gone]))
    index = osvdb.AdvisoryIndex([("db", conn)])
    assert [r.id for r in index.lookup("PyPI", "demo-pkg")] == ["PYSEC-1"]
    status = osvdb.ecosystem_status(conn, NOW)
    assert (status[0].records, status[0].withdrawn) == (1, 1)


def test_damaged_zip_is_rolled_back_whole(tmp_path: Path) -> None:
    conn = osvdb.connect(tmp_path / "db.sqlite")
    good = write_zip(tmp_path / "good.zip", [record(f"PYSEC-{i}") for i in range(30)])
    data = bytearray(good.read_bytes())
    # corrupt the compressed bytes of a member in the middle: its CRC check fails on reading
    offset = data.find(b"PYSEC-15.json") + 60
    data[offset : offset + 20] = b"\x00" * 20
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    report = osvdb.import_source(conn, damaged)
    assert report.error and "damaged" in report.error
    assert report.records == 0
    assert ids(conn) == []  # nothing half-imported
    assert conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 0


def test_truncated_or_non_zip_file_is_reported(tmp_path: Path) -> None:
    conn = osvdb.connect(tmp_path / "db.sqlite")
    good = write_zip(tmp_path / "good.zip", [record("PYSEC-1")])
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:-30])
    assert osvdb.import_source(conn, truncated).error
    assert ids(conn) == []


def test_damaged_records_are_rejected_by_name_and_the_rest_imported(tmp_path: Path) -> None:
    conn = osvdb.connect(tmp_path / "db.sqlite")
    bad_event = record("PYSEC-3")
    bad_event["affected"][0]["ranges"][0]["events"] = [{"introduced": "0", "fixed": "1.0"}]
    source = write_zip(
        tmp_path / "a.zip",
        [record("PYSEC-1"), bad_event, record("PYSEC-4", modified="yesterday")],
        extra={"PYSEC-2.json": b"{not json", "README.txt": b"not a record"},
    )
    report = osvdb.import_source(conn, source)
    rejected = dict(report.rejected)
    assert set(rejected) == {"PYSEC-2.json", "PYSEC-3.json", "PYSEC-4.json"}
    assert "JSON" in rejected["PYSEC-2.json"] and "timestamp" in rejected["PYSEC-4.json"]
    assert ids(conn) == ["PYSEC-1"]
    assert conn.execute("SELECT COUNT(*) FROM affected WHERE vuln_id = 'PYSEC-3'").fetchone()[0] == 0


def test_folder_of_json_and_yaml_records(tmp_path: Path) -> None:
    folder = tmp_path / "osv"
    (folder / "sub").mkdir(parents=True)
    (folder / "PYSEC-1.json").write_text(json.dumps(record("PYSEC-1")))
    (folder / "sub" / "PYSEC-2.yaml").write_text(
        """
id: PYSEC-2
modified: 2026-02-01T10:00:00.123456Z
published: 2025-01-01T00:00:00Z
details: A long description. With more sentences.
affected:
  - package: {ecosystem: PyPI, name: demo-pkg}
    versions: ["1.0", "1.1"]
"""
    )
    conn = osvdb.connect(":memory:")
    report = osvdb.import_source(conn, folder)
    assert report.added == 2 and not report.rejected
    row = conn.execute("SELECT modified, summary FROM vulns WHERE id = 'PYSEC-2'").fetchone()
    assert row == ("2026-02-01T10:00:00Z", "A long description.")


def test_status_freshness_ignores_zero_and_future_dates(tmp_path: Path) -> None:
    conn = osvdb.connect(":memory:")
    go = {
        "id": "GO-2026-1",
        "modified": "0001-01-01T00:00:00Z",
        "published": "0001-01-01T00:00:00Z",
        "affected": [{"package": {"ecosystem": "Go", "name": "example.com/m"}, "ranges": []}],
    }
    go_dated = {**go, "id": "GO-2022-1", "published": "2022-12-14T18:06:02Z"}
    typo = record("PYSEC-8", modified="2027-07-09T15:54:00Z")
    osvdb.import_source(conn, write_zip(tmp_path / "a.zip", [go, go_dated, record("PYSEC-1"), typo]))
    status = {s.ecosystem: s for s in osvdb.ecosystem_status(conn, NOW)}
    assert status["Go"].newest_modified is None
    assert status["Go"].freshness == "2022-12-14T18:06:02Z"
    assert status["PyPI"].newest_modified == "2026-01-01T00:00:00Z"
    assert status["PyPI"].future_dated == 1


def test_real_records_from_the_demo_snapshot_import_unchanged() -> None:
    conn = osvdb.connect(":memory:")
    report = osvdb.import_source(conn, DEMO_ADVISORIES)
    assert report.rejected == [] and report.added >= 100
    status = {s.ecosystem for s in osvdb.ecosystem_status(conn, NOW)}
    assert status == {"PyPI", "Go", "crates.io"}


def test_open_index_combines_database_and_project_sources(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    conn = osvdb.connect(db)
    osvdb.import_source(conn, write_zip(tmp_path / "a.zip", [record("PYSEC-1")]))
    conn.close()
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "PYSEC-7.json").write_text(json.dumps(record("PYSEC-7")))
    index, notes = osvdb.open_index(AdvisorySettings(sources=(folder,), database=db))
    assert index is not None and notes == []
    assert {r.id for r in index.lookup("PyPI", "demo-pkg")} == {"PYSEC-1", "PYSEC-7"}
    index.close()
    # a database file can itself be a source
    index, _ = osvdb.open_index(AdvisorySettings(sources=(db,), database=tmp_path / "missing.sqlite"))
    assert index is not None and [r.id for r in index.lookup("PyPI", "demo-pkg")] == ["PYSEC-1"]
    index.close()


def test_open_index_without_any_data_and_with_a_missing_source(tmp_path: Path) -> None:
    index, notes = osvdb.open_index(AdvisorySettings(database=tmp_path / "none.sqlite"))
    assert index is None and "does not exist" in notes[0]
    with pytest.raises(osvdb.AdvisoryDbError, match="does not exist"):
        osvdb.open_index(AdvisorySettings(sources=(tmp_path / "nope",), database=tmp_path / "none.sqlite"))


def test_a_file_that_is_not_our_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(osvdb.AdvisoryDbError, match="not an aiscan advisory database"):
        osvdb.open_index(AdvisorySettings(database=other))
