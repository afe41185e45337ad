"""The data model shared by every analyzer, the evaluation, the gate and every report.

Everything here is a frozen value. Analyzers produce `Finding`s and one `AnalyzerRun`; the
compliance evaluation turns them into `RequirementResult`s; the gate turns those into a `Decision`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"
    # A record with no usable severity (for example an advisory without a CVSS vector).
    # Shown as such; the gate ranks it as the policy says (high by default).
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.strip().lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {choices})") from None


_SEVERITY_RANK = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 2,
    Severity.UNKNOWN: 3,
    Severity.HIGH: 3,
    Severity.CRITICAL: 4,
}

# Severities from the most to the least serious, for counts and sorting.
SEVERITY_ORDER = (
    Severity.CRITICAL,
    Severity.HIGH,
    Severity.UNKNOWN,
    Severity.MEDIUM,
    Severity.LOW,
    Severity.INFO,
)


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class RunStatus(StrEnum):
    OK = "ok"  # ran over everything it was given
    PARTIAL = "partial"  # ran, but some files or rules were not covered (listed in `gaps`)
    SKIPPED = "skipped"  # deliberately not run (disabled, nothing it could check was requested)
    ERROR = "error"  # missing tool, crash, timeout, unreadable output

    @property
    def complete(self) -> bool:
        return self is RunStatus.OK


class Status(StrEnum):
    """The status of one requirement."""

    PASS = "PASS"  # noqa: S105 (a status, not a password)
    FAIL = "FAIL"
    NOT_ASSESSED = "NOT_ASSESSED"
    MANUAL = "MANUAL"
    NOT_APPLICABLE = "NOT_APPLICABLE"


class Component(StrEnum):
    """The AIS components of point 14."""

    WEB = "web"
    MOBILE = "mobile"
    API = "api"


class FileRole(StrEnum):
    """What the file of a finding is for (aiscan.roles)."""

    SOURCE = "source"  # code of the AIS
    TEST = "test"  # test code: tests/, *_test.go, src/test/, *.spec.ts, conftest.py, ...
    EXAMPLE = "example"  # example or benchmark code beside a library: examples/, _examples/, bench/


@dataclass(frozen=True)
class Location:
    """Where a finding is: a file (relative, POSIX) or, for live probes, a URL."""

    path: str
    start_line: int | None = None
    end_line: int | None = None
    start_col: int | None = None
    snippet: str = ""


@dataclass(frozen=True)
class Suppression:
    """Why a finding does not count: an inline allow comment, a waiver or a baseline entry."""

    kind: str  # "inline", "false_positive", "accepted_risk", "baseline", "allowlist"
    reason: str
    source: str  # the file (and line) that suppresses it
    approved_by: str | None = None
    expires: date | None = None


@dataclass(frozen=True)
class Finding:
    rule_id: str
    analyzer: str
    title: str
    message: str
    severity: Severity
    confidence: Confidence
    location: Location
    cwe: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    remediation: str = ""
    fingerprint: str = ""
    # Analyzer-specific facts safe to show (package and fixed versions, a redacted secret, ...).
    properties: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    suppression: Suppression | None = None
    role: FileRole = FileRole.SOURCE  # set by the pipeline (aiscan.roles.assign_roles)
    # The AIS component (its id in the AIS description) the finding belongs to; None for a scan
    # of one directory without an AIS description.
    component: str | None = None

    @property
    def active(self) -> bool:
        return self.suppression is None

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Its rule and, for a finding merged from several tools, every rule that reported it."""
        merged = self.properties.get("rule_ids") or ()
        return (self.rule_id, *(str(r) for r in merged if r != self.rule_id))

    @property
    def fingerprints(self) -> tuple[str, ...]:
        """Its fingerprint and, for a finding merged from several tools, the fingerprint each
        absorbed finding had alone (what a baseline or a waiver made before the merge names)."""
        merged = self.properties.get("merged") or ()
        absorbed = (str(m["fingerprint"]) for m in merged if isinstance(m, dict) and m.get("fingerprint"))
        return (self.fingerprint, *(fp for fp in absorbed if fp != self.fingerprint))


@dataclass(frozen=True)
class Gap:
    """Something an analyzer did not cover: a file it could not parse, a rule that timed out."""

    path: str
    reason: str
    rule_id: str | None = None
    # False for what is listed with a run but leaves it complete (a file parsed but for a few
    # lines, a file analysed when retried): not counted among the gaps that make it partial.
    blocking: bool = True


