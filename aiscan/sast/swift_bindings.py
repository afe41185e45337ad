"""Swift optional bindings, rewritten as assignments so that semgrep's taint follows them. Pure.

semgrep's Swift translation keeps the value bound by a condition (`guard let url = request.url
else`, `if let message = message`) out of its taint analysis, with no error reported: a value read
from a deep link, a text field or a response is lost as soon as code unwraps it, which Swift code
does almost everywhere before it uses an optional. An assignment in the same condition is
followed, so the copy semgrep is given has each plain binding's `let`/`var` (and its type
annotation) blanked, on the same lines and at the same columns:

    guard let url = request.url else {   ->  guard     url = request.url else {
    if let a = b, let c = d {            ->  if     a = b, (   c = d){
    if let token {                       ->  if     token {

An `if` whose last condition is an assignment would read the block as a trailing closure of the
assigned value, so that assignment is put in parentheses: `(` in place of the `l` of `let`, `)` in
the blank before the block's brace; where there is no such blank the last binding is left as it
is. Only plain bindings of one name are rewritten; a `case` pattern, a `while let` loop, and text
in strings and comments are left as they are.
"""

from __future__ import annotations

import re

# String literals and comments, whose text is not code (blanked, same length, before matching).
_NOT_CODE = re.compile(
    r'#+"""[\s\S]*?"""#+|"""[\s\S]*?"""|#+"[^"\n]*"#+|"(?:\\.|[^"\\\n])*"|//[^\n]*|/\*[\s\S]*?\*/'
)
# A condition's keyword where a statement or an `else` may put it (not `#if`, not `.if`).
_KEYWORD = re.compile(r"(?<![\w.#@$])(?P<kw>if|guard)[ \t]+")
# A plain binding of one name: `let name`, `var name: Type = value` (not `==`).
_BINDING = re.compile(
    r"\s*(?P<kw>let|var)[ \t]+(?P<name>[A-Za-z_]\w*)(?P<type>[ \t]*:[^=]*?)?[ \t]*(?:(?P<eq>=)(?!=)|$)"
)
_OPENERS, _CLOSERS = "([{", ")]}"
_LONGEST_CONDITION = 2000


def readable_bindings(text: str) -> str:
    """`text` with each plain optional binding of an `if` or `guard` condition turned into an
    assignment; the same text when there is none. Lines and columns are kept."""
    if "let" not in text and "var" not in text:
        return text
    code = _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    edits: list[tuple[int, str]] = []
    for m in _KEYWORD.finditer(code):
        edits += _condition_edits(code, m.group("kw"), m.end())
    if not edits:
        return text
    out = list(text)
    for pos, char in edits:
        out[pos] = char
    return "".join(out)


def _condition_edits(code: str, keyword: str, start: int) -> list[tuple[int, str]]:
    """The characters to replace (position, new character) in the condition that starts at
    `start`, after its keyword; none when it ends nowhere this reads as a condition."""
    end = _condition_end(code, keyword, start)
    if end is None:
        return []
    edits: list[tuple[int, str]] = []
    clauses = _clauses(code, start, end)
    for n, (begin, stop) in enumerate(clauses):
        m = _BINDING.match(code, begin, stop)
        if m is None:
            continue
        clause = [(i, " ") for i in range(m.start("kw"), m.end("kw"))]
        if m.group("type"):
            clause += [(i, " ") for i in range(m.start("type"), m.end("type"))]
        if keyword == "if" and m.group("eq") and n == len(clauses) - 1:
            # `if a = b {` reads the block as `b`'s trailing closure: `if (   a = b){`
            if code[end - 1] not in " \t":
                continue
            clause = [(m.start("kw"), "("), *clause[1:], (end - 1, ")")]
        edits += clause
    return edits


def _condition_end(code: str, keyword: str, start: int) -> int | None:
    """Where the condition that starts at `start` ends: the brace of an `if`'s block, the `else`
    of a `guard`; None when a bracket closes first or it runs on too long."""
    depth = 0
    limit = min(len(code), start + _LONGEST_CONDITION)
    i = start
    while i < limit:
        c = code[i]
        if depth == 0 and keyword == "if" and c == "{":
            return i
        if depth == 0 and keyword == "guard" and code.startswith("else", i):
            before, after = code[i - 1], code[i + 4 : i + 5]
            if before.isspace() and not (after.isalnum() or after == "_"):
                return i
        if c in _OPENERS:
            depth += 1
        elif c in _CLOSERS:
            depth -= 1
            if depth < 0:
                return None
        elif c == ";" and depth == 0:
            return None
        i += 1
    return None


def _clauses(code: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a condition's clauses: the text between its commas outside brackets."""
    spans: list[tuple[int, int]] = []
    depth, begin = 0, start
    for i in range(start, end):
        c = code[i]
        if c in _OPENERS:
            depth += 1
        elif c in _CLOSERS:
            depth -= 1
        elif c == "," and depth == 0:
            spans.append((begin, i))
            begin = i + 1
    spans.append((begin, end))
    return spans
