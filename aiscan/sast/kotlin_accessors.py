"""Kotlin property getters and setters, rewritten so that semgrep reads them. Pure.

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
the original does.

A setter's body is left out the same way (`var token: String = "" set(value) { ... }`), and it
has no initializer form: the property keeps its own, and the setter becomes a member of its own
whose initializer holds the body, a lambda for a block and the expression itself otherwise:

        set(value) {             ->      val value= {
        private set(pin: String) = save(pin)  ->  private val pin        = save(pin)

A setter is rewritten only where it starts its line and the code before it, at the same depth of
brackets, is a `var` declaration (without delegate) or a getter of one, so a call named `set`
with a trailing lambda is left as it is. Lines of annotations alone (`@Keep`) may stand between
an accessor and what it follows; a getter's are blanked with it, a setter's annotate its member.
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
# A setter with a body (`private set(value: String) {`, `set(v) = ...`), alone at its line's start.
_SETTER = re.compile(
    r"^[ \t]*(?:(?:@[\w.:]+(?:\([^()\n]*\))?|private|protected|internal|public)[ \t]+)*"
    r"(?P<set>set\([ \t]*)(?P<name>[A-Za-z_]\w*)(?P<type>[ \t]*:[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)?"
    r"(?P<close>\))[ \t]*(?P<op>=|\{)",
    re.MULTILINE,
)
# The line that starts a mutable property (any initializer, no delegate), or a getter's line.
_VAR_LINE = re.compile(r"^[ \t]*(?:(?:@[\w.:]+(?:\([^()\n]*\))?|[a-z]+)[ \t]+)*var[ \t]+(?:(?!\bby\b).)*$")
_GETTER_LINE = re.compile(r"^[ \t]*" + _GETTER)
# A line of annotations alone (`@Keep`, `@DoNotStrip`) above an accessor.
_ANNOTATION_LINE = re.compile(r"^[ \t]*(?:@[\w.:]+(?:\([^()\n]*\))?[ \t]*)+$")
_OPENERS, _CLOSERS = "([{", ")]}"


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def readable_accessors(text: str) -> str:
    """`text` with each property getter semgrep would skip turned into its property's initializer,
    and each setter into a member of its own; the same text when there is none. Lines and the
    columns of the accessors' bodies are kept."""
    if "get()" not in text and "set(" not in text:
        return text
    code = _NOT_CODE.sub(_blank, text)
    edits = [m for m in _SAME_LINE.finditer(code)]
    blanked: list[tuple[int, int]] = []  # a getter's annotations on lines of their own
    for m in _OWN_LINE.finditer(code):
        annotations = _annotations_after_declaration(code, m.start())
        if annotations is not None:
            edits.append(m)
            blanked += annotations
    setters = [m for m in _SETTER.finditer(code) if _follows_property(code, m.start())]
    if not edits and not setters:
        return text
    out = list(text)
    for start, end in blanked:
        out[start:end] = " " * (end - start)
    for m in setters:
        # `set(name: Type) {` -> `val name      = {`; `set(name) =` -> `val name  =`
        start, end = m.start("set"), m.end("close")
        tail = "=" if m.group("op") == "{" else " "
        out[start:end] = ("val " + m.group("name")).ljust(end - start - 1) + tail
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


def _follows_property(code: str, pos: int) -> bool:
    """Whether the code before the line at `pos`, at the same depth of brackets, starts with a
    `var` declaration, or with a getter that follows one."""
    line = _previous_member_line(code, pos)
    if line is None:
        return False
    begin, text = line
    if _VAR_LINE.match(text):
        return True
    return bool(_GETTER_LINE.match(text)) and _follows_property(code, begin)


def _previous_member_line(code: str, pos: int) -> tuple[int, str] | None:
    """The nearest line of code before the line at `pos` that starts at the same depth of
    brackets (its start and text); None when the enclosing block opens first."""
    depth = 0
    i = code.rfind("\n", 0, pos)  # the newline that ends the line before
    while i > 0:
        i -= 1
        c = code[i]
        if c in _CLOSERS:
            depth += 1
        elif c in _OPENERS:
            depth -= 1
            if depth < 0:
                return None
        if depth == 0 and (i == 0 or code[i - 1] == "\n"):
            end = code.find("\n", i)
            text = code[i : end if end >= 0 else len(code)]
            if text.strip() and not _ANNOTATION_LINE.match(text):
                return i, text
    return None


def _annotations_after_declaration(code: str, pos: int) -> list[tuple[int, int]] | None:
    """The spans of the lines of annotations alone between the line at `pos` and the line of code
    before them, when that line declares a property without initializer; None when it does not."""
    annotations: list[tuple[int, int]] = []
    end = code.rfind("\n", 0, pos)  # the end of the line before
    while end >= 0:
        begin = code.rfind("\n", 0, end) + 1
        line = code[begin:end]
        if _ANNOTATION_LINE.match(line):
            annotations.append((begin, end))
        elif line.strip():
            return annotations if _DECLARATION_LINE.match(line) else None
        end = begin - 1
    return None
