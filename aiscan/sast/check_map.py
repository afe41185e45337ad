"""How the checks of an analyzer without chapter-3 metadata of its own (shellcheck, flawfinder)
map onto point 19: `rulesets/<tool>.yaml` names the languages the tool reads and, per check,
its requirements, CWEs, severity, confidence, title and remediation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from aiscan.errors import CatalogueError
from aiscan.models import Confidence, Severity
from aiscan.resources import rulesets_dir


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    requirements: tuple[str, ...]
    cwe: tuple[str, ...]
    severity: Severity
    confidence: Confidence
    remediation: str


@dataclass(frozen=True)
class CheckRule:
    """A mapped check as the coverage matrix counts it (aiscan.sast.coverage.RuleLike)."""

    id: str
    languages: tuple[str, ...]
    requirements: tuple[str, ...]
    analyzer: str
    folder: str = ""


@dataclass(frozen=True)
class CheckMap:
    tool: str
    languages: tuple[str, ...]
    checks: Mapping[str, Check]

    def coverage_rules(self, analyzer: str) -> tuple[CheckRule, ...]:
        return tuple(CheckRule(c.id, self.languages, c.requirements, analyzer) for c in self.checks.values())


@cache
def load_check_map(tool: str, path: Path | None = None) -> CheckMap:
    path = path or rulesets_dir() / f"{tool}.yaml"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        checks = {}
        for check_id, spec in (doc.get("checks") or {}).items():
            checks[str(check_id)] = Check(
                id=str(check_id),
                title=str(spec["title"]),
                requirements=tuple(str(r) for r in spec["requirements"]),
                cwe=tuple(str(c) for c in spec.get("cwe") or ()),
                severity=Severity.parse(str(spec["severity"])),
                confidence=Confidence(str(spec["confidence"])),
                remediation=str(spec.get("remediation", "")),
            )
        languages = tuple(str(lang) for lang in doc["languages"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CatalogueError(f"{path}: cannot load the {tool} mapping: {exc}") from exc
    return CheckMap(tool, languages, checks)


# The analyzers that read languages semgrep's rules here do not (their name is their tool's).
COMPANION_TOOLS = ("shellcheck", "flawfinder")


def companion_rules(disabled: Iterable[str] = ()) -> tuple[CheckRule, ...]:
    """The mapped checks of the companion analyzers that are not disabled, for the coverage
    matrix and the p19 language check: a disabled analyzer covers nothing."""
    off = set(disabled)
    return tuple(
        rule
        for tool in COMPANION_TOOLS
        if tool not in off
        for rule in load_check_map(tool).coverage_rules(tool)
    )
