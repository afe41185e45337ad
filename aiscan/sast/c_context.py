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

- **A format that is the file's own constant.** `#define TTY_FORMAT "TTY_%d=%d"` and
  `sprintf(buf, TTY_FORMAT, i, isatty(i))`: flawfinder does not expand macros, so it reads a
  variable. The format is taken as a literal; for `sprintf` its longest text must fit the
  destination (`char buf[] = TTY_FORMAT;` is sized from its initialiser; a `for (i = 0; i < N;
  i++)` counter not changed in the loop has the digits of N - 1, `isatty` one). Reported at low.
- **An `execl` of fixed arguments.** `execl(path, AGENT_EXE, "watchdog", (char *) 0)`: `execl`
  and `execlp` run no shell, and every argument after the program is a string literal or an
  upper-case constant (a macro, by C's convention), the list ended by a null pointer. Nothing
  from outside reaches the arguments; only a computed program path could choose what runs, so
  the hit stays at medium naming it; with the path a literal too, at low.

Pure: each reads the file's text (comments blanked), never build or run it. Anything the reading
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
# Size constants of the standard headers (POSIX <netinet/in.h>), used when the file does not
# define them itself.
_HEADER_CONSTANTS = {"INET_ADDRSTRLEN": 16, "INET6_ADDRSTRLEN": 46}
# Standard functions whose result is text of a bounded length: a dotted IPv4 address.
_BOUNDED_RESULTS = {"inet_ntoa": 15}
# The longest text of an integer or character conversion (no flags, width or precision).
_CONVERSION_WIDTH = {"d": 11, "i": 11, "u": 10, "o": 11, "x": 8, "X": 8, "c": 1}
_LONG_MODIFIERS = ("l", "ll", "z", "j")
# The same for a 64-bit integer (`%lu`, `%llo`, `%zx`); a wide character (`%lc`) is not read.
_LONG_WIDTH = {"d": 20, "i": 20, "u": 20, "o": 22, "x": 16, "X": 16}
# Library structs ending in a one-element array that holds a string, used when the file does
# not define them: Cyrus SASL's <sasl/sasl.h> `typedef struct sasl_secret { unsigned long len;
# unsigned char data[1]; } sasl_secret_t;`, the secret its password callbacks return.
_LIBRARY_TRAILING_ARRAYS = {"sasl_secret_t": ("data", 1), "struct sasl_secret": ("data", 1)}
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


def _format_call(text: str, line: int, name: str) -> tuple[int, list[str], int, str] | None:
    """The call of the printf-like `name` on `line`: its offset, its arguments, and the position
    and text of its format argument."""
    pos = _FORMAT_ARG.get(name)
    call = _call_on_line(text, line, name) if pos is not None else None
    if call is None or pos is None or len(call[1]) <= pos:
        return None
    offset, args = call
    return offset, args, pos, args[pos]


def _macro_passes_format(params: str, fmt: str) -> bool:
    """Whether a variadic macro's call passes its caller's format: a parameter, with literal text
    around it or not (`format "\\n"`), or the variadic arguments themselves (`##__VA_ARGS__`,
    `##args`), the first of which is the caller's format."""
    names = [p.strip() for p in params.split(",")]
    if not names or not names[-1].endswith("..."):
        return False
    variadic = names[-1][:-3].strip() or "__VA_ARGS__"
    parts = re.sub(_STRING_LITERAL, " ", fmt).split()
    return len(parts) == 1 and parts[0].lstrip("#") in {*names[:-1], variadic}


def _caller_format(text: str, line: int, name: str) -> str | None:
    """The wrapper whose parameter the format argument of this call is, if it is one."""
    call = _format_call(text, line, name)
    if call is None:
        return None
    offset, _, _, fmt = call
    macro = _macro_at(text, offset)
    if macro is not None:
        return "a variadic macro" if _macro_passes_format(macro, fmt) else None
    if not _IDENT.match(fmt):
        return None
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


_STRING_LITERAL = r'"(?:\\.|[^"\\\n])*"'
_CHOICE = re.compile(
    r"\(*\s*(?P<a>" + _STRING_LITERAL + r")\s*\)*$"
    r"|[^?:;]+\?\s*\(*\s*(?P<b>"
    + _STRING_LITERAL
    + r")\s*\)*\s*:\s*\(*\s*(?P<c>"
    + _STRING_LITERAL
    + r")\s*\)*$"
)
_CONVERSION = re.compile(r"%(?:(?P<pct>%)|(?P<s>s)|(?P<mod>hh|h|ll|l|z|j)?(?P<conv>[diuoxXc]))")
# The format functions whose output has no bound but the destination's size.
_UNBOUNDED_OUTPUT = ("sprintf", "vsprintf")


def _block_end(text: str, brace: int) -> int:
    """The offset after the `}` closing the block whose `{` is at `brace` (the text's end when
    it is never closed)."""
    code = _LITERAL.sub(lambda m: " " * len(m.group(0)), text[brace:])
    depth = 0
    for i, c in enumerate(code):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return brace + i + 1
    return len(text)


def _literal_choices(body: str, fmt: str) -> list[str] | None:
    """The literals a local `char *fmt` of this body is ever given, when it is given nothing
    else: its initialiser and each assignment a literal or `cond ? "a" : "b"`."""
    f = re.escape(fmt)
    if not re.search(r"\bchar\b[\s\w*]*\*\s*" + f + r"\s*[=;]", body):
        return None  # not a local `char *` of this function
    if re.search(r"&\s*" + f + r"\b|(?:\+\+|--)\s*" + f + r"\b|\b" + f + r"\s*(?:\+\+|--|[-+]=)", body):
        return None  # changed through its address, or moved along
    literals: list[str] = []
    for m in re.finditer(r"(?<![\w.>])" + f + r"\s*=(?!=)\s*([^;]*);", body):
        choice = _CHOICE.match(m.group(1).strip())
        if choice is None:
            return None
        literals.extend(x for x in choice.group("a", "b", "c") if x)
    return literals or None


def _literal_length(literal: str) -> int:
    """The characters a string literal holds (an escape is one), its zero not counted."""
    return len(re.sub(r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)", "e", literal[1:-1]))


def _macro_literals(text: str) -> dict[str, str]:
    """The file's `#define NAME "literal"` constants."""
    found = re.finditer(
        r"^[ \t]*#[ \t]*define[ \t]+([A-Z_][A-Z0-9_]*)[ \t]+(" + _STRING_LITERAL + r")[ \t]*$", text, re.M
    )
    return {m.group(1): m.group(2) for m in found}


def _array_size(
    body: str, name: str, defines: dict[str, int], macros: dict[str, str] | None = None
) -> int | None:
    """The size of `char name[N]` declared in `body`, N a number or a known constant, or of
    `char name[] = "..."` (also a `#define` of a literal) sized from its initialiser."""
    m = re.search(r"\bchar\s+" + re.escape(name) + r"\s*\[\s*(\w+)\s*\]", body)
    if m is None:
        init = re.search(
            r"\bchar\s+" + re.escape(name) + r"\s*\[\s*\]\s*=\s*(" + _STRING_LITERAL + r"|\w+)\s*;", body
        )
        literal = init.group(1) if init else None
        literal = (macros or {}).get(literal or "", literal)
        return _literal_length(literal) + 1 if literal and literal.startswith('"') else None
    size = m.group(1)
    return int(size) if size.isdigit() else defines.get(size)


def _string_bound(body: str, arg: str, defines: dict[str, int]) -> int | None:
    """The longest string a `%s` argument can hold: a local `char a[N]` holds N - 1
    characters; a local pointer given only results of a bounded function, their bound."""
    if not _IDENT.match(arg):
        return None
    size = _array_size(body, arg, defines)
    if size is not None:
        return size - 1
    bounds = []
    for m in re.finditer(r"(?<![\w.>])" + re.escape(arg) + r"\s*=(?!=)\s*([^;]*);", body):
        call = re.match(r"(\w+)\s*\(", m.group(1).strip())
        if call is None or call.group(1) not in _BOUNDED_RESULTS:
            return None
        bounds.append(_BOUNDED_RESULTS[call.group(1)])
    if re.search(r"&\s*" + re.escape(arg) + r"\b", body):
        return None
    return max(bounds) if bounds else None


# Standard functions whose integer result is one digit: isatty's 0 or 1.
_ONE_DIGIT_RESULTS = ("isatty",)


def _counter_width(body: str, at: int, name: str) -> int | None:
    """The digits of a loop counter at offset `at`: `for (i = A; i < N; i++) { ... }` around it,
    A and N numbers, `i` given no other value inside the loop."""
    n = re.escape(name)
    loop = None
    for m in re.finditer(
        r"\bfor\s*\(\s*(?:int\s+)?"
        + n
        + r"\s*=\s*(\d+)\s*;\s*"
        + n
        + r"\s*<\s*(\d+)\s*;\s*(?:"
        + n
        + r"\s*\+\+|\+\+\s*"
        + n
        + r")\s*\)\s*\{",
        body[:at],
    ):
        loop = m
    if loop is None or _block_end(body, loop.end() - 1) <= at:
        return None
    inside = body[loop.end() : _block_end(body, loop.end() - 1)]
    if re.search(
        r"(?<![\w.>])" + n + r"\s*(?:[-+*/%&|^]?=(?!=)|\+\+|--)|(?:\+\+|--|&)\s*" + n + r"\b", inside
    ):
        return None
    return len(str(max(int(loop.group(2)) - 1, int(loop.group(1)))))


def _int_width(body: str, at: int | None, arg: str, conversion: str) -> int:
    """The longest text of an integer conversion of `arg`."""
    if conversion in "diu" and re.match(r"(?:" + "|".join(_ONE_DIGIT_RESULTS) + r")\s*\(", arg):
        return 1
    if conversion in "diu" and at is not None and _IDENT.match(arg):
        width = _counter_width(body, at, arg)
        if width is not None:
            return width
    return _CONVERSION_WIDTH[conversion]


def _longest_output(
    literal: str, args: list[str], body: str, defines: dict[str, int], at: int | None = None
) -> int | None:
    """The longest text a literal format writes with these arguments (zero not counted)."""
    text = literal[1:-1]
    length = 0
    used = 0
    i = 0
    while i < len(text):
        if text[i] == "\\":
            m = re.compile(r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)").match(text, i)
            i = m.end() if m else i + 1
            length += 1
            continue
        if text[i] != "%":
            length += 1
            i += 1
            continue
        m = _CONVERSION.match(text, i)
        if m is None:
            return None  # flags, width, precision or another conversion: not read
        i = m.end()
        if m.group("pct"):
            length += 1
            continue
        if used >= len(args):
            return None
        arg = re.sub(r"\s+", "", args[used])
        used += 1
        if m.group("s"):
            bound = _string_bound(body, arg, defines)
            if bound is None:
                return None
            length += bound
        elif m.group("mod") in _LONG_MODIFIERS:
            if m.group("conv") not in _LONG_WIDTH:
                return None
            length += _LONG_WIDTH[m.group("conv")]
        else:
            length += _int_width(body, at, arg, m.group("conv"))
    return length


def _own_format(text: str, line: int, name: str) -> str | None:
    """Why the format of this call is no problem, when it is one of the function's literals
    (and, for `sprintf`, what it writes fits the destination)."""
    call = _format_call(text, line, name)
    if call is None:
        return None
    offset, args, pos, fmt = call
    function = _function_at(text, offset) if _IDENT.match(fmt) else None
    if function is None:
        return None
    header, body_start = function
    if any(re.search(r"\b" + re.escape(fmt) + r"\s*(?:\[\s*\])?$", p) for p in _parameters(header) or []):
        return None
    # the whole body: an assignment after the call reaches it again in a loop
    body = text[body_start : _block_end(text, body_start)]
    literals = _literal_choices(body, fmt)
    macros = _macro_literals(text)
    choice = (
        "one of the function's own literals"
        if literals and len(literals) > 1
        else "the function's own literal"
    )
    if literals is None and fmt in macros:
        literals, choice = [macros[fmt]], f"the file's own constant {fmt}"
    if literals is None:
        return None
    if name not in _UNBOUNDED_OUTPUT:
        return f"the format is {choice}, chosen by no caller or input"
    if name != "sprintf" or not _IDENT.match(args[0]):
        return None
    defines = dict(_HEADER_CONSTANTS)
    for m in re.finditer(r"^\s*#\s*define\s+(\w+)\s+(\d+)\s*$", text, re.MULTILINE):
        defines[m.group(1)] = int(m.group(2))
    room = _array_size(body, args[0], defines, macros)
    at = offset - body_start
    outputs = [_longest_output(lit, args[pos + 1 :], body, defines, at) for lit in literals]
    if room is None or any(o is None for o in outputs):
        return None
    longest = max(o for o in outputs if o is not None)
    if longest + 1 > room:
        return None
    fits = f"its longest text ({longest + 1} bytes with the zero) fits {args[0]}[{room}]"
    return f"the format is {choice}, and {fits}"


def _trailing_array(text: str, type_name: str) -> tuple[str, int] | None:
    """The last member of struct `type_name`, when it is a `char` array of a fixed size (0 for
    `[]`): its name and size, read from the file or from the known library structs."""
    if type_name.startswith("struct "):
        head = r"\bstruct\s+" + re.escape(type_name[7:].strip()) + r"\s*\{([^{}]*)\}"
    else:
        head = r"\btypedef\s+struct\s*\w*\s*\{([^{}]*)\}\s*" + re.escape(type_name) + r"\s*;"
    m = re.search(head, text)
    if m is None:
        return _LIBRARY_TRAILING_ARRAYS.get(type_name)
    members = [x.strip() for x in m.group(1).split(";") if x.strip()]
    array = r"(?:(?:unsigned|signed|const)\s+)*char\s+(\w+)\s*\[\s*(\d*)\s*\]"
    last = re.fullmatch(array, members[-1]) if members else None
    if last is None:
        return None
    return last.group(1), int(last.group(2) or 0)


def _member_copy(text: str, line: int, name: str) -> bool:
    """Whether a `strcpy` into `x->data` goes into a struct allocated as `sizeof(T) +
    strlen(s)` (plus a constant) whose trailing `char data[n]` holds the rest, `s` the string
    copied."""
    call = _call_on_line(text, line, name) if name == "strcpy" else None
    function = _function_at(text, call[0]) if call else None
    if call is None or function is None or len(call[1]) != 2:
        return False
    offset, args = call
    dest = re.sub(r"^\(\s*(?:(?:unsigned|signed|const)\s+)*char\s*\*\s*\)\s*", "", args[0].strip())
    target = re.fullmatch(r"(\w+)\s*->\s*(\w+)", dest)
    source = re.sub(r"\s+", "", args[1])
    if target is None or not _IDENT.match(source):
        return False
    ptr, member = target.groups()
    body = text[function[1] : offset]
    alloc: re.Match[str] | None = None
    for m in re.finditer(r"(?<![\w.>])" + re.escape(ptr) + r"\s*=(?!=)[^;]*?\b(malloc|realloc)\s*\(", body):
        alloc = m
    parsed = _call_args(body, alloc.end() - 1) if alloc else None
    if alloc is None or parsed is None:
        return False
    sized = re.fullmatch(
        r"sizeof\s*\(\s*((?:struct\s+)?\w+)\s*\)\s*\+\s*(.+)", parsed[0][-1].strip(), re.DOTALL
    )
    type_name = re.sub(r"\s+", " ", sized.group(1)) if sized else ""
    t = re.escape(type_name)
    typed = r"\(\s*" + t + r"\s*\*\s*\)|\b" + t + r"\s*\*\s*" + re.escape(ptr) + r"\b"
    if sized is None or not re.search(typed, body):
        return False
    trailing = _trailing_array(text, type_name)
    if trailing is None or trailing[0] != member:
        return False
    between = body[alloc.start() :]
    if re.search(r"\b(?:for|while|do|goto)\b", between):
        return False
    if re.search(r"(?<![\w.>])" + re.escape(ptr) + r"\s*=[^=]", between[1:]):
        return False
    strings: list[str] = []
    constant = 0
    for term in sized.group(2).split("+"):
        term = term.strip()
        length = _STRLEN.match(term)
        if term.isdigit():
            constant += int(term)
        elif length:
            strings.append(re.sub(r"\s+", "", length.group(1)))
        elif _IDENT.match(term):
            # a length variable, read back to its last assignment before the allocation
            sets = list(
                re.finditer(r"(?<![\w.>])" + re.escape(term) + r"\s*=(?!=)\s*([^;]*);", body[: alloc.start()])
            )
            measured = _STRLEN.match(sets[-1].group(1).strip()) if sets else None
            if measured is None:
                return False
            strings.append(re.sub(r"\s+", "", measured.group(1)))
            if re.search(r"(?<![\w.>])" + re.escape(source) + r"\s*=[^=]", body[sets[-1].end() :]):
                return False
        else:
            return False
    if strings != [source] or re.search(r"(?<![\w.>])" + re.escape(source) + r"\s*=[^=]", between):
        return False
    return constant + trailing[1] >= 1


_EXEC_LISTS = frozenset({"execl", "execlp"})
_FIXED_ARGUMENT = re.compile(r'(?:"(?:\\.|[^"\\\n])*"\s*)+|[A-Z][A-Z0-9_]*')
_LIST_END = re.compile(r"NULL|0|nullptr|\(\s*(?:const\s+)?char\s*\*\s*\)\s*(?:0|NULL|nullptr)")


def _fixed_exec(text: str, line: int, name: str) -> Context | None:
    """The reading of an `execl`/`execlp` whose arguments after the program are all fixed."""
    call = _call_on_line(text, line, name) if name in _EXEC_LISTS else None
    if call is None or len(call[1]) < 3:
        return None
    program, *arguments, last = (a.strip() for a in call[1])
    if not _LIST_END.fullmatch(last) or not all(_FIXED_ARGUMENT.fullmatch(a) for a in arguments):
        return None
    if _FIXED_ARGUMENT.fullmatch(program):
        return Context(Severity.LOW, "no shell runs, and the program and its arguments are fixed")
    shown = re.sub(r"\s+", " ", program)[:60]
    reason = f"no shell runs and every argument is fixed; only the program's path ({shown}) is computed"
    return Context(Severity.MEDIUM, reason)


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
        own = _own_format(code, line, name)
        if own:
            return Context(Severity.LOW, own)
    if category == "shell":
        return _fixed_exec(code, line, name)
    if category == "buffer" and _exact_copy(code, line, name):
        return Context(Severity.LOW, "the buffer is sized from the lengths of the strings copied into it")
    if category == "buffer" and _member_copy(code, line, name):
        return Context(Severity.LOW, "the struct is allocated with room for the string in its last member")
    return None
