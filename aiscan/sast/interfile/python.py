"""Python's shapes for the passes over flows across functions (aiscan.sast.interfile): a view
(Flask, Django, FastAPI) handing request data to a function or a method of another module, which
builds the SQL, runs the command, fetches the URL or opens the path.

A function imported under another name (`from loans.export import export_csv as export`) is
reached through that name too. A method's first parameter (`self`, `cls`) is its receiver: the
argument at position k of `obj.method(...)` is the parameter after it. A call is matched to every
function or method of the name with a parameter at that position, except a call through a capitalised name
(`Klass.method(x)`), which reaches only the methods of that class. Keyword arguments, `*args` and
`**kwargs` are not followed, nor are parameter annotations read: a parameter annotated `int` is
summarised like any other (the single-file rules' own sanitizers, such as `int(...)`, apply).

The application's own validation is a sanitizer of every generated rule: a value checked for
membership in a constant collection (`if v not in ALLOWED: abort(400)`, `if v in ("asc",
"desc")`; not `in` a string, a substring test) is taken as validated afterwards, and numbers
parsed from text (`int`, `float`, `Decimal`) carry no text."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import (
    ALIAS,
    FUNCTION,
    OWNER,
    PARAM,
    PARAMETER,
    SKIP,
    Rule,
    Shapes,
    Validated,
    dotted_calls,
    is_identifier,
)

SUMMARISED = {
    "python-sql-injection": (PARAMETER,),
    "python-command-injection": (PARAMETER,),
    "python-ssrf": (PARAMETER,),
    "python-path-traversal": (PARAMETER,),
    "python-code-injection": (PARAMETER,),
    "python-nosql-injection": (PARAMETER,),
    "python-ldap-xpath-injection": (PARAMETER,),
    "python-open-redirect": (PARAMETER,),
    "python-xss": (PARAMETER,),
    "python-template-injection": (PARAMETER,),
}

# Markup a function returns, built from strings (the shape `python-xss` reads in a view's return),
# and the variable holding it; not prefixes of any other metavariable name.
_MARKUP = "$IFMARKUP"
_MARKUP_VARIABLE = "$IFMVAR"
_MARKUP_PART = "$IFMTEXT"
_RETURNED_VARIABLE = f"{_MARKUP_VARIABLE} = {_MARKUP}\n...\nreturn {_MARKUP_VARIABLE}\n"

# What a function does with its parameter that is an XSS once a view hands it request data: it
# returns markup built from it (`return "<p>" + text + "</p>"`, or a variable assigned such text
# and returned). The view returns the call or gives it to a template, where `python-xss` sees
# only a call.
PARAMETER_SINKS: dict[str, tuple[Rule, ...]] = {
    "python-xss": (
        {
            "patterns": [
                {
                    "pattern-either": [
                        {"pattern": f"return {_MARKUP}"},
                        {
                            "patterns": [
                                {"pattern-inside": _RETURNED_VARIABLE},
                                {"pattern": f"{_MARKUP_VARIABLE} = {_MARKUP}"},
                            ]
                        },
                    ]
                },
                {"metavariable-regex": {"metavariable": _MARKUP, "regex": r"(?s).*<[a-zA-Z!/].*"}},
                {
                    "metavariable-pattern": {
                        "metavariable": _MARKUP,
                        "pattern-either": [
                            {"pattern": 'f"..."'},
                            {"pattern": f'"..." + {_MARKUP_PART}'},
                            {"pattern": f'{_MARKUP_PART} + "..."'},
                            {"pattern": f'"..." % {_MARKUP_PART}'},
                            {"pattern": '"...".format(...)'},
                            {"pattern": '"...".format_map(...)'},
                        ],
                    }
                },
                {"focus-metavariable": _MARKUP},
            ]
        },
    ),
}

# A method's receiver; not a prefix of any other metavariable name (aiscan.sast.interfile.shapes).
_RECEIVER = "$IFSELF"
_RECEIVER_NAMES = "^(self|cls)$"


def _function(params: str) -> str:
    return f"def {FUNCTION}({params}):\n  ...\n"


def _parameter(k: int) -> list[tuple[str, list[Rule]]]:
    """A method's parameter k after its receiver, and a function's parameter k (whose first
    parameter is not named as a receiver)."""
    rest = [*(SKIP.format(i) for i in range(k)), PARAM.format(k), "..."]
    first = SKIP.format(0) if k else PARAM.format(0)
    method = [{"metavariable-regex": {"metavariable": _RECEIVER, "regex": _RECEIVER_NAMES}}]
    function = [{"metavariable-regex": {"metavariable": first, "regex": f"^(?!{_RECEIVER_NAMES[1:]})"}}]
    return [(", ".join([_RECEIVER, *rest]), method), (", ".join(rest), function)]


_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")


def _class_named(text: str) -> str | None:
    """A capitalised identifier is a class, also reached through its module (`models.Q` names
    `Q`); a module, an object, `self` or an expression names none, and neither does a constant
    (`CLIENT`, `settings.CLIENT`)."""
    names = text.split(".")
    if not all(is_identifier(n) for n in names) or names[0] in ("self", "cls"):
        return None
    name = names[-1]
    if not name[0].isupper() or _CONSTANT.fullmatch(name):
        return None
    return name


# Methods of Python's dict, list, set and str: a call of one of these names on a receiver of
# unknown type (`headers.get(key)`, `",".join(parts)`) is far more often the built-in method than
# a function of the tree that shares the name.
CONTAINER_METHODS = frozenset(
    {
        "get", "join", "pop", "update", "format", "replace", "split", "append", "items", "keys",
        "values", "setdefault", "copy", "extend", "insert", "remove", "add", "strip", "encode",
        "decode", "lower", "upper", "startswith", "endswith", "index", "count", "sort", "reverse",
        "clear", "find", "rfind", "rindex", "rsplit", "lstrip", "rstrip", "partition", "rpartition",
        "splitlines", "title", "capitalize", "casefold", "zfill", "popitem", "discard", "union",
        "difference", "intersection", "issubset", "issuperset", "fromkeys",
    }
)  # fmt: skip


def _module_names(path: str) -> set[str]:
    """The names a module is imported as without an alias: `loans/cache.py` is `cache`, a
    package's `loans/__init__.py` is `loans`."""
    parts = [p for p in re.split(r"[\\/]", path) if p]
    if not parts:
        return set()
    stem = parts[-1].removesuffix(".py")
    if stem == "__init__":
        return {parts[-2]} if len(parts) > 1 else set()
    return {stem}


