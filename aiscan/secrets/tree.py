"""The working-tree scope: every text file of the inventory, source and non-source alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aiscan.inventory import MAX_FILE_BYTES, Inventory
from aiscan.models import Finding, Gap
from aiscan.secrets.engine import Engine, FileScan
from aiscan.secrets.findings import detection_findings, file_name_finding, sensitive_values

# Inventory skips that still deserve a secrets scan: generated code can embed keys.
_RESCAN_REASONS = frozenset({"generated file"})
_NEVER_MINIFIED = (".env", ".pem", ".key", ".properties", ".csv", ".txt", ".tsv")


@dataclass
class ScanTally:
    """What a scope scanned and skipped, for the run's reason and status."""

    unit: str = "files"
    scanned: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def scan(self, engine: Engine, rel: str, data: bytes) -> FileScan | None:
        """Scan one file's content, or count why it is not read (size, binary, minified)."""
        reason = skip_reason(rel, data)
        if reason:
            self.skip(reason)
            return None
        self.scanned += 1
        return engine.scan(rel, decode(data))

    def summary(self) -> str:
        parts = [f"{self.scanned} {self.unit} scanned"]
        if self.skipped:
            parts.append(
                "skipped, not read: " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
            )
        return "; ".join(parts)


# Known binary formats, skipped by name in the git scopes without reading the blob.
_BINARY_SUFFIXES = frozenset(
    [
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".bmp",
        ".ico",
        ".webp",
        ".tif",
        ".tiff",
        ".psd",
        ".pdf",
        ".zip",
        ".gz",
        ".tgz",
        ".bz2",
        ".xz",
        ".7z",
        ".rar",
        ".jar",
        ".war",
        ".ear",
        ".aar",
        ".apk",
        ".ipa",
        ".aab",
        ".dex",
        ".class",
        ".so",
        ".dylib",
        ".dll",
        ".exe",
        ".o",
        ".a",
        ".lib",
        ".pyc",
        ".pyo",
        ".whl",
        ".egg",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        ".mp3",
        ".mp4",
        ".mov",
        ".avi",
        ".wav",
        ".ogg",
        ".flac",
        ".sqlite",
        ".db",
        ".p12",
        ".pfx",
        ".jks",
        ".keystore",
        ".bks",
        ".kdbx",
    ]
)


def has_binary_suffix(path: str) -> bool:
    dot = path.rfind(".")
    return dot > path.rfind("/") and path[dot:].lower() in _BINARY_SUFFIXES


def skip_reason(path: str, data: bytes) -> str | None:
    """Why a file's content is not read for secrets (too large, binary, minified), or None."""
    if len(data) > MAX_FILE_BYTES:
        return f"larger than {MAX_FILE_BYTES // 1024} KiB"
    if b"\0" in data[:8192]:
        return "binary file"
    if looks_minified(path, data):
        return "minified file"
    return None


def looks_minified(path: str, data: bytes) -> bool:
    """Long-line machine output (bundles, source maps, one-line JSON dumps over 4 KiB)."""
    if path.endswith((".min.js", ".min.css", ".bundle.js", "-min.js", ".js.map", ".css.map")):
        return True
    if path.lower().endswith(_NEVER_MINIFIED):
        return False
    sample = data[:65536]
    return len(sample) > 4096 and len(sample) / (sample.count(b"\n") + 1) > 1000


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def text_paths(inventory: Inventory) -> list[str]:
    paths = [f.path for f in inventory.files] + list(inventory.other_files)
    paths += [s.path for s in inventory.skipped if s.reason in _RESCAN_REASONS]
    return sorted(paths)


def scan_tree(
    root: Path, inventory: Inventory, engine: Engine, paths: Iterable[str] | None = None
) -> tuple[list[Finding], set[str], ScanTally]:
    tally = ScanTally()
    for s in inventory.skipped:
        if s.reason not in _RESCAN_REASONS:
            tally.skip(s.reason)
    findings: list[Finding] = []
    values: set[str] = set()
    props = {"scope": "working-tree"}
    listed = {
        *(f.path for f in inventory.files),
        *inventory.other_files,
        *(s.path for s in inventory.skipped),
    }
    named = {rel: engine.file_name_hits(rel) for rel in sorted(listed)}
    with_key_content: set[str] = set()
    for rel in text_paths(inventory) if paths is None else paths:
        try:
            data = (root / rel).read_bytes()
        except OSError as exc:
            tally.gaps.append(Gap(rel, f"unreadable: {exc.strerror or exc}"))
            continue
        fs = tally.scan(engine, rel, data)
        if fs is None:
            continue
        if fs.detections or fs.dumps or fs.allows:
            values |= sensitive_values(fs)
            findings.extend(detection_findings(fs, engine, props))
            if has_key_content(fs):
                with_key_content.add(rel)
    for rel, detectors in named.items():
        if rel not in with_key_content:
            findings.extend(file_name_finding(rel, det, props) for det in detectors)
    return findings, values, tally


def has_key_content(fs: FileScan) -> bool:
    """A key file whose content was found as a key is reported once, by its content."""
    return any(d.detector.validator == "private-key" for d in fs.detections)
