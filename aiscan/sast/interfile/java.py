"""Java's shapes for the passes over flows across functions (aiscan.sast.interfile): a Spring
controller or servlet handing request data to a method of a service, repository or helper
class defined in another file, which builds the SQL, runs the command, fetches the URL or opens
the path.

Methods overload by name: a call is matched to the methods of the name with a parameter at the
argument's position. Where semgrep knows the declared type of the call's receiver (a field, a
local variable, a parameter, a class named in a static call), only the methods of that class, or
of a class of the tree that extends or implements it (directly or through others), are taken;
otherwise every method of the name is. A parameter whose declared type cannot carry text (numbers,
booleans, UUIDs, dates, and arrays and collections of them) is not summarised; any other type
(an enum the tree defines included, which is not known from its name) is."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import (
    FUNCTION,
    OWNER,
    PARAM,
    PARAMETER,
    RECEIVER_TYPE,
    SKIP,
    SUPER,
    Rule,
    Shapes,
    is_identifier,
)

SUMMARISED = {
    "java-sql-injection": (PARAMETER,),
    "java-command-injection": (PARAMETER,),
    "java-ssrf": (PARAMETER,),
    "java-path-traversal": (PARAMETER,),
    "java-path-traversal-file-operation": (PARAMETER,),
    "java-code-injection": (PARAMETER,),
    "java-ldap-xpath-injection": (PARAMETER,),
    "java-xss": (PARAMETER,),
    "java-open-redirect": (PARAMETER,),
}

# The declared type of the summarised parameter, and of the ones before it. Not a prefix of any
# other metavariable name (aiscan.sast.interfile.shapes).
_TYPE = "$IFPTYPE"
_SKIPPED_TYPE = "$IFSTYPE{}"
_RETURN_TYPE = "$IFRTYPE"

# Types whose values are numbers, truth values, identifiers or instants: they cannot carry SQL,
# a command, a URL or a path, whatever the caller passes.
_VALUE_TYPES = (
    "int|long|short|byte|boolean|double|float|char|Integer|Long|Short|Byte|Boolean|Double|Float|"
    "Character|Number|BigDecimal|BigInteger|AtomicInteger|AtomicLong|UUID|LocalDate|LocalDateTime|"
    "LocalTime|Instant|OffsetDateTime|ZonedDateTime|Duration|Period|Date|Timestamp"
)
_PACKAGE = r"(?:java\.(?:lang|math|util|time|sql)\.(?:concurrent\.atomic\.)?)?"
_COLLECTION = r"(?:List|Set|Collection|Iterable|Optional|ArrayList|HashSet|LinkedList|SortedSet)"
_NOT_A_VALUE_TYPE = (
    rf"^(?!{_PACKAGE}(?:{_VALUE_TYPES})(?:\s*\[\s*\])*$)"
    rf"(?!{_COLLECTION}\s*<\s*{_PACKAGE}(?:{_VALUE_TYPES})\s*>$)"
)


def _function(params: str) -> str:
    return f"{_RETURN_TYPE} {FUNCTION}({params}) {{ ... }}"


def _parameter(k: int) -> list[tuple[str, list[Rule]]]:
    skipped = [f"{_SKIPPED_TYPE.format(i)} {SKIP.format(i)}" for i in range(k)]
    params = ", ".join([*skipped, f"{_TYPE} {PARAM.format(k)}", "..."])
    return [(params, [{"metavariable-regex": {"metavariable": _TYPE, "regex": _NOT_A_VALUE_TYPE}}])]


def _calls(callee: str, args: str, klass: str, obj: str) -> list[Rule]:
    # `$K.m(...)` binds the receiver, an object or a class, and `($T $K).m(...)` its declared
    # type where semgrep knows it (a field, a local, a parameter); a plain `m(...)` is a method
    # of the class itself or one imported statically
    return [
        {"pattern": f"{callee}({args})"},
        {"pattern": f"{klass}.{callee}({args})"},
        {"pattern": f"({RECEIVER_TYPE} {klass}).{callee}({args})"},
    ]


_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")


def _class_named(text: str) -> str | None:
    """A receiver that is a capitalised identifier is a class (a static call); a variable, a
    field, `this`, `super` or an expression names none. A constant (`INSTANCE`) is an object."""
    if not is_identifier(text) or not text[0].isupper() or _CONSTANT.fullmatch(text):
        return None
    return text


# no two adjacent runs of the same characters, so that no text of the tree makes it backtrack long
_DECLARED_TYPE = re.compile(
    r"(?:[A-Za-z_][A-Za-z0-9_]*\.)*([A-Za-z_][A-Za-z0-9_]*)\s*(?:<.*>\s*)?(?:\[\s*\]\s*)*"
)
_LONGEST_TYPE = 1024


def _type_named(text: str) -> str | None:
    """The class or interface a declared type names, without its package and type arguments
    (`java.util.List<String>` names `List`); None for anything else, a text longer than any
    type a person writes included."""
    text = text.strip()
    if len(text) > _LONGEST_TYPE:
        return None
    found = _DECLARED_TYPE.fullmatch(text)
    return found.group(1) if found and is_identifier(found.group(1)) else None


SHAPES = Shapes(
    language="java",
    summarised=SUMMARISED,
    function=_function,
    klass=f"class {OWNER} {{ ... }}",
    parameter=_parameter,
    calls=_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="method",
    qualified=True,
    inherits=(f"class {OWNER} extends {SUPER} {{ ... }}", f"class {OWNER} implements {SUPER} {{ ... }}"),
    type_named=_type_named,
)
