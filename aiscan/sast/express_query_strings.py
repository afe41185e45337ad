"""A query string's values in an application on Express 5, whose default parser makes no objects.

`javascript-nosql-injection` takes `req.query` as a source because Express 4's default query
parser ("extended", the `qs` package) turns `?status[$ne]=x` into `{status: {$ne: "x"}}`, an
operator in the filter. Express 5 changed the default "query parser" setting to "simple"
(`node:querystring`): a value is a string or an array of strings, never an object, and the keys
are the names as written (`status[$ne]`). A value taken by name from such a query string and put
in a filter matches by equality (an array by `$in`) and carries no operator. The version is in
`package.json` and the setting may be in any file of the application, which a single-file rule
cannot read.

A finding is dropped only when all of these hold:

- the nearest `package.json` above the file declares `express` with a plain range whose lowest
  version is 5 or later (`^5.1.0`, `~5.0.0`, `5.x`, `>=5`, a beta or release candidate of 5; not
  an alpha of 5, which still used `qs`, nor `*`, `latest`, `||` ranges, tags or URLs), and declares
  no middleware that re-parses the query (a package whose name holds `query` and `express`,
  `parser` or `types`);
- no JavaScript or TypeScript file of the tree names the "query parser" setting with anything but
  `"simple"`, `true` or `false`, nor assigns or redefines `req.query`;
- in the top-level statement around the sink (the handler, or the class holding the method), the
  only request data the rule takes as a source is `req.query`/`request.query` read by name:
  `req.query.status`, `req.query?.status`, `req.query["status"]`, or destructured without a rest
  element (`const { status, page } = req.query`). Anything else keeps the finding: another source
  (`req.body`, cookies, headers, files, `req.get(...)`, a Nest parameter decorator, `location`),
  the query object taken whole (its keys are the client's: `?$where=...` becomes a `$where`
  key), Koa's or Next's request objects, a parser that makes objects (`JSON.parse`,
  `EJSON.parse`, `qs.parse`, `querystring.parse`, `Object.fromEntries`), or a computed key or
  index (`{ [field]: v }`, `filter[field] = v`) that a value could name.

What is not seen: a function of the application's own, in the statement or elsewhere, that turns
a string into an operator object (`toFilter("amount:gt:5")`); such code builds the operator
itself, and its own logic, not the parser, is then the flaw. Read as text, never run. Pure.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Collection, Iterable, Sequence

from aiscan.models import Finding

RULE = "javascript-nosql-injection"

Lines = Callable[[str], Sequence[str]]

_DEPENDENCY_KEYS = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")
# `^5.1.0`, `~5.0.0`, `5`, `5.x`, `>=5.0.0`, `=5.2.1`, `v5.0.0`, `5.0.0-beta.3`
_RANGE = re.compile(r"^(?:\^|~|>=|=|v)?\s*(\d+)(?:\.(?:\d+|[xX*])){0,2}(?:-([0-9A-Za-z.-]+))?$")
_REPARSERS = re.compile(r"query", re.IGNORECASE)

# the setting by its name, anywhere; its value where it is set
_PARSER_NAME = re.compile(r"""(['"`])query parser\1""")
_PARSER_SET = re.compile(r"""\.\s*set\s*\(\s*(['"`])query parser\1\s*,\s*([^,)]*?)\s*\)""")
_HARMLESS_VALUE = re.compile(r"""^(?:(['"`])simple\1|true|false)$""")
_QUERY_REDEFINED = re.compile(
    r"""(?<![\w$.])(?:req|request)\s*\.\s*query\s*=(?!=)"""
    r"""|defineProperty\s*\(\s*(?:req|request)\s*,\s*(['"`])query\1"""
)

# every request object of the rule's sources (also spread: `...req.query`), with the attribute
# read from it
_REQUEST_READ = re.compile(
    r"(?<![\w$])(?:(?<=\.\.\.)|(?<!\.))(?P<obj>(?:req|request|ctx|context|event)(?:\s*\??\.\s*(?:request|req))?)"
    r"\s*\??\.\s*(?P<attr>[A-Za-z_$][\w$]*)"
)
_SOURCE_ATTRS = frozenset(
    {"query", "body", "cookies", "signedCookies", "headers", "files", "file", "queryStringParameters"}
)
_SOURCE_METHODS = frozenset({"get", "header", "param", "query"})
_OTHER_SOURCES = re.compile(
    r"@(?:Body|Query|Headers|Req|Request|QueryParam|BodyParam|Cookie|Cookies|UploadedFile)\s*\("
    r"|(?<![\w$])location\s*\.\s*(?:search|hash|href)\b"
    r"|(?<![\w$])document\s*\.\s*(?:URL|documentURI|referrer|location)\b"
    r"|(?<![\w$])window\s*\.\s*(?:name|location)\b"
)
_OBJECT_MAKERS = re.compile(
    r"(?<![\w$])(?:JSON|EJSON|qs|querystring)\s*\.\s*parse\s*\(|Object\s*\.\s*fromEntries\s*\("
)
# a computed key (`{ [field]: v }`) or an index written to (`filter[field] = v`) that is not a
# literal
_COMPUTED_KEY = re.compile(r"""\[\s*(?!['"`\d\]])[^\]\n]*\]\s*(?::|=(?![=>]))""")
# after `req.query`: a name read from it
_BY_NAME = re.compile(r"""\s*(?:\??\.\s*[A-Za-z_$][\w$]*|\[\s*(['"])[^'"\n]*\1\s*\])""")
# before `req.query`: a destructuring without a rest element
_DESTRUCTURED = re.compile(r"\{([^{}]*)\}\s*=\s*$")


def express_major(package_json: str) -> int | None:
    """The lowest major version of Express a package.json's plain range allows, or None (not
    declared, not JSON, a range that is not one plain bound, an alpha of 5)."""
    try:
        doc = json.loads(package_json)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    for key in _DEPENDENCY_KEYS:
        deps = doc.get(key)
        if isinstance(deps, dict) and isinstance(deps.get("express"), str):
            found = _RANGE.match(deps["express"].strip())
            if found is None:
                return None
            major, pre = int(found.group(1)), found.group(2) or ""
            if major == 5 and pre and not pre.startswith(("beta", "rc")):
                return None
            return major
    return None


def _reparses_query(package_json: str) -> bool:
    """Whether a package.json declares middleware that may re-parse or replace req.query."""
    try:
        doc = json.loads(package_json)
    except ValueError:
        return True
    names: list[str] = []
    for key in _DEPENDENCY_KEYS:
        deps = doc.get(key) if isinstance(doc, dict) else None
        if isinstance(deps, dict):
            names += [str(n).lower() for n in deps]
    return any(_REPARSERS.search(n) and any(w in n for w in ("express", "parser", "types")) for n in names)


def sets_query_parser(text: str) -> bool:
    """Whether a file names the "query parser" setting other than to set it to "simple", true or
    false, or assigns or redefines `req.query`."""
    if _QUERY_REDEFINED.search(text):
        return True
    names = len(_PARSER_NAME.findall(text))
    harmless = sum(1 for m in _PARSER_SET.finditer(text) if _HARMLESS_VALUE.match(m.group(2)))
    return names > harmless


def _statement(lines: Sequence[str], index: int) -> list[str]:
    """The lines of the top-level statement holding line `index` (0-based): from the last line at
    or above it that starts at column 0 and does not close a bracket or continue a comment, to
    the line before the next such line."""

    def starts(line: str) -> bool:
        return bool(line) and not line[0].isspace() and not line.startswith(("}", ")", "]", "*", "/*", "//"))

    start = index
    while start > 0 and not starts(lines[start]):
        start -= 1
    end = index + 1
    while end < len(lines) and not starts(lines[end]):
        end += 1
    return list(lines[start:end])


def only_query_values(lines: Sequence[str], index: int) -> bool:
    """Whether the only request data in the top-level statement around line `index` (0-based)
    is Express's `req.query` read by name, with no parser that makes objects and no computed
    key."""
    text = "\n".join(_statement(lines, index))
    if _OTHER_SOURCES.search(text) or _OBJECT_MAKERS.search(text) or _COMPUTED_KEY.search(text):
        return False
    query_reads = 0
    for read in _REQUEST_READ.finditer(text):
        obj, attr = re.sub(r"\s|\?", "", read.group("obj")), read.group("attr")
        after = text[read.end() :]
        called = re.match(r"\s*\(", after) is not None
        if called:
            if attr in _SOURCE_METHODS:
                return False
            continue
        if attr not in _SOURCE_ATTRS:
            continue
        if attr != "query" or obj not in ("req", "request"):
            return False
        destructured = _DESTRUCTURED.search(text[: read.start()])
        plain = destructured is not None and not re.search(r"\.\.\.|:", destructured.group(1))
        if not (_BY_NAME.match(after) or plain):
            return False
        query_reads += 1
    return query_reads > 0


def nearest_package(path: str, manifests: Collection[str]) -> str | None:
    folder = posixpath.dirname(path)
    while True:
        candidate = posixpath.join(folder, "package.json") if folder else "package.json"
        if candidate in manifests:
            return candidate
        if not folder:
            return None
        folder = posixpath.dirname(folder)


def drop_express5_query_strings(
    findings: Sequence[Finding], scripts: Collection[str], manifests: Iterable[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings without `javascript-nosql-injection` findings whose only request data is an
    Express 5 query string's values read by name (see the module's text). `scripts` are the
    tree's JavaScript and TypeScript paths, `manifests` its package.json paths."""
    if not any(f.rule_id == RULE for f in findings):
        return tuple(findings)
    packages = set(manifests)
    tree_sets_parser: bool | None = None
    majors: dict[str, bool] = {}
    out = []
    for f in findings:
        path, line = f.location.path, f.location.start_line
        if f.rule_id != RULE or line is None or path not in scripts:
            out.append(f)
            continue
        package = nearest_package(path, packages)
        if package is None:
            out.append(f)
            continue
        if package not in majors:
            text = "\n".join(lines(package))
            major = express_major(text)
            majors[package] = major is not None and major >= 5 and not _reparses_query(text)
        if not majors[package]:
            out.append(f)
            continue
        if tree_sets_parser is None:
            tree_sets_parser = any(sets_query_parser("\n".join(lines(p))) for p in sorted(scripts))
        if tree_sets_parser or not only_query_values(lines(path), line - 1):
            out.append(f)
    return tuple(out)
