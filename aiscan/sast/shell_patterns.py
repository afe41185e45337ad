"""aiscan's own line checks for shell scripts, for weaknesses shellcheck does not look for:
eval of an expanded value, downloaded code piped into a shell, TLS verification turned
off, and curl without a time limit. Pure: they read the script's text, never run it.

Lines continued with a trailing backslash are joined first; whole-line comments are not read.
A finding is reported at the first line of the command.

An eval whose every expansion is known is not reported: getopt(1)'s output, which getopt quotes
to be evaluated (`ARGS=$(getopt ...)` then `eval set -- "$ARGS"`), and the variable of a loop
over words written in the loop (`for v in cert key; do eval "echo \\$tls_${v}"; done`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aiscan.sast.line_checks import PatternHit

EVAL_EXPANSION = "aiscan-shell-eval-expansion"
DOWNLOAD_EXECUTED = "aiscan-shell-download-executed"
TLS_DISABLED = "aiscan-shell-tls-verification-disabled"
FETCH_NO_TIMEOUT = "aiscan-shell-fetch-without-timeout"

_CMD_START = r"(?:^|[;&|({`!]|\$\(|\b(?:then|do|else|if|elif|while|until|sudo|exec|time)\b)\s*"
_SHELLS = r"(?:sudo\s+(?:-\S+\s+)*)?(?:/\S*/)?(?:ba|da|k|z)?sh\b"
_FETCH = r"\b(?:curl|wget)\b"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # eval "$x", eval $(cmd), eval `cmd`: the evaluated text comes from an expansion.
    (EVAL_EXPANSION, re.compile(_CMD_START + r"eval\s+(?:--\s+)?[^#\n]*(?:\$|`)")),
    # curl ... | sh, wget -O- ... | sudo bash
    (DOWNLOAD_EXECUTED, re.compile(_FETCH + r"[^|#\n]*\|\s*" + _SHELLS)),
    # sh -c "$(curl ...)", bash <(wget -O- ...), . <(curl ...)
    (
        DOWNLOAD_EXECUTED,
        re.compile(
            r"(?:" + _SHELLS + r"(?:\s+-\S+)*\s+|(?:^|\s)(?:\.|source)\s+)[\"']?(?:\$\(|<\()\s*" + _FETCH
        ),
    ),
    # curl -k / --insecure, wget --no-check-certificate
    (
        TLS_DISABLED,
        re.compile(
            r"\bcurl\b[^|;#\n]*\s(?:--insecure\b|-[a-zA-Z]*k[a-zA-Z]*\b)"
            r"|\bwget\b[^|;#\n]*\s--no-check-certificate\b"
        ),
    ),
    # curl has no time limit of its own (wget's default read timeout is 900 s, unless set to 0)
    (
        FETCH_NO_TIMEOUT,
        re.compile(
            _CMD_START + r"curl\b(?![^|;&#\n]*(?:--max-time|--connect-timeout|\s-m\s*\d|\s-[a-zA-Z]*m\s*\d))"
            r"|" + _CMD_START + r"wget\b[^|;&#\n]*\s(?:--timeout=0|--read-timeout=0|-T\s*0)\b"
        ),
    ),
)


def logical_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(first line, last line, text) of each command line, continuations joined."""
    start = 0
    parts: list[str] = []
    for i, line in enumerate(text.splitlines(), start=1):
        if not parts:
            start = i
        if line.endswith("\\"):
            parts.append(line[:-1])
            continue
        parts.append(line)
        yield start, i, " ".join(parts)
        parts = []
    if parts:
        yield start, start + len(parts) - 1, " ".join(parts)


_ASSIGNMENT = re.compile(r"^(?:(?:export|local|readonly|declare)\s+)?(\w+)=(.*)$")
_FROM_GETOPT = re.compile(r"""^["']?(?:\$\(|`)\s*getopt\b""")
_EVAL_SET_GETOPT = re.compile(
    r"""\beval\s+set\s+--\s+(?:"\$\{?(\w+)\}?"|\$\{?(\w+)\}?|"\$\(\s*getopt\b[^;&|`]*\)")\s*$"""
)
# `for v in cert key; do`: a loop over words written in it (no expansion, quote or glob)
_LITERAL_LOOP = re.compile(r"^for\s+(\w+)\s+in((?:\s+[\w.,:/+=-]+)+)\s*(?:;\s*do\b.*)?$")
_EXPANSION = re.compile(r"(?<!\\)\$(?:\{(\w+)\}|(\w+)|.)|`")


class _Known:
    """The variables whose value a script's eval may expand without taking outside text: those
    last assigned getopt's output, and the variables of the enclosing loops over literal words."""

    def __init__(self) -> None:
        self.getopt: set[str] = set()
        self.loop: list[str] = []

    def read(self, code: str) -> None:
        assigned = _ASSIGNMENT.match(code)
        if assigned:
            name, value = assigned.groups()
            if _FROM_GETOPT.match(value):
                self.getopt.add(name)
            else:
                self.getopt.discard(name)
                if name in self.loop:
                    self.loop = []
        loop = _LITERAL_LOOP.match(code)
        if loop:
            self.loop.append(loop.group(1))
        elif code.startswith("for ") or code == "done" or code.startswith("done "):
            self.loop = []  # another loop, or a loop's end: no longer known (nesting not followed)

    def eval_is_known(self, code: str, eval_at: int) -> bool:
        text = code[eval_at:]
        getopt = _EVAL_SET_GETOPT.search(text)
        if getopt:
            name = getopt.group(1) or getopt.group(2)
            return name is None or name in self.getopt
        names = [m.group(1) or m.group(2) for m in _EXPANSION.finditer(text)]
        return bool(names) and all(n is not None and n in self.loop for n in names)


def shell_pattern_hits(text: str) -> tuple[PatternHit, ...]:
    hits = []
    known = _Known()
    for first, last, line in logical_lines(text):
        code = line.strip()
        if not code or code.startswith("#"):
            continue
        seen = set()
        for check_id, pattern in _PATTERNS:
            found = pattern.search(code)
            if check_id in seen or not found:
                continue
            if check_id == EVAL_EXPANSION and known.eval_is_known(code, code.index("eval", found.start())):
                continue
            seen.add(check_id)
            hits.append(PatternHit(check_id, first, last, code[:200]))
        known.read(code)
    return tuple(hits)
