"""Lay a CredData sample out under its repositories' own paths, and map findings back to CredData's.

CredData renames every file to `data/<repo_id>/<scope>/<sha256(path)[:8]>.<last suffix>`, so a
rule that reads a file's name or folder (`.env.example`, `docker-compose.yml`, `settings.py`, a test
or documentation folder) never sees the name a scanner sees in the repository. A sample manifest
(benchmarks/creddata/sample_outside*.csv) holds each file's path in its repository: this module
copies `data/<data_path>` to `<tree>/<repo_id>/<source_path>` (the repository id, a hex number,
stands for the repository's folder so that no owner or project name like `examples` is read as a
folder of the project) and turns a finding's path there back into the data path the labels use.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

Hits = set[tuple[str, int, int]]


def manifest_rows(manifests: Iterable[Path]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for manifest in manifests:
        with manifest.open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def real_path(row: dict[str, str]) -> str:
    """`<repo_id>/<source_path>`, refused when the source path could leave its folder."""
    source = PurePosixPath(row["source_path"])
    if source.is_absolute() or not source.parts or any(p in ("", ".", "..") for p in source.parts):
        raise ValueError(f"unsafe source path in the manifest: {row['source_path']!r}")
    if "\\" in row["source_path"] or "/" in row["repo_id"] or row["repo_id"] in ("", ".", ".."):
        raise ValueError(f"unsafe path in the manifest: {row['repo_id']!r} {row['source_path']!r}")
    return f"{row['repo_id']}/{source}"


def lay_out(rows: list[dict[str, str]], data: Path, tree: Path, real: bool = True) -> dict[str, str]:
    """Copy each present data file to its real path under `tree` (a new, empty folder), or to its
    data path when not `real` (the same files under CredData's names); return {path under tree:
    data path}. Two data files for one path are an error."""
    data_path_of: dict[str, str] = {}
    for row in rows:
        source = data / row["data_path"]
        if not source.is_file() or source.is_symlink():
            continue
        name = real_path(row) if real else row["data_path"]
        known = data_path_of.setdefault(name, row["data_path"])
        if known == row["data_path"] and (tree / name).exists():
            continue  # the same file listed twice (by two manifests)
        if known != row["data_path"]:
            raise ValueError(f"{name} stands for both {known} and {row['data_path']}")
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as fh:  # never through a link: the folder is new
            fh.write(source.read_bytes())
    return data_path_of


def to_data_paths(hits: Hits, data_path_of: dict[str, str]) -> Hits:
    """Findings on the real paths as findings on the data paths the labels use."""
    return {(data_path_of[path], start, end) for path, start, end in hits if path in data_path_of}
