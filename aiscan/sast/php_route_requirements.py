r"""A PHP path built in a Symfony action whose every input the route limits to plain names.

A Symfony route can say what each of its parameters may hold:

    /**
     * @Route("/invoice/{clientHash}/{idProject}/{order}",
     *        requirements={"idProject": "\d+", "clientHash": "[0-9a-f-]{32,36}", "order": "\d+"})
     */
    public function downloadAction($clientHash, $idProject, $order)

    #[Route('/receipt/{paymentId<\d+>}', requirements: ['format' => 'pdf|html'])]

The router answers 404 to a URL whose parameter does not match its requirement in full, so such
a parameter holds no `/`, no `\` and is never `.` or `..`. The taint rule reads an action's
parameters as the client's whatever the route says. A `php-path-traversal` finding is left out
when all of this holds, read as text (never run):

- the finding's line is inside a function whose docblock or attributes hold a route
  (`@Route(...)`, `#[Route(...)]`, also `@Get`/`#[Get]` and the other verbs' names);
- every parameter of that function is one of: a route parameter whose requirement (in
  `requirements`, or written inline as `{name<regex>}`) matches, in full, only text with no
  separator that is not `.` or `..` (`\d+`, `[0-9a-f]{32}`, `pdf|html`; Symfony's
  `Requirement::DIGITS`, `POSITIVE_INT`, `UUID…`, `ULID`); a parameter typed `int`, `float` or
  `bool`; a parameter typed with a class (a service or an entity the framework looks up) other
  than the request's own classes and without a `#[Map…]` attribute that binds it from the
  request;
- the function's body reads no other input: no `$_GET`/`$_POST`/`$_REQUEST`/`$_COOKIE`/
  `$_FILES`/`$_SERVER`, no `php://input`, and no word `request`.

Anything else (a parameter with no requirement or with one that lets a separator through, the
request object, a superglobal, no route) keeps the finding.

The other PHP rules that read an action's parameters as the client's text and whose sink needs
a character other than a digit to be abused are filtered the same way with a narrower bound:
every route parameter's requirement must match ASCII digits only (`\d+`, `[1-9][0-9]*`,
`Requirement::DIGITS`, `POSITIVE_INT`); a slug, a UUID or any letter keeps the finding, and a
class-typed parameter counts only when its type names a service (`…Interface`, `Connection`,
`…Repository`, `…Manager`…): an entity the route's id looks up holds stored text an earlier
request may have written. A string
of digits is a number in SQL (quoted or not), text in HTML, JavaScript and a header, one path or
query part of a URL (it holds no `/`, `:`, `@` or `.` to change the scheme, host or port), one
word with no metacharacter for a shell, an LDAP filter, an XPath, a regular expression, a
template or PHP code, and never a line break for a log or a mail header. The rules so filtered
are listed in DIGIT_RULES; a rule whose harm does not depend on what the value holds (request
data stored in the session, a decompression bomb, `unserialize`) is not. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from aiscan.models import Finding
from aiscan.sast.pyast import drop_where
from aiscan.sast.regex_bounds import bounds_path_part, digits_only

RULE = "php-path-traversal"
# taint rules whose sink a string of ASCII digits cannot abuse (see the module's text)
DIGIT_RULES = frozenset(
    {
        "php-sql-injection",
        "php-sql-string-concat",
        "php-xss",
        "php-html-built-from-request",
        "php-ssrf",
        "php-open-redirect",
        "php-command-injection",
        "php-shell-command-parameter",
        "php-code-injection",
        "php-template-injection",
        "php-ldap-injection",
        "php-xpath-injection",
        "php-regex-injection",
        "php-log-injection",
        "php-response-header-injection",
        "php-mail-header-injection",
    }
)

_FUNCTION = re.compile(r"^\s*(?:(?:public|protected|private|static|final|abstract)\s+)*function\s+&?\w+\s*\(")
_ROUTE = re.compile(r"(?:@|#\[\s*)(?:Route|Get|Post|Put|Patch|Delete)\s*\(")
_PLACEHOLDER = re.compile(r"\{!?(\w+)(?:<([^>]*)>)?(?:\?[^}]*)?\}")
_REQUIREMENTS = re.compile(r"requirements\s*(?:=|:)\s*[\[{]")
_PAIR = re.compile(r"""["'](\w+)["']\s*(?:=>|=|:)\s*(?:["']((?:[^"'\\]|\\.)*)["']|Requirement::(\w+))""")
_OTHER_INPUT = re.compile(r"\$_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|php://input|request", re.IGNORECASE)
_SCALAR = frozenset({"int", "float", "bool"})
_REQUEST_TYPES = re.compile(
    r"(?i)(?:^|\\)(?:Request|ServerRequestInterface|RequestStack|UploadedFile|InputBag)$"
)
# a service the container injects (an interface, a connection, a repository…), not an entity
_SERVICE_TYPE = re.compile(
    r"(?:^|\\)(?:\w*(?:Interface|Repository|Manager|Service|Connection|Logger|Factory|Registry|Environment|"
    r"Generator|Translator|Router|Serializer|Validator|Mailer|Client|Storage|Handler|Helper|Bus|Dispatcher|"
    r"Provider|Checker|Encoder|Hasher|Security|Twig))$"
)
_BUILTIN = frozenset({"string", "array", "mixed", "object", "iterable", "callable", "self", "static"})

# Symfony\Component\Routing\Requirement\Requirement constants whose every match is a plain name.
_NAMED = {
    "DIGITS": r"[0-9]+",
    "POSITIVE_INT": r"[1-9][0-9]*",
    "UUID": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "ULID": r"[0-7][0-9A-HJKMNP-TV-Z]{25}",
}


def _body_end(lines: Sequence[str], start: int) -> int | None:
    """The index of the line that closes the body of the function declared at line `start` (the
    last line when it never closes), or None when no body opens (an abstract declaration)."""
    depth = 0
    opened = False
    for n in range(start, len(lines)):
        for ch in lines[n]:
            if ch == "{":
                depth += 1
                opened = True
            elif ch == "}":
                depth -= 1
        if opened and depth <= 0:
            return n
        if not opened and ";" in lines[n]:
            return None
    return len(lines) - 1 if opened else None


def _function_start(lines: Sequence[str], index: int) -> int | None:
    """The index of the line declaring the function whose body holds line `index`, or None."""
    for start in range(index, -1, -1):
        if _FUNCTION.match(lines[start]):
            end = _body_end(lines, start)
            return start if end is not None and index <= end else None
    return None


def _parameters(lines: Sequence[str], start: int) -> list[str] | None:
    """The parameter declarations of the function declared at line `start`."""
    text = "\n".join(lines[start : start + 20])
    open_at = text.index("(", _FUNCTION.match(lines[start]).end() - 1)  # type: ignore[union-attr]
    depth = 0
    for n in range(open_at, len(text)):
        if text[n] in "([":
            depth += 1
        elif text[n] in ")]":
            depth -= 1
            if depth == 0:
                inner = text[open_at + 1 : n]
                return [p.strip() for p in _split_top(inner) if p.strip()]
    return None


def _split_top(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _annotations(lines: Sequence[str], start: int) -> str:
    """The docblock and attribute lines right above the function declared at line `start`."""
    above: list[str] = []
    n = start - 1
    in_doc = False
    while n >= 0:
        line = lines[n].strip()
        if in_doc:
            above.append(line)
            if line.startswith("/**") or line.startswith("/*"):
                in_doc = False
        elif line.endswith("*/"):
            above.append(line)
            in_doc = not (line.startswith("/**") or line.startswith("/*"))
        elif line.startswith("#[") or line.endswith("]") or line.endswith(")") or line.endswith(","):
            above.append(line)
        elif line:
            break
        n -= 1
    return "\n".join(reversed(above))


def _bracketed(text: str, start: int) -> str:
    """The text from `start` to the bracket that closes the one just before it (quotes skipped)."""
    depth, quote, n = 1, "", start
    while n < len(text):
        ch = text[n]
        if quote:
            if ch == "\\":
                n += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
            if depth == 0:
                break
        n += 1
    return text[start:n]


def _requirements(annotations: str) -> dict[str, str] | None:
    """Each bounded route parameter's requirement, or None when no route is declared."""
    route = _ROUTE.search(annotations)
    if route is None:
        return None
    found: dict[str, str] = {}
    path = re.search(r"""["']([^"']*)["']""", annotations[route.end() :])
    if path:
        for name, inline in _PLACEHOLDER.findall(path.group(1)):
            if inline:
                found[name] = inline
    for block in _REQUIREMENTS.finditer(annotations):
        for name, regex, constant in _PAIR.findall(_bracketed(annotations, block.end())):
            value = _NAMED.get(constant) if constant else regex
            if value is not None:
                found[name] = value
    return found


def _bounded_parameter(declaration: str, requirements: dict[str, str], digits: bool = False) -> bool:
    if re.search(r"#\[\s*Map", declaration):
        return False
    declaration = re.sub(r"#\[[^\]]*\]\s*", "", declaration)
    match = re.match(
        r"^(?:(?:public|protected|private|readonly)\s+)*(\??[\\\w|]+\s+)?&?(?:\.\.\.)?\$(\w+)", declaration
    )
    if match is None:
        return False
    kind = (match.group(1) or "").strip().lstrip("?")
    name = match.group(2)
    if kind in _SCALAR:
        return True
    if name in requirements:
        if digits:
            return digits_only(requirements[name])
        return bounds_path_part(f"^(?:{requirements[name]})$")
    classed = bool(kind) and kind.lower() not in _BUILTIN and "|" not in kind
    classed = classed and not _REQUEST_TYPES.search(kind)
    # for the digit rules an entity is no bound: its members are stored text, a service is
    return classed and (not digits or bool(_SERVICE_TYPE.search(kind)))


def _body(lines: Sequence[str], start: int, end: int) -> str:
    text = "\n".join(lines[start : end + 1])
    return text[text.find("{") :]


def bounded_route_action(lines: Sequence[str], line: int, digits: bool = False) -> bool:
    """Whether `line` (1-based) of a PHP file lies in a Symfony action whose every input the route
    bounds (see the module's text): to plain names, or with `digits` to ASCII digits."""
    if not 1 <= line <= len(lines):
        return False
    start = _function_start(lines, line - 1)
    if start is None:
        return False
    requirements = _requirements(_annotations(lines, start))
    params = _parameters(lines, start)
    if requirements is None or params is None:
        return False
    if not all(_bounded_parameter(p, requirements, digits) for p in params):
        return False
    end = _body_end(lines, start)
    return end is not None and not _OTHER_INPUT.search(_body(lines, start, end))


def _digit_route(lines: Sequence[str], line: int) -> bool:
    return bounded_route_action(lines, line, digits=True)


def drop_bounded_route_paths(
    findings: Iterable[Finding], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """`php-path-traversal` findings left out in actions whose route bounds every input to plain
    names, and those of DIGIT_RULES in actions whose route bounds every input to digits."""
    kept = drop_where(findings, RULE, lines, lambda path, line, read: bounded_route_action(lines(path), line))
    for rule in sorted(DIGIT_RULES):
        if any(f.rule_id == rule for f in kept):
            kept = drop_where(kept, rule, lines, lambda path, line, read: _digit_route(lines(path), line))
    return kept
