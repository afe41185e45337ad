"""The working-tree scope: every text file of the inventory, source and non-source alike."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from aiscan.inventory import TOO_LARGE, Inventory, read_head
from aiscan.models import Finding, Gap, SkippedFile
from aiscan.sast.vendored import THIRD_PARTY
from aiscan.secrets.engine import FIXTURE, Engine, FileScan
from aiscan.secrets.findings import detection_findings, file_name_finding, sensitive_values
from aiscan.secrets.fixtures import CONFIG_SUFFIXES, fixture_configs
from aiscan.textdecode import binary_kind, decode_text

# Files are read in full up to this size (minified bundles and large data files included); past
# it, the rest of the file is a gap naming it.
MAX_SECRETS_BYTES = 32 * 1024 * 1024
MAX_NAMED = 20  # binary files named in the run's reason (all of them are in the report's skips)


@dataclass
class ScanTally:
    """What a scope scanned and did not read, for the run's reason, status and gaps. Binary
    content is named, not a gap; content that could not be read, or only in part, is a gap."""

    unit: str = "files"
    scanned: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    binary: list[str] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    # Every file and folder not read, with the reason (the git scopes report them; the working
    # tree's come from the inventory).
    files: list[SkippedFile] = field(default_factory=list)
    pruned: dict[str, str] = field(default_factory=dict)
    # Third-party bundles read for known-format secrets only (provider tokens, private keys).
    known_formats_only: list[str] = field(default_factory=list)
    _binary_seen: set[str] = field(default_factory=set)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def skip_binary(self, rel: str, kind: str | None = None) -> None:
        """A binary file, named once however many versions of it the history holds."""
        if rel in self._binary_seen:
            return
        self._binary_seen.add(rel)
        self.skip("binary file")
        self.binary.append(rel)
        self.files.append(SkippedFile(rel, f"binary file ({kind})" if kind else "binary file"))

    def prune(self, folder: str, reason: str) -> None:
        """A folder left out (build output with its evidence, third-party code, a cache)."""
        if folder not in self.pruned:
            self.pruned[folder] = reason
            self.skip("folder not scanned")
            self.files.append(SkippedFile(folder + "/", f"folder not scanned: {reason}"))

    def scan(
        self, engine: Engine, rel: str, data: bytes, size: int | None = None, *, third_party: bool = False
    ) -> FileScan | None:
        """Scan one file's content (`size` is the file's full size when `data` holds only its
        first MAX_SECRETS_BYTES), or record why it is not read. A `third_party` bundle is read
        for known-format secrets only, and named for it."""
        kind = binary_kind(data)
        if kind is not None:
            self.skip_binary(rel, kind)
            return None
        total = len(data) if size is None else size
        if total > MAX_SECRETS_BYTES:
            self.gaps.append(
                Gap(rel, f"only the first {MAX_SECRETS_BYTES >> 20} MiB of {total >> 20} MiB read")
            )
            data = data[:MAX_SECRETS_BYTES]
        self.scanned += 1
        if third_party:
            self.known_formats_only.append(rel)
        return engine.scan(rel, decode(data), known_formats_only=third_party)

    def summary(self) -> str:
        parts = [f"{self.scanned} {self.unit} scanned"]
        if self.skipped:
            parts.append("not read: " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items())))
        if self.binary:
            shown = ", ".join(self.binary[:MAX_NAMED])
            more = len(self.binary) - MAX_NAMED
            parts.append(f"binary: {shown}" + (f" and {more} more" if more > 0 else ""))
        if self.pruned:
            shown = ", ".join(f"{d}/ ({why})" for d, why in list(self.pruned.items())[:MAX_NAMED])
            more = len(self.pruned) - MAX_NAMED
            parts.append(f"folders not scanned: {shown}" + (f" and {more} more" if more > 0 else ""))
        if self.known_formats_only:
            n = len(self.known_formats_only)
            listed = ", ".join(self.known_formats_only[:MAX_NAMED])
            rest = f" and {n - MAX_NAMED} more" if n > MAX_NAMED else ""
            parts.append(
                f"{n} third-party file{'' if n == 1 else 's'} read for known-format secrets only "
                f"(provider-prefixed tokens, private keys; no keyword, entropy or personal-data "
                f"detector): {listed}{rest}"
            )
        if self.gaps:
            parts.append(f"{len(self.gaps)} not read in full (see the gaps)")
        return "; ".join(parts)


def decode(data: bytes) -> str:
    """The text of a file in whatever encoding it carries (a BOM, UTF-16 without one, else
    UTF-8); undecodable bytes become U+FFFD."""
    return decode_text(data)


def text_paths(inventory: Inventory) -> list[str]:
    """Every file of the inventory whose content the secrets scan reads: source (generated and
    minified included), non-source, and source too large for SAST."""
    paths = [f.path for f in inventory.files] + list(inventory.other_files)
    paths += [s.path for s in inventory.skipped if s.reason.startswith(TOO_LARGE)]
    return sorted(paths)


def scan_tree(
    root: Path, inventory: Inventory, engine: Engine, paths: Iterable[str] | None = None
) -> tuple[list[Finding], set[str], ScanTally]:
    tally = ScanTally()
    unread = inventory.unread()
    tally.gaps += [Gap(s.path, f"not read: {s.reason}") for s in unread]
    for s in inventory.skipped:
        if s in unread:
            continue
        if s.reason.startswith("binary file"):
            tally.skip_binary(s.path)
        elif s.reason.startswith("folder not scanned"):
            tally.skip("folder not scanned")
        elif not s.reason.startswith(TOO_LARGE):
            tally.skip(s.reason.split(" (", 1)[0])
    findings: list[Finding] = []
    values: set[str] = set()
    props = {"scope": "working-tree"}
    listed = {
        *(f.path for f in inventory.files),
        *inventory.other_files,
        *(s.path for s in inventory.skipped if not s.path.endswith("/")),
    }
    named = {rel: engine.file_name_hits(rel) for rel in sorted(listed)}
    bundles = third_party_bundles(inventory)
    with_key_content: set[str] = set()
    scans: list[FileScan] = []
    for rel in text_paths(inventory) if paths is None else paths:
        try:
            data, size = read_head(root / rel, MAX_SECRETS_BYTES + 1)
        except OSError as exc:
            tally.gaps.append(Gap(rel, f"unreadable: {exc.strerror or exc}"))
            continue
        fs = tally.scan(engine, rel, data, size, third_party=rel in bundles)
        if fs is None:
            continue
        if fs.detections or fs.dumps or fs.allows:
            scans.append(fs)
    fixtures = _fixtures(root, inventory, engine, scans) if paths is None else frozenset()
    for fs in scans:
        if fs.path in fixtures:
            fs = replace(fs, detections=tuple(replace(d, context=FIXTURE) for d in fs.detections))
        values |= sensitive_values(fs)
        findings.extend(detection_findings(fs, engine, props))
        if has_key_content(fs):
            with_key_content.add(fs.path)
    for rel, detectors in named.items():
        if rel not in with_key_content:
            findings.extend(file_name_finding(rel, det, props) for det in detectors)
    return findings, values, tally


def _fixtures(root: Path, inventory: Inventory, engine: Engine, scans: list[FileScan]) -> frozenset[str]:
    """The configuration files holding a secret reported above the test severity that only test
    code names (fixtures.py). The tree is read again only when there is such a file."""
    is_test = engine.ruleset.test_paths.search
    candidates = [
        fs.path
        for fs in scans
        if fs.path.lower().endswith(CONFIG_SUFFIXES)
        and not is_test(fs.path)
        and any(
            d.detector.severity_in_tests is not None
            and d.detector.severity.rank > d.detector.severity_in_tests.rank
            for d in fs.detections
        )
    ]
    if not candidates:
        return frozenset()

    def texts() -> Iterator[tuple[str, str]]:
        for rel in text_paths(inventory):
            try:
                data, _ = read_head(root / rel, MAX_SECRETS_BYTES)
            except OSError:
                continue
            if binary_kind(data) is None:
                yield rel, decode(data)

    return fixture_configs(candidates, texts(), lambda p: bool(is_test(p)))


def third_party_bundles(inventory: Inventory) -> frozenset[str]:
    """The files the inventory recognised as third-party code by their content (a library's
    license banner, a bundler's runtime: aiscan/sast/vendored.py)."""
    return frozenset(s.path for s in inventory.build_tooling if s.reason.startswith(THIRD_PARTY))


def has_key_content(fs: FileScan) -> bool:
    """A key file whose content was found as a key is reported once, by its content."""
    return any(d.detector.validator == "private-key" for d in fs.detections)
