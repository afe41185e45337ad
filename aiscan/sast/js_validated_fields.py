"""Request fields the application's own validator has tested with a pattern before the query.

`javascript-nosql-injection` takes a value as checked when the same function tests it with
`RE.test(value)`, but an application often keeps its checks in a module of their own: the
handler calls `Checks.checkBorrower(form)`, returns early when the list of problems it gets is not
empty, and only then looks the borrower up by `form.iin`. A single-file rule cannot see that
`checkBorrower`, in another file, adds a problem unless `isIin(form.iin)`, itself
`/^[0-9]{12}$/.test(value)`, holds.

`RE.test(x)` tests `String(x)`. An object from a JSON body is `"[object Object]"`; an array is its
elements joined by commas, and any object among them is that text again; an object whose
`toString` is not a function makes the test throw. A pattern anchored at both ends (no `m`, `g`
or `y` flag, no alternative at its top level) none of whose parts can match a space therefore
fails for every value that holds an object: what passes is a string, a number, or an array of
those, none of which carries a query operator. validator.js's checks (`validator.isEmail(x)`)
are not taken: its `assertString` tests `input.constructor.name !== 'String'`, which a JSON object
`{"constructor": {"name": "String"}}` passes, so what each check does next with an object would
have to be read check by check.

A finding is dropped only when all of these hold, read as text:

- the reported line passes an object literal written on that line, whose values are literals or
  `form.FIELD` of one variable `form` (no shorthand, no operator key such as `$where`, which runs
  even a tested string as code, nothing else from the request on the line);
- before it, in the handler and at the level of a block that holds the query, stand
  `const problems = [Owner.]validate(form);` and then `if (problems.length > 0) {` (or
  `.length`, `.length !== 0`, `.length >= 1`), whose block ends with `return` or `throw`
  (or a one-line `if (...) return ...;`); `problems` is not changed and `form` nor its fields
  assigned between them and the query;
- `validate` has one definition in the tree's JavaScript and TypeScript files, with one parameter
  `p`; it returns only `return problems;` of a `const problems = [];` it does not empty; at its
  own level (not inside a branch, loop or `try`) an `if (...)` whose condition is a disjunction
  (`||`) with a term `!check(p.FIELD)` pushes a problem unconditionally in its block; `p` and its
  fields are not assigned in it;
- `check` is `/pattern/.test(p.FIELD)` written there, or a function with one definition in the
  tree that only returns `/pattern/.test(value)` (or `const re = /pattern/; return
  re.test(value);`) with a pattern as above.

Anything else (a validator returning a boolean or throwing, a field read by destructuring, an
`else` branch, a query written across lines) keeps the finding. Never run. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from aiscan.models import Finding

RULE = "javascript-nosql-injection"

Lines = Callable[[str], Sequence[str]]

_ID = r"[A-Za-z_$][\w$]*"
_LITERAL = re.compile(r"""^(?:'[^'\\]*'|"[^"\\]*"|-?\d+(?:\.\d+)?|true|false|null)$""")


def indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def is_code(line: str) -> bool:
    text = line.strip()
    return bool(text) and not text.startswith(("//", "/*", "*"))


# -- patterns -----------------------------------------------------------------------------------

_QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}")


def _atoms(inner: str) -> list[str] | None:
    """The parts of a pattern that consume characters, or None for one read as able to escape
    its anchors (a top-level alternative) or not understood."""
    atoms: list[str] = []
    depth = 0
    i = 0
    while i < len(inner):
        c = inner[i]
        if c == "\\":
            if i + 1 >= len(inner) or inner[i + 1] in "pPk":
                return None
            nxt = inner[i + 1]
            if nxt in "bB" or (nxt.isdigit() and nxt != "0"):
                i += 2  # a word boundary or a back-reference: consumes nothing new
                continue
            width = {"x": 4, "u": 6, "c": 3}.get(nxt, 2)
            atoms.append(inner[i : i + width])
            i += width
        elif c == "[":
            j = i + 1
            if inner[j : j + 1] == "^":
                j += 1
            if inner[j : j + 1] == "]":
                return None  # `[]` or `[^]`
            while j < len(inner) and inner[j] != "]":
                j += 2 if inner[j] == "\\" else 1
            if j >= len(inner):
                return None
            atoms.append(inner[i : j + 1])
            i = j + 1
        elif c == "(":
            depth += 1
            found = re.match(r"\(\?(?::|=|!|<=|<!|<" + _ID + ">)", inner[i:])
            i += len(found.group(0)) if found else 1
        elif c == ")":
            depth -= 1
            i += 1
        elif c == "|":
            if depth == 0:
                return None
            i += 1
        elif c in "*+?^$":
            i += 1
        elif c == "{" and _QUANTIFIER.match(inner, i):
            i = _QUANTIFIER.match(inner, i).end()  # type: ignore[union-attr]
        elif c == ".":
            return None
        else:
            atoms.append(re.escape(c))
            i += 1
    return atoms


