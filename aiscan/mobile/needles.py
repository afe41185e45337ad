"""Literal needles of a regular expression, for a cheap substring test before the regex runs:
if every top-level alternative of the pattern contains a literal run of at least three characters
outside any group, a text that contains none of those runs (case-folded) cannot match."""

from __future__ import annotations

_CLASS_ESCAPES = set("bBdDsSwWAZzG")
_QUANTIFIERS = set("?*+{")
MIN_LENGTH = 3


def needles(pattern: str) -> tuple[str, ...] | None:
    """One lower-case literal per top-level alternative, or None when some alternative has none."""
    out = []
    for alternative in _split_top(pattern):
        best = max(_literal_runs(alternative), key=len, default="")
        if len(best) < MIN_LENGTH:
            return None
        out.append(best.lower())
    return tuple(out)


def _split_top(pattern: str) -> list[str]:
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _literal_runs(alternative: str) -> list[str]:
    """Literal runs at depth 0 of one alternative; a quantified character ends its run without it."""
    runs: list[str] = []
    run: list[str] = []
    depth, i, in_class = 0, 0, False

    def end(drop_last: bool = False) -> None:
        if drop_last and run:
            run.pop()
        if run:
            runs.append("".join(run))
        run.clear()

    while i < len(alternative):
        c = alternative[i]
        nxt = alternative[i + 1] if i + 1 < len(alternative) else ""
        if in_class:
            in_class = c != "]"
            if c == "\\":
                i += 1
            i += 1
            continue
        if c == "\\":
            escaped = nxt
            quantified = i + 2 < len(alternative) and alternative[i + 2] in _QUANTIFIERS
            if (
                depth == 0
                and escaped
                and escaped not in _CLASS_ESCAPES
                and not escaped.isdigit()
                and not quantified
            ):
                run.append(escaped)
            else:
                end()
            i += 2
            continue
        if c == "[":
            end()
            in_class = True
        elif c == "(":
            end()
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth > 0:
            pass
        elif c in _QUANTIFIERS:
            end(drop_last=True)
            if c == "{":
                close = alternative.find("}", i)
                i = close if close > 0 else i
        elif c in ".^$" or nxt in _QUANTIFIERS:
            end()
        else:
            run.append(c)
        i += 1
    end()
    return runs
