"""The retention archive (p22, p32, p37): every released version's sources and security test
results, in self-contained bundles encrypted to the MFO's age recipients, recorded in a signed
hash-chained log, kept three years after the version was replaced.

`put_release` is the entry point for the release command; `aiscan archive ...` is the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiscan.archive.archive import Archive, PutOutcome, get_release
from aiscan.archive.bundle import ResultFile
from aiscan.models import ReleaseIdentity

__all__ = ["Archive", "PutOutcome", "ResultFile", "get_release", "put_release"]


def put_release(
    archive: str | Archive,
    identity: ReleaseIdentity,
    files: list[ResultFile],
    key_path: Path,
    checkpoint: Path | None = None,
    tools: dict[str, Any] | None = None,
    verdict: dict[str, Any] | None = None,
) -> PutOutcome:
    """Archive one release: its components' sources at their commits and `files` (the JSON
    report, SARIF, SBOM, audit report, policy, waivers, attestations)."""
    opened = archive if isinstance(archive, Archive) else Archive.open(archive)
    return opened.put(identity, files, key_path, checkpoint, tools, verdict)
