"""C# log-injection findings on values whose declared type cannot carry the client's text.

`csharp-log-injection` takes a request-bound object and every member of it as the client's text
(`command.OrderNumber`, `request.Id`, the command logged whole as `{@Command}`), because the types
are declared in other files, which a rule cannot read. Read as text here (never run), the tree
often says what the logged value is:

- a member or a local the tree declares as a number, `bool`, `char`, `Guid`, a date or time, or an
  enum of the tree (`public int OrderNumber { get; }`, `public Guid Id { get; }`, `int days =`),
  also turned to text (`.ToString()`): its text is digits, a GUID, a date or a member's name,
  with no line break a client could choose;
- an object logged whole (`{@Command}`, `{Command}`) of a class or struct the tree declares without
  its own string form (no `override string ToString`, no base class outside the tree but
  interfaces): Microsoft.Extensions.Logging writes such an object with `ToString()`, which is the
  type's name. Records are not: their string form lists their members.

The value is the logging call's argument at the finding's line and column: a name, or a chain of
members (`envelope.Body.ContractId`, through a generic wrapper's type arguments:
`IdentifiedCommand<CancelOrderCommand, bool>.Command` is a `CancelOrderCommand`). Its first name's
type is the last declaration before the call in the same file (a parameter, a local, `var x = new
T(...)`, `var x = <chain>`); each member's type is its declaration in a type of the tree of that
name (a property, a field, a record's positional parameter), or in a base class the tree declares.
Anything not resolved that way keeps the finding, and so does every whole object when the tree
logs through Serilog or NLog (their `{@X}` writes the members). Pure: findings, the tree's C#
paths and a reader of a file's lines in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from aiscan.models import Finding
from aiscan.sast.card_objects import TYPE_DECLARATION, base_types

RULES = frozenset({"csharp-log-injection"})

Lines = Callable[[str], Sequence[str]]

# printed as digits, a GUID, a date or `True`/`False`: no line break the client chooses
_PLAIN = frozenset(
    {
        "int",
        "long",
        "short",
        "byte",
        "sbyte",
        "uint",
        "ulong",
        "ushort",
        "nint",
        "nuint",
        "bool",
        "char",
        "decimal",
        "double",
        "float",
        "Int16",
        "Int32",
        "Int64",
        "UInt16",
        "UInt32",
        "UInt64",
        "Byte",
        "SByte",
        "Boolean",
        "Char",
        "Decimal",
        "Double",
        "Single",
        "Guid",
        "DateTime",
        "DateTimeOffset",
        "DateOnly",
        "TimeOnly",
        "TimeSpan",
        "BigInteger",
    }
)
_NOT_TYPES = frozenset(
    {
        "return",
        "new",
        "var",
        "await",
        "in",
        "out",
        "ref",
        "is",
        "as",
        "case",
        "else",
        "using",
        "yield",
        "throw",
        "goto",
        "params",
        "this",
        "base",
        "static",
        "const",
        "readonly",
        "typeof",
        "nameof",
        "default",
        "not",
        "and",
        "or",
        "when",
        "select",
        "from",
        "where",
        "let",
        "into",
        "on",
        "equals",
        "by",
        "group",
        "orderby",
    }
)
_TYPE_TEXT = r"(?:[A-Za-z_][\w.]*)(?:<[^;{}()=]*?>)?(?:\[\])?\??"
_MEMBER = re.compile(
    r"(?:^|[{;])[ \t]*(?:\[[^\]\n]*\][ \t]*)*"
    r"(?:(?:public|private|protected|internal|required|readonly|virtual|override|static|new|sealed|"
    r"abstract|volatile)\s+)+"
    rf"(?P<type>{_TYPE_TEXT})\s+(?P<name>[A-Za-z_]\w*)\s*(?=[{{;=])",
    re.MULTILINE,
)
_ENUM = re.compile(r"\benum\s+([A-Z]\w*)")
_OWN_TO_STRING = re.compile(r"\boverride\s+string\s+ToString\s*\(|\bPrintMembers\s*\(")
_DESTRUCTURING_LOGGERS = re.compile(r"\b(?:Serilog|NLog)\b")
_LITERAL = re.compile(r'(?:\$@|@\$|@)"(?:[^"]|"")*"|\$?"(?:[^"\\\n]|\\.)*"|//[^\n]*')
_CHAIN = re.compile(
    r"^(?P<root>[A-Za-z_]\w*)(?P<rest>(?:\s*[?!]?\.\s*[A-Za-z_]\w*)*)"
    r"(?P<text>\s*\.\s*ToString\s*\(\s*(?:\"[^\"]*\"\s*)?\))?$"
)


@dataclass(frozen=True)
class _Type:
    name: str
    kind: str  # class, struct, record, record struct, record class, interface
    params: tuple[str, ...]
    members: dict[str, str]  # member -> its declared type's text
    own_string: bool
    bases: tuple[str, ...]


@dataclass(frozen=True)
class _Index:
    types: dict[str, _Type]
    enums: frozenset[str]
    destructuring: bool  # the tree logs through Serilog or NLog


def _split_type(text: str) -> tuple[str, tuple[str, ...]]:
    """`System.Collections.Generic.List<Guid>?` -> ("List", ("Guid",)); `int?` -> ("int", ())."""
    text = text.strip().rstrip("?").strip()
    lt = text.find("<")
    head, args = (text, "") if lt < 0 else (text[:lt], text[lt + 1 : text.rfind(">")])
    parts: list[str] = []
    depth, start = 0, 0
    for n, ch in enumerate(args):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(args[start:n].strip())
            start = n + 1
    if args.strip():
        parts.append(args[start:].strip())
    name = head.strip().rsplit(".", 1)[-1]
    if name == "Nullable" and parts:
        return _split_type(parts[0])
    return name, tuple(parts)


def _index(texts: Iterable[str]) -> _Index:
    types: dict[str, _Type] = {}
    enums: set[str] = set()
    destructuring = False
    for text in texts:
        destructuring = destructuring or bool(_DESTRUCTURING_LOGGERS.search(text))
        enums.update(_ENUM.findall(text))
        declared = list(TYPE_DECLARATION.finditer(text))
        for i, match in enumerate(declared):
            kind = re.sub(r"\s+", " ", match.group("kind"))
            if kind == "object":
                continue
            body = text[match.end() : declared[i + 1].start() if i + 1 < len(declared) else len(text)]
            members = {m.group("name"): m.group("type") for m in _MEMBER.finditer(body)}
            if kind.startswith("record"):
                # a record's positional parameters are its properties
                header = re.split(r"[{;]", body, maxsplit=1)[0]
                opened = header.find("(")
                if opened >= 0:
                    for p in re.finditer(
                        rf"(?:^|[(,])\s*(?:\[[^\]]*\]\s*)*(?P<type>{_TYPE_TEXT})\s+(?P<name>\w+)",
                        header[opened:],
                    ):
                        members.setdefault(p.group("name"), p.group("type"))
            params = tuple(
                re.findall(r"(?:^|[<,])\s*(?:in\s+|out\s+)?([A-Z]\w*)", match.group("params") or "")
            )
            name = match.group("name")
            info = _Type(name, kind, params, members, bool(_OWN_TO_STRING.search(body)), base_types(body))
            if name in types:
                # a partial type, or one name declared twice: merge what is known
                same = types[name]
                info = _Type(
                    name,
                    same.kind if same.kind == info.kind else "unknown",
                    same.params or info.params,
                    {**info.members, **same.members},
                    same.own_string or info.own_string,
                    tuple(dict.fromkeys(same.bases + info.bases)),
                )
            types[name] = info
    return _Index(types, frozenset(enums), destructuring)


def _argument(lines: Sequence[str], line: int, col: int) -> str | None:
    """The call argument that starts at 1-based `line` and `col`: up to the comma or the closing
    parenthesis at its own depth."""
    if not (1 <= line <= len(lines)):
        return None
    text = "\n".join(lines[line - 1 :])[col - 1 :]
    depth = 0
    for n, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return text[:n].strip()
            depth -= 1
        elif ch in ",;" and depth == 0:
            return text[:n].strip()
        elif ch == '"':
            return None  # a string or an interpolation: not a plain value
    return None


def _code(text: str) -> str:
    """The text without its string literals' contents and its line comments (what a message or a
    comment says is no declaration: `"Sending command: {Id}"`)."""
    return _LITERAL.sub(lambda m: '""' if m.group(0).startswith(('"', "@", "$")) else "", text)


def _declared(name: str, before: str) -> tuple[str, str] | None:
    """How `name` was declared last before the call: ("type", text) or ("chain", text)."""
    n = re.escape(name)
    before = _code(before)
    best: tuple[int, str, str] | None = None
    for m in re.finditer(rf"(?P<type>{_TYPE_TEXT})\s+{n}\s*(?=[,)=;:]|\bin\b)", before):
        t = m.group("type")
        if t.split("<")[0].rstrip("?[]") in _NOT_TYPES:
            continue
        if best is None or m.start() > best[0]:
            best = (m.start(), "type", t)
    for m in re.finditer(rf"\bvar\s+{n}\s*=\s*(?P<value>[^;]*);", before):
        if best is not None and m.start() < best[0]:
            continue
        value = m.group("value").strip()
        made = re.match(rf"^(?:await\s+)?new\s+(?P<type>{_TYPE_TEXT})\s*[({{]", value)
        if made:
            best = (m.start(), "type", made.group("type"))
        elif _CHAIN.match(value):
            best = (m.start(), "chain", value)
        else:
            best = (m.start(), "unknown", value)
    if best is None or best[1] == "unknown":
        return None
    return best[1], best[2]


def _member(index: _Index, owner: tuple[str, tuple[str, ...]], member: str, depth: int = 0) -> str | None:
    """The declared type's text of `owner.member`, a generic parameter read as the owner's type
    argument, looked up in the owner's base classes of the tree too."""
    info = index.types.get(owner[0])
    if info is None or depth > 4:
        return None
    declared = info.members.get(member)
    if declared is not None:
        name, args = _split_type(declared)
        if name in info.params and not args:
            at = info.params.index(name)
            return owner[1][at] if at < len(owner[1]) else None
        return declared
    for base in info.bases:
        if base in index.types and index.types[base].kind != "interface":
            found = _member(index, (base, ()), member, depth + 1)
            if found is not None:
                return found
    return None


