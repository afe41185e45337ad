"""The calls of Python views that render a template named by a string literal: Django's
`render(request, "x.html", context)`, `TemplateResponse(...)`, `render_to_string("x.html", ...)`,
Flask's `render_template("x.html", **values)`. Read with `ast`, never imported."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class RenderCall:
    function: Function  # the view (or helper) the call is in
    call: ast.Call
    name: str  # the callee's name: `render`, `render_template`, ...
    template: str
    context: ast.expr | None  # the context argument, positional or `context=`


def render_calls(module: ast.Module, template_at: Mapping[str, int]) -> Iterator[RenderCall]:
    """Each call in a function of `module` of a callee named in `template_at` (the position of
    its template argument) whose template is a string literal."""
    for function in ast.walk(module):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            at = template_at.get(name)
            if at is None or len(node.args) <= at:
                continue
            template = node.args[at]
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                continue
            context = node.args[at + 1] if len(node.args) > at + 1 else None
            for kw in node.keywords:
                if kw.arg == "context":
                    context = kw.value
            yield RenderCall(function, node, name, template.value, context)