@dataclass(frozen=True)
class AnalyzerRun:
    analyzer: str
    status: RunStatus
    tool: str
    tool_version: str | None = None
    reason: str = ""
    duration_s: float = 0.0
    files_scanned: int = 0
    gaps: tuple[Gap, ...] = ()
    component: str | None = None  # the AIS component it scanned (None for a plain scan)
    # Files and folders of its own scope the analyzer did not read (the git history's binary
    # blobs, pruned build output), for the report's skipped files.
    skipped_files: tuple[SkippedFile, ...] = ()


@dataclass(frozen=True)
class AnalyzerOutcome:
    """What one analyzer returns. `sensitive_values` never leave the pipeline: they are used to
    redact any other finding's snippet that happens to contain them, then dropped."""

    run: AnalyzerRun
    findings: tuple[Finding, ...] = ()
    sensitive_values: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Attestation:
    """Human evidence for a requirement that cannot be (fully) checked by a machine."""

    requirement: str
    by: str
    on: date
    evidence: str
    valid_until: date


@dataclass(frozen=True)
class RequirementResult:
    requirement_id: str
    status: Status
    reason: str
    findings: tuple[str, ...] = ()  # fingerprints of the findings at or above the threshold
    observations: tuple[str, ...] = ()  # fingerprints of findings below the threshold
    analyzers: tuple[str, ...] = ()  # the analyzer runs consulted
    attestation: Attestation | None = None
    # The AIS components (ids of the AIS description) the requirement applies to in a release of
    # several components; empty for a scan of one directory.
    components: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class LanguageCoverage:
    """How the static-analysis rules cover one language of the scanned tree (p19): the number
    of rules per weakness class (p19.1 ... p19.7). `subject` is False for markup, which p19 does
    not ask a source-code analyser to cover."""

    language: str
    files: int
    lines: int
    rules: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)
    subject: bool = True
    analyzers: tuple[str, ...] = ()  # the analyzers whose rules read the language

    @property
    def covered(self) -> bool:
        return any(self.rules.values())

    def missing(self, classes: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(c for c in classes if not self.rules.get(c))


@dataclass(frozen=True)
class ComponentEvidence:
    """Why the inventory says a tree holds an AIS component (p14): the rule that matched and
    some of the files that made it, or (`component` None) that nothing matched."""

    component: Component | None
    reason: str
    files: tuple[str, ...] = ()  # up to a few examples


@dataclass(frozen=True)
class Decision:
    exit_code: int
    allowed: bool
    verdict: str  # "allowed", "blocked", "incomplete"
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Waiver:
    """A security officer's exception for one finding, from the waivers file (p21).

    It names the finding by fingerprint, or by rule and path (a glob). A critical finding can be
    waived only as a false positive: p21 does not let an organisation accept a critical risk."""

    id: str
    kind: str  # "false_positive" | "accepted_risk"
    reason: str
    approved_by: str
    approved_on: date
    expires: date
    source: str  # the waivers file, relative to the scan root when inside it
    line: int | None = None  # the entry's line in that file
    fingerprint: str | None = None
    rule_id: str | None = None
    path: str | None = None  # a path or glob, relative to the scan root

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass(frozen=True)
class WaiverState:
    """What one waiver did in a scan."""

    waiver: Waiver
    status: str  # "in_force" | "expired"
    suppressed: tuple[str, ...] = ()  # fingerprints of the findings it suppresses
    refused: tuple[str, ...] = ()  # critical findings an accepted_risk waiver may not cover
    matched: tuple[str, ...] = ()  # for an expired waiver: the findings it would have covered


@dataclass(frozen=True)
class BaselineUse:
    """The baseline file of a scan and whether it counted."""

    path: str
    applied: bool
    entries: int
    matched: int = 0
    reason: str = ""


@dataclass(frozen=True)
class ScanScope:
    """Which files SAST and secret detection looked at: the whole tree, the files given on the
    command line (pre-commit), or the files changed since a git revision (merge requests)."""

    mode: str = "full"  # "full" | "files" | "diff"
    paths: tuple[str, ...] | None = None
    diff_base: str | None = None

    @property
    def limited(self) -> bool:
        return self.paths is not None


@dataclass(frozen=True)
class ScanResult:
    target: str
    scan_kind: str
    components: tuple[Component, ...]
    languages: Mapping[str, int]
    runs: tuple[AnalyzerRun, ...]
    findings: tuple[Finding, ...]
    requirements: tuple[RequirementResult, ...]
    decision: Decision
    started_at: str
    duration_s: float
    aiscan_version: str
    fail_on: Severity
    commit: str | None = None
    skipped_files: tuple[SkippedFile, ...] = ()
    notes: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()  # exclusion globs in force (configuration and command line)
    waivers: tuple[WaiverState, ...] = ()
    baseline: BaselineUse | None = None
    scope: ScanScope = field(default_factory=ScanScope)
    # Per language of the tree: rules per p19 class (the SAST coverage matrix).
    coverage: tuple[LanguageCoverage, ...] = ()
    # Third-party and build-output folders the inventory left out (node_modules, vendor, ...).
    excluded_dirs: tuple[str, ...] = ()
    # What was released: the AIS, its components and their versions (None for a plain scan
    # that has no git commit to name).
    release: ReleaseIdentity | None = None
    # Why each component in `components` was chosen (which files), or that none was recognised.
    component_evidence: tuple[ComponentEvidence, ...] = ()

    def with_requirements(self, results: tuple[RequirementResult, ...]) -> ScanResult:
        return replace(self, requirements=results)


@dataclass(frozen=True)
class ComponentVersion:
    """One component of a release as it was scanned: where its source came from, which version."""

    id: str  # the component id of the AIS description ("backend", "android", ...)
    kinds: tuple[str, ...]  # "web", "api", "mobile-android", "mobile-ios"
    path: str  # the directory that was scanned
    repository: str | None = None  # the git repository (its remote URL, or its path when none)
    ref: str | None = None  # the git ref that was asked for, when one was
    commit: str | None = None  # the commit scanned; None when the source is not in git
    dirty: bool | None = None  # the working tree differs from the commit (None: not in git)
    version: str | None = None  # the version label (a tag, or what the description says)
    subdir: str = ""  # the folder inside the repository that was scanned ('' for all of it)

    def identity(self) -> str:
        """What makes this component's version: its id, commit and folder in the repository (or,
        without git, its path), and whether uncommitted changes were scanned."""
        where = f"{self.commit}:{self.subdir}" if self.commit else f"path:{self.path}"
        return f"{self.id}\0{where}\0{'dirty' if self.dirty else 'clean'}\0{self.version or ''}"


@dataclass(frozen=True)
class ReleaseIdentity:
    """What was released: stable for the same inputs, so the audit report and the retention
    archive name a release the same way."""

    ais: str
    organisation: str
    components: tuple[ComponentVersion, ...]

    @property
    def release_id(self) -> str:
        return release_id(self.ais, self.components)


def release_id(ais: str, components: tuple[ComponentVersion, ...]) -> str:
    """`<ais>-<12 hex>`: a digest of the AIS name and each component's identity, in id order."""
    parts = [ais, *(c.identity() for c in sorted(components, key=lambda c: c.id))]
    digest = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
    slug = re.sub(r"[^a-z0-9]+", "-", ais.lower()).strip("-") or "ais"
    return f"{slug}-{digest[:12]}"


_WS = re.compile(r"\s+")


def fingerprint(rule_id: str, path: str, basis: str, occurrence: int = 0) -> str:
    """A stable identity for a finding: rule, path and the normalised matched code (or another
    basis such as package and version) — never the line number, so unrelated edits keep it."""
    return FingerprintBasis(rule_id, path, basis).fingerprint(occurrence)


class FingerprintBasis:
    """The part of a fingerprint before the occurrence, hashed once for the many findings that
    share it (the values of one long line)."""

    def __init__(self, rule_id: str, path: str, basis: str) -> None:
        norm = _WS.sub(" ", basis).strip()
        # A file name that is not valid UTF-8 is carried with surrogate escapes: hashed as its bytes.
        self._hash = hashlib.sha256(f"{rule_id}\0{path}\0{norm}\0".encode("utf-8", "surrogateescape"))

    def fingerprint(self, occurrence: int = 0) -> str:
        digest = self._hash.copy()
        digest.update(str(occurrence).encode("ascii"))
        return digest.hexdigest()[:32]


def assign_fingerprints(findings: tuple[Finding, ...] | list[Finding]) -> tuple[Finding, ...]:
    """Give each finding without one a fingerprint; identical matches in the same file are told
    apart by their order of occurrence."""
    seen: dict[tuple[str, str, str], int] = {}
    out: list[Finding] = []
    ordered = sorted(findings, key=lambda f: (f.location.path, f.location.start_line or 0, f.rule_id))
    for f in ordered:
        if f.fingerprint:
            out.append(f)
            continue
        basis = f.location.snippet or f.message
        key = (f.rule_id, f.location.path, _WS.sub(" ", basis).strip())
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(replace(f, fingerprint=fingerprint(f.rule_id, f.location.path, basis, n)))
    return tuple(out)
