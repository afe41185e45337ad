"""Kotlin's shapes for the passes over flows across functions (aiscan.sast.interfile): a Spring
controller, a Ktor route or an Android activity handing request data to a function of its own
class (a private helper), of a service, repository or helper class, or of an `object`, which
builds the SQL, runs the command, evaluates the code, fetches the URL, opens the path or sets
a mail's subject.

As in Java (aiscan.sast.interfile.java), whose approach this follows: a function is matched by
name and argument position (`fun f(a: String, b: String) { ... }` and `fun f(a: String) = ...`,
extension functions by their parameters after the receiver); where semgrep knows the declared
type of the call's receiver (`svc.f(x)`, `svc?.f(x)` on a property, a local or a parameter
declared with its type, `Helper.f(x)` on an object), only the functions of that class, or of a
class of the tree that extends or implements it, are taken, else every function of the name. A
call through a not-null assertion (`svc!!.f(x)`) or a safe call (`svc?.f(x)`) is a call like any
other. A capitalised receiver names a class or an object, and the call reaches only its functions
(a companion object's functions are its class's). A function belongs to the innermost class or
object around it. A parameter whose declared type cannot carry text (numbers, truth values,
UUIDs, dates, nullable or not, and arrays and collections of them) is not summarised.

The application's own validation is a sanitizer of every generated rule: a value checked against
a constant collection (`v in SORTABLE`, `ALLOWED.contains(v)`, `v in setOf("a", "b")`) is taken
as validated afterwards, and numbers parsed from text (`v.toInt()`, `v.toLongOrNull()`) carry no
text. Constraint annotations and enums are not read (Java's `@Validated` checks are not)."""

from __future__ import annotations

import re

from aiscan.sast.interfile.java import _class_named
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
    Validated,
    is_identifier,
)

SUMMARISED = {
    "kotlin-sql-injection": (PARAMETER,),
    "kotlin-command-injection": (PARAMETER,),
    "kotlin-ssrf": (PARAMETER,),
    "kotlin-path-traversal": (PARAMETER,),
    "kotlin-code-injection": (PARAMETER,),
    "kotlin-ldap-injection": (PARAMETER,),
    "kotlin-xss": (PARAMETER,),
    "kotlin-open-redirect": (PARAMETER,),
    "kotlin-mail-header-injection": (PARAMETER,),
}

# The declared type of the summarised parameter, of the ones before it, and an expression body.
# Not a prefix of any other metavariable name (aiscan.sast.interfile.shapes).
_TYPE = "$IFPTYPE"
_SKIPPED_TYPE = "$IFSTYPE{}"
_BODY = "$IFBODY"

# Types whose values are numbers, truth values, identifiers or instants, nullable or not.
_VALUE_TYPES = (
    "Int|Long|Short|Byte|Boolean|Double|Float|Char|UInt|ULong|UShort|UByte|Number|BigDecimal|"
    "BigInteger|AtomicInteger|AtomicLong|UUID|LocalDate|LocalDateTime|LocalTime|Instant|"
    "OffsetDateTime|ZonedDateTime|Duration|Period|Date|Timestamp"
)
_ARRAYS = "IntArray|LongArray|ShortArray|ByteArray|BooleanArray|DoubleArray|FloatArray|CharArray"
_PACKAGE = r"(?:(?:kotlin|java\.(?:lang|math|util|time|sql))\.(?:concurrent\.atomic\.)?)?"
_COLLECTION = (
    r"(?:(?:kotlin\.collections\.)?(?:Mutable)?(?:List|Set|Collection|Iterable)|Array|Sequence|"
    r"ArrayList|HashSet|Optional)"
)
_VALUE = rf"{_PACKAGE}(?:{_VALUE_TYPES})\??"
_NOT_A_VALUE_TYPE = (
    rf"^(?!{_VALUE}$)(?!(?:{_ARRAYS})\??$)"
    rf"(?!{_COLLECTION}\s*<\s*(?:out\s+)?{_VALUE}\s*>\??$)"
)


def _functions(params: str) -> list[str]:
    """A function with a block body (with or without its return type) and one with an
    expression body."""
    return [f"fun {FUNCTION}({params}) {{ ... }}", f"fun {FUNCTION}({params}) = {_BODY}"]


def _function(params: str) -> str:
    return _functions(params)[0]


def _parameter(k: int) -> list[tuple[str, list[Rule]]]:
    skipped = [f"{SKIP.format(i)}: {_SKIPPED_TYPE.format(i)}" for i in range(k)]
    params = ", ".join([*skipped, f"{PARAM.format(k)}: {_TYPE}", "..."])
    return [(params, [{"metavariable-regex": {"metavariable": _TYPE, "regex": _NOT_A_VALUE_TYPE}}])]


