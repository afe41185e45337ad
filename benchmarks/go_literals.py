"""Go source read as tokens, for the benchmarks that take their labels from Go test files
(gitleaks' rule samples, TruffleHog's detector tests): comments and white space dropped, string
and raw-string literals, identifiers (with their dots), numbers and the punctuation the readers
look at. Nothing is evaluated."""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)|(?P<raw>`[^`]*`)|(?P<str>"(?:\\.|[^"\\\n])*")"""
    r"""|(?P<ident>[A-Za-z_$][\w$.]*)|(?P<num>\d+)|(?P<punct>\.\.\.|:=|[(){}\[\],+:=])|(?P<ws>\s+)"""
    r"""|(?P<other>.)""",
    re.S,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'"}


def tokens(src: str) -> list[tuple[str, str]]:
    """(kind, text) of each token of `src`, without comments and white space."""
    out = []
    for m in _TOKEN.finditer(src):
        kind = m.lastgroup or "other"
        if kind not in ("comment", "ws"):
            out.append((kind, m.group(0)))
    return out


def string_value(tok: str) -> str:
    """The value of a Go string literal (`"..."` with its escapes, or a raw `` `...` ``)."""
    if tok.startswith("`"):
        return tok[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), tok[1:-1])
