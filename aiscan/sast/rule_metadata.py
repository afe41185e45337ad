"""How a semgrep rule's metadata becomes a finding's CWE, severity and confidence. Pure."""

from __future__ import annotations

from typing import Any

from aiscan.models import Confidence, Severity

_SEVERITY_FROM_SEMGREP = {
    "ERROR": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
}


def cwe_id(value: Any) -> str:
    text = str(value).strip()
    head = text.split(":", 1)[0].strip()
    return head.upper() if head.upper().startswith("CWE-") else text


def severity_of(meta_sev: Any, semgrep_sev: Any) -> Severity:
    if meta_sev:
        try:
            return Severity.parse(str(meta_sev))
        except ValueError:
            pass
    return _SEVERITY_FROM_SEMGREP.get(str(semgrep_sev or "").upper(), Severity.MEDIUM)


def confidence_of(value: Any) -> Confidence:
    try:
        return Confidence(str(value or "medium").lower())
    except ValueError:
        return Confidence.MEDIUM
