"""Small readings of Python's `ast` shared by the checks that read Python source without running
it (settings values, template tags, middleware classes). Pure."""

from __future__ import annotations

import ast


def dotted_name(node: ast.expr) -> str | None:
    """`os.environ.get` for the expression naming it, or None when it is not a plain dotted name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted_name(node.value)
        return f"{inner}.{node.attr}" if inner else None
    return None
