r"""An include of a variable that the script assigned before it, in the same block or one around it.

`php-include-unassigned-variable` reports `include $f;` (also `include_once`, `require`,
`require_once`, with or without parentheses) at script level when the script does not give `$f`
a value itself. Whether it does was a semgrep sequence (`$F = $V; ...` around the include),
which semgrep builds from every assignment statement to the end of its block: about N²/2
statements for a block of N assignments (9.5 CPU s on 12,000 lines of array assignments with one
include). The same question is answered here, once per finding, from the file's text (read,
never run), in time linear in the file's length.

The finding is left out when, before the include and outside any function or class body that
does not hold it, a statement of the script assigns the variable and the block that statement
is in is still open at the include (the same block, or one around it: an `if` body, a loop
body, a `case`, the script itself). An assignment statement is one of:

- `$f = value;` and `$f = &$other;` (by reference), the first assignment of a chain
  (`$f = $g = value;`);
- `list(..., $f, ...) = value;` and `[..., $f, ...] = value;` (also with keys, `'k' => $f`);
- `$f = value` in the condition of an `if` or a `while` (the include after the statement or in
  its body), where the condition always runs it: before any `&&`, `||`, `?`, `and`, `or` there
  (`if (!is_file($f = __DIR__ . '/vendor/autoload.php')) { ... }`);
- an `if` statement with an `else` each of whose branches (the `if`, every `elseif`, the `else`;
  braced or not) holds such a statement at its own level, or such an `if` statement there:
  `if ($single) $f = 'one.php'; else $f = 'all.php';` gives `$f` the script's value on every path.

These do not count, so the finding stays:

- an assignment in a branch or a loop body that has closed before the include (`if (c) { $f =
  'a.php'; } include $f;`: when the branch is not taken the value is the outside one), and one in
  a body without braces (`if (c) $f = 'a.php';`) unless every branch of its `if` assigns it,
  an `if` without `else`; a body in PHP's alternative syntax (`if (c): ... endif;`,
  `foreach (...): ... endforeach;`) is a block like a braced one;
- an assignment after the include, also later in the same loop body (the first pass reads the
  outside value);
- a compound assignment (`$f .= '.php'`, `$f ??= 'x.php'`: the earlier value is the outside
  one), an assignment to an element or a property
  (`$f['a'] = ...`), to a variable variable (`$$n = ...`), through `$GLOBALS[...]`, in an
  `elseif` condition or after a short-circuit in a condition;
- `extract(...)`, `parse_str($s)` with one argument and `import_request_variables(...)`: they set
  variables whose names come from data, which is what the rule is about; and a call that writes
  through a by-reference parameter (`preg_match($re, $s, $f)`).

Comments, strings, heredocs and the HTML outside `<?php ... ?>` are blanked before reading, so an
assignment written in them does not count and their braces do not open blocks. Anything the text
does not show plainly (no include of a plain variable on the finding's line) keeps the finding.

Pure: findings and a reader of a file's lines in, findings out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from aiscan.models import Finding

RULE = "php-include-unassigned-variable"

Lines = Callable[[str], Sequence[str]]

_INCLUDE = re.compile(
    r"(?i)(?<![\w$>:\\])(?:include|require)(?:_once)?\b\s*(?:\(\s*)?\$(\w+)\s*\)?\s*(?:;|\?>|$)"
)
_OPEN_TAG = re.compile(r"<\?(?:php\b|=)?", re.IGNORECASE)
_HEREDOC = re.compile(r"<<<[ \t]*(['\"]?)(\w+)\1\r?\n")
# the keyword that opens a body whose variables are its own (a function, a closure, a class)
_OWN_SCOPE = re.compile(r"(?i)(?<![\w$>:\\])(?:function|class|interface|trait|enum)\b")
_LIST = re.compile(r"(?i)list\s*\(")


def blank(text: str) -> str:
    """The PHP code of a file with the HTML outside its tags, its comments and the contents of its
    strings replaced by spaces (line breaks kept, so offsets and lines stay), `?>` by `;`."""
    out = list(text)
    n = len(text)
    i = 0

    def wipe(start: int, end: int) -> None:
        for k in range(start, min(end, n)):
            if out[k] not in "\r\n":
                out[k] = " "

    while i < n:
        # HTML up to the next open tag
        tag = _OPEN_TAG.search(text, i)
        if tag is None:
            wipe(i, n)
            break
        wipe(i, tag.end())
        i = tag.end()
        while i < n:
            c = text[i]
            if c == "?" and text.startswith("?>", i):
                out[i], out[i + 1] = ";", " "
                i += 2
                break
            if (c == "#" and not text.startswith("#[", i)) or (c == "/" and text.startswith("//", i)):
                end = i
                while end < n and text[end] not in "\r\n" and not text.startswith("?>", end):
                    end += 1
                wipe(i, end)
                i = end
            elif c == "/" and text.startswith("/*", i):
                end = text.find("*/", i + 2)
                end = n if end < 0 else end + 2
                wipe(i, end)
                i = end
            elif c in "'\"`":
                end = i + 1
                while end < n and text[end] != c:
                    end += 2 if text[end] == "\\" else 1
                wipe(i + 1, end)
                i = end + 1
            elif c == "<" and text.startswith("<<<", i):
                doc = _HEREDOC.match(text, i)
                if doc is None:
                    i += 3
                    continue
                closing = re.compile(rf"^[ \t]*{re.escape(doc.group(2))}\b", re.MULTILINE)
                close = closing.search(text, doc.end())
                end = n if close is None else close.end()
                wipe(doc.end(), end)
                i = end
            else:
                i += 1
    return "".join(out)


def _match_close(code: str, start: int, opener: str, closer: str) -> int:
    """The offset just past the bracket that closes the one at `start` (the end when none)."""
    depth = 0
    for k in range(start, len(code)):
        if code[k] == opener:
            depth += 1
        elif code[k] == closer:
            depth -= 1
            if depth == 0:
                return k + 1
    return len(code)


def _own_scopes(code: str) -> list[tuple[int, int]]:
    """The spans (from the keyword to the closing brace) of the functions, closures and classes."""
    spans = []
    for m in _OWN_SCOPE.finditer(code):
        k = m.end()
        # the body is the first `{` before any `;` (an abstract method, `fn` with no braces)
        while k < len(code) and code[k] not in "{;":
            if code[k] == "(":
                k = _match_close(code, k, "(", ")")
                continue
            k += 1
        if k < len(code) and code[k] == "{":
            spans.append((m.start(), _match_close(code, k, "{", "}")))
    return spans


_ELSE_ALT = re.compile(r"(?i)(?<![\w$>:\\])else\s*:(?!:)")
_END_ALT = re.compile(r"(?i)(?<![\w$>:\\])end(?:if|while|for|foreach|switch)\b")
_ALT_HEAD = re.compile(r"(?i)(?<![\w$>:\\])(?:(else)?if|while|for|foreach|switch)\s*\(")


def _alternative_syntax(code: str) -> tuple[set[int], set[int]]:
    """The offsets of the `:` that open a body in PHP's alternative syntax (`if (c):`, `else:`,
    `foreach (...):`) and of the words that close one (`else`, `elseif`, `endif`, `endforeach`...)."""
    opens: set[int] = set()
    closes: set[int] = set()
    for m in _ALT_HEAD.finditer(code):
        k = _match_close(code, m.end() - 1, "(", ")")
        while k < len(code) and code[k].isspace():
            k += 1
        if code[k : k + 1] == ":" and code[k + 1 : k + 2] != ":":
            opens.add(k)
            if m.group(1):
                closes.add(m.start())
    for m in _ELSE_ALT.finditer(code):
        opens.add(m.end() - 1)
        closes.add(m.start())
    closes.update(m.start() for m in _END_ALT.finditer(code))
    return opens, closes


def _blocks(code: str, upto: int) -> tuple[list[int], dict[int, tuple[int, ...]]]:
    """The blocks still open at `upto` (the offsets of their `{`, or of the `:` of a body in the
    alternative syntax), and for each statement start before it the blocks open there (a
    statement starts after `;`, `{`, `}` or a `:` that is not `::`, or at the file's start; not
    after `)` or `else`, so a body without braces is no statement here)."""
    opens, closes = _alternative_syntax(code)
    stack: list[int] = []
    starts: dict[int, tuple[int, ...]] = {}
    expect = True
    for k in range(upto):
        c = code[k]
        if c.isspace():
            continue
        if k in closes and stack and code[stack[-1]] == ":":
            stack.pop()
        if expect:
            starts[k] = tuple(stack)
        expect = c in ";{}" or (c == ":" and code[k - 1 : k] != ":" and code[k + 1 : k + 2] != ":")
        if c == "{" or k in opens:
            stack.append(k)
        elif c == "}":
            # an alternative-syntax body never closed ends with the braced block around it
            while stack and code[stack[-1]] == ":":
                stack.pop()
            if stack:
                stack.pop()
    return stack, starts


_ASSIGN = re.compile(r"\s*=(?![=>])")


def _assigns(code: str, at: int, name: str) -> bool:
    """Whether the statement starting at `at` assigns `$name` as a whole (see the module's text)."""
    head = code[at]
    if head == "$":
        plain = re.compile(rf"\${re.escape(name)}\b")
        whole = plain.match(code, at)
        return whole is not None and _ASSIGN.match(code, whole.end()) is not None
    if head == "[":
        end = _match_close(code, at, "[", "]")
    elif head in "lL":
        opened = _LIST.match(code, at)
        if opened is None:
            return False
        end = _match_close(code, opened.end() - 1, "(", ")")
    else:
        return False
    target = code[at:end]
    named = re.search(rf"(?<![\w$])\${re.escape(name)}\b(?!\s*(?:\[|->))", target)
    return named is not None and _ASSIGN.match(code, end) is not None


_IF = re.compile(r"(?i)if\s*\(")
_ELSEIF = re.compile(r"(?i)\s*(?:elseif|else\s+if)\s*\(")
_ELSE = re.compile(r"(?i)\s*else\b")


def _body(code: str, k: int) -> tuple[int, int] | None:
    """The span of the body that starts at `k` (after a condition or `else`): a braced block's
    inside, an `if` chain, or one statement up to its `;`; None for PHP's `:` syntax."""
    while k < len(code) and code[k].isspace():
        k += 1
    if k >= len(code) or code[k] == ":":
        return None
    if code[k] == "{":
        return k, _match_close(code, k, "{", "}")
    if _IF.match(code, k):
        chain = _if_chain(code, k, None)
        return None if chain is None else (k, chain[0])
    depth = 0
    for end in range(k, len(code)):
        c = code[end]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == ";" and depth <= 0:
            return k, end + 1
    return None


def _if_chain(code: str, at: int, name: str | None) -> tuple[int, bool] | None:
    """Where the `if`/`elseif`/`else` chain starting at `at` ends, and whether it has an `else`
    and every branch assigns `$name` at its own level (None: not read)."""
    opened = _IF.match(code, at)
    if opened is None:
        return None
    branches = []
    has_else = False
    while True:
        body = _body(code, _match_close(code, opened.end() - 1, "(", ")"))
        if body is None:
            return None
        branches.append(body)
        following = _ELSEIF.match(code, body[1])
        if following is not None:
            opened = following
            continue
        otherwise = _ELSE.match(code, body[1])
        if otherwise is not None:
            last = _body(code, otherwise.end())
            if last is None:
                return None
            branches.append(last)
            has_else = True
        end = branches[-1][1]
        break
    every = has_else and name is not None and all(_body_assigns(code, a, b, name) for a, b in branches)
    return end, every


def _body_assigns(code: str, start: int, end: int, name: str) -> bool:
    """Whether a statement at the top level of code[start:end] (a braced block with its braces,
    or statements) assigns `$name`, or is an `if` chain each of whose branches does."""
    if code[start] == "{":
        start, end = start + 1, end - 1
    depth = 0
    expect = True
    for k in range(start, end):
        c = code[k]
        if c.isspace():
            continue
        if expect and depth == 0:
            if _assigns(code, k, name):
                return True
            if c in "iI":
                chain = _if_chain(code, k, name)
                if chain is not None and chain[0] <= end and chain[1]:
                    return True
        expect = c in ";{}" or (c == ":" and code[k - 1 : k] != ":" and code[k + 1 : k + 2] != ":")
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
    return False


_CONDITION = re.compile(r"(?i)(?:if|while)\s*\(")
# what makes the rest of a condition run only sometimes
_SHORT_CIRCUIT = re.compile(r"(?i)&&|\|\||\?|\band\b|\bor\b|\bxor\b|\bfunction\b|\bfn\b")


def _condition_assigns(code: str, at: int, found: int, name: str) -> bool:
    """Whether the condition of the `if` or `while` starting at `at`, which ends before `found`,
    assigns `$name` where it always runs (`if (is_file($f = …))`: before any `&&`, `||`, `?`,
    `and`, `or` or function in it)."""
    opened = _CONDITION.match(code, at)
    if opened is None:
        return False
    end = _match_close(code, opened.end() - 1, "(", ")")
    if end > found:
        return False
    condition = code[opened.end() : end - 1]
    assigned = re.search(rf"(?<![\w$])\${re.escape(name)}\b\s*=(?![=>])", condition)
    return assigned is not None and _SHORT_CIRCUIT.search(condition, 0, assigned.start()) is None


def _assigned_before(code: str, found: int, name: str) -> bool:
    """Whether the blanked `code` assigns `$name` before offset `found`, in a block still open
    there and outside the functions and classes that do not hold `found`."""
    # the outermost spans of the functions and classes that do not hold the include, in order
    scopes: list[tuple[int, int]] = []
    for a, b in sorted(s for s in _own_scopes(code) if not s[0] <= found < s[1]):
        if scopes and a < scopes[-1][1]:
            continue
        scopes.append((a, b))
    scope_starts = [a for a, _ in scopes]
    open_at_include, starts = _blocks(code, found)
    for at, path in starts.items():
        if code[at] not in "$[lLiIwW":
            continue
        inside = bisect.bisect_right(scope_starts, at) - 1
        if inside >= 0 and at < scopes[inside][1]:
            continue
        if tuple(open_at_include[: len(path)]) != path:
            continue
        if _assigns(code, at, name):
            return True
        if code[at] in "iIwW" and _condition_assigns(code, at, found, name):
            return True
        if code[at] in "iI":
            chain = _if_chain(code, at, name)
            if chain is not None and chain[0] <= found and chain[1]:
                return True
    return False


def _include_at(code: str, line: int) -> tuple[int, str] | None:
    """The offset and the variable of the include statement on `line` (1-based) of the blanked
    code, or None when the line holds none, or includes of several variables."""
    lines = code.split("\n")
    if not 0 < line <= len(lines):
        return None
    found = list(_INCLUDE.finditer(lines[line - 1]))
    if not found or len({m.group(1) for m in found}) != 1:
        return None
    return sum(len(x) + 1 for x in lines[: line - 1]) + found[0].start(), found[0].group(1)


def assigned_before(text: str, line: int) -> bool:
    """Whether the include of a variable on `line` (1-based) of a PHP file's text comes after an
    assignment of that variable in a block still open there (see the module's text)."""
    code = blank(text)
    include = _include_at(code, line)
    return include is not None and _assigned_before(code, *include)


def drop_assigned_includes(findings: Sequence[Finding], lines: Lines) -> tuple[Finding, ...]:
    """`php-include-unassigned-variable` findings left out when the script assigned the variable
    before the include in a block still open there (see the module's text)."""
    cache: dict[str, str] = {}
    out = []
    for f in findings:
        line_no = f.location.start_line
        if f.rule_id == RULE and line_no is not None:
            path = f.location.path
            if path not in cache:
                cache[path] = blank("\n".join(lines(path)))
            include = _include_at(cache[path], line_no)
            if include is not None and _assigned_before(cache[path], *include):
                continue
        out.append(f)
    return tuple(out)
