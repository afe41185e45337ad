"""Template values a Django view sets only to literal text.

A view that passes `{"notice": notice}` to `render(request, "loans/list.html", ...)` after
`notice = _("<b>Note:</b> ...")` hands the template markup the developer wrote: `{{ notice|safe }}`
writes no value an attacker chose. A key counts only when every render of the template in the
tree sets it that way, every assignment of the variable in the view is such a literal, and the
context is not updated in ways this module does not read; the template's name must appear
nowhere else in the Python code (a class-based view, another helper) nor in another template (an
include or extends passes a context this module does not see).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from aiscan.webconfig.render_calls import render_calls
from aiscan.webconfig.source import Tree

_TRANSLATE = frozenset(
    {"_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "pgettext", "pgettext_lazy", "_lazy"}
)
_RENDER = {"render": 1, "TemplateResponse": 1, "render_to_response": 0, "render_to_string": 0}


def _is_literal_text(node: ast.expr | None) -> bool:
    """A string literal, or the translation of string literals (`_("...")`, `gettext(...)`)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) or node.value is None
    if isinstance(node, ast.Call) and not node.keywords:
        name = node.func.id if isinstance(node.func, ast.Name) else None
        return (
            name in _TRANSLATE
            and bool(node.args)
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        )
    return False


def _assignments(function: ast.AST, name: str) -> Iterator[ast.expr | None]:
    """The values given to `name` in the function (None for a form this module does not read:
    `+=`, a loop or `with` target, an unpacking, a parameter, an import)."""
    direct: set[int] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == name:
                    direct.add(id(target))
                    yield node.value
        elif (
            isinstance(node, (ast.AnnAssign, ast.NamedExpr))
            and isinstance(node.target, ast.Name)
            and node.target.id == name
        ):
            direct.add(id(node.target))
            yield node.value
    for node in ast.walk(function):
        stored = isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, (ast.Store, ast.Del))
        if (stored and id(node) not in direct) or _bound_elsewhere(node, name):
            yield None


def _bound_elsewhere(node: ast.AST, name: str) -> bool:
    """A parameter, an import, an exception's name, a global or nonlocal name."""
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return name in node.names
    if isinstance(node, ast.arguments):
        return name in {a.arg for a in (*node.posonlyargs, *node.args, *node.kwonlyargs)}
    if isinstance(node, ast.ExceptHandler):
        return node.name == name
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return any((a.asname or a.name.split(".")[0]) == name for a in node.names)
    return False


def _literal_variable(function: ast.AST, name: str) -> bool:
    values = list(_assignments(function, name))
    return bool(values) and all(_is_literal_text(v) for v in values)


def _context_keys(function: ast.AST, context: ast.expr) -> dict[str, bool] | None:
    """For each key of the context, whether its value is literal text; None when unread."""
    if isinstance(context, ast.Name):
        dicts = list(_assignments(function, context.id))
        if len(dicts) != 1 or not isinstance(dicts[0], ast.Dict):
            return None
        keys = _dict_keys(function, dicts[0])
        if keys is None:
            return None
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == context.id
            ):
                return None  # ctx.update(...), ctx.setdefault(...)
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                        if target.value.id != context.id:
                            continue
                        key = target.slice
                        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                            return None
                        keys[key.value] = keys.get(key.value, True) and _value_literal(function, node.value)
        return keys
    if isinstance(context, ast.Dict):
        return _dict_keys(function, context)
    return None


def _value_literal(function: ast.AST, value: ast.expr) -> bool:
    if isinstance(value, ast.Name):
        return _literal_variable(function, value.id)
    return _is_literal_text(value)


def _dict_keys(function: ast.AST, node: ast.Dict) -> dict[str, bool] | None:
    keys: dict[str, bool] = {}
    for key, value in zip(node.keys, node.values, strict=True):
        if key is None:
            return None  # **other
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            keys[key.value] = _value_literal(function, value)
    return keys


def _renders(module: ast.Module) -> Iterator[tuple[str, dict[str, bool] | None]]:
    for render in render_calls(module, _RENDER):
        context = render.context
        yield render.template, (_context_keys(render.function, context) if context is not None else {})


def literal_context_keys(tree: Tree, template_texts: dict[str, str]) -> dict[str, frozenset[str]]:
    """The keys each template (by the name views render it with) is given only literal text for."""
    found: dict[str, dict[str, bool]] = {}
    unread: set[str] = set()
    mentions: dict[str, int] = {}
    renders: dict[str, int] = {}
    sources: list[str] = []
    for path in tree.with_suffix(".py"):
        text = tree.text(path, quiet=True)
        if text is None or ".html" not in text:
            continue
        sources.append(text)
        if "render" not in text and "TemplateResponse" not in text:
            continue
        try:
            module = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for template, keys in _renders(module):
            renders[template] = renders.get(template, 0) + 1
            if keys is None:
                unread.add(template)
                continue
            merged = found.setdefault(template, dict(keys))
            for key in set(merged) | set(keys):
                merged[key] = merged.get(key, False) and keys.get(key, False)
    result: dict[str, frozenset[str]] = {}
    for template, keys in found.items():
        if template in unread:
            continue
        quoted = re.compile(r"""['"]""" + re.escape(template) + r"""['"]""")
        mentions[template] = sum(len(quoted.findall(t)) for t in sources)
        if mentions[template] != renders[template]:
            continue  # named elsewhere too: a class-based view, a helper
        if any(quoted.search(t) for t in template_texts.values()):
            continue  # included in or extended by another template
        literal = frozenset(k for k, ok in keys.items() if ok)
        if literal:
            result[template] = literal
    return result
