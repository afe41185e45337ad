"""Severity from an advisory's CVSS vectors, computed with the `cvss` library.

The highest base score among all v3.x and v4.0 vectors of the record (and of the records merged
with it as aliases) decides: 9.0 and above critical, 7.0 high, 4.0 medium, above 0 low. CVSS v2
counts only when no newer vector exists. A record with no usable vector is `unknown`; the gate
ranks unknown as the policy says (high unless configured otherwise), it is never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from aiscan.models import Severity


@dataclass(frozen=True)
class Score:
    score: float
    vector: str
    version: str  # "3.1", "3.0", "4.0", "2.0"


@lru_cache(maxsize=16384)
def score_vector(kind: str, vector: str) -> Score | None:
    """The base score of one OSV severity entry, or None when it is not a valid CVSS vector."""
    from cvss import CVSS2, CVSS3, CVSS4
    from cvss.exceptions import CVSSError

    vector = vector.strip()
    try:
        if kind == "CVSS_V4" or vector.startswith("CVSS:4"):
            return Score(float(CVSS4(vector).base_score), vector, "4.0")
        if kind == "CVSS_V3" or vector.startswith("CVSS:3"):
            c3 = CVSS3(vector)
            return Score(float(c3.scores()[0]), vector, vector.split("/", 1)[0].removeprefix("CVSS:"))
        if kind == "CVSS_V2":
            return Score(float(CVSS2(vector).scores()[0]), vector, "2.0")
    except (CVSSError, ValueError, KeyError, IndexError):
        return None
    return None


def best_score(entries: Iterable[Mapping[str, str]]) -> Score | None:
    """The highest v3.x/v4.0 base score; v2 only when there is nothing newer."""
    modern: list[Score] = []
    legacy: list[Score] = []
    for e in entries:
        s = score_vector(str(e.get("type", "")), str(e.get("score", "")))
        if s is None:
            continue
        (legacy if s.version == "2.0" else modern).append(s)
    pool = modern or legacy
    return max(pool, key=lambda s: s.score) if pool else None


def severity_of(score: Score | None) -> Severity:
    if score is None:
        return Severity.UNKNOWN
    if score.score >= 9.0:
        return Severity.CRITICAL
    if score.score >= 7.0:
        return Severity.HIGH
    if score.score >= 4.0:
        return Severity.MEDIUM
    if score.score > 0.0:
        return Severity.LOW
    return Severity.INFO
