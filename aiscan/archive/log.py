"""The append-only log: one object per entry (`log/00000001.json`, ...), each holding the
SHA-256 of the previous entry's bytes and an Ed25519 signature over its own body. A changed
byte breaks the signature; a removed or reordered entry breaks the sequence numbers and the
chain. A truncated tail is only seen against an anchor kept elsewhere (`checkpoint`)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from aiscan.archive import keys
from aiscan.archive.storage import ArchiveError, Store

LOG = "log"
GENESIS_PREV = "0" * 64
MAX_ENTRY = 1 << 20


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def entry_name(seq: int) -> str:
    return f"{LOG}/{seq:08d}.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode_entry(body: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    return canonical({"entry": body, "signature": keys.sign(key, canonical(body))}) + b"\n"


@dataclass(frozen=True)
class Entry:
    seq: int
    name: str
    body: dict[str, Any]
    hash: str  # SHA-256 of the entry's bytes: what the next entry's `prev` holds


@dataclass
class LogReading:
    entries: list[Entry]
    problems: list[str]

    @property
    def head(self) -> Entry | None:
        return self.entries[-1] if self.entries else None


def read_log(store: Store, public: Ed25519PublicKey) -> LogReading:
    """Every entry, checked: name and sequence number, chain link, signature. Problems are
    named; entries that fail are still returned (after the first break, as far as they parse)
    so that later bundles are checked too."""
    names = store.names(LOG)
    problems: list[str] = []
    entries: list[Entry] = []
    expected_names = {entry_name(i) for i in range(1, len(names) + 1)}
    for name in names:
        if name not in expected_names and not name.endswith(".json"):
            problems.append(f"{name}: not a log entry (unexpected object in the log)")
    numbered: dict[int, str] = {}
    for name in names:
        stem = name[len(LOG) + 1 :].removesuffix(".json")
        if stem.isdigit() and len(stem) == 8:
            numbered[int(stem)] = name
    last = max(numbered, default=0)
    prev_hash = GENESIS_PREV
    for seq in range(1, last + 1):
        found = numbered.get(seq)
        if found is None:
            problems.append(f"log entry {seq} ({entry_name(seq)}): removed")
            prev_hash = ""  # the next entry cannot link to a known hash
            continue
        name = found
        raw = store.read(name)
        digest = sha256(raw)
        try:
            if len(raw) > MAX_ENTRY:
                raise ValueError("too large")
            doc = json.loads(raw)
            body = doc["entry"]
            signature = doc["signature"]
            if not isinstance(body, dict) or not isinstance(signature, str):
                raise ValueError("bad shape")
        except (ValueError, KeyError, TypeError):
            problems.append(f"log entry {seq} ({name}): changed (not a readable entry)")
            prev_hash = digest
            continue
        if not keys.signature_valid(public, canonical(body), signature):
            problems.append(f"log entry {seq} ({name}): changed (signature does not match)")
        if body.get("seq") != seq:
            problems.append(
                f"log entry {seq} ({name}): holds entry {body.get('seq')} (entries reordered or renamed)"
            )
        elif prev_hash and body.get("prev") != prev_hash:
            problems.append(
                f"log entry {seq} ({name}): does not follow entry {seq - 1} (an entry before it was "
                "changed, removed or reordered)"
            )
        entries.append(Entry(seq, name, body, digest))
        prev_hash = digest
    return LogReading(entries, problems)


def append(
    store: Store, key: Ed25519PrivateKey, head: Entry | None, body: dict[str, Any], retain: Any
) -> Entry:
    seq = head.seq + 1 if head else 1
    full = {**body, "seq": seq, "prev": head.hash if head else GENESIS_PREV}
    raw = encode_entry(full, key)
    name = entry_name(seq)
    try:
        store.write_new(name, raw, retain)
    except ArchiveError as exc:
        raise ArchiveError(f"{exc.message} (another writer appended entry {seq}?)") from None
    return Entry(seq, name, full, sha256(raw))


def checkpoint_bytes(key: Ed25519PrivateKey, public_text: str, head: Entry, at: str) -> bytes:
    body = {"archive_key": public_text, "seq": head.seq, "head": head.hash, "at": at}
    return encode_entry(body, key)


def read_checkpoint(raw: bytes, public: Ed25519PublicKey, public_text: str, what: str) -> tuple[int, str]:
    """(seq, head hash) of a checkpoint signed by the archive's key."""
    try:
        doc = json.loads(raw)
        body = doc["entry"]
        seq, head = int(body["seq"]), str(body["head"])
        signature = str(doc["signature"])
    except (ValueError, KeyError, TypeError):
        raise ArchiveError(f"{what}: not a readable checkpoint (changed?)") from None
    if not keys.signature_valid(public, canonical(body), signature):
        raise ArchiveError(
            f"{what}: changed, or signed by another key (signature does not match the archive's key)"
        )
    if body.get("archive_key") != public_text:
        raise ArchiveError(f"{what}: made for another archive key")
    return seq, head
