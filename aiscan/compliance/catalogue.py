"""The requirement catalogue: chapter 3 as validated data (rulesets/chapter3.yaml)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from aiscan.errors import CatalogueError
from aiscan.models import Component, Severity
from aiscan.resources import rulesets_dir

ASSESSMENTS = ("automated", "partial", "manual")
ALL_COMPONENTS = "all"
_ID = re.compile(r"^p\d+(\.\d+)?$")
ANY_ANALYZER = "*"


@dataclass(frozen=True)
class Evidence:
    """An analyzer whose complete run is needed to assess a requirement."""

    analyzer: str
    rules: tuple[str, ...] = ()
    # Live evidence: an analyzer that probes the running system (aiscan.probes). A scan that
    # probed no endpoint leaves the requirement MANUAL ("no live evidence"), never PASS.
    live: bool = False


@dataclass(frozen=True)
class Requirement:
    id: str
    text_ru: str
    summary_en: str
    components: tuple[str, ...]
    assessment: str
    parent: str | None = None
    evidence: tuple[Evidence, ...] = ()
    # Findings at or above this severity count against the requirement whatever their rule says
    # (p21: every critical finding must be fixed before release).
    collect_min_severity: Severity | None = None

    def text(self, lang: str) -> str:
        return self.text_ru if lang == "ru" else self.summary_en

    def applies_to(self, components: tuple[Component, ...]) -> bool:
        if ALL_COMPONENTS in self.components:
            return True
        present = {c.value for c in components}
        return any(c in present for c in self.components)


@dataclass(frozen=True)
class Catalogue:
    framework: Mapping[str, str]
    requirements: tuple[Requirement, ...]

    def get(self, requirement_id: str) -> Requirement:
        for r in self.requirements:
            if r.id == requirement_id:
                return r
        raise KeyError(requirement_id)

    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements)

    def children(self, requirement_id: str) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.parent == requirement_id)

    def analyzers(self) -> frozenset[str]:
        return frozenset(
            e.analyzer for r in self.requirements for e in r.evidence if e.analyzer != ANY_ANALYZER
        )


def load_catalogue(path: Path | None = None) -> Catalogue:
    path = path or rulesets_dir() / "chapter3.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read the requirement catalogue: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: the requirement catalogue is not valid YAML: {exc}") from exc
    return parse_catalogue(raw, str(path))


def parse_catalogue(raw: Any, source: str = "catalogue") -> Catalogue:
    if not isinstance(raw, dict) or not isinstance(raw.get("requirements"), list):
        raise CatalogueError(f"{source}: expected a mapping with a 'requirements' list")
    reqs = tuple(_parse_requirement(item, source) for item in raw["requirements"])
    ids = [r.id for r in reqs]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise CatalogueError(f"{source}: duplicate requirement IDs: {', '.join(dupes)}")
    for r in reqs:
        if r.parent is not None and r.parent not in ids:
            raise CatalogueError(f"{source}: {r.id} names an unknown parent {r.parent}")
    framework = raw.get("framework") or {}
    return Catalogue({str(k): str(v) for k, v in framework.items()}, reqs)


def _parse_requirement(item: Any, source: str) -> Requirement:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise CatalogueError(f"{source}: every requirement needs an 'id'")
    rid = item["id"]
    where = f"{source}: requirement {rid}"
    if not _ID.match(rid):
        raise CatalogueError(f"{where}: IDs look like p19 or p19.3")
    for key in ("text_ru", "summary_en", "assessment"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise CatalogueError(f"{where}: '{key}' is required")
    if item["assessment"] not in ASSESSMENTS:
        raise CatalogueError(f"{where}: assessment must be one of {', '.join(ASSESSMENTS)}")
    components = tuple(item.get("components") or ())
    valid = {c.value for c in Component} | {ALL_COMPONENTS}
    if not components or any(c not in valid for c in components):
        raise CatalogueError(f"{where}: components must be from {', '.join(sorted(valid))}")
    evidence = []
    for ev in item.get("evidence") or ():
        if not isinstance(ev, dict) or not isinstance(ev.get("analyzer"), str):
            raise CatalogueError(f"{where}: each evidence entry needs an 'analyzer'")
        evidence.append(
            Evidence(ev["analyzer"], tuple(str(r) for r in ev.get("rules") or ()), ev.get("live") is True)
        )
    collect = item.get("collect") or {}
    try:
        min_sev = Severity.parse(collect["min_severity"]) if "min_severity" in collect else None
    except ValueError as exc:
        raise CatalogueError(f"{where}: {exc}") from exc
    return Requirement(
        id=rid,
        text_ru=item["text_ru"],
        summary_en=item["summary_en"],
        components=components,
        assessment=item["assessment"],
        parent=item.get("parent"),
        evidence=tuple(evidence),
        collect_min_severity=min_sev,
    )