def rejects_objects(source: str, flags: str) -> bool:
    """Whether a JavaScript pattern fails for every text holding a space ("[object Object]"):
    anchored at both ends, without the m, g or y flag, no alternative at its top level, and no
    part of it able to match a space."""
    if set(flags) & set("mgy") or not source.startswith("^") or not source.endswith("$"):
        return False
    inner = source[1:-1]
    if (len(inner) - len(inner.rstrip("\\"))) % 2 == 1:
        return False  # `\$`: a literal dollar, not an anchor
    atoms = _atoms(inner)
    if atoms is None:
        return False
    py_flags = re.IGNORECASE if "i" in flags else 0
    for atom in atoms:
        try:
            if re.fullmatch(atom, " ", py_flags):
                return False
        except re.error:
            return False
    return True


# -- definitions --------------------------------------------------------------------------------


def block_end(lines: Sequence[str], start: int) -> int | None:
    """The line closing the block opened on line `start`: the next line at the same indentation
    that starts with `}`; None when there is none."""
    end = start + 1
    while end < len(lines) and not (
        indent(lines[end]) == indent(lines[start]) and lines[end].strip().startswith("}")
    ):
        end += 1
    return end if end < len(lines) else None


def _definition_patterns(name: str) -> list[re.Pattern[str]]:
    n = re.escape(name)
    params = r"\(\s*(?P<param>" + _ID + r")\s*(?::[^)=]*)?\)"
    return [
        re.compile(
            r"^\s*(?:export\s+)?(?:(?:public|private|protected|static|async)\s+)*(?:function\s+)?"
            + n
            + r"\s*"
            + params
            + r"\s*(?::[^{]*)?\{\s*$"
        ),
        re.compile(
            r"^\s*(?:export\s+)?(?:const|let|var)\s+"
            + n
            + r"\s*=\s*(?:async\s+)?(?:function\s*)?"
            + params
            + r"\s*(?::[^={]*)?(?:=>)?\s*\{\s*$"
        ),
    ]


def _definition(name: str, scripts: Collection[str], read: Lines) -> tuple[str, str, list[str]] | None:
    """The one definition of a function or method `name` in the tree: its file, its parameter and
    its body's lines (up to the `}` at the header's indentation). None when there is none, more
    than one, or it takes other than one plain parameter."""
    patterns = _definition_patterns(name)
    found: list[tuple[str, str, list[str]]] = []
    for path in sorted(scripts):
        lines = read(path)
        if not any(name in line for line in lines):
            continue
        for i, line in enumerate(lines):
            for pattern in patterns:
                header = pattern.match(line)
                if header is None:
                    continue
                end = block_end(lines, i)
                if end is None:
                    return None
                found.append((path, header.group("param"), list(lines[i + 1 : end])))
                break
    return found[0] if len(found) == 1 else None


_REGEX_LITERAL = r"/(?P<src>(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\[\n])+)/(?P<flags>[a-z]*)"


def pattern_check(param: str, body: Sequence[str]) -> bool:
    """Whether a function's body only returns `/pattern/.test(param)` (directly or through a
    constant holding the pattern) with a pattern that rejects objects."""
    code = [line.strip() for line in body if is_code(line)]
    p = re.escape(param)
    if len(code) == 1:
        found = re.fullmatch(r"return\s+" + _REGEX_LITERAL + r"\.test\(\s*" + p + r"\s*\)\s*;?", code[0])
    elif len(code) == 2:
        held = re.fullmatch(
            r"const\s+(?P<re>" + _ID + r")\s*(?::[^=]+)?=\s*" + _REGEX_LITERAL + r"\s*;?", code[0]
        )
        if held is None or not re.fullmatch(
            r"return\s+" + re.escape(held.group("re")) + r"\.test\(\s*" + p + r"\s*\)\s*;?", code[1]
        ):
            return False
        found = held
    else:
        return False
    return found is not None and rejects_objects(found.group("src"), found.group("flags"))


