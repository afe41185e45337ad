"""Python's shapes for the passes over flows across functions (aiscan.sast.interfile): a view
(Flask, Django, FastAPI) handing request data to a function or a method of another module, which
builds the SQL, runs the command, fetches the URL or opens the path.

A method's first parameter (`self`, `cls`) is its receiver: the argument at position k of
`obj.method(...)` is the parameter after it. A call is matched to every function or method of the
name with a parameter at that position, except a call through a capitalised name
(`Klass.method(x)`), which reaches only the methods of that class. Keyword arguments, `*args` and
`**kwargs` are not followed, nor are parameter annotations read: a parameter annotated `int` is
summarised like any other (the single-file rules' own sanitizers, such as `int(...)`, apply)."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import FUNCTION, OWNER, PARAM, PARAMETER, SKIP, Rule, Shapes, is_identifier

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


def _calls(callee: str, args: str, klass: str, obj: str) -> list[Rule]:
    # `$K.f(...)` binds the receiver: an object, a module or a class
    return [{"pattern": f"{callee}({args})"}, {"pattern": f"{klass}.{callee}({args})"}]


_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")


def _class_named(text: str) -> str | None:
    """A capitalised identifier is a class; a module, an object, `self` or an expression names
    none, and neither does a constant (`CLIENT`)."""
    if not is_identifier(text) or not text[0].isupper() or _CONSTANT.fullmatch(text):
        return None
    return text


SHAPES = Shapes(
    language="python",
    summarised=SUMMARISED,
    function=_function,
    klass=f"class {OWNER}(...):\n  ...\n",
    parameter=_parameter,
    calls=_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="function",
    qualified=True,
)
