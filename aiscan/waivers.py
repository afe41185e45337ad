"""Waivers: a security officer's approved exceptions, in their own file (aiscan-waivers.yaml).

Each waiver names one finding (by fingerprint, or by rule and path), says whether it is a false
positive or an accepted risk, why, who approved it and when, and until when it holds. Point 21
lets an organisation fix non-critical vulnerabilities on its own schedule but requires critical ones
to be fixed before release, so a critical finding can be waived only as a false positive.

Semantics (pure functions below, documented in docs/waivers.md):
- a waiver is in force up to and including its `expires` date;
- an expired waiver suppresses nothing: the findings it covered count again, and the waiver itself
  becomes a visible low-severity finding (rule `aiscan-waiver-expired`, mapped to p21) at its line
  in the waivers file, so every report format, dashboard and annotation shows it;
- an `accepted_risk` waiver never suppresses a critical finding; the report lists it as refused;
- every waiver, in force or expired, is listed in every report.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from aiscan import safe_yaml, userfiles
from aiscan.errors import ConfigError
from aiscan.models import (
    Confidence,
    Finding,
    Location,
    Severity,
    Suppression,
    Waiver,
    WaiverState,
    fingerprint,
)

DEFAULT_WAIVERS = "aiscan-waivers.yaml"
KINDS = ("false_positive", "accepted_risk")
EXPIRED_RULE = "aiscan-waiver-expired"
POLICY_ANALYZER = "aiscan"  # findings aiscan raises about its own inputs (waivers)
P21 = "p21"

_KEYS = {"id", "fingerprint", "rule", "path", "kind", "reason", "approved_by", "approved_on", "expires"}
_REQUIRED = ("kind", "reason", "approved_by", "approved_on", "expires")


def load_waivers(path: Path, root: Path, *, max_days: int, today: date) -> tuple[Waiver, ...]:
    text = userfiles.read_text(path, "waivers file")
    return parse_waivers(text, display_path(path, root), max_days=max_days, today=today, file=str(path))


def display_path(path: Path, root: Path) -> str:
    """A policy file's path as reports show it: relative to the scan root when inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def parse_waivers(
    text: str, source: str, *, max_days: int, today: date, file: str | None = None
) -> tuple[Waiver, ...]:
    """Validate a waivers document. Every problem is a ConfigError naming the file (`file`, else
    `source`), the entry and the key: an exception to the release gate must be exactly what the
    officer approved. `source` is how reports name the file."""
    try:
        return _parse_waivers(text, source, max_days, today)
    except ConfigError as exc:
        if file and file != source and exc.message.startswith(source + ":"):
            raise ConfigError(file + exc.message[len(source) :]) from None
        raise


def _parse_waivers(text: str, source: str, max_days: int, today: date) -> tuple[Waiver, ...]:
    document = safe_yaml.parse(text, source, "waivers file")
    data, lines = document.data, _entry_lines(document.node)
    if data is None:
        return ()
    if not isinstance(data, dict) or set(data) - {"waivers"}:
        raise ConfigError(f"{source}: expected a mapping with one key, 'waivers' (a list)")
    entries = data.get("waivers")
    entries = [] if entries is None else entries
    if not isinstance(entries, list):
        raise ConfigError(f"{source}: 'waivers' must be a list")
    waivers = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else None
        w = _parse_entry(entry, index, source, line, max_days, today)
        if w.id in seen:
            raise ConfigError(f"{source}: two waivers have the id {w.id!r}")
        seen.add(w.id)
        waivers.append(w)
    return tuple(waivers)


