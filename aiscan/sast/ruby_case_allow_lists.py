"""A Rails view name the request chose, rendered inside a `when` of literal names.

A controller often picks the page with a `case`:

    case page
    when "microloan", "consumer"
      render "tariffs/#{page}"
    else
      head :not_found
    end

Inside that `when` branch `page` equals one of the literal names, so the view rendered is one the
application chose; semgrep's taint reads the `case` as a whole and reports the `render` in every
branch. A finding of the render-path rules (`ruby-render-template-from-request`,
`ruby-render-file-from-request`) is left out when all of this holds, read as text (never run):

- the nearest enclosing branch header of the finding's line (walking up through shallower lines
  such as an inner `if`, never past a `def`, `class` or `module`) is a `when` (also a one-line
  `when "a" then render ...`, and values continued on the next lines after a trailing comma);
- every value of that `when` is a string literal without interpolation or a symbol;
- the `case` that `when` belongs to (the first line above it at its indentation or shallower
  that is not another `when`) is `case SUBJECT`, SUBJECT a local or instance variable or
  `params[:name]` (`params["name"]`);
- the finding's line holds SUBJECT, no other interpolation than `#{SUBJECT}`, and no other
  request data (`params`, `request.`, `cookies`) once SUBJECT is taken out;
- SUBJECT is not assigned (nor appended to, nor changed in place) between the `when` and the line.

The `else` branch, a `when` of a pattern, a range or a constant, code after the `case`, a value
reaching the line under another name, and a line that renders other request data keep their
findings.

Pure: findings and a reader of a file's lines in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aiscan.models import Finding

RULES = frozenset({"ruby-render-template-from-request", "ruby-render-file-from-request"})

Lines = Callable[[str], Sequence[str]]

_LITERAL = r"""(?:"[^"\\#]*"|'[^'\\]*'|:[A-Za-z_]\w*[?!]?)"""
_LITERALS = re.compile(rf"{_LITERAL}(?:\s*,\s*{_LITERAL})*")
_WHEN = re.compile(r"^when\b\s*(.*)$")
_THEN = re.compile(r"\s+then\b\s*")
_CASE = re.compile(r"^case\s+(.+?)\s*(?:#.*)?$")
_SUBJECT = re.compile(r"@{0,2}[a-z_]\w*|params\[(?::\w+|\"\w+\"|'\w+')\]")
_STOP = re.compile(r"^(?:def|class|module)\b")
_REQUEST = re.compile(r"\bparams\b|\brequest\.|\bcookies\b")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _code(line: str) -> str:
    """A line's text without leading spaces; empty for a blank line or a comment."""
    stripped = line.strip()
    return "" if stripped.startswith("#") else stripped


def _header(lines: Sequence[str], index: int) -> int | None:
    """The index of the `when` line whose branch holds line `index` (0-based), if the nearest
    enclosing branch header is a `when`."""
    if _WHEN.match(_code(lines[index])):
        return index
    limit = _indent(lines[index])
    for i in range(index - 1, -1, -1):
        code = _code(lines[i])
        if not code or _indent(lines[i]) >= limit:
            continue
        if _WHEN.match(code):
            return i
        if _STOP.match(code):
            return None
        limit = _indent(lines[i])
    return None


def _values(lines: Sequence[str], header: int) -> str:
    """The values of a `when` line, continued on the next lines after a trailing comma."""
    found = _WHEN.match(_code(lines[header]))
    text = _THEN.split(found.group(1), maxsplit=1)[0].strip() if found else ""
    i = header
    while text.endswith(",") and i + 1 < len(lines):
        i += 1
        text += " " + _THEN.split(_code(lines[i]), maxsplit=1)[0].strip()
    return text


def _subject(lines: Sequence[str], header: int) -> str | None:
    """The value the `case` of a `when` line compares, if it is a plain one."""
    indent = _indent(lines[header])
    for i in range(header - 1, -1, -1):
        code = _code(lines[i])
        if not code or _indent(lines[i]) > indent:
            continue
        if _WHEN.match(code) and _indent(lines[i]) == indent:
            continue
        case = _CASE.match(code)
        if case is None or not _SUBJECT.fullmatch(case.group(1)):
            return None
        return case.group(1)
    return None


def _token(subject: str) -> str:
    """A pattern for `subject` as a whole name or expression."""
    return rf"(?<![\w@.:$]){re.escape(subject)}(?![\w?!])"


def _changed(lines: Sequence[str], subject: str) -> bool:
    """Whether one of the lines assigns `subject`, appends to it or changes it in place."""
    name = _token(subject)
    change = re.compile(
        rf"{name}\s*(?:\|\||&&|[-+*/%]|<<)?=(?![=~>])|{name}\s*<<|{name}\.\w+!|"
        rf"{name}\.(?:replace|concat|prepend|insert|clear)\b|\|[^|]*{name}[^|]*\|"
    )
    return any(change.search(line) for line in lines)


def _renders_only(line: str, subject: str) -> bool:
    """Whether a line holds `subject` and no other interpolation or request data."""
    if not re.search(_token(subject), line):
        return False
    rest = line.replace("#{" + subject + "}", "")
    rest = re.sub(_token(subject), "", rest)
    return "#{" not in rest and not _REQUEST.search(rest)


def _allow_listed(lines: Sequence[str], index: int) -> bool:
    header = _header(lines, index)
    if header is None or not _LITERALS.fullmatch(_values(lines, header)):
        return False
    subject = _subject(lines, header)
    if subject is None:
        return False
    sink = lines[index]
    if header == index:
        parts = _THEN.split(_code(sink), maxsplit=1)
        if len(parts) < 2:
            return False
        sink = parts[1]
    return _renders_only(sink, subject) and not _changed(lines[header + 1 : index], subject)


def drop_allow_listed_renders(findings: Sequence[Finding], read: Lines) -> tuple[Finding, ...]:
    """Render-path findings left out on a line inside a `when` of literal names that the
    rendered request value was compared with (see the module's text)."""
    cache: dict[str, Sequence[str]] = {}
    out = []
    for f in findings:
        line_no = f.location.start_line
        if f.rule_id in RULES and line_no is not None:
            path = f.location.path
            if path not in cache:
                cache[path] = read(path)
            lines = cache[path]
            if 0 < line_no <= len(lines) and _allow_listed(lines, line_no - 1):
                continue
        out.append(f)
    return tuple(out)
