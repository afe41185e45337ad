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
(an enum the tree defines included, which is not known from its name) is.

The application's own validation is a sanitizer of every generated rule (see `_sanitizers`): a
request parameter whose constraint annotation restricts it to a fixed set, where the class or the
method is `@Validated` (a custom annotation whose `ConstraintValidator` checks membership in a
collection, found by the first pass; `@Pattern` with a regular expression admitting only
letters, digits and `_`), a parameter of an enum type the tree declares, a value checked
against a constant collection (`ALLOWED.contains(v)`, `Set.of(...).contains(v)`), and numbers
parsed from text."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import (
    ANNOTATION,
    ENUM,
    FUNCTION,
    OWNER,
    PARAM,
    PARAMETER,
    RECEIVER_TYPE,
    SKIP,
    SUPER,
    VALIDATED,
    Rule,
    Shapes,
    Validated,
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
    "java-mail-header-injection": (PARAMETER,),
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


# --- the application's own validation ---------------------------------------------------------
# The metavariables of the sanitizers and validator rules (never in a message).

# A custom constraint: the validator of annotation VALIDATED checks the value (its `isValid`
# parameter, or an expression of it) for membership in a collection, not the collection in it.
_VALIDATORS: tuple[tuple[str, Rule], ...] = (
    (
        ANNOTATION,
        {
            "patterns": [
                {
                    "pattern-inside": (
                        f"class $IFWVAL implements ConstraintValidator<{VALIDATED}, $IFWT> {{ ... }}"
                    )
                },
                {"pattern-inside": "boolean isValid($IFWPT $IFWS, ...) { ... }"},
                {
                    "pattern-either": [
                        {"pattern": "$IFWCOLL.contains(<... $IFWS ...>)"},
                        {"pattern": "$IFWCOLL.containsKey(<... $IFWS ...>)"},
                        {"pattern": "$IFWCOLL.contains($IFWARR, <... $IFWS ...>)"},
                    ]
                },
                {"pattern-not": "$IFWS.contains(...)"},
                {"pattern-not": "$IFWS.$IFWM(...).contains(...)"},
            ]
        },
    ),
    (ENUM, {"pattern": f"enum {VALIDATED} {{ ... }}"}),
)


# Bean Validation checks a parameter's constraints only where the class or the method is
# `@Validated` (Spring's method validation).
def _validated_scope() -> Rule:
    return {
        "pattern-either": [
            {"pattern-inside": "@$IFWSCOPE\nclass $IFWK { ... }"},
            {"pattern-inside": "@$IFWSCOPE(...)\nclass $IFWK { ... }"},
            {"pattern-inside": "@$IFWSCOPE\n$IFWR $IFWM(...) { ... }"},
            {"pattern-inside": "@$IFWSCOPE(...)\n$IFWR $IFWM(...) { ... }"},
        ]
    }


_VALIDATED_ANNOTATION = r"^(org\.springframework\.validation\.annotation\.)?Validated$"
_QUALIFIED = r"(?:[A-Za-z_][A-Za-z0-9_]*\.)*"

# A regular expression that admits only letters, digits and `_` (character classes of them and
# their ranges, `\d`, `\w`, groups, alternatives and quantifiers), anchored or not: `@Pattern`
# matches the whole value. The text may come with its quotes and with Java's doubled backslashes.
_CLASS_ITEM = r"(?:[A-Za-z0-9](?:-[A-Za-z0-9])?|_|\\{1,2}[dw])"
_RESTRICTIVE_REGEX = (
    r'^"?\^?(?:[A-Za-z0-9_|()?:+*]|\{[0-9]+(?:,[0-9]*)?\}|\\{1,2}[dw]|\[' + _CLASS_ITEM + r"+\])+\$?\"?$"
)


