"""No tracked file keeps the markers of an unresolved merge."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(rb"^(<<<<<<<|>>>>>>>) ", re.MULTILINE)


def tracked_files() -> list[Path]:
    out = subprocess.run(
        ["git", "-c", "core.fsmonitor=false", "ls-files", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    return [ROOT / name.decode() for name in out.split(b"\0") if name]


def files_with_markers(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        if path.is_file() and MARKER.search(path.read_bytes()):
            found.append(str(path.relative_to(ROOT)))
    return found


def test_marker_pattern_finds_a_conflict(tmp_path: Path) -> None:
    conflicted = tmp_path / "doc.md"
    conflicted.write_text("a\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n")
    clean = tmp_path / "clean.md"
    clean.write_text("Title\n=======\n\n`<<<<<<< HEAD` quoted inside a line\n")
    assert MARKER.search(conflicted.read_bytes())
    assert not MARKER.search(clean.read_bytes())


def test_no_tracked_file_has_conflict_markers() -> None:
    paths = tracked_files()
    assert paths, "git ls-files listed nothing"
    assert files_with_markers(paths) == []
