"""Attestations: human evidence for requirements a machine cannot (fully) check.

File format (YAML, safe-loaded)::

    attestations:
      - requirement: p15
        by: "A. Seitkali, CISO"
        date: 2026-10-01
        evidence: "SDLC regulation No. 12, approved by the Board on 2026-09-30"
        valid_until: 2027-09-30
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from aiscan import safe_yaml
from aiscan.errors import ConfigError
from aiscan.models import Attestation

DEFAULT_NAME = "aiscan-attestations.yaml"


def load_attestations(path: Path, known_ids: frozenset[str]) -> tuple[Attestation, ...]:
    raw = safe_yaml.load_file(path, "attestations file").data
    return parse_attestations(raw, str(path), known_ids)


def parse_attestations(raw: Any, source: str, known_ids: frozenset[str]) -> tuple[Attestation, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not isinstance(raw.get("attestations"), list):
        raise ConfigError(f"{source}: expected a mapping with an 'attestations' list")
    out = []
    for n, item in enumerate(raw["attestations"], 1):
        where = f"{source}: attestation {n}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a mapping")
        unknown = set(item) - {"requirement", "by", "date", "evidence", "valid_until"}
        if unknown:
            raise ConfigError(f"{where}: unknown key '{sorted(map(str, unknown))[0]}'")
        req = item.get("requirement")
        if not isinstance(req, str) or req not in known_ids:
            raise ConfigError(f"{where}: unknown requirement {str(req)[:80]!r}")
        for key in ("by", "evidence"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise ConfigError(f"{where}: '{key}' is required")
        on, until = _day(item.get("date")), _day(item.get("valid_until"))
        if on is None or until is None:
            raise ConfigError(f"{where}: 'date' and 'valid_until' must be dates (YYYY-MM-DD)")
        if until < on:
            raise ConfigError(f"{where}: 'valid_until' is before 'date'")
        out.append(Attestation(str(req), item["by"].strip(), on, item["evidence"].strip(), until))
    return tuple(out)


def _day(value: Any) -> date | None:
    """A YAML date; a timestamp counts as its day (dates and times do not compare in Python)."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None
