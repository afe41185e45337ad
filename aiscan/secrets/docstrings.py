"""Where a Python source's docstrings are: string literals that stand as a statement by themselves
(a module's, class's or function's documentation, or a bare string used as a comment). Their text
is documentation; a value assigned to a secret's name there is a usage example (`>>>` sessions,
`::` literal blocks). Pure: text in, character spans out; the text is read, never run."""

from __future__ import annotations

import io
import tokenize
from bisect import bisect_right

# Tokens after which a new statement starts.
_STATEMENT_START = frozenset(
    {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}
)
_SKIPPED = frozenset({tokenize.NL, tokenize.COMMENT})


def docstring_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) character offsets of every string statement in `text`, in order; none
    when the text is not Python that tokenizes (it is then read as code)."""
    starts = [0]
    for line in io.StringIO(text):
        starts.append(starts[-1] + len(line))

    def offset(pos: tuple[int, int]) -> int:
        return starts[pos[0] - 1] + pos[1]

    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type not in _SKIPPED]
    except (tokenize.TokenError, SyntaxError, ValueError):
        return []
    spans = []
    previous = tokenize.NEWLINE
    for i, tok in enumerate(tokens):
        following = tokens[i + 1].type if i + 1 < len(tokens) else tokenize.ENDMARKER
        if (
            tok.type == tokenize.STRING
            and previous in _STATEMENT_START
            and following in (tokenize.NEWLINE, tokenize.ENDMARKER)
        ):
            spans.append((offset(tok.start), offset(tok.end)))
        previous = tok.type
    return spans


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies inside one of the ordered, disjoint spans."""
    i = bisect_right([s for s, _ in spans], offset) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
