"""Functions of the application that return HTML rendered from one of its templates.

`{{ stock_form.stock_summary(supplier, product)|safe }}` marks the result of the application's
own method safe. When every definition of that name in the tree's Python returns Django's
`render_to_string(...)` (or `get_template(...).render(...)`), the HTML was written by a template
that escapes every value it is given, and `|safe` only keeps the engine from escaping it again.

A name counts when the tree defines it (a function or a method, any class) and every
definition's every `return` gives such a rendering, or a call of another such function of the
tree (`return stock_summary_html(supplier, product)`), with no `yield`. The tree's Python is read
with `ast`, never run. Not followed: a template that switches escaping off itself, a rendering
kept in a variable first, a name the tree also defines otherwise (then it is reported), a method
of a library.
"""

from __future__ import annotations

import ast
import re

from aiscan.sast.pyast import dotted_name
from aiscan.webconfig.source import Tree, in_test_tree

_RENDERERS = frozenset({"render_to_string", "loader.render_to_string", "template.loader.render_to_string"})
_GET_TEMPLATE = frozenset(
    {"get_template", "loader.get_template", "select_template", "loader.select_template"}
)
_CALLED = re.compile(r"^(?:[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\.)?([A-Za-z_]\w*)\(.*\)$", re.S)


def _renders(node: ast.expr | None, own: set[str]) -> bool:
    if not isinstance(node, ast.Call):
        return False
    called = dotted_name(node.func)
    if called in _RENDERERS:
        return True
    if (
        isinstance(node.func, ast.Attribute)
        and node.func.attr == "render"
        and isinstance(node.func.value, ast.Call)
    ):
        return dotted_name(node.func.value.func) in _GET_TEMPLATE
    return isinstance(node.func, ast.Name) and node.func.id in own


def _returns(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Return] | None:
    """The function's own returns (not those of nested functions); None when it yields."""
    found: list[ast.Return] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Return):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def rendering_functions(tree: Tree) -> frozenset[str]:
    """Names whose every definition in the tree returns HTML rendered from a template."""
    definitions: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for path in tree.with_suffix(".py"):
        if in_test_tree(path):
            continue
        text = tree.text(path, quiet=True)
        if text is None:
            continue
        try:
            module = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for node in ast.walk(module):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                definitions.setdefault(node.name, []).append(node)
    own: set[str] = set()
    changed = True
    while changed:  # a function returning another rendering function's result renders too
        changed = False
        for name, defs in definitions.items():
            if name in own:
                continue
            ok = True
            for d in defs:
                returns = _returns(d)
                if not returns or not all(_renders(r.value, own) for r in returns):
                    ok = False
                    break
            if ok:
                own.add(name)
                changed = True
    return frozenset(own)


def marks_own_rendering(expression: str, rendering: frozenset[str]) -> bool:
    """Whether `expression` (the part before `|safe`) is a call of one of those functions."""
    found = _CALLED.match(expression.strip())
    return bool(found and found.group(1) in rendering and "|" not in expression)
