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

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from aiscan.errors import ConfigError
from aiscan.models import Attestation

DEFAULT_NAME = "aiscan-attestations.yaml"


def load_attestations(path: Path, known_ids: frozenset[str]) -> tuple[Attestation, ...]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read attestations: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: attestations are not valid YAML: {exc}") from exc
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
            raise ConfigError(f"{where}: unknown key '{sorted(unknown)[0]}'")
        req = item.get("requirement")
        if req not in known_ids:
            raise ConfigError(f"{where}: unknown requirement {req!r}")
        for key in ("by", "evidence"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise ConfigError(f"{where}: '{key}' is required")
        on, until = item.get("date"), item.get("valid_until")
        if not isinstance(on, date) or not isinstance(until, date):
            raise ConfigError(f"{where}: 'date' and 'valid_until' must be dates (YYYY-MM-DD)")
        if until < on:
            raise ConfigError(f"{where}: 'valid_until' is before 'date'")
        out.append(Attestation(str(req), item["by"].strip(), on, item["evidence"].strip(), until))
    return tuple(out)
