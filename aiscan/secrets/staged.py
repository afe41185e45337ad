"""The staged scope (pre-commit): the blobs in the index for the files the next commit changes.

The index, not the working tree, is what will be committed: a secret staged and then deleted
from the file on disk is still committed, and a secret on disk but not staged is not.
"""

from __future__ import annotations

from pathlib import Path

from aiscan.gitaccess import Repository, parse_raw_diff, run_git, split_z, staged_changes
from aiscan.models import Finding
from aiscan.secrets.engine import Engine
from aiscan.secrets.findings import detection_findings, file_name_finding, sensitive_values
from aiscan.secrets.gitobjects import read_blobs, repository
from aiscan.secrets.gitprune import GitTree
from aiscan.secrets.tree import ScanTally, has_key_content


def staged_blobs(repo: Repository) -> dict[str, str]:
    """blob -> path (relative to the scan root) of every added, copied, modified or retyped
    file in the index (read from the index and the object database, never the working tree)."""
    blobs: dict[str, str] = {}
    prefix = repo.prefix
    for change in parse_raw_diff(staged_changes(repo)):
        if change.status[:1] not in ("A", "C", "M", "T") or change.new_mode in ("160000", "120000"):
            continue  # deleted; submodules and symlinks
        rel = change.path
        if prefix:
            if not rel.startswith(prefix + "/"):
                continue
            rel = rel[len(prefix) + 1 :]
        blobs[change.new_sha] = rel
    return blobs


def index_paths(repo: Repository) -> list[str]:
    """Every path in the index below the scan root, relative to it: the tree the next commit has,
    where a build file beside a `build` folder is looked for."""
    out = run_git(repo, "ls-files", "-z", "--cached", "--full-name", "--", ".")
    prefix = repo.prefix
    paths = []
    for path in split_z(out):
        if prefix:
            if not path.startswith(prefix + "/"):
                continue
            path = path[len(prefix) + 1 :]
        paths.append(path)
    return paths


def staged_paths(root: Path) -> tuple[str, ...]:
    return tuple(sorted(staged_blobs(repository(root)).values()))


def scan_staged(root: Path, engine: Engine) -> tuple[list[Finding], set[str], ScanTally]:
    repo = repository(root)
    blobs = staged_blobs(repo)
    tally = ScanTally()
    findings: list[Finding] = []
    values: set[str] = set()
    props = {"scope": "staged"}
    key_paths: set[str] = set()
    tree = GitTree.of(index_paths(repo))
    to_read = []
    for sha, rel in sorted(blobs.items(), key=lambda item: item[1]):
        pruned = tree.pruned(rel)
        if pruned is not None:
            tally.prune(*pruned)
        else:
            to_read.append(sha)
    for sha, data in read_blobs(repo, to_read):
        rel = blobs[sha]
        fs = tally.scan(engine, rel, data)
        if fs is None:
            continue
        values |= sensitive_values(fs)
        findings.extend(detection_findings(fs, engine, props))
        if has_key_content(fs):
            key_paths.add(rel)
    for rel in sorted({blobs[sha] for sha in to_read} - key_paths):
        findings.extend(file_name_finding(rel, det, props) for det in engine.file_name_hits(rel))
    return findings, values, tally
