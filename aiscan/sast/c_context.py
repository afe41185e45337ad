"""What the code around a flawfinder hit says of it. flawfinder reads one call at a time; two
shapes it reports at its highest levels are sound by what the enclosing function shows:

- **A printf-style wrapper passing its caller's format.** `vfprintf(stderr, fmt, ap)` inside
  `void warnx(const char *fmt, va_list ap)`, `vsnprintf(buf, n, format, va)` after
  `va_start(va, format)` in a variadic function, or a variadic macro
  `#define LOG(buf, fmt, args...) snprintf(buf, N, fmt, ##args)`: the format is the parameter of
  a function (or macro) that takes arguments for it, so it is the caller's format. Whether a
  caller passes text from outside as the format is a question of each call of the wrapper, not of
  this line. The hit stays, at medium, saying so.
- **A copy into a buffer sized from the lengths copied.** `d = malloc(strlen(a) + strlen(b) + 1);
  strcpy(d, a); strcat(d, b);`, or `int n = strlen(p) + strlen(q) + 2; char buf[n];
  sprintf(buf, "%s/%s", p, q);`: the size holds every string copied, the literal text of the
  format and the terminating zero, so the copy cannot overflow. Reported at low.

Pure: both read the file's text (comments blanked), never build or run it. Anything the reading
cannot settle (a size with another term, a source assigned again, a format with another
conversion) leaves the hit as flawfinder rated it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aiscan.models import Severity
from aiscan.sast.c_patterns import blank_comments

# The position of the format argument of flawfinder's format functions.
_FORMAT_ARG = {
    "printf": 0,
    "vprintf": 0,
    "fprintf": 1,
    "vfprintf": 1,
    "sprintf": 1,
    "vsprintf": 1,
    "dprintf": 1,
    "vdprintf": 1,
    "syslog": 1,
    "vsyslog": 1,
    "snprintf": 2,
    "vsnprintf": 2,
    "_snprintf": 2,
    "_vsnprintf": 2,
}
_IDENT = re.compile(r"[A-Za-z_]\w*$")
_STRLEN = re.compile(r"strlen\s*\(\s*([^()]+?)\s*\)$")


@dataclass(frozen=True)
class Context:
    """A reading of the code around a hit: the severity it supports and why."""

    severity: Severity
    reason: str


def _call_args(text: str, start: int) -> tuple[list[str], int] | None:
    """The arguments of the call whose `(` is at `start`, split at top-level commas, and the
    offset after its `)`."""
    depth = 0
    args: list[str] = []
    current: list[str] = []
    i = start
    while i < len(text):
        c = text[i]
        if c == '"':
            m = re.compile(r'"(?:\\.|[^"\\\n])*"').match(text, i)
            if m is None:
                return None
            current.append(m.group(0))
            i = m.end()
            continue
        if c in "([{":
            depth += 1
            if depth > 1:
                current.append(c)
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append("".join(current).strip())
                return args, i + 1
            current.append(c)
        elif c == "," and depth == 1:
            args.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    return None


def _call_on_line(text: str, line: int, name: str) -> tuple[int, list[str]] | None:
    """The offset and arguments of the first call of `name` that starts on `line` (1-based)."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    offset = sum(len(x) + 1 for x in lines[: line - 1])
    m = re.compile(r"\b" + re.escape(name) + r"\s*\(").search(text, offset, offset + len(lines[line - 1]))
    if m is None:
        return None
    parsed = _call_args(text, m.end() - 1)
    return (m.start(), parsed[0]) if parsed else None


_LITERAL = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_FUNCTION_HEAD = re.compile(r"\b(\w+)\s*\([^;{}]*\)\s*(?:const\s*)?$")
_CONTROL = frozenset({"if", "for", "while", "switch", "catch", "do", "else", "return", "sizeof"})


