"""From detections to findings: masked snippets, stable fingerprints, suppressions. Pure.

No finding carries a value in full. The snippet is the line with every value on it masked
(aiscan.redaction.mask); the properties describe a secret by prefix, length and (for long,
machine-made values only) a truncated hash. Fingerprints of human-chosen passwords and of
personal data are computed from the line with its values taken out, never from the value:
a hash of a short password or of an IIN could be reversed by trying candidates.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import ahocorasick_rs

from aiscan.inline_allow import Allow
from aiscan.models import Confidence, Finding, FingerprintBasis, Location, Severity, Suppression, fingerprint
from aiscan.redaction import describe_secret, mask
from aiscan.secrets.allowlist import AllowEntry
from aiscan.secrets.client_keys import client_key, client_key_why
from aiscan.secrets.detectors import Detector
from aiscan.secrets.engine import Detection, Dump, Engine, FileScan
from aiscan.secrets.load_tests import load_test_tool
from aiscan.secrets.test_configs import test_tool_configuration
from aiscan.secrets.test_suite_imports import imported_test_module

ANALYZER = "secrets"
ALLOW_WITHOUT_REASON = "inline-allow-without-reason"
DUMP_SUFFIX = "-dump"
MAX_SNIPPET_CHARS = 400
# Values at least this long from a detector that does not match human-chosen passwords are
# fingerprinted by their hash; all others by their line with the values taken out.
HASHED_FINGERPRINT_MIN = 20
_HUMAN_CHOSEN = frozenset({"assignment", "url-credentials"})
_HUMAN_CHOSEN_IDS = frozenset({"connection-string-password", "netrc-password"})


class MaskedLine:
    """A line with every value detected on it masked, and its template (the values replaced by
    their lengths), each built in one pass over the line however many values it holds: a dump's
    line may hold thousands, each its own finding."""

    def __init__(self, line: str, values: Iterable[str]) -> None:
        raw = line.rstrip("\r")
        wanted = sorted({v for v in values if v})
        masked: list[str] = []
        template: list[str] = []
        # (start, end) in the raw line and (start, end) in the masked line of each value masked
        self._spans: list[tuple[int, int, int, int]] = []
        pos = out = 0
        for i, start, end in _leftmost_longest(wanted, raw):
            shown = mask(wanted[i])
            masked += [raw[pos:start], shown]
            template += [raw[pos:start], f"<{end - start}>"]
            out += start - pos
            self._spans.append((start, end, out, out + len(shown)))
            out += len(shown)
            pos = end
        masked.append(raw[pos:])
        template.append(raw[pos:])
        self.masked = "".join(masked)
        self.template = " ".join("".join(template).split())

    def snippet(self, col: int = 0) -> str:
        """The masked line; a long one cut to MAX_SNIPPET_CHARS around column `col` (1-based; 0:
        around the first value masked)."""
        out = self.masked
        if len(out) <= MAX_SNIPPET_CHARS:
            return out.strip()
        anchor = self._masked_offset(col - 1) if col else (self._spans[0][2] if self._spans else 0)
        at = max(0, anchor - MAX_SNIPPET_CHARS // 2)
        return ("…" if at else "") + out[at : at + MAX_SNIPPET_CHARS].strip() + "…"

    def _masked_offset(self, raw: int) -> int:
        i = bisect.bisect_right(self._spans, (raw, sys.maxsize)) - 1
        if i < 0:
            return raw
        _, end, masked_start, masked_end = self._spans[i]
        return masked_start if raw < end else masked_end + raw - end


def _leftmost_longest(values: list[str], text: str) -> list[tuple[int, int, int]]:
    """(index in values, start, end) of each value found in text, left to right, the longest
    where several start at the same place, none overlapping."""
    if not values:
        return []
    try:
        matcher = ahocorasick_rs.AhoCorasick(values, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        return matcher.find_matches_as_indexes(text)
    except UnicodeEncodeError:  # lone surrogates, which the matcher does not take
        index = {v: i for i, v in enumerate(values)}
        alternatives = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
        return [(index[m.group()], m.start(), m.end()) for m in re.finditer(alternatives, text)]


def _masked_line(line: str, values: Iterable[str]) -> str:
    return MaskedLine(line, values).snippet()


def _template(line: str, values: Iterable[str]) -> str:
    return MaskedLine(line, values).template


def line_values(fs: FileScan) -> dict[int, list[str]]:
    """The single-line values detected on each line (to mask them all in a line's snippet)."""
    by_line: dict[int, list[str]] = {}
    for d in fs.detections:
        if d.line == d.end_line:
            by_line.setdefault(d.line, []).append(d.value)
    return by_line


def sensitive_values(fs: FileScan) -> set[str]:
    """The raw values to redact from every other analyzer's output: each value, and each line
    of a multi-line one."""
    out: set[str] = set()
    for d in fs.detections:
        out.add(d.value)
        for piece in re.split(r"\\n|\r?\n", d.value):
            if len(piece.strip()) >= 16:
                out.add(piece.strip())
    for dump in fs.dumps:
        out.update(dump.raw)
    return out


def _test_tooling(fs: FileScan) -> str | None:
    """Why the file is a script run only against a test installation, known by its content: a
    load-test tool's script, or a script importing the project's test suite."""
    tool = load_test_tool(fs.path, fs.lines)
    if tool:
        return f"in a load-test script ({tool}), run only against a test installation"
    module = imported_test_module(fs.path, fs.lines)
    if module:
        return f"in a script importing the project's test suite ({module}), run against a test installation"
    return None


def _placed(fs: FileScan, text: str, d: Detection, severity: Severity, why: str) -> tuple[Severity, str]:
    """The severity the value's place gives: a key its vendor ships in every client build is
    low (client_keys.py); a credential in a test tool's configuration is at the detector's test
    severity (test_configs.py)."""
    det = d.detector
    if det.kind != "secret" or severity.rank <= Severity.LOW.rank:
        return severity, why
    if not det.known_format:
        vendor = client_key(fs.path, text, d.start, d.key)
        if vendor:
            return Severity.LOW, client_key_why(*vendor)
    lowered = det.severity_in_tests
    if lowered is not None and severity.rank > lowered.rank:
        tool = test_tool_configuration(fs.path, text, d.start)
        if tool:
            return lowered, f"in {tool}'s configuration (a test tool): a credential of the test build"
    return severity, why


def detection_findings(
    fs: FileScan, engine: Engine, properties: Mapping[str, Any] | None = None
) -> list[Finding]:
    """One finding per detection and per dump of a file scan, with fingerprints and inline
    suppressions applied."""
    by_line = line_values(fs)
    lines: dict[int, MaskedLine] = {}  # each line masked once, for all its findings
    seen: dict[tuple[str, str], int] = {}
    bases: dict[tuple[str, str], FingerprintBasis] = {}
    test_tooling = _test_tooling(fs) if fs.detections else None
    text = "\n".join(fs.lines) if fs.detections else ""
    out: list[Finding] = []
    for d in fs.detections:
        det = d.detector
        line = fs.line_text(d.line)
        masked = lines.get(d.line) if d.line in by_line else None
        if masked is None:
            masked = MaskedLine(line, by_line.get(d.line, [d.value]))
            if d.line in by_line:
                lines[d.line] = masked
        if det.validator == "private-key":
            snippet = f"{line.strip()} {mask(d.value.strip())}"
        else:
            snippet = masked.snippet(d.col)
        basis = _basis(d, masked)
        n = seen.get((det.id, basis), 0)
        seen[(det.id, basis)] = n + 1
        if (det.id, basis) not in bases:
            bases[(det.id, basis)] = FingerprintBasis(det.id, fs.path, basis)
        props: dict[str, Any] = dict(properties or {})
        severity, why = engine.assess(det, fs.path, line, d.context, d.key, d.value)
        lowered = det.severity_in_tests
        if test_tooling and lowered is not None and severity.rank > lowered.rank:
            severity, why = lowered, test_tooling
        severity, why = _placed(fs, text, d, severity, why)
        if d.recurs_from:
            again = f"the value of the secret reported on line {d.recurs_from}, set again under another name"
            why = f"{why}; {again}"
        if why:
            props["severity_reason"] = why
        if det.kind == "pii":
            props["identifier"] = describe_secret(d.value)
            message = f"{det.title} in the repository: {mask(d.value)}"
        else:
            props["secret"] = describe_secret(d.value)
            if d.key:
                props["name"] = d.key
            message = f"{det.title}: {mask(d.value)}" + (f" assigned to {d.key}" if d.key else "")
            message += f" ({severity.value}: {why})" if why else ""
        out.append(
            Finding(
                rule_id=det.id,
                analyzer=ANALYZER,
                title=det.title,
                message=message,
                severity=severity,
                confidence=det.confidence,
                location=Location(fs.path, d.line, d.end_line, d.col, snippet),
                cwe=det.cwe,
                requirements=det.requirements,
                remediation=det.remediation,
                fingerprint=bases[(det.id, basis)].fingerprint(n),
                properties=props,
                suppression=_inline(fs.allows, d.line, fs.path),
            )
        )
    for dump in fs.dumps:
        out.append(dump_finding(fs, dump, properties))
    for allow in fs.allows:
        if not allow.reason:
            line = fs.line_text(allow.line)
            out.append(allow_without_reason(fs.path, allow, line, by_line.get(allow.line, [])))
    return out


def _basis(d: Detection, line: MaskedLine) -> str:
    det = d.detector
    human = det.validator in _HUMAN_CHOSEN or det.id in _HUMAN_CHOSEN_IDS or det.kind == "pii"
    if not human and len(d.value) >= HASHED_FINGERPRINT_MIN:
        return "sha256:" + hashlib.sha256(d.value.encode("utf-8", "surrogatepass")).hexdigest()
    return "line:" + line.template


def dump_finding(fs: FileScan, dump: Dump, properties: Mapping[str, Any] | None = None) -> Finding:
    det = dump.detector
    n = len(dump.values)
    header = fs.line_text(1)
    # The header line of a table names its columns; shown when it holds no identifier.
    snippet = (
        header.strip()[:MAX_SNIPPET_CHARS] if dump.first_line > 1 and not re.search(r"\d{6}", header) else ""
    )
    props: dict[str, Any] = dict(properties or {})
    props.update({"distinct_values": n, "first_line": dump.first_line, "last_line": dump.last_line})
    return Finding(
        rule_id=det.id + DUMP_SUFFIX,
        analyzer=ANALYZER,
        title=f"Client data dump: {n} distinct valid values of {det.title}",
        message=(
            f"{n} distinct values that pass the {det.title} checks, on lines "
            f"{dump.first_line}-{dump.last_line}: a copy of client data in the repository"
        ),
        severity=det.dump_severity or Severity.CRITICAL,
        confidence=Confidence.HIGH,
        location=Location(fs.path, dump.first_line, dump.last_line, None, snippet),
        cwe=det.cwe,
        requirements=det.requirements,
        remediation=det.remediation,
        fingerprint=fingerprint(det.id + DUMP_SUFFIX, fs.path, "dump"),
        properties=props,
        suppression=_inline(fs.allows, dump.first_line, fs.path),
    )


def allow_without_reason(path: str, allow: Allow, line: str, values: Sequence[str] = ()) -> Finding:
    return Finding(
        rule_id=ALLOW_WITHOUT_REASON,
        analyzer=ANALYZER,
        title="Inline aiscan:allow without a reason",
        message=(
            "An inline allow comment must say why the finding is accepted; "
            "without a reason it suppresses nothing"
        ),
        severity=Severity.MEDIUM,
        confidence=Confidence.HIGH,
        location=Location(path, allow.line, allow.line, None, _masked_line(line, values)),
        requirements=("p19.6",),
        remediation=(
            "Write the reason after the marker (aiscan:allow followed by why), or remove the comment."
        ),
        fingerprint=fingerprint(ALLOW_WITHOUT_REASON, path, _template(line, ())),
    )


def file_name_finding(path: str, det: Detector, properties: Mapping[str, Any] | None = None) -> Finding:
    return Finding(
        rule_id=det.id,
        analyzer=ANALYZER,
        title=det.title,
        message=f"{det.title}: {path.rsplit('/', 1)[-1]}",
        severity=det.severity,
        confidence=det.confidence,
        location=Location(path),
        cwe=det.cwe,
        requirements=det.requirements,
        remediation=det.remediation,
        fingerprint=fingerprint(det.id, path, "file"),
        properties=dict(properties or {}),
    )


def _inline(allows: Sequence[Allow], line: int, path: str) -> Suppression | None:
    for allow in allows:
        if allow.reason and allow.line in (line, line - 1):
            return Suppression("inline", allow.reason, f"{path}:{allow.line}")
    return None


def apply_allowlist(
    findings: Iterable[Finding], entries: Sequence[AllowEntry], today: date
) -> tuple[list[Finding], list[str]]:
    """Suppress the findings whose fingerprint an entry names; return notes on expired entries
    and entries that matched nothing (so stale acceptances do not pile up unseen)."""
    by_fp = {e.fingerprint: e for e in entries}
    used: set[str] = set()
    out = []
    for f in findings:
        entry = by_fp.get(f.fingerprint)
        if entry is not None and f.suppression is None and entry.valid_on(today):
            used.add(entry.fingerprint)
            f = replace(
                f,
                suppression=Suppression(
                    "allowlist", entry.reason, entry.source, entry.approved_by, entry.expires
                ),
            )
        elif entry is not None:
            used.add(entry.fingerprint)
        out.append(f)
    notes = [
        f"allowlist entry {e.source} expired on {e.expires.isoformat()}"
        for e in entries
        if e.expires is not None and not e.valid_on(today)
    ]
    notes += [f"allowlist entry {e.source} matches no finding" for e in entries if e.fingerprint not in used]
    return out, notes
