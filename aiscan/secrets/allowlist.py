"""The allowlist file: findings accepted by fingerprint, each with a reason an auditor can read.

# .aiscan-secrets-allowlist.yaml
allow:
  - fingerprint: 5c0e1b8f2d7a4c3e9b6f1a2d3c4e5f60
    reason: sandbox key of the payment provider's test mode, no access to live data
    approved_by: A. Seitkali          # optional
    expires: 2027-06-30               # optional; an expired entry no longer suppresses
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from aiscan import safe_yaml
from aiscan.errors import ConfigError

DEFAULT_ALLOWLIST = ".aiscan-secrets-allowlist.yaml"
_KEYS = {"fingerprint", "reason", "approved_by", "expires", "rule", "path", "note"}


@dataclass(frozen=True)
class AllowEntry:
    fingerprint: str
    reason: str
    source: str  # file:line
    approved_by: str | None = None
    expires: date | None = None

    def valid_on(self, today: date) -> bool:
        return self.expires is None or today <= self.expires


def load_allowlist(path: Path) -> tuple[AllowEntry, ...]:
    """Read and validate an allowlist. A missing or malformed file named by the user is a
    configuration error: silently ignoring it would report accepted secrets as new ones, or
    worse, let a typo pass for an acceptance."""
    document = safe_yaml.load_file(path, "secrets allowlist")
    raw, node = document.data, document.node
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not isinstance(raw.get("allow", []), list):
        raise ConfigError(f"{path}: expected a mapping with an 'allow' list")
    lines = _entry_lines(node)
    entries = []
    for i, item in enumerate(raw.get("allow") or []):
        line = lines[i] if i < len(lines) else 0
        entries.append(_entry(item, f"{path.name}:{line}", path))
    return tuple(entries)


def _entry_lines(node: Any) -> list[int]:
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "allow" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _entry(item: Any, source: str, path: Path) -> AllowEntry:
    if not isinstance(item, dict):
        raise ConfigError(f"{source}: each allowlist entry is a mapping")
    unknown = sorted(map(str, set(item) - _KEYS))
    if unknown:
        raise ConfigError(f"{source}: unknown key '{unknown[0]}' in the secrets allowlist")
    fp = item.get("fingerprint")
    reason = item.get("reason")
    if not isinstance(fp, str) or not fp.strip():
        raise ConfigError(f"{source}: an allowlist entry needs a 'fingerprint'")
    if not isinstance(reason, str) or len(reason.strip()) < 3:
        raise ConfigError(f"{source}: an allowlist entry needs a 'reason' (why the finding is accepted)")
    expires = item.get("expires")
    if isinstance(expires, datetime):  # a timestamp counts as its day
        expires = expires.date()
    if expires is not None and not isinstance(expires, date):
        raise ConfigError(f"{source}: 'expires' must be a date (YYYY-MM-DD)")
    approved = item.get("approved_by")
    if approved is not None and not isinstance(approved, str):
        raise ConfigError(f"{source}: 'approved_by' must be a name")
    return AllowEntry(fp.strip(), " ".join(reason.split()), source, approved or None, expires)
