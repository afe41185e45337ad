"""Baselines: the findings a project already had when it adopted aiscan.

`aiscan baseline create` records them (fingerprints, with rule and path for humans; no timestamps
or line numbers, sorted, so the file only changes when the findings do and two branches rarely
conflict). Merge and pre-commit scans then fail only on findings that are not in it. A release
scan ignores it and says so: point 21 judges the version going into operation, not the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from aiscan import safe_yaml, userfiles
from aiscan.errors import ConfigError
from aiscan.models import BaselineUse, Finding, Suppression
from aiscan.waivers import POLICY_ANALYZER

DEFAULT_BASELINE = "aiscan-baseline.yaml"
FORMAT_VERSION = 1
RELEASE = "release"

HEADER = """\
# aiscan baseline: the findings known when it was made. Merge and pre-commit scans fail
# only on findings that are not listed here; a release scan ignores this file (p21 judges
# the whole version). Regenerate with `aiscan baseline create`; do not edit by hand.
"""


@dataclass(frozen=True, order=True)
class BaselineEntry:
    path: str
    rule: str
    fingerprint: str


def baseline_entries(findings: Iterable[Finding]) -> tuple[BaselineEntry, ...]:
    """The active findings worth recording: not those a waiver or inline comment already
    covers, and not aiscan's own findings about its inputs."""
    entries = {
        BaselineEntry(f.location.path, f.rule_id, f.fingerprint)
        for f in findings
        if f.active and f.analyzer != POLICY_ANALYZER and f.fingerprint
    }
    return tuple(sorted(entries))


def render_baseline(entries: Sequence[BaselineEntry]) -> str:
    body = {
        "version": FORMAT_VERSION,
        "findings": [{"fingerprint": e.fingerprint, "rule": e.rule, "path": e.path} for e in sorted(entries)],
    }
    return HEADER + yaml.safe_dump(
        body, sort_keys=False, default_flow_style=False, allow_unicode=True, width=1000
    )


def parse_baseline(text: str, source: str) -> tuple[BaselineEntry, ...]:
    data = safe_yaml.parse(text, source, "baseline").data
    if not isinstance(data, dict) or set(data) - {"version", "findings"}:
        raise ConfigError(f"{source}: expected a baseline with 'version' and 'findings'")
    version = data.get("version")
    if type(version) is not int or version != FORMAT_VERSION:
        raise ConfigError(f"{source}: unsupported baseline version {str(version)[:40]} (expected 1)")
    items = data.get("findings")
    items = [] if items is None else items
    if not isinstance(items, list):
        raise ConfigError(f"{source}: 'findings' must be a list")
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or set(item) - {"fingerprint", "rule", "path"}:
            raise ConfigError(f"{source}: entry {n} must have only 'fingerprint', 'rule' and 'path'")
        fp, rule, path = (item.get(key) for key in ("fingerprint", "rule", "path"))
        if not isinstance(fp, str) or not fp:
            raise ConfigError(f"{source}: entry {n} needs a 'fingerprint'")
        if not isinstance(rule, str | None) or not isinstance(path, str | None):
            raise ConfigError(f"{source}: entry {n}: 'rule' and 'path' must be strings")
        out.append(BaselineEntry(path or "", rule or "", fp))
    return tuple(out)


def load_baseline(path: Path, root: Path) -> tuple[BaselineEntry, ...]:
    text = userfiles.read_text(path, "baseline file")
    return parse_baseline(text, str(path))


def apply_baseline(
    findings: Sequence[Finding], entries: Sequence[BaselineEntry], scan_kind: str, source: str
) -> tuple[tuple[Finding, ...], BaselineUse]:
    """Suppress the findings the baseline lists (kind 'baseline'), except in a release scan."""
    if scan_kind == RELEASE:
        reason = "not applied: a release scan judges the whole version (p21), known findings included"
        return tuple(findings), BaselineUse(source, False, len(entries), 0, reason)
    known = {e.fingerprint for e in entries}
    suppression = Suppression("baseline", "known when the baseline was made", source)
    out = []
    matched = 0
    for f in findings:
        # A finding merged later from several tools is known by any of its tools' fingerprints.
        if f.active and f.analyzer != POLICY_ANALYZER and known.intersection(f.fingerprints):
            out.append(replace(f, suppression=suppression))
            matched += 1
        else:
            out.append(f)
    reason = f"{matched} known finding(s) do not count in this {scan_kind} scan"
    return tuple(out), BaselineUse(source, True, len(entries), matched, reason)
