"""A component's source at its commit, read from the git object database (`git ls-tree` and
`git cat-file` through aiscan.gitaccess): nothing is checked out and no repository-configured
program runs. Each file is named with its SHA-256, so a snapshot can be compared across git
versions and machines (tarball or gzip bytes of `git archive` are not stable)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from aiscan.errors import ConfigError
from aiscan.gitaccess import Repository, find_repository, resolve_commit, run_git
from aiscan.models import ComponentVersion
from aiscan.secrets.gitobjects import read_blobs


@dataclass(frozen=True)
class TreeEntry:
    path: str
    mode: str  # git mode: 100644, 100755, 120000 (symlink), 160000 (submodule)
    sha: str  # git object name


@dataclass(frozen=True)
class SourceTree:
    repo: Repository
    commit: str
    files: tuple[TreeEntry, ...]  # regular files and symlinks
    submodules: tuple[TreeEntry, ...]


def source_tree(component: ComponentVersion) -> SourceTree:
    """The tree of `component`'s commit. Refused for a component outside git, with uncommitted
    changes, or whose commit the repository does not hold: a release archive stores what was
    committed and released, nothing else."""
    if component.dirty:
        raise ConfigError(
            f"component {component.id}: the scanned tree had uncommitted changes; a release is archived "
            "from a commit (commit the changes and scan again)"
        )
    if not component.commit:
        raise ConfigError(f"component {component.id}: its source is not in git; nothing to archive from")
    repo = find_repository(Path(component.path))
    if repo is None:
        raise ConfigError(f"component {component.id}: {component.path} is not in a git repository")
    commit = resolve_commit(repo, component.commit)
    if commit is None or commit != component.commit:
        raise ConfigError(f"component {component.id}: commit {component.commit} is not in {repo.top}")
    listing = run_git(repo, "ls-tree", "-r", "-z", "--full-tree", commit)
    files: list[TreeEntry] = []
    submodules: list[TreeEntry] = []
    for raw in listing.split(b"\0"):
        if not raw:
            continue
        meta, _, path_bytes = raw.partition(b"\t")
        mode, kind, sha = meta.decode("ascii").split()
        entry = TreeEntry(path_bytes.decode("utf-8", "surrogateescape"), mode, sha)
        (submodules if kind == "commit" else files).append(entry)
    return SourceTree(repo, commit, tuple(files), tuple(submodules))


def blob_contents(tree: SourceTree) -> Iterator[tuple[TreeEntry, bytes]]:
    """Each file of `tree` with its content, in tree order; a blob the repository lacks is an
    error, never a silent gap."""
    by_sha: dict[str, list[TreeEntry]] = {}
    for entry in tree.files:
        by_sha.setdefault(entry.sha, []).append(entry)
    order = list(dict.fromkeys(e.sha for e in tree.files))
    got: set[str] = set()
    for sha, data in read_blobs(tree.repo, order):
        got.add(sha)
        for entry in by_sha.get(sha, []):
            yield entry, data
    missing = [e.path for e in tree.files if e.sha not in got]
    if missing:
        raise ConfigError(
            f"{tree.repo.top}: {len(missing)} file(s) of {tree.commit} missing, e.g. {missing[0]}"
        )


def snapshot_digest(files: list[tuple[str, str, str]]) -> str:
    """One SHA-256 over (path, kind, content SHA-256) of every file, sorted by path."""
    digest = hashlib.sha256()
    for path, kind, sha in sorted(files):
        digest.update(f"{path}\0{kind}\0{sha}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