def _type_of(
    expression: str, before: str, index: _Index, depth: int = 0
) -> tuple[str, tuple[str, ...]] | None:
    chain = _CHAIN.match(expression)
    if chain is None or depth > 3:
        return None
    members = re.findall(r"[A-Za-z_]\w*", chain.group("rest"))
    declared = _declared(chain.group("root"), before)
    if declared is None:
        return None
    if declared[0] == "type":
        current: tuple[str, tuple[str, ...]] | None = _split_type(declared[1])
    else:
        at = before.rfind(declared[1])
        current = _type_of(declared[1], before[: max(at, 0)], index, depth + 1)
    for member in members:
        if current is None:
            return None
        text = _member(index, current, member)
        current = _split_type(text) if text is not None else None
    if current is not None and chain.group("text"):
        # `.ToString()` of a plain value is as plain; of anything else, unknown here
        return current if current[0] in _PLAIN or current[0] in index.enums else None
    return current


def _plain_base_chain(index: _Index, name: str, depth: int = 0) -> bool:
    """Whether a class of the tree and its base classes have no string form of their own (every
    base is a class of the tree or an interface)."""
    info = index.types.get(name)
    if info is None or info.own_string or depth > 6:
        return False
    for base in info.bases:
        other = index.types.get(base)
        if other is not None and other.kind == "interface":
            continue
        if other is None:
            if re.match(r"^I[A-Z]", base):
                continue
            return False
        if not _plain_base_chain(index, base, depth + 1):
            return False
    return True


