"""A Ruby class's own `send` method, called on an object made from that class.

A class may define its own `send` (a publisher sending configuration to the nodes, a mailer
sending a message), overriding `Object#send`. `publisher.send(force)` then calls that method: the
argument is the method's own parameter, not the name of a method to dispatch to, and the
dynamic-dispatch rule (`$O.send($M, ...)`, also followed across functions) misreads it.

The receiver's class is taken as known only where the method making the call made the object
itself: the receiver is a local variable, every assignment of it between the enclosing `def` and
the call is `Klass.new` (also `Ns::Klass.new(...)`, without an `if`/`unless`/`rescue` modifier), it
is neither a parameter of the method nor a block's, and every class of that name in the tree
defines `def send` in its body. Anything else (a model found by id, an instance variable, a
parameter, a class without its own `send`, a class the tree does not hold, `public_send`, two
calls on a line) keeps the finding. The files are read as text, never run.

Pure: findings, the tree's Ruby paths and a reader of a file's lines in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from aiscan.models import Finding

RULES = frozenset({"ruby-dynamic-code-execution", "ruby-dynamic-code-execution-across-functions"})

Lines = Callable[[str], Sequence[str]]

_DISPATCH = re.compile(r"\.\s*(?:public_)?send\b(?![?!])|\b__send__\b")
_SEND_CALL = re.compile(r"(?<![\w@$.:])([a-z_][A-Za-z0-9_]*)\s*\.\s*send(?:\s*\(|\s+\S)")
_DEF = re.compile(r"^(\s*)def\s")
# `{name}` is the receiver's name, escaped
_MADE = r"^\s*{name}\s*=\s*(?:::)?((?:[A-Z][A-Za-z0-9_]*::)*([A-Z][A-Za-z0-9_]*))\.new\b(.*)$"
_MODIFIER = re.compile(r"\s(?:if|unless|rescue|while|until)\s")
_CLASS = re.compile(r"^(\s*)class\s+(?:::)?(?:[A-Z][A-Za-z0-9_]*::)*([A-Z][A-Za-z0-9_]*)\b(?!\s*<<)")
_OWN_SEND = re.compile(r"^\s+def\s+send\b(?![?!=])")


def _assigns(line: str, name: str) -> bool:
    """Whether a line may give `name` a value: an assignment (also `||=`, `+=`, a multiple
    assignment), a block's or a loop's parameter, a rescued error."""
    n = re.escape(name)
    return bool(
        re.search(rf"(?<![\w@$.:]){n}\s*(?:,\s*[\w@*]+\s*)*(?:\|\||&&|[-+*/%])?=(?![=~>])", line)
        or re.search(rf",\s*{n}\s*(?:,[^=]*)?=(?![=~>])", line)
        or re.search(rf"\|[^|]*(?<![\w@$]){n}\b[^|]*\|", line)
        or re.search(rf"\bfor\s+{n}\b|=>\s*{n}\b", line)
    )


def _made_from(lines: Sequence[str], index: int, name: str) -> str | None:
    """The class `name` is made from in the method around line `index` (0-based), if every
    assignment of it there is `Klass.new` of one class and it is no parameter of the method."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    start = None
    for i in range(index - 1, -1, -1):
        found = _DEF.match(lines[i])
        if found and len(found.group(1)) < indent:
            start = i
            break
    if start is None or re.search(rf"(?<![\w@$]){re.escape(name)}\b", lines[start]):
        return None
    made_pattern = re.compile(_MADE.format(name=re.escape(name)))
    classes = set()
    for line in lines[start + 1 : index]:
        if not _assigns(line, name):
            continue
        made = made_pattern.match(line)
        if made is None or _MODIFIER.search(made.group(3)):
            return None
        classes.add(made.group(2))
    return classes.pop() if len(classes) == 1 else None


def _defines_send(klass: str, paths: Collection[str], read: Lines) -> bool:
    """Whether the tree holds a class `klass` and every class of that name defines `send` in its
    body (its indented lines up to the `end` at the class's own indentation)."""
    seen = False
    for path in sorted(paths):
        lines = read(path)
        for i, line in enumerate(lines):
            opened = _CLASS.match(line)
            if opened is None or opened.group(2) != klass:
                continue
            seen = True
            indent = opened.group(1)
            body = []
            for later in lines[i + 1 :]:
                if re.match(rf"^{re.escape(indent)}end\b", later):
                    break
                body.append(later)
            if not any(_OWN_SEND.match(b) for b in body):
                return False
    return seen


def drop_own_send(findings: Sequence[Finding], paths: Collection[str], read: Lines) -> tuple[Finding, ...]:
    """Dynamic-dispatch findings on `obj.send(x)` left out when the method made `obj` from a
    class of the tree that defines its own `send` (see the module's text)."""
    cache: dict[str, Sequence[str]] = {}

    def lines_of(path: str) -> Sequence[str]:
        if path not in cache:
            cache[path] = read(path)
        return cache[path]

    out = []
    for f in findings:
        line_no = f.location.start_line
        if f.rule_id in RULES and line_no is not None:
            lines = lines_of(f.location.path)
            if 0 < line_no <= len(lines):
                line = lines[line_no - 1]
                call = _SEND_CALL.search(line)
                if call is not None and len(_DISPATCH.findall(line)) == 1:
                    klass = _made_from(lines, line_no - 1, call.group(1))
                    if klass is not None and _defines_send(klass, paths, lines_of):
                        continue
        out.append(f)
    return tuple(out)
