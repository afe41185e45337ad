"""The value a Python settings expression has in production, read with `ast` and never run.

Literals are taken as written. An environment lookup with a default (`os.environ.get("DEBUG",
"True")`, `os.getenv`, django-environ's `env.bool("DEBUG", default=True)`, python-decouple's
`config("DEBUG", default=True, cast=bool)`) is taken at its default: that is what the server runs
with when the variable is not set. Anything else is `UNKNOWN` and never reported.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from aiscan.sast.pyast import dotted_name

UNKNOWN: Any = object()

_TRUE_WORDS = frozenset({"1", "true", "yes", "on", "t", "y"})
_FALSE_WORDS = frozenset({"0", "false", "no", "off", "f", "n", ""})


@dataclass(frozen=True)
class Value:
    """`value` is a Python literal or UNKNOWN; `from_default` says it came from an environment
    default (the variable named `env_var` was read)."""

    value: Any
    from_default: bool = False
    env_var: str = ""


def evaluate(node: ast.expr | None) -> Value:
    if node is None:
        return Value(UNKNOWN)
    try:
        return _eval(node)
    except (ValueError, TypeError, RecursionError, AttributeError):
        return Value(UNKNOWN)


def _eval(node: ast.expr) -> Value:
    if isinstance(node, ast.Constant):
        return Value(node.value)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items = [evaluate(e) for e in node.elts]
        if any(i.value is UNKNOWN for i in items):
            return Value([i.value for i in items if i.value is not UNKNOWN] + [UNKNOWN])
        return Value([i.value for i in items], any(i.from_default for i in items))
    if isinstance(node, ast.Call):
        return _call(node)
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        return _compare(node)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = evaluate(node.operand)
        return (
            inner
            if inner.value is UNKNOWN
            else Value(not truth(inner.value), inner.from_default, inner.env_var)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = evaluate(node.left), evaluate(node.right)
        if isinstance(left.value, list) and isinstance(right.value, list):
            return Value(left.value + right.value)
    return Value(UNKNOWN)


def _call(node: ast.Call) -> Value:
    name = dotted_name(node.func) or ""
    last = name.rsplit(".", 1)[-1]
    if isinstance(node.func, ast.Name) and last in ("bool", "int", "str") and len(node.args) == 1:
        inner = evaluate(node.args[0])
        if inner.value is UNKNOWN:
            return inner
        if last == "bool":
            return Value(truth(inner.value), inner.from_default, inner.env_var)
        return inner
    if isinstance(node.func, ast.Attribute) and node.func.attr in ("lower", "strip") and not node.args:
        inner = evaluate(node.func.value)
        if not isinstance(inner.value, str):
            return Value(UNKNOWN)
        text = inner.value.lower() if node.func.attr == "lower" else inner.value.strip()
        return Value(text, inner.from_default, inner.env_var)
    var = _env_var(node)
    if var is None:
        return Value(UNKNOWN)
    default = _default(node, name)
    if default is None:
        return Value(UNKNOWN)
    value = evaluate(default).value
    if value is UNKNOWN:
        return Value(UNKNOWN)
    if last in ("bool",) or name.endswith((".bool", "getboolean")) or _casts_bool(node):
        value = word_truth(value)
    return Value(value, True, var)


def _env_var(node: ast.Call) -> str | None:
    """The variable name when `node` reads the environment with a default."""
    name = dotted_name(node.func) or ""
    readers = (
        "os.environ.get",
        "environ.get",
        "os.getenv",
        "getenv",
        "env",
        "config",
        "env.bool",
        "env.str",
        "env.list",
    )
    if (name not in readers and not name.endswith((".bool", ".str", ".list"))) or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def _default(node: ast.Call, name: str) -> ast.expr | None:
    for kw in node.keywords:
        if kw.arg == "default":
            return kw.value
    if len(node.args) >= 2 and name in ("os.environ.get", "environ.get", "os.getenv", "getenv"):
        return node.args[1]
    if len(node.args) >= 2 and name.endswith((".bool", ".str", ".list")):
        return node.args[1]
    return None


def _casts_bool(node: ast.Call) -> bool:
    return any(kw.arg == "cast" and dotted_name(kw.value) == "bool" for kw in node.keywords)


def _compare(node: ast.Compare) -> Value:
    left, right = evaluate(node.left), evaluate(node.comparators[0])
    if left.value is UNKNOWN or right.value is UNKNOWN:
        return Value(UNKNOWN)
    op = node.ops[0]
    src = left if left.from_default else right
    if isinstance(op, ast.Eq):
        out = left.value == right.value
    elif isinstance(op, ast.NotEq):
        out = left.value != right.value
    elif isinstance(op, ast.In) and isinstance(right.value, (list, tuple, str)):
        out = left.value in right.value
    elif isinstance(op, ast.NotIn) and isinstance(right.value, (list, tuple, str)):
        out = left.value not in right.value
    else:
        return Value(UNKNOWN)
    return Value(out, src.from_default, src.env_var)


def truth(value: Any) -> bool:
    """Python truthiness, which is what Django and Flask apply to a setting: the string "False"
    is true."""
    return bool(value)


def word_truth(value: Any) -> Any:
    """How an environment reader with a bool cast reads a default ("false" -> False)."""
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    return value
