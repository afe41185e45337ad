"""Is this version affected? OSV range semantics, per ecosystem, and alias merging. Pure.

A version is affected when an `affected` entry for its package lists it in `versions`, or when it
lies in one of the entry's `ECOSYSTEM` or `SEMVER` ranges, evaluated as the OSV schema defines:
events sorted by version ('introduced: 0' first), `introduced` opens, `fixed` closes at the fixed
version, `last_affected` closes after it, and a range with `limit` events covers only versions
below one of its limits. `GIT` ranges need the repository's history and are not evaluated here;
OSV exports expand them into `versions`. Withdrawn records never reach this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from aiscan.deps.ecosystems import (
    CRATES,
    GO,
    PYPI,
    Comparable,
    UnorderableVersion,
    base_ecosystem,
    canonical_listed,
    canonical_version,
    parse_version,
)
from aiscan.deps.osvdb import AffectedRecord
from aiscan.deps.severity import Score, best_score, severity_of
from aiscan.models import Severity

EVALUATED_RANGES = ("ECOSYSTEM", "SEMVER")


@dataclass(frozen=True)
class RangeResult:
    affected: bool
    fixed: tuple[str, ...] = ()  # fixed versions above the matched version, in this range
    last_affected: tuple[str, ...] = ()
    problem: str = ""  # a version this range could not order (the range is then not decided)


def _event_key(ecosystem: str, range_type: str, kind: str, value: str) -> tuple[int, Comparable | None]:
    if kind == "introduced" and value == "0":
        return (0, None)
    if kind == "limit" and value == "*":
        return (2, None)
    return (1, parse_version(ecosystem, range_type, value))


def _sort_key(item: tuple[tuple[int, Comparable | None], int]) -> Any:
    (bucket, version), order = item
    return _Sortable(bucket, version, order)


class _Sortable:
    """Sorts by bucket ('0' first, '*' last), then version, then the record's own order."""

    __slots__ = ("bucket", "order", "version")

    def __init__(self, bucket: int, version: Comparable | None, order: int) -> None:
        self.bucket, self.version, self.order = bucket, version, order

    def __lt__(self, other: _Sortable) -> bool:
        if self.bucket != other.bucket:
            return self.bucket < other.bucket
        if self.version is not None and other.version is not None and self.version != other.version:
            return bool(self.version < other.version)
        return self.order < other.order


def evaluate_range(ecosystem: str, version: str, rng: Mapping[str, Any]) -> RangeResult:
    """One ECOSYSTEM or SEMVER range, as the OSV schema's evaluation pseudocode defines it."""
    range_type = str(rng.get("type", ""))
    events = [(str(k), str(v)) for k, v in rng.get("events") or ()]
    try:
        v = parse_version(ecosystem, range_type, canonical_version(ecosystem, version))
        keyed = [(_event_key(ecosystem, range_type, k, val), i) for i, (k, val) in enumerate(events)]
    except UnorderableVersion as exc:
        return RangeResult(False, problem=str(exc))
    limits = [key for (key, i) in keyed if events[i][0] == "limit"]
    if limits and not any(bucket == 2 or (bucket == 1 and v < lv) for bucket, lv in limits):
        return RangeResult(False)
    affected = False
    ordered = sorted(keyed, key=_sort_key)
    for (bucket, ev), i in ordered:
        kind = events[i][0]
        if kind == "introduced" and (bucket == 0 or (ev is not None and ev <= v)):
            affected = True
        elif ev is not None and kind in ("fixed", "last_affected"):
            # `fixed` closes the range at the fixed version, `last_affected` just after it
            closes = ev <= v if kind == "fixed" else ev < v
            affected = affected and not closes
    if not affected:
        return RangeResult(False)
    fixed = tuple(
        events[i][1] for (bucket, ev), i in ordered if events[i][0] == "fixed" and ev is not None and v < ev
    )
    last = tuple(
        events[i][1]
        for (bucket, ev), i in ordered
        if events[i][0] == "last_affected" and ev is not None and v <= ev
    )
    return RangeResult(True, fixed[:1], last[:1])


@lru_cache(maxsize=65536)
def _listed_set(ecosystem: str, versions: frozenset[str]) -> frozenset[str]:
    return frozenset(canonical_listed(ecosystem, v) for v in versions)


@dataclass(frozen=True)
class RecordMatch:
    record: AffectedRecord
    fixed: tuple[str, ...]
    last_affected: tuple[str, ...]
    how: str  # "versions" or "range"


def match_record(ecosystem: str, version: str, record: AffectedRecord) -> tuple[RecordMatch | None, str]:
    """Whether one record's entry affects `version`, and any range it could not evaluate."""
    problem = ""
    fixed: list[str] = []
    last: list[str] = []
    in_range = False
    for rng in record.ranges:
        if rng.get("type") not in EVALUATED_RANGES:
            continue
        result = evaluate_range(ecosystem, version, rng)
        problem = problem or result.problem
        if result.affected:
            in_range = True
            fixed.extend(result.fixed)
            last.extend(result.last_affected)
    listed = version in record.versions
    if not listed and record.versions:
        canonical = record.listed if record.listed is not None else _listed_set(ecosystem, record.versions)
        listed = canonical_listed(ecosystem, version) in canonical
    if in_range or listed:
        if not fixed:
            fixed = _fixed_anywhere(ecosystem, version, record)
        how = "range" if in_range else "versions"
        return RecordMatch(record, tuple(dict.fromkeys(fixed)), tuple(dict.fromkeys(last)), how), ""
    return None, problem


