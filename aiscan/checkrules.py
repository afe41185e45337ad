"""Configuration checks as data: `rulesets/config/*.yaml`.

A configuration analyzer (mobile manifests and plists, web templates, server settings) does not
carry its checks in code: each check is a rule an auditor can read — what it looks for, which
chapter-3 points it serves, its weakness id, how to fix it and a failing and a passing example
tree. The analyzer's code finds the facts; `CheckRule.finding` turns a fact into a `Finding`.

File format::

    area: android            # the analyzer area these rules belong to
    rules:
      - id: android-allow-backup
        title: App data can be copied off the device by backup
        kind: flaw           # flaw: its presence is a finding; presence: a protection to look for
        requirements: [p25.7]
        severity: high
        cwe: [CWE-530]       # optional
        masvs: [MASVS-STORAGE-2]   # optional
        remediation: Set android:allowBackup="false" or exclude sensitive files ...
        looks_for: ...       # presence rules: what was searched, said when nothing is found
        examples:            # trees under fixtures/config-checks/, relative to the repository
          failing: fixtures/config-checks/android/allow-backup/failing
          passing: fixtures/config-checks/android/allow-backup/passing
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from aiscan.compliance.evaluate import EVIDENCE, PRESENT
from aiscan.errors import CatalogueError
from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.resources import rulesets_dir

FLAW = "flaw"
PRESENCE = "presence"
_KINDS = (FLAW, PRESENCE)
_KEYS = frozenset(
    {
        "id",
        "title",
        "kind",
        "requirements",
        "severity",
        "confidence",
        "cwe",
        "masvs",
        "remediation",
        "looks_for",
        "examples",
    }
)


@dataclass(frozen=True)
class CheckRule:
    id: str
    title: str
    kind: str
    requirements: tuple[str, ...]
    severity: Severity
    remediation: str
    confidence: Confidence = Confidence.HIGH
    cwe: tuple[str, ...] = ()
    masvs: tuple[str, ...] = ()
    looks_for: str = ""
    examples: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def finding(
        self,
        analyzer: str,
        location: Location,
        message: str,
        properties: Mapping[str, Any] | None = None,
    ) -> Finding:
        """A flaw found, or (for a presence rule whose protection is missing) the absence."""
        props = {"masvs": list(self.masvs)} if self.masvs else {}
        props.update(properties or {})
        return Finding(
            rule_id=self.id,
            analyzer=analyzer,
            title=self.title,
            message=message,
            severity=self.severity,
            confidence=self.confidence,
            location=location,
            cwe=self.cwe,
            requirements=self.requirements,
            remediation=self.remediation,
            properties=props,
        )

    def present(self, analyzer: str, location: Location, message: str) -> Finding:
        """Evidence that the protection a presence rule looks for exists (aiscan.compliance.evaluate)."""
        found = self.finding(analyzer, location, message, {EVIDENCE: PRESENT})
        return replace(found, severity=Severity.INFO, confidence=Confidence.HIGH, remediation="")


def load_check_rules(name: str) -> dict[str, CheckRule]:
    """The rules of `rulesets/config/<name>.yaml`, by id. A malformed file is a CatalogueError
    naming the file and the rule."""
    path = rulesets_dir() / "config" / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{path}: cannot read the configuration checks: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise CatalogueError(f"{path}: expected a mapping with a 'rules' list")
    rules: dict[str, CheckRule] = {}
    for i, raw in enumerate(data["rules"]):
        rule = _rule(raw, f"{path}: rule {i + 1}")
        if rule.id in rules:
            raise CatalogueError(f"{path}: duplicate rule id {rule.id!r}")
        rules[rule.id] = rule
    return rules


def _rule(raw: Any, where: str) -> CheckRule:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a mapping")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise CatalogueError(f"{where}: unknown key {unknown[0]!r}")
    for key in ("id", "title", "kind", "requirements", "severity", "remediation"):
        if not raw.get(key):
            raise CatalogueError(f"{where}: missing {key!r}")
    if raw["kind"] not in _KINDS:
        raise CatalogueError(f"{where} ({raw['id']}): kind must be one of {', '.join(_KINDS)}")
    if raw["kind"] == PRESENCE and not raw.get("looks_for"):
        raise CatalogueError(f"{where} ({raw['id']}): a presence rule says what it looks for")
    try:
        severity = Severity.parse(str(raw["severity"]))
        confidence = Confidence(str(raw.get("confidence", "high")))
    except ValueError as exc:
        raise CatalogueError(f"{where} ({raw['id']}): {exc}") from None
    return CheckRule(
        id=str(raw["id"]),
        title=str(raw["title"]),
        kind=str(raw["kind"]),
        requirements=tuple(str(r) for r in raw["requirements"]),
        severity=severity,
        confidence=confidence,
        remediation=str(raw["remediation"]).strip(),
        cwe=tuple(str(c) for c in raw.get("cwe") or ()),
        masvs=tuple(str(m) for m in raw.get("masvs") or ()),
        looks_for=str(raw.get("looks_for") or "").strip(),
        examples={str(k): str(v) for k, v in (raw.get("examples") or {}).items()},
    )
