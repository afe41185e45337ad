"""Rust tests written inside the source files they test.

Rust keeps unit tests beside the code: `#[cfg(test)] mod tests { ... }` at the end of a source
file, compiled only by `cargo test`, and functions marked `#[test]` (or an async runtime's test
attribute, `#[tokio::test]`, `#[actix_web::test]`, ...). A path says nothing of them, so a
finding there (a literal key given to `Key::from` in a test of cookie signing) would weigh on the
gate as shipped code. This step gives such findings the role of test code, as a finding in a
`tests/` folder has; the policy's `test_code` then decides how they weigh, and secrets findings
(another analyzer) are not touched.

An item is a test item when the attributes written just above it (blank lines and comments
between are allowed) include `#[cfg(test)]` or a test attribute: a `mod`, `fn` or `impl` whose
body in braces follows. Its extent is found by counting braces outside comments, string, byte
string, raw string and character literals. `#[cfg(any(test, ...))]` and `#[cfg(not(test))]` are
not test-only and are not read as such. Read as text, never run. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from aiscan.models import FileRole, Finding

Lines = Callable[[str], Sequence[str]]

_TEST_ATTRIBUTE = re.compile(r"^\s*#\[\s*(?:cfg\s*\(\s*test\s*\)|(?:[\w:]+::)?test)\s*\]")
_ATTRIBUTE = re.compile(r"^\s*#\[")
# `mod tests;`: the body is in another file (`tests.rs`), which this step does not follow
_BODY_ELSEWHERE = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*;")
_ITEM = re.compile(
    r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:(?:async|unsafe|const|extern\s+\"\w+\")\s+)*(?:mod|fn|impl)\b"
)
# what braces inside do not count: comments, raw strings, strings, byte strings, characters
_SKIPPED = re.compile(
    r"//[^\n]*|/\*.*?\*/"
    r"|b?r(?P<hashes>#*)\".*?\"(?P=hashes)|b?\"(?:\\.|[^\"\\])*\"|b?'(?:\\.|[^'\\\n])'"
    r"|(?P<brace>[{}])",
    re.DOTALL,
)


def rust_test_regions(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The (first, last) line numbers (1-based) of each test item of a Rust file."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    regions: list[tuple[int, int]] = []
    n = 0
    while n < len(lines):
        if not _TEST_ATTRIBUTE.match(lines[n]):
            n += 1
            continue
        item = n + 1
        while item < len(lines) and (
            _ATTRIBUTE.match(lines[item]) or not lines[item].strip() or lines[item].lstrip().startswith("//")
        ):
            item += 1
        if item >= len(lines) or not _ITEM.match(lines[item]) or _BODY_ELSEWHERE.match(lines[item]):
            n = item
            continue
        end = _closing_line(text, starts[item], starts)
        if end is None:
            n = item + 1
            continue
        regions.append((n + 1, end))
        n = end
    return regions


def _closing_line(text: str, offset: int, starts: Sequence[int]) -> int | None:
    """The line number of the brace closing the first body opened at or after `offset`, or None
    (braces that never close)."""
    depth = 0
    for m in _SKIPPED.finditer(text, offset):
        brace = m.group("brace")
        if brace is None:
            continue
        depth += 1 if brace == "{" else -1
        if depth == 0:
            return _line_of(starts, m.start())
    return None


def _line_of(starts: Sequence[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low + 1


def mark_rust_test_items(findings: Sequence[Finding], lines: Lines) -> tuple[Finding, ...]:
    """The findings, those on a line of a Rust test item given the role of test code."""
    regions: dict[str, list[tuple[int, int]]] = {}
    out = []
    for f in findings:
        start = f.location.start_line
        if f.location.path.endswith(".rs") and start is not None:
            if f.location.path not in regions:
                regions[f.location.path] = rust_test_regions(lines(f.location.path))
            if any(first <= start <= last for first, last in regions[f.location.path]):
                f = replace(f, role=FileRole.TEST)
        out.append(f)
    return tuple(out)
