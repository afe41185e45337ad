"""A Go path built by a function of the same package that refuses a name with a separator.

A handler often leaves the path to a small function of its own package:

    templatePath, err := templatePathFor(inst, name)
    if err != nil {
        return response.BadRequest(err)
    }
    f, err := os.Open(templatePath)

    func templatePathFor(inst Instance, name string) (string, error) {
        if strings.Contains(name, "/") {
            return "", fmt.Errorf("invalid template name")
        }
        return filepath.Join(inst.Path(), "templates", name), nil
    }

The taint rule reads one function at a time: it sees the request's `name` go into the call and
the call's result reach `os.Open`, not the refusal inside. A `go-path-traversal` finding is left
out when all of this holds, read as text (never run):

- the sink's argument is a plain name, and the last line of the enclosing function before the sink
  that gives it a value is `NAME, ERR := BUILDER(ARGS)` (or `=`), followed at once by
  `if ERR != nil {` whose block returns;
- BUILDER is a function of the same file or of a `.go` file beside it (a plain call or a method
  call; every definition of that name there qualifies), declared to return `(string, error)`;
- every parameter of BUILDER typed `string` is refused before its first return of a nil error:
  `if COND {` with COND, or one of its `||` parts, `strings.Contains(P, "/")`,
  `strings.Contains(P, "..")`, `strings.ContainsAny(P, "...")` with `/` in the set,
  `strings.ContainsRune(P, '/')`, `!filepath.IsLocal(P)`, `!fs.ValidPath(P)`,
  `filepath.Base(P) != P` (or the other way round), and the block returns an error that is not
  `nil`; P is never assigned in BUILDER;
- every other parameter is of a named type (no map, slice, pointer to a request or framework
  context, `any`), and BUILDER uses it only to call its methods (`inst.Path()`), never a field.

A name refused only for `/` can still be `..` alone, which names the folder above the one the
builder joins it to: a folder, not a file the handler can open or write (it could remove an empty
one). Anything else (a builder of another package, a check that only logs, a `..` test on a
joined path, two definitions of which one does not check) keeps the finding.

Pure: findings, the tree's Go paths and a reader of a file's lines in, findings out.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Collection, Sequence

from aiscan.models import Finding

RULE = "go-path-traversal"

Lines = Callable[[str], Sequence[str]]

_IDENT = re.compile(r"[A-Za-z_]\w*")
_FUNC = re.compile(r"^func\b")
_REQUEST_TYPES = re.compile(
    r"(http\.Request|gin\.Context|echo\.Context|fiber\.Ctx|url\.Values|http\.Header)\b"
)


def _split_top(text: str) -> list[str]:
    """`text` split at the commas outside brackets and quotes."""
    parts, depth, quote, cur = [], 0, "", []
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "\"'`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def _sink_name(line: str, col: int | None) -> str | None:
    """The plain name the sink is given at 1-based column `col`, if the argument is only a name."""
    if not col:
        return None
    rest = line[col - 1 :]
    found = _IDENT.match(rest)
    if not found:
        return None
    after = rest[found.end() :].lstrip()
    return found.group(0) if after[:1] in (")", ",") else None


def _enclosing_start(lines: Sequence[str], index: int) -> int | None:
    for i in range(index, -1, -1):
        if _FUNC.match(lines[i]):
            return i
    return None


def _assigns(line: str, name: str) -> bool:
    n = re.escape(name)
    return bool(
        re.match(rf"^\s*(?:var\s+)?(?:[\w.]+\s*,\s*)*{n}\s*(?:,\s*[\w.]+\s*)*(?::=|=(?!=)|[-+*/]=)", line)
        or re.match(rf"^\s*for\s+(?:\w+\s*,\s*)?{n}\b", line)
    )


_BUILT = r"^\s*{name}\s*,\s*(\w+)\s*:?=\s*(?:(\w+)\.)?(\w+)\((.*)\)\s*$"


def _checked_call(
    lines: Sequence[str], start: int, index: int, name: str
) -> tuple[str, str | None, list[str]] | None:
    """(builder, receiver or package, arguments) when the last assignment of `name` before line
    `index` in the function starting at `start` is a builder's call whose error is checked and
    ends the function."""
    for i in range(index - 1, start, -1):
        if not _assigns(lines[i], name):
            continue
        found = re.match(_BUILT.format(name=re.escape(name)), lines[i])
        if not found:
            return None
        err, qualifier, builder, args = found.groups()
        j = i + 1
        while j < index and not lines[j].strip():
            j += 1
        if not re.match(rf"^\s*if\s+{re.escape(err)}\s*!=\s*nil\s*\{{\s*$", lines[j]):
            return None
        indent = len(lines[j]) - len(lines[j].lstrip())
        returns = False
        for k in range(j + 1, index):
            stripped = lines[k].strip()
            if stripped == "}" and len(lines[k]) - len(lines[k].lstrip()) == indent:
                return (builder, qualifier, _split_top(args)) if returns else None
            if re.match(r"^return\b", stripped):
                returns = True
        return None
    return None


def _body(lines: Sequence[str], start: int) -> list[str]:
    """The lines of the function declared at `start` up to its closing brace at column 0."""
    out: list[str] = []
    for i in range(start + 1, len(lines)):
        if lines[i].startswith("}"):
            return out
        out.append(lines[i])
    return []


def _params(signature: str) -> list[tuple[str, str]] | None:
    """(name, type) of each parameter; `a, b string` gives both the type."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for part in _split_top(signature):
        bits = part.split(None, 1)
        if len(bits) == 1:
            pending.append(bits[0])
            continue
        name, typ = bits
        for p in (*pending, name):
            out.append((p, typ.strip()))
        pending = []
    return None if pending else out