def split_or(condition: str) -> list[str]:
    """The terms of a condition's top-level disjunction."""
    terms, depth, start, i = [], 0, 0, 0
    while i < len(condition):
        c = condition[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif condition.startswith("||", i) and depth == 0:
            terms.append(condition[start:i].strip())
            start = i + 2
            i += 1
        i += 1
    terms.append(condition[start:].strip())
    return terms


def balanced_end(text: str, start: int) -> int | None:
    """The index just after the parenthesis closing the one at `start`."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def tested_fields(param: str, body: Sequence[str], scripts: Collection[str], read: Lines) -> set[str]:
    """The fields of `param` a validator's body (see the module's text) always reports a problem
    for unless a pattern that rejects objects accepts them."""
    code = [(i, line) for i, line in enumerate(body) if is_code(line)]
    if not code:
        return set()
    base = indent(code[0][1])
    text = "\n".join(body)
    p = re.escape(param)
    returns = re.findall(r"\breturn\b[^;\n]*", text)
    if len(returns) != 1:
        return set()
    problems = re.fullmatch(r"return\s+(" + _ID + r")\s*;?", returns[0].strip() + ";")
    if problems is None:
        return set()
    name = re.escape(problems.group(1))
    declared = [
        line
        for _, line in code
        if re.fullmatch(r"\s*const\s+" + name + r"\s*(?::[^=]+)?=\s*\[\]\s*;?\s*", line)
    ]
    if len(declared) != 1 or indent(declared[0]) != base:
        return set()
    if re.search(
        r"\b" + name + r"\s*(?:\.\s*length\s*)?=(?![=>])", text.replace(declared[0], "")
    ) or re.search(r"\b" + name + r"\s*\.\s*(?:pop|shift|splice|fill|copyWithin)\s*\(", text):
        return set()
    if re.search(
        r"(?<![\w$.])" + p + r"\s*(?:\.\s*[\w$]+|\[[^\]]*\])*\s*(?:[-+*/%&|^]|\?\?|\|\||&&)?=(?![=>])", text
    ):
        return set()
    ends = [n for n, (_, line) in enumerate(code) if re.match(r"\s*return\b", line) and indent(line) == base]
    if len(ends) != 1:
        return set()
    fields: set[str] = set()
    # the checks at the body's own level before its one return
    for n, (_, line) in enumerate(code[: ends[0]]):
        if indent(line) != base or not re.match(r"\s*if\s*\(", line):
            continue
        opened = line.index("(")
        close = balanced_end(line, opened)
        if close is None:
            continue
        condition, rest = line[opened + 1 : close - 1], line[close:].strip()
        if rest == "{":
            block: list[str] = []
            for _, inner in code[n + 1 :]:
                if indent(inner) == base:
                    if inner.strip() != "}":
                        block = []
                    break
                block.append(inner)
            inner_base = indent(block[0]) if block else -1
            pushed = any(
                indent(b) == inner_base and re.match(r"\s*" + name + r"\s*\.\s*push\s*\(", b) for b in block
            )
        else:
            pushed = re.match(name + r"\s*\.\s*push\s*\(", rest) is not None
        if not pushed:
            continue
        for term in split_or(condition):
            call = re.fullmatch(
                r"!\s*(?P<callee>.+?)\(\s*" + p + r"\s*\.\s*(?P<field>" + _ID + r")\s*\)", term
            )
            if call is None:
                continue
            callee = call.group("callee").strip()
            inline = re.fullmatch(_REGEX_LITERAL + r"\s*\.\s*test", callee)
            if inline:
                if rejects_objects(inline.group("src"), inline.group("flags")):
                    fields.add(call.group("field"))
                continue
            owner_name = re.fullmatch(r"(?:(?P<owner>" + _ID + r")\s*\.\s*)?(?P<name>" + _ID + ")", callee)
            if owner_name is None:
                continue
            if owner_name.group("owner") == "validator":
                continue  # validator.js: see the module's text
            check = _definition(owner_name.group("name"), scripts, read)
            if check is not None and pattern_check(check[1], check[2]):
                fields.add(call.group("field"))
    return fields


# -- the handler --------------------------------------------------------------------------------

_CHECKED = re.compile(
    r"^\s*if\s*\(\s*(?P<e>" + _ID + r")\s*\.\s*length\s*(?:>\s*0|!==?\s*0|>=\s*1)?\s*\)\s*(?P<rest>.*)$"
)
FUNCTION_START = re.compile(
    r"=>|\bfunction\b|^\s*(?:(?:public|private|protected|static|async)\s+)*"
    r"(?!(?:if|for|while|switch|catch|with)\b)" + _ID + r"\s*\(.*\)\s*(?::[^{]*)?\{\s*$"
)


def _sink_fields(line: str) -> tuple[str, set[str]] | None:
    """The variable and its fields an object literal on the reported line takes, when every other
    value is a literal and nothing else of the line names the variable or a request."""
    found = re.search(r"\(\s*\{([^{}]*)\}\s*\)", line)
    if found is None:
        return None
    owner: str | None = None
    fields: set[str] = set()
    for entry in found.group(1).split(","):
        entry = entry.strip()
        if not entry:
            continue
        pair = re.fullmatch(r"(?:" + _ID + r"|'[^']*'|\"[^\"]*\")\s*:\s*(.+)", entry)
        if pair is None or entry.lstrip("'\"").startswith("$"):
            return None  # an operator's operand: `$where` runs even a tested string as code
        value = pair.group(1).strip()
        if _LITERAL.match(value):
            continue
        read = re.fullmatch(r"(" + _ID + r")\s*\.\s*(" + _ID + r")", value)
        if read is None or (owner is not None and read.group(1) != owner):
            return None
        owner = read.group(1)
        fields.add(read.group(2))
    if owner is None:
        return None
    outside = line[: found.start()] + line[found.end() :]
    if re.search(r"(?<![\w$.])(?:req|request|ctx|" + re.escape(owner) + r")\b", outside):
        return None
    return owner, fields


def _assigned(owner: str, lines: Sequence[str]) -> bool:
    """Whether the lines may change or rebind `owner`: any use of it but reading a field
    (`owner.field`, not called, assigned, incremented or deleted) counts, so a declaration that
    shadows it (`for (const owner of ...)`, a parameter), passing it whole to a function, or
    `Object.assign(owner, ...)` do."""
    o = re.escape(owner)
    use = re.compile(r"(?<![\w$.])" + o + r"(?![\w$])")
    read = re.compile(r"\s*\??\.\s*[A-Za-z_$][\w$]*(?!\s*(?:\(|=(?![=>])|[-+*/%&|^?]+=|\+\+|--|\[))(?![\w$])")
    for line in lines:
        for found in use.finditer(line):
            if not read.match(line, found.end()) or re.search(r"\bdelete\s+$", line[: found.start()]):
                return True
    return False


def holding_statements(lines: Sequence[str], index: int) -> list[int]:
    """The statements before line `index` in the blocks that hold it (not in a branch closed
    before it), up to the function's start."""
    level = indent(lines[index])
    holding: list[int] = []
    for j in range(index - 1, -1, -1):
        line = lines[j]
        if not is_code(line):
            continue
        if indent(line) < level:
            level = indent(line)
            if FUNCTION_START.search(line):
                break
            continue
        if indent(line) == level and not line.strip().startswith("}"):
            holding.append(j)
    holding.reverse()
    return holding