def _function_at(text: str, offset: int) -> tuple[str, int] | None:
    """The header (`... name(params)`) and the body's `{` of the function holding `offset`: the
    innermost braced block around it whose header is a function's, not a statement's (`if (...)`)
    nor an `extern "C"` or namespace block's. Innermost, since a brace left open by the branches
    of an `#ifdef` earlier in the file would otherwise seem to hold every later function."""
    code = _LITERAL.sub(lambda m: " " * len(m.group(0)), text[:offset])
    opened: list[int] = []
    for i, c in enumerate(code):
        if c == "{":
            opened.append(i)
        elif c == "}" and opened:
            opened.pop()
    for brace in reversed(opened):
        head_start = max(code.rfind(c, 0, brace) for c in ";{}#")
        header = text[head_start + 1 : brace]
        m = _FUNCTION_HEAD.search(code[head_start + 1 : brace])
        if m and m.group(1) not in _CONTROL:
            return header, brace
    return None


def _parameters(header: str) -> list[str] | None:
    """The parameter declarations of a function header `... name(params)`."""
    close = header.rfind(")")
    if close < 0:
        return None
    depth = 0
    for i in range(close, -1, -1):
        if header[i] == ")":
            depth += 1
        elif header[i] == "(":
            depth -= 1
            if depth == 0:
                return [p.strip() for p in header[i + 1 : close].split(",")]
    return None


def _macro_at(text: str, offset: int) -> str | None:
    """The `#define` (with its continuation lines) holding `offset`, if any."""
    start = text.rfind("\n", 0, offset) + 1
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if text[prev : start - 1].rstrip().endswith("\\"):
            start = prev
        else:
            break
    m = re.match(r"\s*#\s*define\s+\w+\(([^)]*)\)", text[start:])
    return m.group(1) if m else None


def _caller_format(text: str, line: int, name: str) -> str | None:
    """The wrapper whose parameter the format argument of this call is, if it is one."""
    pos = _FORMAT_ARG.get(name)
    call = _call_on_line(text, line, name) if pos is not None else None
    if call is None or pos is None or len(call[1]) <= pos:
        return None
    offset, args = call
    fmt = args[pos]
    if not _IDENT.match(fmt):
        return None
    macro = _macro_at(text, offset)
    if macro is not None:
        names = [p.strip() for p in macro.split(",")]
        variadic = bool(names) and names[-1].endswith("...")
        return "a variadic macro" if variadic and fmt in names else None
    function = _function_at(text, offset)
    if function is None:
        return None
    header, body_start = function
    params = _parameters(header)
    if not params:
        return None
    as_string = re.compile(r"\bchar\b[\s*]*(?:const\s*)?\*\s*" + re.escape(fmt) + r"$")
    declared = [p for p in params if as_string.search(p)]
    takes_arguments = "..." in params or any(re.match(r"(?:\w+\s+)*va_list\s+\w+$", p) for p in params)
    if not declared or not takes_arguments:
        return None
    # the wrapper must not have replaced its parameter before the call
    if re.search(r"\b" + re.escape(fmt) + r"\s*=[^=]", text[body_start:offset]):
        return None
    return "a printf-style function"


def _size_terms(size: str) -> tuple[list[str], int] | None:
    """`strlen(a) + strlen(b) + 2` as (['a', 'b'], 2); None for any other term."""
    strings: list[str] = []
    constant = 0
    for term in size.split("+"):
        term = term.strip()
        while term.startswith("(") and term.endswith(")"):
            term = term[1:-1].strip()
        m = _STRLEN.match(term)
        if m:
            strings.append(re.sub(r"\s+", "", m.group(1)))
        elif term.isdigit():
            constant += int(term)
        else:
            return None
    return strings, constant


