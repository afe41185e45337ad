"""Identity headers the tree's own code writes onto the request before a handler reads them.

`*-identity-from-client-header` reads one file: a handler taking the acting user from a header
such as `X-User-Id`. Whether the client or the project sets that header is decided elsewhere: a
filter of the same service that verifies the token and answers `getHeader` with its claims (a
`HttpServletRequestWrapper`), a middleware assigning the header (Go `r.Header.Set`, Express
`req.headers['x-user-id'] =`, ASP.NET Core `Request.Headers["X-User-Id"] =`, a WSGI `environ`
key), a gateway filter or route that sets or strips it (Spring Cloud Gateway `mutate()` with
`.header(...)`, `RemoveRequestHeader=`/`SetRequestHeader=`; Ocelot `AddHeadersToRequest`; YARP
`RequestHeader`/`AddRequestHeader`). Such a write replaces the client's copy, so the handler reads
the project's value; reading the header, appending to it (`AddRequestHeader=` of Spring Cloud
Gateway keeps the client's copy) or comparing it is not a write.

Read as text (never run), only when a finding of these rules is there. A finding is lowered to
low, with the first write named, when every identity header its handler reads is written so: the
headers of the declaration around the finding, or those the file names anywhere when that
declaration names none (a header kept in a constant). A handler that also reads a header nobody
writes keeps the finding. It is lowered, not dropped: the code cannot show that the write runs
before every such handler, nor that the service cannot be reached around its gateway. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding, Severity

_LANGUAGES = ("java", "kotlin", "csharp", "go", "python", "javascript")
RULES = frozenset(f"{lang}-identity-from-client-header" for lang in _LANGUAGES)

Lines = Callable[[str], Sequence[str]]

# the header names the rules read (their source regexes, roles and groups included), as a name:
# lower case, `-` for `_`
_IDENTITY = re.compile(
    r"(?:x-(?:user|account|customer|member|borrower|owner|principal|client|auth-user|authenticated-user)-?(?:id|uuid)"
    r"|x-(?:user|user-?name|user-?email|account|customer|member|principal)"
    r"|x-(?:forwarded|remote|auth|authenticated|auth-request)-(?:user|email|user-?id|user-?name|preferred-username)"
    r"|x-(?:user-|auth-|authenticated-|forwarded-)?(?:roles?|groups)"
    r"|remote-user)"
)
_LITERAL = re.compile(r"""(["'`])((?:HTTP_)?[A-Za-z][\w-]*)\1""")
_CODE = (".java", ".kt", ".kts", ".cs", ".go", ".py", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx")
_CONFIG = (".yml", ".yaml", ".properties", ".json")

_NAME = r"""["'`]?(?P<name>[A-Za-z][\w-]*)["'`]?"""
_WRITES = (
    # Go: r.Header.Set("X-User-Id", ...), .Del(...), r.Header["X-User-Id"] = ...
    re.compile(rf"\.Header\.(?:Set|Del)\(\s*{_NAME}"),
    re.compile(rf"\.Header\[\s*{_NAME}\s*\]\s*=(?!=)"),
    # Express/Node: req.headers['x-user-id'] = ..., delete req.headers[...], proxyReq.setHeader(...)
    re.compile(rf"(?i:\b\w*req\w*)\.headers\[\s*{_NAME}\s*\]\s*=(?!=)"),
    re.compile(rf"\bdelete\s+(?i:\w*req\w*)\.headers\[\s*{_NAME}\s*\]"),
    re.compile(rf"(?i:\b\w*req\w*)\.setHeader\(\s*{_NAME}"),
    # ASP.NET Core: Request.Headers["X-User-Id"] = ..., Request.Headers.Remove/Add/Append(...)
    re.compile(rf"Request\.Headers\[\s*{_NAME}\s*\]\s*=(?!=)"),
    re.compile(rf"Request\.Headers\.(?:Remove|Add|Append)\(\s*{_NAME}"),
    # YARP transforms in code and configuration
    re.compile(rf"\bAddRequestHeader(?:Remove)?\(\s*{_NAME}"),
    re.compile(rf'"RequestHeader(?:Remove)?"\s*:\s*{_NAME}'),
    # Spring Cloud Gateway route filters (the shortcut form)
    re.compile(rf"\b(?:RemoveRequestHeader|SetRequestHeader)\s*[=:]\s*{_NAME}"),
    # WSGI: environ["HTTP_X_USER_ID"] = ...
    re.compile(rf"\benviron\[\s*{_NAME}\s*\]\s*=(?!=)"),
)
# Spring WebFlux request builders (exchange.getRequest().mutate()): .header(n, v) sets, as do
# headers(h -> h.set(n, v)) and h.remove(n); only in files that build a request with mutate()
_MUTATE = re.compile(r"\.mutate\(\s*\)")
_BUILDER_WRITE = re.compile(rf"\.(?:header|set|remove)\(\s*{_NAME}\s*[,)]")
# a servlet request wrapper answering getHeader: the identity names it keeps (not the ones it reads)
_WRAPPER = re.compile(r"\bHttpServletRequestWrapper\b")
_GET_HEADER = re.compile(r"\bgetHeader\s*\(\s*String\b|\bfun\s+getHeader\s*\(")
_READ_CALL = re.compile(rf"\.getHeaders?\(\s*{_NAME}\s*\)")
_OCELOT = re.compile(r'"AddHeadersToRequest"\s*:\s*\{(?P<body>[^{}]*)\}', re.DOTALL)
_OCELOT_KEY = re.compile(r'"(?P<name>[A-Za-z][\w-]*)"\s*:')

_DECLARATION = re.compile(
    r"^\s*(?:(?:(?:public|private|protected|internal|static|final|async|override|suspend|open|virtual|abstract)\s+)+"
    r"[\w<>\[\],.?\s]*?\w+\s*\(|(?:export\s+)?(?:async\s+)?function\b|func\b|(?:async\s+)?def\b|(?:override\s+)?fun\b)"
)

# no apostrophes: a redactor masks what stands between two quotes in a text naming credentials
_WHY = (
    "Lowered: code of this tree writes the header onto the request ({where}), so the handler "
    "reads a value set by the project, not by the client; confirm that this write runs before "
    "every handler that reads the header and that the service cannot be reached around it."
)


def _header(name: str) -> str | None:
    """The header a literal names, when it is one the rules read."""
    norm = name.lower().replace("_", "-")
    norm = norm.removeprefix("http-")
    return norm if _IDENTITY.fullmatch(norm) else None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _writes(path: str, text: str) -> dict[str, str]:
    """Identity header -> `path:line` of a write in this file."""
    found: dict[str, str] = {}

    def note(name: str, offset: int) -> None:
        header = _header(name)
        if header and header not in found:
            found[header] = f"{path}:{_line_of(text, offset)}"

    for pattern in _WRITES:
        for m in pattern.finditer(text):
            note(m.group("name"), m.start("name"))
    if _MUTATE.search(text):
        for m in _BUILDER_WRITE.finditer(text):
            note(m.group("name"), m.start("name"))
    if _WRAPPER.search(text) and _GET_HEADER.search(text):
        read = {m.start("name") for m in _READ_CALL.finditer(text)}
        for m in _LITERAL.finditer(text):
            if m.start(2) not in read:
                note(m.group(2), m.start(2))
    for m in _OCELOT.finditer(text):
        for k in _OCELOT_KEY.finditer(m.group("body")):
            note(k.group("name"), m.start("body") + k.start("name"))
    return found


def _read_headers(file_lines: Sequence[str], line: int) -> set[str]:
    """The identity headers the declaration around `line` names, else the ones the file names."""
    start = 0
    for i in range(min(line, len(file_lines)) - 1, -1, -1):
        if _DECLARATION.match(file_lines[i]):
            start = i
            break
    around = "\n".join(file_lines[start:line])
    names = {h for m in _LITERAL.finditer(around) if (h := _header(m.group(2)))}
    if names:
        return names
    whole = "\n".join(file_lines)
    return {h for m in _LITERAL.finditer(whole) if (h := _header(m.group(2)))}


def _nearest(places: Sequence[str], path: str) -> str:
    """Of the writes of a header, the one whose folder shares most of the finding's path."""
    parts = path.split("/")[:-1]

    def shared(place: str) -> int:
        folder = place.rsplit(":", 1)[0].split("/")[:-1]
        n = 0
        while n < min(len(folder), len(parts)) and folder[n] == parts[n]:
            n += 1
        return n

    return max(places, key=shared)


def weigh_written_identity_headers(
    findings: Iterable[Finding], paths: Iterable[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings with the identity-header ones lowered where the tree writes every header the
    handler reads; `paths` are the tree's files, read only when there is such a finding."""
    findings = tuple(findings)
    if not any(f.rule_id in RULES and f.severity is Severity.MEDIUM for f in findings):
        return findings
    written: dict[str, list[str]] = {}
    for path in paths:
        if not path.endswith(_CODE + _CONFIG) or path.endswith("lock.json"):
            continue
        text = "\n".join(lines(path))
        if path.endswith(".json") and "AddHeadersToRequest" not in text and "RequestHeader" not in text:
            continue
        for header, where in _writes(path, text).items():
            written.setdefault(header, []).append(where)
    if not written:
        return findings
    out = []
    for f in findings:
        if f.rule_id in RULES and f.severity is Severity.MEDIUM and f.location.start_line:
            names = _read_headers(lines(f.location.path), f.location.start_line)
            if names and names <= written.keys():
                where = ", ".join(sorted({_nearest(written[n], f.location.path) for n in names}))
                f = replace(f, severity=Severity.LOW, message=f"{f.message} {_WHY.format(where=where)}")
        out.append(f)
    return tuple(out)
