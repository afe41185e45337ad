"""Folders of this repository as they were at a git revision, for before/after benchmarks.

`git archive` of the paths asked for, unpacked under a folder of the caller's (tar's "data"
filter: no links out of it, no special files). Git's hooks are switched off for the call."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def export(rev: str, paths: tuple[str, ...], into: Path) -> Path:
    """`paths` (relative to the repository) as they were at `rev`, unpacked under `into`."""
    tar = subprocess.run(
        ["git", "-c", "core.hooksPath=/dev/null", "archive", "--format=tar", rev, *paths],
        cwd=REPO,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    return into