def _receiver_reaches(callee: str, receiver: str, path: str) -> bool:
    """A call to a dict, list or str method's name reaches a function of the tree only through
    `self`/`cls`, a class name or the module it is defined in (`cache.get(key)`; an alias given
    with `import ... as` is not read); any other name is taken as before."""
    if callee not in CONTAINER_METHODS:
        return True
    if re.fullmatch(_RECEIVER_NAMES, receiver) or _class_named(receiver) is not None:
        return True
    names = receiver.split(".")
    if not all(is_identifier(n) for n in names) or names[0] in ("self", "cls"):
        return False
    return names[-1] in _module_names(path)


# A constant (`ALLOWED`, `config.SORTABLE`) or a literal tuple, list, set or dict: the collection
# of a membership check taken as an allow-list.
_CONSTANT_COLLECTION = r"^(?:(?:[A-Za-z_][A-Za-z0-9_]*\.)*_*[A-Z][A-Z0-9_]*|[(\[{][\s\S]*)$"


def _sanitizers(validated: Validated) -> list[Rule]:
    """The application's own validation, as sanitizers of a generated rule (Python's passes
    read no declarations for it: `validated` is not used)."""
    return [
        {
            "by-side-effect": True,
            "patterns": [
                {"pattern-either": [{"pattern": "$IFWX in $IFWCOLL"}, {"pattern": "$IFWX not in $IFWCOLL"}]},
                {"metavariable-regex": {"metavariable": "$IFWCOLL", "regex": _CONSTANT_COLLECTION}},
                {"focus-metavariable": "$IFWX"},
            ],
        },
        {
            "pattern-either": [
                {"pattern": "int(...)"},
                {"pattern": "float(...)"},
                {"pattern": "decimal.Decimal(...)"},
                {"pattern": "uuid.UUID(...)"},
            ]
        },
    ]


SHAPES = Shapes(
    language="python",
    summarised=SUMMARISED,
    function=_function,
    klass=f"class {OWNER}(...):\n  ...\n",
    parameter=_parameter,
    calls=dotted_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="function",
    qualified=True,
    receiver_reaches=_receiver_reaches,
    sanitizers=_sanitizers,
    parameter_sinks=PARAMETER_SINKS,
    aliases=(f"from $IFMODULE import {FUNCTION} as {ALIAS}",),
    methods_need_receiver=True,
    unknown_receivers_guess=True,
    built_in_names=CONTAINER_METHODS,
)
