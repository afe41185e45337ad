"""The git-history scope: every blob reachable from any ref, scanned once.

A secret deleted in a later commit is still in every clone. Each blob is scanned once (blobs are
named by their content's hash, so one version of a file shared by a thousand commits is read
once); then each finding is traced to the earliest commit that introduced a blob holding it,
with that commit's author and date, and marked as still present at HEAD or not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from aiscan.errors import ToolError
from aiscan.gitaccess import Repository, run_git
from aiscan.inventory import _excluded
from aiscan.models import Finding, Gap
from aiscan.secrets.engine import Engine, FileScan
from aiscan.secrets.findings import detection_findings, file_name_finding, sensitive_values
from aiscan.secrets.gitobjects import BlobRef, reachable_blobs, read_blobs, repository
from aiscan.secrets.gitprune import GitTree
from aiscan.secrets.tree import MAX_SECRETS_BYTES, ScanTally, has_key_content

# Called with (blobs done, blobs to scan).
BlobProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Commit:
    sha: str
    author: str
    date: str  # ISO 8601
    time: int  # seconds since the epoch, to find the earliest


def blob_origins(repo: Repository) -> dict[str, Commit]:
    """For each blob, the earliest commit whose diff against its parent added it (one
    `git log --raw` over all refs, without verifying signatures, notes or any diff driver).
    Blobs that only merges introduced are absent."""
    out = run_git(
        repo,
        "log",
        "--all",
        "--no-show-signature",
        "--no-notes",
        "--no-mailmap",
        "--no-ext-diff",
        "--no-textconv",
        "--no-color",
        "--no-renames",
        "--raw",
        "--no-abbrev",
        "-z",
        "--format=%x1e%H%x1f%an%x1f%aI%x1f%ct",
    )
    origins: dict[str, Commit] = {}
    for record in out.split(b"\x1e")[1:]:
        header, _, rest = record.partition(b"\0")
        fields = header.decode("utf-8", "replace").split("\x1f")
        if len(fields) != 4:
            continue
        commit = Commit(fields[0], fields[1], fields[2], int(fields[3] or 0))
        tokens = rest.lstrip(b"\n").split(b"\0")
        for meta in tokens[0::2]:
            parts = meta.split()
            if len(parts) < 5 or parts[4][:1] not in (b"A", b"M", b"T", b"C", b"R"):
                continue
            sha = parts[3].decode()
            known = origins.get(sha)
            if known is None or commit.time < known.time:
                origins[sha] = commit
    return origins


def head_blobs(repo: Repository) -> dict[str, str]:
    """path -> blob of the tree at HEAD (empty on an unborn branch)."""
    try:
        out = run_git(repo, "ls-tree", "-r", "-z", "--full-tree", "HEAD")
    except ToolError:  # an unborn HEAD has no tree; the history may still have refs
        return {}
    blobs: dict[str, str] = {}
    for entry in out.split(b"\0"):
        meta, _, path = entry.partition(b"\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == b"blob":
            blobs[path.decode("utf-8", "surrogateescape")] = parts[2].decode()
    return blobs


def _below_root(path: str, prefix: str) -> str | None:
    """The path relative to the scan root, or None when the blob is outside it."""
    if not prefix:
        return path
    return path[len(prefix) + 1 :] if path.startswith(prefix + "/") else None


def _in_scope(
    refs: list[BlobRef], prefix: str, exclude: tuple[str, ...], tally: ScanTally
) -> list[tuple[BlobRef, str]]:
    """The blobs under the scan root that the scan reads, each with its path relative to the root.
    Folders are left out as in the working tree (build output only with a build file beside it in
    the history's tree, third-party code and caches by name), each named in the tally."""
    placed = [(ref, rel) for ref in refs if (rel := _below_root(ref.path, prefix)) is not None]
    tree = GitTree.of(rel for _, rel in placed)
    out = []
    for ref, rel in placed:
        if exclude and _excluded(rel, exclude):
            continue
        pruned = tree.pruned(rel)
        if pruned is not None:
            tally.prune(*pruned)
            continue
        out.append((ref, rel))
    return out


def scan_history(
    root: Path,
    engine: Engine,
    *,
    exclude: tuple[str, ...] = (),
    progress: BlobProgress | None = None,
) -> tuple[list[Finding], set[str], ScanTally]:
    repo = repository(root)
    prefix = repo.prefix
    tally = ScanTally(unit="blobs")
    todo: dict[str, str] = {}
    named_only: dict[str, str] = {}  # too large to read, but key stores are findings by name
    for ref, rel in _in_scope(list(reachable_blobs(repo)), prefix, exclude, tally):
        if ref.sha in todo:
            continue
        if ref.size > MAX_SECRETS_BYTES:
            reason = (
                f"blob {ref.sha[:12]} of {ref.size >> 20} MiB not read (over {MAX_SECRETS_BYTES >> 20} MiB)"
            )
            tally.gaps.append(Gap(rel, reason))
            named_only[ref.sha] = rel
            continue
        todo[ref.sha] = rel
    origins = blob_origins(repo)
    head = head_blobs(repo)
    head_shas = set(head.values())
    total = len(todo)
    scans: list[tuple[str, FileScan]] = []
    values: set[str] = set()
    named: dict[tuple[str, str], str] = {}
    for sha, rel in named_only.items():
        for det in engine.file_name_hits(rel):
            named.setdefault((det.id, rel), sha)
    for done, (sha, data) in enumerate(read_blobs(repo, list(todo)), start=1):
        rel = todo[sha]
        for det in engine.file_name_hits(rel):
            named.setdefault((det.id, rel), sha)
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
        fs = tally.scan(engine, rel, data)
        if fs is None:
            continue
        if fs.detections or fs.dumps or fs.allows:
            scans.append((sha, fs))
            values |= sensitive_values(fs)
    findings = _trace(scans, engine, origins, head_shas)
    key_paths = {fs.path for _, fs in scans if has_key_content(fs)}
    for (det_id, rel), sha in sorted(named.items()):
        if rel in key_paths:
            continue
        props = _origin_props(origins.get(sha), sha in head_shas or rel in _head_rel(head, prefix))
        findings.append(file_name_finding(rel, engine.ruleset.get(det_id), props))
    return findings, values, tally


def _head_rel(head: dict[str, str], prefix: str) -> set[str]:
    return {p[len(prefix) + 1 :] if prefix else p for p in head}


def _value_key(f: Finding, fs: FileScan, index: int) -> str:
    """What makes two findings in two versions of a file the same finding."""
    if index < len(fs.detections):
        value = fs.detections[index].value
        return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return f.fingerprint


def _trace(
    scans: list[tuple[str, FileScan]], engine: Engine, origins: dict[str, Commit], head_shas: set[str]
) -> list[Finding]:
    """One finding per (rule, path, value) over all versions, located in the version that the
    earliest commit introduced, with where it came from and whether HEAD still has it."""
    groups: dict[tuple[str, str, str], list[tuple[Commit | None, str, Finding]]] = {}
    at_head_values: set[tuple[str, str]] = set()
    for sha, fs in scans:
        for i, f in enumerate(detection_findings(fs, engine)):
            key = (f.rule_id, fs.path, _value_key(f, fs, i))
            groups.setdefault(key, []).append((origins.get(sha), sha, f))
            if sha in head_shas:
                at_head_values.add((f.rule_id, key[2]))
    out = []
    for (rule, _path, vkey), items in sorted(groups.items()):
        items.sort(key=lambda item: (item[0] is None, item[0].time if item[0] else 0))
        commit, sha, f = items[0]
        present = (rule, vkey) in at_head_values
        props: dict[str, Any] = dict(f.properties)
        props.update(_origin_props(commit, present))
        props["blob"] = sha
        props["versions"] = len({s for _, s, _ in items})
        where = (
            f"introduced in {commit.sha[:12]} by {commit.author} on {commit.date[:10]}"
            if commit
            else "introduced by a merge or an unreachable commit"
        )
        state = "still present at HEAD" if present else "not present at HEAD (still in the history)"
        since = f"since {commit.sha[:10]} ({commit.author}, {commit.date[:10]})" if commit else "from a merge"
        title = f"{f.title} {since}, {'still at HEAD' if present else 'removed from HEAD'}"
        out.append(replace(f, title=title, message=f"{f.message}; {where}; {state}", properties=props))
    return out


def _origin_props(commit: Commit | None, present: bool) -> dict[str, Any]:
    props: dict[str, Any] = {"scope": "history", "present_at_head": present}
    if commit is not None:
        props.update({"commit": commit.sha, "author": commit.author, "date": commit.date})
    return props
