"""PHP's shapes for the passes over flows across functions (aiscan.sast.interfile)."""

from __future__ import annotations

from aiscan.sast.interfile.shapes import (
    ARRAY,
    FUNCTION,
    OWNER,
    PARAMETER,
    RETURNED,
    RETURNS,
    Rule,
    Shapes,
    is_identifier,
    positional_parameter,
)

# Not php-xss-database-value-echo: a bare echo of a database value is console or text output as
# often as a page, and across functions that was mostly logging on production code.
# php-xss-database-value is followed through functions that return database rows only: passed
# to a function that joins its parameter to markup, the values were ids and internal fields.
SUMMARISED = {
    "php-xss-database-value": (RETURNS,),
    "php-sql-injection": (PARAMETER, RETURNS),
    "php-command-injection": (PARAMETER, RETURNS),
    "php-xss": (PARAMETER, RETURNS),
    "php-path-traversal": (PARAMETER, RETURNS),
    "php-open-redirect": (PARAMETER, RETURNS),
}

# Static calls that do not name a class.
_RELATIVE_CLASSES = frozenset({"self", "static", "parent"})


def _function(params: str) -> str:
    return f"function {FUNCTION}({params}) {{ ... }}"


def _calls(callee: str, args: str, klass: str, obj: str) -> list[Rule]:
    return [
        {"pattern": f"{callee}({args})"},
        {"pattern": f"{obj}->{callee}({args})"},
        {"pattern": f"{klass}::{callee}({args})"},
    ]


def _class_named(text: str) -> str | None:
    return text if is_identifier(text) and text.lower() not in _RELATIVE_CLASSES else None


def _return_sinks() -> list[Rule]:
    """What a function returns: the returned expression, or a value appended to an array that
    the function returns after the loop that fills it (semgrep's taint does not follow
    `$rows[] = $row` into `$rows`)."""
    appended: list[Rule] = [
        {"pattern-inside": f"{loop} {{ ... }}\n...\nreturn {ARRAY};\n"}
        for loop in ("while (...)", "foreach ($IFITER as $IFITEM)", "foreach ($IFITER as $IFKEY => $IFITEM)")
    ]
    appended.append({"pattern-inside": f"{ARRAY}[] = {RETURNED};\n...\nreturn {ARRAY};\n"})
    return [
        {
            "patterns": [
                {"pattern-inside": _function("...")},
                {
                    "pattern-either": [
                        {"pattern": f"return {RETURNED};"},
                        {
                            "patterns": [
                                {"pattern-either": appended},
                                {"pattern": f"{ARRAY}[] = {RETURNED};"},
                            ]
                        },
                    ]
                },
                {"focus-metavariable": RETURNED},
            ]
        }
    ]


SHAPES = Shapes(
    language="php",
    summarised=SUMMARISED,
    function=_function,
    klass=f"class {OWNER} {{ ... }}",
    parameter=positional_parameter,
    calls=_calls,
    class_named=_class_named,
    ignore_case=True,  # PHP's function and method names ignore case
    noun="function",
    qualified=False,
    return_sinks=_return_sinks,
)