def _why_plain(typed: tuple[str, tuple[str, ...]], whole: bool, index: _Index) -> str | None:
    name = typed[0]
    if name in _PLAIN:
        return f"a {name}"
    if name in index.enums:
        return f"an enum of the tree ({name})"
    info = index.types.get(name)
    if (
        whole
        and info is not None
        and info.kind in ("class", "struct")
        and not index.destructuring
        and _plain_base_chain(index, name)
    ):
        return f"a {info.kind} of the tree without its own string form ({name}): logged as its type's name"
    return None


def drop_plain_log_values(
    findings: Iterable[Finding], paths: Iterable[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings less the `csharp-log-injection` ones whose logged value's declared type cannot
    carry the client's text; `paths` are the tree's C# files, read only when there is such a
    finding."""
    findings = tuple(findings)
    if not any(f.rule_id in RULES for f in findings):
        return findings
    cs_paths = [p for p in paths if p.endswith(".cs")]
    index = _index("\n".join(lines(p)) for p in cs_paths)
    kept = []
    for f in findings:
        loc = f.location
        if f.rule_id not in RULES or loc.start_line is None or loc.start_col is None:
            kept.append(f)
            continue
        file_lines = lines(loc.path)
        expression = _argument(file_lines, loc.start_line, loc.start_col)
        if expression is None:
            kept.append(f)
            continue
        before = (
            "\n".join(file_lines[: loc.start_line - 1])
            + "\n"
            + file_lines[loc.start_line - 1][: loc.start_col - 1]
        )
        chain = _CHAIN.match(expression)
        typed = _type_of(expression, before, index)
        whole = chain is not None and not chain.group("text")
        if typed is None or _why_plain(typed, whole, index) is None:
            kept.append(f)
    return tuple(kept)