def validated_before(lines: Sequence[str], index: int, scripts: Collection[str], read: Lines) -> bool:
    """Whether the object literal on line `index` (0-based) takes only fields a validator of the
    tree has tested, before an early return, at a level that holds the line."""
    sink = _sink_fields(lines[index])
    if sink is None:
        return False
    owner, wanted = sink
    holding = holding_statements(lines, index)
    for c in holding:
        checked = _CHECKED.match(lines[c])
        if checked is None:
            continue
        problems = checked.group("e")
        rest = checked.group("rest").strip()
        if rest == "{":
            end = c + 1
            while end < len(lines) and not (indent(lines[end]) == indent(lines[c]) and is_code(lines[end])):
                end += 1
            if end >= len(lines) or lines[end].strip() != "}":
                continue
            body = [line for line in lines[c + 1 : end] if is_code(line)]
            if (
                not body
                or not re.match(r"\s*(?:return|throw)\b", body[-1])
                or indent(body[-1]) != indent(body[0])
            ):
                continue
        elif not re.match(r"(?:return|throw)\b", rest):
            continue
        call_pattern = re.compile(
            r"^\s*(?:const|let|var)\s+"
            + re.escape(problems)
            + r"\s*(?::[^=]+)?=\s*(?:await\s+)?(?:(?:this|"
            + _ID
            + r")\s*\.\s*)?(?P<name>"
            + _ID
            + r")\s*\(\s*"
            + re.escape(owner)
            + r"\s*\)\s*;?\s*$"
        )
        calls = [k for k in holding if k < c and call_pattern.match(lines[k])]
        if len(calls) != 1:
            continue
        k = calls[0]
        between = lines[k + 1 : c]
        if any(
            re.search(
                r"(?<![\w$.])"
                + re.escape(problems)
                + r"\s*(?:\.\s*[\w$]+\s*)?(?:=(?![=>])|\.\s*(?:pop|shift|splice)\s*\()",
                b,
            )
            for b in between
        ):
            continue
        if _assigned(owner, lines[k + 1 : index]):
            continue
        name = call_pattern.match(lines[k]).group("name")  # type: ignore[union-attr]
        validator = _definition(name, scripts, read)
        if validator is None:
            continue
        if wanted <= tested_fields(validator[1], validator[2], scripts, read):
            return True
    return False


def drop_validated_fields(
    findings: Sequence[Finding], scripts: Collection[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings without `javascript-nosql-injection` findings whose filter takes only fields
    the application's own validator has tested (see the module's text). `scripts` are the tree's
    JavaScript and TypeScript paths."""
    out = []
    for f in findings:
        path, line = f.location.path, f.location.start_line
        if f.rule_id == RULE and line is not None and path in scripts:
            text = lines(path)
            if 0 < line <= len(text) and validated_before(text, line - 1, scripts, lines):
                continue
        out.append(f)
    return tuple(out)
