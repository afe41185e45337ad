"""What aiscan's own line checks (aiscan.sast.shell_patterns, aiscan.sast.c_patterns) report: a
check that matched, where, and the matched text. The analyzer that runs them maps each check
through its rulesets/<tool>.yaml."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from aiscan.sast.check_map import Check, CheckMap


@dataclass(frozen=True)
class PatternHit:
    check_id: str
    line: int
    end_line: int
    text: str


def mapped_hits(
    texts: Mapping[str, str], mapping: CheckMap, hits_of: Callable[[str], Iterable[PatternHit]]
) -> Iterator[tuple[str, Check, PatternHit]]:
    """(path, its mapped check, hit) for every hit in each file's text (path -> text)."""
    for path, text in texts.items():
        for hit in hits_of(text):
            yield path, mapping.checks[hit.check_id], hit
