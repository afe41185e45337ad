"""The staged scope (pre-commit): the blobs in the index for the files the next commit changes.

The index, not the working tree, is what will be committed: a secret staged and then deleted
from the file on disk is still committed, and a secret on disk but not staged is not.
"""

from __future__ import annotations

from pathlib import Path

from aiscan.models import Finding
from aiscan.secrets.engine import Engine
from aiscan.secrets.findings import detection_findings, file_name_finding, sensitive_values
from aiscan.secrets.gitobjects import git_output, read_blobs, toplevel
from aiscan.secrets.tree import ScanTally, has_binary_suffix, has_key_content


def staged_blobs(top: Path, prefix: str) -> dict[str, str]:
    """blob -> path (relative to the scan root) of every added, copied, modified or retyped
    file in the index."""
    out = git_output(
        top, "diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=ACMT"
    )
    tokens = out.split(b"\0")
    blobs: dict[str, str] = {}
    for meta, path in zip(tokens[0::2], tokens[1::2], strict=False):
        parts = meta.split()
        if len(parts) < 5 or parts[1] in (b"160000", b"120000"):  # submodules and symlinks
            continue
        rel = path.decode("utf-8", "surrogateescape")
        if prefix:
            if not rel.startswith(prefix + "/"):
                continue
            rel = rel[len(prefix) + 1 :]
        blobs[parts[3].decode()] = rel
    return blobs


def staged_paths(root: Path) -> tuple[str, ...]:
    top, prefix = toplevel(root)
    return tuple(sorted(staged_blobs(top, prefix).values()))


def scan_staged(root: Path, engine: Engine) -> tuple[list[Finding], set[str], ScanTally]:
    top, prefix = toplevel(root)
    blobs = staged_blobs(top, prefix)
    tally = ScanTally()
    findings: list[Finding] = []
    values: set[str] = set()
    props = {"scope": "staged"}
    key_paths: set[str] = set()
    to_read = [sha for sha, rel in blobs.items() if not has_binary_suffix(rel)]
    for rel in sorted(rel for rel in blobs.values() if has_binary_suffix(rel)):
        tally.skip_binary(rel)
    for sha, data in read_blobs(top, to_read):
        rel = blobs[sha]
        fs = tally.scan(engine, rel, data)
        if fs is None:
            continue
        values |= sensitive_values(fs)
        findings.extend(detection_findings(fs, engine, props))
        if has_key_content(fs):
            key_paths.add(rel)
    for rel in sorted(set(blobs.values()) - key_paths):
        findings.extend(file_name_finding(rel, det, props) for det in engine.file_name_hits(rel))
    return findings, values, tally
