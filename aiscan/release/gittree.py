"""The tree of a git commit, read from the object database into a folder aiscan owns.

Used when a description names a ref that is not what the working tree holds: nothing is checked
out and nothing the repository configures runs (`git ls-tree` and `git cat-file --batch` through
aiscan.gitaccess, no filter or smudge driver). Regular files only: a symlink is not recreated and
a submodule is not fetched; both are listed as not read, so the report says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from aiscan.gitaccess import Repository, run_git
from aiscan.models import SkippedFile
from aiscan.secrets.gitobjects import read_blobs

_REGULAR = ("100644", "100755")
_SYMLINK = "120000"
_SUBMODULE = "160000"


@dataclass(frozen=True)
class ExportedTree:
    root: Path
    files: int
    not_exported: tuple[SkippedFile, ...]


def export_tree(repo: Repository, commit: str, prefix: str, into: Path) -> ExportedTree:
    """Write the files of `commit` below `prefix` (top-relative, '' for all) into the empty
    folder `into`. Paths that would leave it are refused, never written."""
    spec = f"{commit}:{prefix}" if prefix else commit
    listing = run_git(repo, "ls-tree", "-r", "-z", "--full-name", "--end-of-options", spec)
    wanted: dict[str, list[str]] = {}
    skipped: list[SkippedFile] = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        parts = meta.split()
        if len(parts) != 3:
            continue
        mode, sha = parts[0].decode(), parts[2].decode()
        rel = raw_path.decode("utf-8", "surrogateescape")
        if prefix and rel.startswith(prefix + "/"):
            rel = rel[len(prefix) + 1 :]
        if not _safe(rel):
            skipped.append(SkippedFile(rel, "path not safe to write (not exported from git)"))
        elif mode in _REGULAR:
            wanted.setdefault(sha, []).append(rel)
        elif mode == _SYMLINK:
            skipped.append(SkippedFile(rel, "symlink in the released commit (not followed)"))
        elif mode == _SUBMODULE:
            skipped.append(SkippedFile(rel + "/", "git submodule (its code is not in this repository)"))
    written = 0
    for sha, data in read_blobs(repo, list(wanted)):
        for rel in wanted.get(sha, ()):
            _write(into, rel, data)
            written += 1
    return ExportedTree(into, written, tuple(skipped))


def _safe(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    return bool(parts) and not rel.startswith("/") and all(p not in ("", ".", "..", ".git") for p in parts)


def _write(root: Path, rel: str, data: bytes) -> None:
    """Create `root/rel` and its folders; never through a symlink, never over a file."""
    target = root.joinpath(*PurePosixPath(rel).parts)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    if folder.resolve() != folder or not folder.is_relative_to(root):
        raise OSError(f"{rel}: folder is not where it should be")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