def _allocation(body: str, dest: str) -> tuple[int, str] | None:
    """The last allocation of `dest` in `body`: its offset and its size expression (a variable
    used as the size is read back to its initialiser)."""
    d = re.escape(dest)
    found = None
    for m in re.finditer(
        r"(?:\b" + d + r"\s*=\s*(?:\([\w\s*]+\)\s*)?(?:malloc|alloca)\s*\((?P<heap>[^;]*)\)\s*;)"
        r"|(?:\bchar\s+" + d + r"\s*\[(?P<stack>[^\];]+)\]\s*;)",
        body,
    ):
        found = (m.start(), (m.group("heap") or m.group("stack")).strip())
    if found is None:
        return None
    offset, size = found
    if _IDENT.match(size) and not size.isdigit():
        init = None
        declared = r"\b(?:size_t|int|unsigned|long)\s+" + re.escape(size) + r"\s*=\s*([^;]+);"
        for m in re.finditer(declared, body[:offset]):
            init = m.group(1)
        if init is None or re.search(r"\b" + re.escape(size) + r"\s*[-+*/]?=[^=]", body[offset:]):
            return None
        size = init
    return offset, size


def _exact_copy(text: str, line: int, name: str) -> bool:
    """Whether the copy at `line` goes into a buffer sized from the lengths it copies."""
    if name not in ("strcpy", "strcat", "sprintf"):
        return False
    call = _call_on_line(text, line, name)
    function = _function_at(text, call[0]) if call else None
    if call is None or function is None:
        return False
    offset, args = call
    _header, body_start = function
    body = text[body_start:offset]
    dest = re.sub(r"\s+", "", args[0]) if args else ""
    alloc = _allocation(body, dest) if _IDENT.match(dest) else None
    terms = _size_terms(alloc[1]) if alloc else None
    if alloc is None or terms is None:
        return False
    between = body[alloc[0] :]
    if re.search(r"\b(?:for|while|do|goto)\b", between):
        return False  # a copy repeated in a loop, or reached again, may append more
    if name == "sprintf":
        if len(args) < 2 or not re.fullmatch(r'"(?:[^"%\\]|%s)*"', args[1]):
            return False
        sources = [re.sub(r"\s+", "", a) for a in args[2:]]
        if args[1].count("%s") != len(sources):
            return False
        literal = len(args[1]) - 2 - 2 * len(sources)
        earlier: list[str] = []
    else:
        if len(args) != 2:
            return False
        sources = [re.sub(r"\s+", "", args[1])]
        literal = 0
        earlier = []
        if name == "strcat":
            # what the buffer already holds: the copies into it since it was allocated
            copy = r"\b(strcpy|strcat)\s*\(\s*" + re.escape(dest) + r"\s*,\s*([^;]+?)\)\s*;"
            for m in re.finditer(copy, between):
                if m.group(1) == "strcpy":
                    earlier = []
                earlier.append(re.sub(r"\s+", "", m.group(2)))
            if not earlier:
                return False
    needed = [*earlier, *sources]
    strings, constant = terms
    remaining = list(strings)
    for s in needed:
        if not _IDENT.match(s.replace("->", "_").replace(".", "_")) or s not in remaining:
            return False
        remaining.remove(s)
        # the string measured must be the string copied: not assigned again since
        if re.search(r"(?<![\w.>])" + re.escape(s) + r"\s*=[^=]", between):
            return False
    return constant >= literal + 1


def read_context(text: str, line: int, name: str, category: str) -> Context | None:
    """The reading of a flawfinder hit of function `name` at `line`, or None when the code around
    it says nothing that changes flawfinder's rating."""
    return read_blanked(blank_comments(text), line, name, category)


def read_blanked(code: str, line: int, name: str, category: str) -> Context | None:
    """read_context of a file's text whose comments are already blanked (`blank_comments`), so
    that a file with many hits is blanked once."""
    if category == "format":
        wrapper = _caller_format(code, line, name)
        if wrapper:
            return Context(Severity.MEDIUM, f"the format is a parameter of {wrapper}: its callers choose it")
    if category == "buffer" and _exact_copy(code, line, name):
        return Context(Severity.LOW, "the buffer is sized from the lengths of the strings copied into it")
    return None