def _entry_lines(node: yaml.Node | None) -> list[int]:
    """The line of each entry of the 'waivers' list, from the document's nodes."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and key.value == "waivers"
            and isinstance(value, yaml.SequenceNode)
        ):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _parse_entry(entry: Any, index: int, source: str, line: int | None, max_days: int, today: date) -> Waiver:
    where = f"{source}: waiver {index + 1}" + (f" (line {line})" if line else "")
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: each waiver must be a mapping")
    for key in entry:
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key '{str(key)[:80]}'")
    for key in _REQUIRED:
        if entry.get(key) in (None, ""):
            raise ConfigError(f"{where}: '{key}' is required")
    strings = {
        k: _string(entry, k, where)
        for k in ("id", "fingerprint", "rule", "path", "kind", "reason", "approved_by")
    }
    if strings["kind"] not in KINDS:
        raise ConfigError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    if not strings["fingerprint"] and not (strings["rule"] and strings["path"]):
        raise ConfigError(f"{where}: name the finding by 'fingerprint', or by 'rule' and 'path'")
    approved_on = _date(entry, "approved_on", where)
    expires = _date(entry, "expires", where)
    if approved_on > today:
        raise ConfigError(f"{where}: 'approved_on' {approved_on.isoformat()} is in the future")
    if expires < approved_on:
        raise ConfigError(f"{where}: 'expires' is before 'approved_on'")
    length = (expires - approved_on).days
    if length > max_days:
        raise ConfigError(
            f"{where}: runs {length} days from approval to expiry; the policy allows at most "
            f"{max_days} (policy.max_waiver_days)"
        )
    return Waiver(
        id=strings["id"] or f"waiver-{index + 1}",
        kind=strings["kind"],
        reason=strings["reason"],
        approved_by=strings["approved_by"],
        approved_on=approved_on,
        expires=expires,
        source=source,
        line=line,
        fingerprint=strings["fingerprint"] or None,
        rule_id=strings["rule"] or None,
        path=strings["path"].removeprefix("./") if strings["path"] else None,
    )


def _string(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if value is None:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _date(entry: Mapping[str, Any], key: str, where: str) -> date:
    value = entry.get(key)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{where}: '{key}' must be a date (YYYY-MM-DD)")


def matches(waiver: Waiver, finding: Finding) -> bool:
    """Every selector the waiver gives must hold: fingerprint equal, rule equal (any fingerprint
    or rule of a finding merged from several tools), path equal or matching its glob."""
    if waiver.fingerprint and waiver.fingerprint not in finding.fingerprints:
        return False
    if waiver.rule_id and waiver.rule_id not in finding.rule_ids:
        return False
    return not waiver.path or _path_matches(finding.location.path, waiver.path)


def _path_matches(path: str, pattern: str) -> bool:
    return path == pattern or fnmatch.fnmatchcase(path, pattern)


def in_force(waiver: Waiver, today: date) -> bool:
    return today <= waiver.expires


def apply_waivers(
    findings: Sequence[Finding], waivers: Iterable[Waiver], today: date
) -> tuple[tuple[Finding, ...], tuple[WaiverState, ...]]:
    """Mark the findings that waivers in force cover, and say what each waiver did. Findings
    already suppressed (an inline allow comment) are left as they are."""
    suppressions: dict[str, Suppression] = {}
    states: list[WaiverState] = []
    for w in waivers:
        covered = tuple(f for f in findings if f.active and matches(w, f))
        if not in_force(w, today):
            states.append(WaiverState(w, "expired", matched=tuple(f.fingerprint for f in covered)))
            continue
        suppressed: list[str] = []
        refused: list[str] = []
        for f in covered:
            if f.severity is Severity.CRITICAL and w.kind != "false_positive":
                refused.append(f.fingerprint)
                continue
            suppressed.append(f.fingerprint)
            suppressions.setdefault(
                f.fingerprint,
                Suppression(w.kind, w.reason, f"{w.where} ({w.id})", w.approved_by, w.expires),
            )
        states.append(WaiverState(w, "in_force", tuple(suppressed), tuple(refused)))
    out = tuple(
        replace(f, suppression=suppressions[f.fingerprint])
        if f.active and f.fingerprint in suppressions
        else f
        for f in findings
    )
    return out, tuple(states)


def expired_waiver_findings(states: Iterable[WaiverState]) -> tuple[Finding, ...]:
    """One low-severity finding per expired waiver, at its entry in the waivers file (p21: the
    internal procedure for fixing vulnerabilities is not being followed)."""
    out = []
    for state in states:
        if state.status != "expired":
            continue
        w = state.waiver
        n = len(state.matched)
        covered = f"the {n} finding(s) it covered count again" if n else "it matches no current finding"
        out.append(
            Finding(
                rule_id=EXPIRED_RULE,
                analyzer=POLICY_ANALYZER,
                title=f"Waiver {w.id} expired on {w.expires.isoformat()}",
                message=(
                    f"The {w.kind.replace('_', ' ')} waiver {w.id} approved by {w.approved_by} "
                    f"expired on {w.expires.isoformat()}; {covered}."
                ),
                severity=Severity.LOW,
                confidence=Confidence.HIGH,
                location=Location(w.source, w.line, w.line),
                requirements=(P21,),
                remediation=(
                    "Fix the finding, or have the security officer renew the waiver with a new "
                    "approval date; remove waivers that no longer match anything."
                ),
                fingerprint=fingerprint(EXPIRED_RULE, w.source, f"{w.id}|{w.expires.isoformat()}"),
                properties={"waiver": w.id, "expired_on": w.expires.isoformat(), "covered": n},
            )
        )
    return tuple(out)
