"""What the CI formats share: levels, verdict wording, look-ups over the view model."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from aiscan.models import Severity

# What each scan kind gates, for verdict lines.
GATED = {"release": "RELEASE", "merge": "MERGE", "pre-commit": "COMMIT"}

# GitHub's code scanning reads a rule's `security-severity` (a CVSS-like score) to rank alerts.
SECURITY_SEVERITY = {
    "critical": "9.5",
    "high": "8.0",
    "unknown": "7.0",
    "medium": "5.5",
    "low": "3.0",
    "info": "0.0",
}

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def level(severity: str, fail_on: str) -> str:
    """error: the finding blocks (at or above the threshold, or critical); warning: medium or
    above but below the threshold; note: the rest."""
    sev = Severity(severity)
    if sev is Severity.CRITICAL or sev.rank >= Severity(fail_on).rank:
        return "error"
    return "warning" if sev.rank >= Severity.MEDIUM.rank else "note"


def verdict_line(report: Mapping[str, Any]) -> str:
    v = report["verdict"]
    gated = GATED.get(report["scan"]["kind"], "RELEASE")
    if v["decision"] == "allowed":
        return f"{gated} ALLOWED (exit 0)"
    if v["decision"] == "blocked":
        return f"{gated} BLOCKED (exit 1)"
    return f"SCAN INCOMPLETE, {gated} BLOCKED (exit 3)"


def findings_by_fingerprint(report: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {f["fingerprint"]: f for f in report["findings"]}


def requirement_titles(report: Mapping[str, Any]) -> dict[str, str]:
    return {r["id"]: r["title"] for r in report["requirements"]}


def location_text(finding: Mapping[str, Any]) -> str:
    loc = finding["location"]
    return f"{loc['path']}:{loc['start_line']}" if loc.get("start_line") else str(loc["path"])


def xml_text(value: object) -> str:
    """Text safe in XML 1.0: characters XML cannot carry are dropped."""
    return _XML_INVALID.sub("", str(value))


def cwe_number(cwe: str) -> str | None:
    m = re.fullmatch(r"CWE-(\d+)", cwe.strip(), re.IGNORECASE)
    return m.group(1) if m else None
