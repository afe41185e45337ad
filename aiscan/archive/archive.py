"""An archive: its configuration (`archive.json`), its log and its bundles, and what can be
asked of it: put a release, record operation dates, find what was live on a day, restore a
release, prune what is past retention."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from aiscan.archive import keys
from aiscan.archive.bundle import BuiltBundle, ResultFile, build_bundle, component_record, encrypt
from aiscan.archive.dates import (
    DEFAULT_MARGIN_DAYS,
    RETENTION_YEARS,
    now_text,
    parse_day,
    retain_until,
    today,
    years_after,
)
from aiscan.archive.log import Entry, LogReading, append, checkpoint_bytes, read_log, sha256
from aiscan.archive.storage import ArchiveError, Store, file_sha256, open_store
from aiscan.errors import ConfigError, UsageError
from aiscan.models import ReleaseIdentity

CONFIG = "archive.json"
ANCHOR = "anchor/head.json"
BUNDLES = "bundles"
FORMAT = "aiscan-archive/1"
LOG_YEARS = 10  # log entries are locked longer than any bundle: the chain must outlive prunes


@dataclass
class Release:
    """A release as the log tells it: when it was archived, in operation, replaced, pruned."""

    release_id: str
    ais: str
    put: dict[str, Any]
    archived_on: date
    live_from: date | None = None
    replaced_on: date | None = None
    pruned: bool = False
    events: list[str] = field(default_factory=list)

    def retain_until(self, margin_days: int) -> date | None:
        """None while the release is in operation (kept indefinitely)."""
        if self.replaced_on is not None:
            return retain_until(self.replaced_on, margin_days)
        if self.live_from is not None:
            return None
        return retain_until(self.archived_on, margin_days)  # never in operation

    def live_on(self, day: date) -> bool:
        if self.live_from is None or day < self.live_from:
            return False
        return self.replaced_on is None or day < self.replaced_on


def releases_from(entries: list[Entry]) -> dict[str, Release]:
    out: dict[str, Release] = {}
    for e in entries:
        kind, rid = e.body.get("type"), e.body.get("release_id")
        if kind == "put" and isinstance(rid, str):
            out[rid] = Release(rid, str(e.body.get("ais", "")), e.body, parse_day(str(e.body["at"])[:10]))
        elif isinstance(rid, str) and rid in out:
            r = out[rid]
            if kind == "live":
                r.live_from, r.replaced_on = parse_day(e.body["date"]), None
            elif kind == "replaced":
                r.replaced_on = parse_day(e.body["date"])
            elif kind == "prune":
                r.pruned = e.body.get("outcome") == "deleted"
        if isinstance(rid, str) and rid in out:
            out[rid].events.append(
                f"{e.body.get('at', '')[:19]} entry {e.seq}: {kind}"
                + (f" {e.body['date']}" if "date" in e.body else "")
            )
    return out


def _bundle_retention(margin_days: int, r: Release) -> date:
    """The lock date a bundle needs now: its retention date, or, while it is in operation,
    three years (and the margin) from today."""
    return r.retain_until(margin_days) or years_after(today(), RETENTION_YEARS) + timedelta(days=margin_days)


class Archive:
    def __init__(self, store: Store, config: dict[str, Any], config_raw: bytes) -> None:
        self.store = store
        self.config = config
        self.config_raw = config_raw
        try:
            self.public: Ed25519PublicKey = keys.public_key_from_text(str(config["public_key"]))
            self.margin_days = int(config.get("margin_days", DEFAULT_MARGIN_DAYS))
        except (KeyError, ValueError, TypeError):
            raise ConfigError(f"{store.location}/{CONFIG}: damaged (no usable public key)") from None
        self.public_text = str(config["public_key"])
        self.recipients: list[str] = list(config.get("recipients", []))
        self.encrypted = bool(config.get("encrypted", True))

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, location: str) -> Archive:
        store = open_store(location)
        try:
            raw = store.read(CONFIG)
        except ArchiveError:
            raise ConfigError(
                f"{location}: not an aiscan archive (no {CONFIG}; run `aiscan archive init`)"
            ) from None
        try:
            config = json.loads(raw)
            if config.get("format") != FORMAT:
                raise ValueError
        except ValueError:
            raise ConfigError(
                f"{location}/{CONFIG}: not an aiscan archive configuration (changed?)"
            ) from None
        return cls(store, config, raw)

    @classmethod
    def create(
        cls,
        location: str,
        key_path: Path,
        recipients: list[str],
        *,
        plaintext: bool = False,
        margin_days: int = DEFAULT_MARGIN_DAYS,
        checkpoint: Path | None = None,
    ) -> Archive:
        if not recipients and not plaintext:
            raise UsageError(
                "give at least one --recipient (age1...), or --plaintext for an unencrypted archive"
            )
        recipients = [keys.check_recipient(r) for r in recipients]
        store = open_store(location)
        local_root = Path(location) if not location.startswith("s3://") else None
        if store.exists(CONFIG):
            raise UsageError(f"{location}: already an archive")
        if local_root is not None:
            local_root.mkdir(parents=True, exist_ok=True)
        public = keys.generate_signing_key(key_path, local_root)
        public_text = keys.public_key_text(public)
        config = {
            "format": FORMAT,
            "created": now_text(),
            "public_key": public_text,
            "recipients": recipients,
            "encrypted": not plaintext,
            "margin_days": margin_days,
            "retention_years": RETENTION_YEARS,
        }
        raw = json.dumps(config, indent=1, sort_keys=True).encode() + b"\n"
        archive = cls(store, config, raw)
        with archive.writing(key_path, checkpoint, new=True) as w:
            store.write_new(CONFIG, raw, archive.log_lock_date())
            w.append({"type": "init", "archive_config_sha256": sha256(raw)})
        return archive

    def log_lock_date(self) -> date:
        return years_after(today(), LOG_YEARS)

    def default_lock_date(self) -> date:
        return years_after(today(), RETENTION_YEARS) + timedelta(days=self.margin_days)

    # ----------------------------------------------------------------- reading
    def read(self) -> LogReading:
        return read_log(self.store, self.public)

    def releases(self) -> dict[str, Release]:
        return releases_from(self.read().entries)

    def release(self, release_id: str) -> Release:
        found = self.releases().get(release_id)
        if found is None:
            raise UsageError(f"{release_id}: no such release in {self.store.location}")
        return found

    def find(self, day: date) -> list[Release]:
        return [r for r in self.releases().values() if r.live_on(day)]

    # ----------------------------------------------------------------- writing
    @contextlib.contextmanager
    def writing(self, key_path: Path, checkpoint: Path | None, *, new: bool = False) -> Iterator[_Writer]:
        """The writer lock, the signing key, a log that verifies; on leaving, the new head is
        anchored (a signed checkpoint in the archive, and in `checkpoint` when given)."""
        key = keys.load_signing_key(key_path)
        if keys.public_key_text(key.public_key()) != self.public_text:
            raise ConfigError(f"{key_path}: not the signing key of {self.store.location}")
        with self.store.writer_lock():
            reading = LogReading([], []) if new else self.read()
            if reading.problems:
                raise ArchiveError(
                    f"{self.store.location}: the log does not verify ({reading.problems[0]}); "
                    "run `aiscan archive verify` and nothing is written"
                )
            writer = _Writer(self, key, reading.head)
            yield writer
            if writer.head is not None and writer.head is not reading.head:
                data = checkpoint_bytes(key, self.public_text, writer.head, now_text())
                self.store.write_anchor(ANCHOR, data, self.log_lock_date())
                if checkpoint is not None:
                    write_private(checkpoint, data)

    def put(
        self,
        identity: ReleaseIdentity,
        files: list[ResultFile],
        key_path: Path,
        checkpoint: Path | None,
        tools: dict[str, Any] | None = None,
        verdict: dict[str, Any] | None = None,
    ) -> PutOutcome:
        with self.writing(key_path, checkpoint) as w:
            notes = self.clean_interrupted()
            known = releases_from(self.read().entries)
            rid = identity.release_id
            if rid in known and not known[rid].pruned:
                raise UsageError(f"{rid}: already archived")
            scratch = self.store.scratch()
            plain = scratch / f"{rid}.tar.gz.partial"
            try:
                built: BuiltBundle = build_bundle(identity, files, plain, tools or {}, now_text())
                if self.encrypted:
                    stored = scratch / f"{rid}.tar.gz.age.partial"
                    encrypt(plain, stored, self.recipients)
                    plain.unlink()
                    name = f"{BUNDLES}/{rid}.tar.gz.age"
                else:
                    stored, name = plain, f"{BUNDLES}/{rid}.tar.gz"
                digest = file_sha256(stored)
                size = stored.stat().st_size
                self.store.write_file_new(name, stored, digest, self.default_lock_date())
            finally:
                for leftover in (plain, scratch / f"{rid}.tar.gz.age.partial"):
                    leftover.unlink(missing_ok=True)
                if scratch.name != ".tmp":
                    shutil.rmtree(scratch, ignore_errors=True)
            w.append(
                {
                    "type": "put",
                    "release_id": rid,
                    "ais": identity.ais,
                    "organisation": identity.organisation,
                    "components": [component_record(c) for c in identity.components],
                    "bundle": name,
                    "bundle_sha256": digest,
                    "bundle_size": size,
                    "encrypted": self.encrypted,
                    "manifest_sha256": built.manifest_sha256,
                    "files": built.files,
                    "verdict": verdict or {},
                }
            )
        return PutOutcome(rid, name, size, built.plain_bytes, built.files, notes)

    def clean_interrupted(self) -> list[str]:
        """Remove what an interrupted put left (a half-written file, a bundle the log never
        recorded) and say so."""
        notes = []
        for leftover in self.store.leftovers():
            if leftover.startswith(".tmp/"):
                (Path(self.store.location) / leftover).unlink(missing_ok=True)
                notes.append(f"removed {leftover}: half-written by an interrupted put")
        recorded = {str(r.put.get("bundle")) for r in releases_from(self.read().entries).values()}
        for name in self.store.names(BUNDLES):
            if name not in recorded:
                outcome = self.store.delete(name)
                notes.append(f"{name}: not in the log (an interrupted put); {outcome}")
        return notes

    def mark(
        self, release_id: str, day: date, key_path: Path, checkpoint: Path | None, *, replaced: bool
    ) -> list[str]:
        """Record that `release_id` went into operation on `day` (and that the release of the
        same AIS in operation before it was replaced that day), or with `replaced`, that it was
        taken out of operation."""
        said: list[str] = []
        with self.writing(key_path, checkpoint) as w:
            known = releases_from(self.read().entries)
            target = known.get(release_id)
            if target is None:
                raise UsageError(f"{release_id}: no such release in {self.store.location}")
            if replaced:
                if target.live_from is None or day < target.live_from:
                    raise UsageError(
                        f"{release_id}: was not in operation on {day} (went live {target.live_from})"
                    )
                w.append({"type": "replaced", "release_id": release_id, "date": day.isoformat()})
                target.replaced_on = day
                said.append(f"{release_id}: replaced on {day}")
            else:
                for other in known.values():
                    if (
                        other.release_id != release_id
                        and other.ais == target.ais
                        and other.live_from is not None
                        and other.live_from < day
                        and other.replaced_on is None
                    ):
                        w.append(
                            {"type": "replaced", "release_id": other.release_id, "date": day.isoformat()}
                        )
                        other.replaced_on = day
                        said.append(f"{other.release_id}: replaced on {day}")
                w.append({"type": "live", "release_id": release_id, "date": day.isoformat()})
                target.live_from, target.replaced_on = day, None
                said.append(f"{release_id}: in operation from {day}")
            for r in known.values():  # bundle locks follow the dates (only ever extended)
                if not r.pruned and _bundle_retention(self.margin_days, r) > today():
                    self.store.extend_retention(str(r.put["bundle"]), _bundle_retention(self.margin_days, r))
        return said

    def prune(
        self, release_ids: list[str], key_path: Path, checkpoint: Path | None, *, dry_run: bool
    ) -> list[str]:
        """Delete the bundles past retention (all of them, or those named; a named one still
        retained is refused). The log keeps every entry and records each prune."""
        said: list[str] = []
        day = today()
        with self.writing(key_path, checkpoint) as w:
            known = releases_from(self.read().entries)
            for rid in release_ids:
                if rid not in known:
                    raise UsageError(f"{rid}: no such release in {self.store.location}")
                until = known[rid].retain_until(self.margin_days)
                if until is None or day <= until:
                    why = "in operation" if until is None else f"retained until {until}"
                    raise UsageError(f"{rid}: {why}; prune refused")
            for r in known.values():
                if r.pruned or (release_ids and r.release_id not in release_ids):
                    continue
                until = r.retain_until(self.margin_days)
                if until is None or day <= until:
                    continue
                if dry_run:
                    said.append(f"{r.release_id}: past retention ({until}); would be pruned")
                    continue
                outcome = self.store.delete(str(r.put["bundle"]))
                w.append(
                    {
                        "type": "prune",
                        "release_id": r.release_id,
                        "bundle": r.put["bundle"],
                        "outcome": outcome,
                    }
                )
                said.append(
                    f"{r.release_id}: pruned (retention ended {until})"
                    if outcome == "deleted"
                    else f"{r.release_id}: past retention ({until}) but the store keeps it ({outcome})"
                )
        return said


@dataclass(frozen=True)
class PutOutcome:
    release_id: str
    bundle: str
    stored_bytes: int
    plain_bytes: int
    files: int
    notes: list[str]


class _Writer:
    def __init__(self, archive: Archive, key: Ed25519PrivateKey, head: Entry | None) -> None:
        self.archive = archive
        self.key = key
        self.head = head

    def append(self, body: dict[str, Any]) -> Entry:
        full = {"at": now_text(), **body}
        self.head = append(self.archive.store, self.key, self.head, full, self.archive.log_lock_date())
        return self.head


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` atomically with `data`, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, path)


def get_release(archive: Archive, release_id: str, dest: Path, identities: list[Path]) -> list[str]:
    """Restore a release's sources and result files under `dest`, byte for byte, after checking
    the stored bundle against the log and every file against the manifest."""
    from aiscan.archive.bundle import decrypt
    from aiscan.archive.members import restore

    r = archive.release(release_id)
    if r.pruned:
        raise UsageError(f"{release_id}: pruned (past retention); only its log entries remain")
    name = str(r.put["bundle"])
    scratch = Path(tempfile.mkdtemp(prefix="aiscan-get-"))
    try:
        stored = scratch / "bundle"
        archive.store.download(name, stored)
        if file_sha256(stored) != r.put.get("bundle_sha256"):
            raise ArchiveError(
                f"bundle of {release_id} ({name}): changed (SHA-256 differs from the log); not restored"
            )
        plain = stored
        if r.put.get("encrypted", True):
            if not identities:
                raise UsageError("the archive is encrypted: give --identity (an age identity file)")
            plain = scratch / "plain.tar.gz"
            decrypt(stored, plain, identities)
        check, notes = restore(plain, dest)
        if check.manifest_sha256 != r.put.get("manifest_sha256"):
            check.problems.append("manifest.json: differs from the log")
        if check.problems:
            raise ArchiveError(f"{release_id}: restored with problems: {'; '.join(check.problems)}")
        return notes
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