def _refuses(body: Sequence[str], param: str) -> bool:
    p = re.escape(param)
    checks = (
        rf'strings\.Contains\(\s*{p}\s*,\s*"(?:/|\.\.)"\s*\)',
        rf'strings\.ContainsAny\(\s*{p}\s*,\s*"[^"]*/[^"]*"\s*\)',
        rf"strings\.ContainsRune\(\s*{p}\s*,\s*'/'\s*\)",
        rf"!\s*filepath\.IsLocal\(\s*{p}\s*\)",
        rf"!\s*fs\.ValidPath\(\s*{p}\s*\)",
        rf"filepath\.Base\(\s*{p}\s*\)\s*!=\s*{p}\b",
        rf"\b{p}\s*!=\s*filepath\.Base\(\s*{p}\s*\)",
    )
    for i, line in enumerate(body):
        stripped = line.strip()
        if re.match(r"^return\b.*\bnil\s*$", stripped):
            return False
        if _assigns(line, param):
            return False
        cond = re.match(r"^if\s+(.*)\{\s*$", stripped)
        if not cond or "&&" in cond.group(1):
            continue
        parts = [c.strip() for c in cond.group(1).split("||")]
        if not any(re.fullmatch(c, part) for c in checks for part in parts):
            continue
        indent = len(line) - len(line.lstrip())
        for following in body[i + 1 :]:
            s = following.strip()
            if s == "}" and len(following) - len(following.lstrip()) == indent:
                break
            ret = re.match(r"^return\s+(.*)$", s)
            if ret:
                values = _split_top(ret.group(1))
                if len(values) == 2 and values[1] != "nil":
                    # P must not be assigned anywhere in the builder
                    return not any(_assigns(b, param) for b in body)
                break
    return False


def _other_used_by_methods(body: Sequence[str], param: str) -> bool:
    p = re.escape(param)
    text = "\n".join(body)
    for found in re.finditer(rf"(?<![\w.]){p}\b(\s*\.\s*\w+\s*(\()?)?", text):
        if not found.group(1) or not found.group(2):
            return False
    return True


def _builder_checks(lines: Sequence[str], builder: str) -> bool | None:
    """Whether every definition of `builder` in `lines` qualifies; None when there is none."""
    seen = False
    decl = re.compile(
        rf"^func\s+(?:\([^)]*\)\s*)?{re.escape(builder)}\s*\((.*)\)\s*\(\s*string\s*,\s*error\s*\)\s*\{{\s*$"
    )
    any_decl = re.compile(rf"^func\s+(?:\([^)]*\)\s*)?{re.escape(builder)}\s*\(")
    for i, line in enumerate(lines):
        if not any_decl.match(line):
            continue
        seen = True
        found = decl.match(line)
        if not found:
            return False
        params = _params(found.group(1))
        body = _body(lines, i)
        if params is None or not body:
            return False
        for name, typ in params:
            if typ == "string":
                if not _refuses(body, name):
                    return False
            elif (
                typ.startswith(("map[", "[]", "...", "interface", "func"))
                or typ in ("any", "error")
                or _REQUEST_TYPES.search(typ)
                or not _other_used_by_methods(body, name)
            ):
                return False
    return seen if seen else None


def checked_by_builder(
    path: str, line_no: int, col: int | None, go_paths: Collection[str], lines: Lines
) -> bool:
    """Whether the `go-path-traversal` finding at `path:line_no` reaches its sink through a
    builder of the same package that refuses the name (see the module's text)."""
    text = lines(path)
    index = line_no - 1
    if not text or index >= len(text):
        return False
    name = _sink_name(text[index], col)
    if not name:
        return False
    start = _enclosing_start(text, index)
    if start is None:
        return False
    call = _checked_call(text, start, index, name)
    if not call:
        return False
    builder, qualifier, _args = call
    folder = posixpath.dirname(path)
    neighbours = sorted(
        p
        for p in go_paths
        if posixpath.dirname(p) == folder and p.endswith(".go") and not p.endswith("_test.go")
    )
    if path not in neighbours:
        neighbours.insert(0, path)
    verdicts = [_builder_checks(text if p == path else lines(p), builder) for p in neighbours]
    found = [v for v in verdicts if v is not None]
    if qualifier and not found:
        return False
    return bool(found) and all(found)


def drop_checked_builder_paths(
    findings: Sequence[Finding], go_paths: Collection[str], lines: Lines
) -> tuple[Finding, ...]:
    """`go-path-traversal` findings left out when the path comes from a same-package builder that
    refuses a name with a separator (see the module's text)."""
    return tuple(
        f
        for f in findings
        if not (
            f.rule_id == RULE
            and f.location.start_line is not None
            and checked_by_builder(
                f.location.path, f.location.start_line, f.location.start_col, go_paths, lines
            )
        )
    )
