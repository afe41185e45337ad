"""Kotlin property getters, rewritten so that semgrep reads them. Pure.

semgrep's Kotlin translation leaves out the body of a property accessor (`val client: HttpClient
get() = HttpClient(OkHttp) { ... }`, `val token: String get() { ... }`) with no error reported:
no rule, pattern or taint, sees the code inside. A computed property is where Kotlin code builds
its clients and reads its stored credentials, and an `actual val` of a multiplatform module is
always one. The copy semgrep is given has each such getter turned into the initializer of its
property, on the same lines and at the same columns:

    val client: HttpClient               val client: HttpClient
        get() = HttpClient(OkHttp) {  ->     =       HttpClient(OkHttp) {
    val token: String get() {        ->  val token: String = run {

A getter is rewritten only where its property has no initializer nor delegate of its own (the
getter follows the declaration on its line or on the next line of code), so the copy parses as
the original does. Setters are left as they are (a setter's body has no initializer form).
"""

from __future__ import annotations

import re

# String literals and comments, whose text is not code (blanked, same length, before matching).
_NOT_CODE = re.compile(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*[\s\S]*?\*/')
# Annotations on the getter itself (`@Composable get() = ...`), blanked with it.
_ANNOTATIONS = r"(?P<ann>(?:@[\w.:]+(?:\([^()\n]*\))?[ \t]+)*)"
_GETTER = _ANNOTATIONS + r"(?P<get>get\(\)[ \t]*)(?P<op>=|\{)"
# A property declared without initializer or delegate: modifiers and annotations, `val`/`var`,
# a name and a type, and nothing that assigns (`=`) or delegates (`by`).
_DECLARATION = r"^[ \t]*(?:(?:@[\w.:]+(?:\([^()\n]*\))?|[a-z]+)[ \t]+)*va[lr][ \t]+(?:(?!\bby\b)[^=\n])*"
# The getter on the declaration's line: `val token: String get() = ...`
_SAME_LINE = re.compile(_DECLARATION + r"[ \t]" + _GETTER, re.MULTILINE)
# The getter alone on its line, and the declaration on the line of code before it.
_OWN_LINE = re.compile(r"^[ \t]*" + _GETTER, re.MULTILINE)
_DECLARATION_LINE = re.compile(_DECLARATION + r"$")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def readable_accessors(text: str) -> str:
    """`text` with each property getter semgrep would skip turned into its property's initializer;
    the same text when there is none. Lines and the columns of the getters' bodies are kept."""
    if "get()" not in text:
        return text
    code = _NOT_CODE.sub(_blank, text)
    edits = [m for m in _SAME_LINE.finditer(code)]
    edits += [m for m in _OWN_LINE.finditer(code) if _follows_declaration(code, m.start())]
    if not edits:
        return text
    out = list(text)
    for m in edits:
        start = m.start("ann") if m.group("ann") else m.start("get")
        if m.group("op") == "=":
            end = m.end("op")
            replacement = "=".ljust(end - start)
        else:  # a block body: `get() {` -> `= run {`
            end = m.start("op")
            replacement = "= run".ljust(end - start)
            if len(replacement) > end - start:
                continue  # no room for the initializer (cannot happen: `get()` is as long)
        out[start:end] = replacement
    return "".join(out)


def _follows_declaration(code: str, pos: int) -> bool:
    """Whether the line of code before the one at `pos` declares a property without initializer."""
    end = code.rfind("\n", 0, pos)  # the end of the line before
    while end >= 0:
        begin = code.rfind("\n", 0, end) + 1
        line = code[begin:end]
        if line.strip():
            return bool(_DECLARATION_LINE.match(line))
        end = begin - 1
    return False