def _parameter_annotated(annotation: list[Rule]) -> Rule:
    """The uses of a parameter of a `@Validated` class or method whose annotation meets
    `annotation` (conditions on `$IFWANN`, and on `$IFWRE` for the annotation's `regexp`)."""
    return {
        "patterns": [
            _validated_scope(),
            {"metavariable-regex": {"metavariable": "$IFWSCOPE", "regex": _VALIDATED_ANNOTATION}},
            {
                "pattern-either": [
                    {"pattern-inside": "$IFWR2 $IFWM2(..., @$IFWANN $IFWTYPE $IFWP, ...) { ... }"},
                    {"pattern-inside": "$IFWR2 $IFWM2(..., @$IFWANN(...) $IFWTYPE $IFWP, ...) { ... }"},
                ]
            },
            *annotation,
            {"pattern": "$IFWP"},
        ]
    }


# a parameter whose annotation sets `regexp` (after other arguments, or first)
_REGEXP_PARAMETER = '$IFWR3 $IFWM3(..., @$IFWANN({}regexp = "$IFWRE", ...) $IFWT3 $IFWP, ...) {{ ... }}'


def _names(names: frozenset[str]) -> str:
    return "|".join(sorted(n for n in names if is_identifier(n)))


def _sanitizers(validated: Validated) -> list[Rule]:
    """The application's own validation, as sanitizers of a generated rule."""
    pattern = _parameter_annotated(
        [
            {
                "pattern-either": [
                    {"pattern-inside": _REGEXP_PARAMETER.format("..., ")},
                    {"pattern-inside": _REGEXP_PARAMETER.format("")},
                ]
            },
            {
                "metavariable-regex": {
                    "metavariable": "$IFWANN",
                    "regex": r"^((javax|jakarta)\.validation\.constraints\.)?Pattern$",
                }
            },
            {"metavariable-regex": {"metavariable": "$IFWRE", "regex": _RESTRICTIVE_REGEX}},
        ]
    )
    constant = r"^" + _QUALIFIED + r"[A-Z][A-Z0-9_]*$"
    out: list[Rule] = [
        pattern,
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
                                    ]
                                },
                                {"metavariable-regex": {"metavariable": "$IFWCOLL", "regex": constant}},
                            ]
                        },
                        {"pattern": "Set.of(...).contains($IFWX)"},
                        {"pattern": "List.of(...).contains($IFWX)"},
                        {"pattern": "Arrays.asList(...).contains($IFWX)"},
                    ]
                },
                {"focus-metavariable": "$IFWX"},
            ],
        },
        # numbers parsed from text
        {
            "pattern-either": [
                {"pattern": "Integer.parseInt(...)"},
                {"pattern": "Long.parseLong(...)"},
                {"pattern": "Short.parseShort(...)"},
                {"pattern": "Double.parseDouble(...)"},
                {"pattern": "Float.parseFloat(...)"},
                {"pattern": "Integer.valueOf(...)"},
                {"pattern": "Long.valueOf(...)"},
                {"pattern": "new BigDecimal(...)"},
                {"pattern": "new BigInteger(...)"},
            ]
        },
    ]
    annotations = _names(validated.annotations)
    if annotations:
        regex = rf"^{_QUALIFIED}({annotations})$"
        out.append(
            _parameter_annotated([{"metavariable-regex": {"metavariable": "$IFWANN", "regex": regex}}])
        )
    enums = _names(validated.enums)
    if enums:
        regex = rf"^{_QUALIFIED}({enums})$"
        out += [
            {
                "patterns": [
                    {"pattern-inside": "$IFWR $IFWM(..., $IFWTYPE $IFWP, ...) { ... }"},
                    {"metavariable-regex": {"metavariable": "$IFWTYPE", "regex": regex}},
                    {"pattern": "$IFWP"},
                ]
            },
            {
                "patterns": [
                    {"pattern": "$IFWENUM.valueOf(...)"},
                    {"metavariable-regex": {"metavariable": "$IFWENUM", "regex": regex}},
                ]
            },
        ]
    return out


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
    validators=_VALIDATORS,
    sanitizers=_sanitizers,
)
