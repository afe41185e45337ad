"""`aiscan archive verify`: the log chain and signatures, the configuration, every bundle's
stored bytes (no decryption key needed), the tail against the anchors, and with `deep` every
file of every bundle decrypted and re-hashed against its manifest and the log."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from aiscan.archive.archive import ANCHOR, BUNDLES, Archive, releases_from
from aiscan.archive.bundle import decrypt
from aiscan.archive.dates import today
from aiscan.archive.log import read_checkpoint, sha256
from aiscan.archive.members import hash_members
from aiscan.archive.storage import ArchiveError


@dataclass
class Verification:
    problems: list[str] = field(default_factory=list)  # tampering or damage: verify fails
    notes: list[str] = field(default_factory=list)  # what was checked, interrupted writes
    entries: int = 0
    bundles: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    archive: Archive, checkpoint: Path | None = None, deep_identities: list[Path] | None = None
) -> Verification:
    out = Verification()
    reading = archive.read()
    out.problems.extend(reading.problems)
    out.entries = len(reading.entries)
    entries = reading.entries
    genesis = entries[0] if entries and entries[0].seq == 1 else None
    if genesis is None or genesis.body.get("type") != "init":
        out.problems.append("log entry 1: missing or not the archive's creation")
    elif genesis.body.get("archive_config_sha256") != sha256(archive.config_raw):
        out.problems.append(
            "archive.json: changed since the archive was created (it differs from log entry 1)"
        )

    _check_anchors(
        archive, reading.head.seq if reading.head else 0, {e.seq: e.hash for e in entries}, checkpoint, out
    )

    releases = releases_from(entries)
    recorded = set()
    for r in releases.values():
        name = str(r.put.get("bundle"))
        recorded.add(name)
        present = archive.store.exists(name)
        if r.pruned:
            if present:
                out.notes.append(f"{r.release_id}: pruned but still held by the store ({name})")
            continue
        if not present:
            until = r.retain_until(archive.margin_days)
            if until is not None and today() > until:  # deleting it was allowed
                out.notes.append(
                    f"bundle of {r.release_id}: removed after its retention ended ({until}), no prune entry"
                )
            else:
                out.problems.append(f"bundle of {r.release_id} ({name}): removed")
            continue
        out.bundles += 1
        try:
            digest = archive.store.sha256(name)
        except ArchiveError as exc:
            out.problems.append(f"bundle of {r.release_id}: {exc.message}")
            continue
        changed = digest != r.put.get("bundle_sha256")
        if changed:
            out.problems.append(f"bundle of {r.release_id} ({name}): changed (SHA-256 differs from the log)")
        if deep_identities is not None or (changed and not r.put.get("encrypted", True)):
            _deep(archive, r.release_id, name, r.put, deep_identities or [], out)

    for name in archive.store.names(BUNDLES):
        if name not in recorded:
            out.notes.append(f"{name}: not in the log: left by an interrupted put (removed by the next put)")
    for leftover in archive.store.leftovers():
        out.notes.append(f"{leftover}: half-written by an interrupted write (removed by the next put)")
    return out


def _check_anchors(
    archive: Archive, log_len: int, hashes: dict[int, str], checkpoint: Path | None, out: Verification
) -> None:
    anchors: list[tuple[str, bytes]] = []
    if checkpoint is not None:
        try:
            anchors.append((f"checkpoint {checkpoint}", checkpoint.read_bytes()))
        except OSError as exc:
            out.problems.append(f"checkpoint {checkpoint}: cannot read ({exc.strerror or exc})")
    try:
        versions = archive.store.anchor_versions(ANCHOR)
    except ArchiveError as exc:
        out.problems.append(f"{ANCHOR}: {exc.message}")
        versions = []
    anchors.extend((ANCHOR, raw) for raw in versions)
    if not versions:
        out.problems.append(f"{ANCHOR}: missing (the archive's own record of its last entry)")
    best = 0
    for what, raw in anchors:
        try:
            seq, head = read_checkpoint(raw, archive.public, archive.public_text, what)
        except ArchiveError as exc:
            out.problems.append(exc.message)
            continue
        best = max(best, seq)
        if seq > log_len:
            out.problems.append(
                f"log truncated: {what} records {seq} entries, the log holds {log_len} "
                f"(entries {log_len + 1}–{seq} removed)"
            )
        elif hashes.get(seq) != head:
            out.problems.append(f"log entry {seq}: differs from the one {what} records")
    if checkpoint is None and archive.store.location.startswith("s3://"):
        out.notes.append(f"tail checked against the object-locked versions of {ANCHOR}")
    elif checkpoint is None:
        out.notes.append(
            "tail checked against the archive's own anchor only: give --checkpoint (the officer's copy) "
            "to detect a truncated log"
        )
    elif best and best < log_len:
        out.notes.append(f"entries {best + 1}–{log_len} were written after the checkpoint given")


def _deep(
    archive: Archive, rid: str, name: str, put: dict[str, object], identities: list[Path], out: Verification
) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="aiscan-verify-"))
    try:
        stored = scratch / "bundle"
        archive.store.download(name, stored)
        plain = stored
        if put.get("encrypted", True):
            plain = scratch / "plain.tar.gz"
            try:
                decrypt(stored, plain, identities)
            except ArchiveError as exc:
                out.problems.append(f"bundle of {rid}: {exc.message}")
                return
        check = hash_members(plain)
        out.problems.extend(f"bundle of {rid}: {p}" for p in check.problems)
        if check.manifest_sha256 is not None and check.manifest_sha256 != put.get("manifest_sha256"):
            out.problems.append(f"bundle of {rid}: manifest.json: differs from the log")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
