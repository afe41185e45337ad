"""Kotlin code semgrep's taint rules do not read, found by aiscan itself. Pure.

semgrep's Kotlin translation has no form for a labelled return (`return@get`, `return@forEach`):
it becomes an unsupported statement, and an `if` or `else` block that holds one as a statement
is then left out of the taint analysis, with no error reported. A request value answered inside
such a block (`if (..) { call.respondText(..); return@get }`, the usual early answer of a Ktor
handler) is followed by no taint rule. So that it never passes silently, each such block is listed as a
warning of the semgrep run, by its lines.
"""

from __future__ import annotations

import re

from aiscan.models import Gap

# String literals and comments, whose braces and words are not code.
_NOT_CODE = re.compile(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*[\s\S]*?\*/')
# A labelled return as a statement of its own: at the start of a line or after `{`, `}`, `;` (not
# the body of a brace-less `if (c) return@x` nor an elvis's `?: return@x`, which semgrep follows).
_LABELLED_RETURN = re.compile(r"(?:^|(?<=[{};]))[ \t]*\breturn@\w+", re.MULTILINE)
# The code before a block's `{`, back to the previous brace or `;`, opens an `if` or `else` block
# (a `when` branch ending in `return@label` is followed by semgrep).
_IF_HEAD = re.compile(r"(?:\bif\s*\([\s\S]*\)|\belse)\s*$")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def labelled_return_blocks(text: str) -> list[tuple[int, int]]:
    """The first and last lines of each `if` or `else` block that holds a `return@label` as one
    of its own statements."""
    code = _NOT_CODE.sub(_blank, text)
    returns = {m.end() - 1 for m in _LABELLED_RETURN.finditer(code)}
    stack: list[list[int]] = []  # [open line, is an if block, holds a labelled return]
    blocks: list[tuple[int, int]] = []
    line = 1
    segment_start = 0
    for pos, ch in enumerate(code):
        if ch == "\n":
            line += 1
        elif pos in returns and stack:
            stack[-1][2] = 1
        elif ch == "{":
            stack.append([line, int(bool(_IF_HEAD.search(code, segment_start, pos))), 0])
            segment_start = pos + 1
        elif ch == "}":
            if stack:
                opened, an_if, holds = stack.pop()
                if an_if and holds:
                    blocks.append((opened, line))
            segment_start = pos + 1
        elif ch == ";":
            segment_start = pos + 1
    return sorted(blocks)


def taint_gap_warning(path: str, text: str) -> Gap | None:
    """A warning naming the lines of `path` the taint rules do not read, or None."""
    blocks = labelled_return_blocks(text)
    if not blocks:
        return None
    spans = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in blocks)
    word = "line" if len(blocks) == 1 and blocks[0][0] == blocks[0][1] else "lines"
    return Gap(
        path,
        f"Kotlin: {word} {spans} not read by the taint rules: an `if` or `else` block that holds a "
        "labelled return (`return@label`), which semgrep's Kotlin translation leaves out",
    )