def _calls(callee: str, args: str, klass: str, obj: str) -> list[Rule]:
    # `$K.m(...)` binds the receiver (an object, a class, a property, `this`; with a not-null
    # assertion, `svc!!`, in its text), `$K?.m(...)` a safe call's, and `($K : $T).m(...)` its
    # declared type where semgrep knows it; a plain `m(...)` is a function of the class itself
    # or a top-level one
    return [
        {"pattern": f"{callee}({args})"},
        {"pattern": f"{klass}.{callee}({args})"},
        {"pattern": f"{klass}?.{callee}({args})"},
        {"pattern": f"({klass} : {RECEIVER_TYPE}).{callee}({args})"},
        {"pattern": f"({klass} : {RECEIVER_TYPE})?.{callee}({args})"},
    ]


# no two adjacent runs of the same characters, so that no text of the tree makes it backtrack long
_DECLARED_TYPE = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_]*\.)*([A-Z][A-Za-z0-9_]*)\s*(?:<.*>\s*)?\??")
_LONGEST_TYPE = 1024


def _type_named(text: str) -> str | None:
    """The class or interface a declared type names, without its package, type arguments and
    `?` (`kotlin.collections.List<String>?` names `List`); None for anything else: a name that is
    not capitalised (semgrep binds a safe call's receiver itself as a type too), or a text longer
    than any type a person writes."""
    text = text.strip()
    if len(text) > _LONGEST_TYPE:
        return None
    found = _DECLARED_TYPE.fullmatch(text)
    return found.group(1) if found and is_identifier(found.group(1)) else None


def _sanitizers(validated: Validated) -> list[Rule]:
    """The application's own validation, as sanitizers of a generated rule."""
    constant = r"^(?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Z][A-Z0-9_]*$"
    return [
        # checked against a constant collection: the value is taken as validated afterwards
        {
            "by-side-effect": True,
            "patterns": [
                {
                    "pattern-either": [
                        {
                            "patterns": [
                                {
                                    "pattern-either": [
                                        {"pattern": "$IFWCOLL.contains($IFWX)"},
                                        {"pattern": "$IFWCOLL.containsKey($IFWX)"},
                                        {"pattern": "$IFWX in $IFWCOLL"},
                                    ]
                                },
                                {"metavariable-regex": {"metavariable": "$IFWCOLL", "regex": constant}},
                            ]
                        },
                        {"pattern": "$IFWX in setOf(...)"},
                        {"pattern": "$IFWX in listOf(...)"},
                        {"pattern": "$IFWX in arrayOf(...)"},
                        {"pattern": "setOf(...).contains($IFWX)"},
                        {"pattern": "listOf(...).contains($IFWX)"},
                    ]
                },
                {"focus-metavariable": "$IFWX"},
            ],
        },
        # numbers parsed from text
        {
            "pattern-either": [
                {"pattern": "$IFWX.toInt()"},
                {"pattern": "$IFWX.toLong()"},
                {"pattern": "$IFWX.toShort()"},
                {"pattern": "$IFWX.toDouble()"},
                {"pattern": "$IFWX.toFloat()"},
                {"pattern": "$IFWX.toBigDecimal()"},
                {"pattern": "$IFWX.toIntOrNull()"},
                {"pattern": "$IFWX.toLongOrNull()"},
                {"pattern": "$IFWX.toDoubleOrNull()"},
                {"pattern": "Integer.parseInt(...)"},
                {"pattern": "Long.parseLong(...)"},
                {"pattern": "UUID.fromString(...)"},
            ]
        },
    ]


# A named object; a companion object (`companion object { ... }`, which semgrep names
# `companion`) is left out, so that its functions are its class's.
_OBJECT: Rule = {
    "patterns": [
        {"pattern": f"object {OWNER}"},
        {"metavariable-regex": {"metavariable": OWNER, "regex": "^(?!companion$)"}},
    ]
}

SHAPES = Shapes(
    language="kotlin",
    summarised=SUMMARISED,
    function=_function,
    functions=_functions,
    klass=f"class {OWNER}(...)",
    owners=(f"class {OWNER}(...)", _OBJECT),
    parameter=_parameter,
    calls=_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="function",
    qualified=True,
    inherits=(
        f"class {OWNER}(...) : {SUPER}(...)",
        f"class {OWNER}(...) : {SUPER}",
        f"object {OWNER} : {SUPER}(...)",
        f"object {OWNER} : {SUPER}",
    ),
    type_named=_type_named,
    sanitizers=_sanitizers,
)