def _fixed_anywhere(ecosystem: str, version: str, record: AffectedRecord) -> list[str]:
    """Fixed versions above `version` in any evaluated range (for a match through `versions`)."""
    out = []
    for rng in record.ranges:
        if rng.get("type") not in EVALUATED_RANGES:
            continue
        for kind, value in rng.get("events") or ():
            if kind != "fixed":
                continue
            try:
                if parse_version(ecosystem, str(rng.get("type")), canonical_version(ecosystem, version)) < (
                    parse_version(ecosystem, str(rng.get("type")), str(value))
                ):
                    out.append(str(value))
            except UnorderableVersion:
                continue
    return sorted(set(out), key=lambda s: _version_sort_key(ecosystem, s))[:1]


def _version_sort_key(ecosystem: str, value: str) -> Any:
    try:
        return (0, _Sortable(1, parse_version(ecosystem, "ECOSYSTEM", value), 0))
    except UnorderableVersion:
        return (1, value)


# --- alias merging -------------------------------------------------------------------------------

_NATIVE_PREFIX = {PYPI: ("PYSEC-",), GO: ("GO-",), CRATES: ("RUSTSEC-",)}


def primary_id(ids: Iterable[str], ecosystem: str) -> str:
    """The ID a finding is named by: the ecosystem's own database (PYSEC, GO, RUSTSEC), else a
    GitHub advisory, else any other OSV ID, and a CVE only when nothing else names it."""
    native = _NATIVE_PREFIX.get(base_ecosystem(ecosystem), ())

    def rank(i: str) -> tuple[int, str]:
        if i.startswith(native):
            return (0, i)
        if i.startswith(("PYSEC-", "GO-", "RUSTSEC-")):
            return (1, i)
        if i.startswith("GHSA-"):
            return (2, i)
        if i.startswith("CVE-"):
            return (4, i)
        return (3, i)

    return min(ids, key=rank)


@dataclass(frozen=True)
class Vulnerability:
    """One vulnerability affecting one component: records that are aliases of each other merged."""

    id: str
    aliases: tuple[str, ...]  # every other ID the merged records are known by
    records: tuple[str, ...]  # the IDs of the matched records
    summary: str
    severity: Severity
    score: Score | None
    fixed: tuple[str, ...]
    last_affected: tuple[str, ...]
    informational: str | None
    modified: str
    published: str | None


def merge(matches: Sequence[RecordMatch], ecosystem: str) -> list[Vulnerability]:
    """Group matched records that share an ID or alias (transitively) into one vulnerability."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    for m in matches:
        for alias in m.record.aliases:
            union(m.record.id, alias)
    groups: dict[str, list[RecordMatch]] = {}
    for m in matches:
        groups.setdefault(find(m.record.id), []).append(m)
    out = []
    for members in groups.values():
        ids = {m.record.id for m in members} | {a for m in members for a in m.record.aliases}
        record_ids = sorted({m.record.id for m in members})
        main = primary_id(record_ids, ecosystem)
        score = best_score(s for m in members for s in m.record.severity)
        informational = next((m.record.informational for m in members if m.record.informational), None)
        lead = next(m for m in members if m.record.id == main)
        summary = lead.record.summary or next((m.record.summary for m in members if m.record.summary), "")
        out.append(
            Vulnerability(
                id=main,
                aliases=tuple(sorted(ids - {main})),
                records=tuple(record_ids),
                summary=summary,
                severity=severity_of(score),
                score=score,
                fixed=tuple(
                    sorted(
                        {f for m in members for f in m.fixed}, key=lambda s: _version_sort_key(ecosystem, s)
                    )
                ),
                last_affected=tuple(sorted({f for m in members for f in m.last_affected})),
                informational=informational,
                modified=max(m.record.modified for m in members),
                published=min((m.record.published for m in members if m.record.published), default=None),
            )
        )
    return sorted(out, key=lambda v: (-v.severity.rank, v.id))


def vulnerabilities_for(
    ecosystem: str, version: str, records: Iterable[AffectedRecord]
) -> tuple[list[Vulnerability], list[str]]:
    """The vulnerabilities affecting `version` among a package's records, and any problem met
    (a version the ecosystem's ordering cannot read)."""
    matches = []
    problems = []
    seen: set[tuple[str, str]] = set()
    for record in records:
        m, problem = match_record(ecosystem, version, record)
        if m is not None and (record.id, ",".join(m.fixed)) not in seen:
            seen.add((record.id, ",".join(m.fixed)))
            matches.append(m)
        elif problem:
            problems.append(f"{record.id}: {problem}")
    return merge(matches, ecosystem), problems
