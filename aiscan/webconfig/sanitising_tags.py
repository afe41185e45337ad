"""Django template tags whose whole output is a sanitiser's: a tag or filter registered in an
application's `templatetags/` module whose body returns the result of a call that cleans HTML,
`return bleach.clean(value)`, or `return md_render.render(value)` after `from readme_renderer
import markdown as md_render` (readme_renderer's markdown, rst and txt renderers return
`clean(...)` of what they render: nh3/bleach with an allow-list of tags and attributes). Such a
tag's output inside `{% autoescape off %}` is HTML the sanitiser has already cleaned.

Pure: the modules are parsed with `ast`, never imported or run. Only a body that is one `return`
of such a call (a docstring before it allowed) counts; a tag that also builds, joins or marks
text safe is not one of these."""

from __future__ import annotations

import ast
from pathlib import PurePosixPath

from aiscan.sast.pyast import dotted_name
from aiscan.webconfig.source import Tree

# Calls whose result is HTML cleaned against an allow-list, or text escaped for HTML.
SANITISERS = frozenset(
    {
        "bleach.clean",
        "nh3.clean",
        "readme_renderer.markdown.render",
        "readme_renderer.rst.render",
        "readme_renderer.txt.render",
        "readme_renderer.clean.clean",
        "html.escape",
        "django.utils.html.escape",
    }
)
_REGISTERS = frozenset({"simple_tag", "filter"})


def _imports(module: ast.Module) -> dict[str, str]:
    """The dotted name each module-level import binds: `md` for `from readme_renderer import
    markdown as md` is `readme_renderer.markdown`."""
    names: dict[str, str] = {}
    for node in module.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                names[alias.asname or top] = alias.name if alias.asname else top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign)):
            # a name the module binds again is the module's own, not the import's
            targets = node.targets if isinstance(node, ast.Assign) else [ast.Name(node.name)]
            for target in targets:
                if isinstance(target, ast.Name):
                    names[target.id] = f"<module>.{target.id}"
    return names


def _registered_name(function: ast.FunctionDef) -> str | None:
    """The name a `@register.simple_tag` / `@register.filter` decorator gives the function."""
    for decorator in function.decorator_list:
        call = decorator if isinstance(decorator, ast.Call) else None
        target = dotted_name(call.func if call else decorator)
        if target is None or target.rsplit(".", 1)[-1] not in _REGISTERS:
            continue
        for keyword in call.keywords if call else ():
            if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
        if (
            call
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            return call.args[0].value
        return function.name
    return None


def _returns_sanitised(function: ast.FunctionDef, imports: dict[str, str]) -> bool:
    body = list(function.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return False
    called = dotted_name(body[0].value.func)
    if called is None:
        return False
    head, _, rest = called.partition(".")
    resolved = imports.get(head, head) + (f".{rest}" if rest else "")
    return resolved in SANITISERS


def sanitising_tags(tree: Tree) -> frozenset[str]:
    """The names of the tags and filters of the tree's `templatetags/` modules whose output is a
    sanitiser's."""
    names: set[str] = set()
    for path in tree.with_suffix(".py"):
        if PurePosixPath(path).parent.name != "templatetags":
            continue
        text = tree.text(path, quiet=True)
        if text is None or "register" not in text:
            continue
        try:
            module = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        imports = _imports(module)
        for node in module.body:
            if isinstance(node, ast.FunctionDef):
                name = _registered_name(node)
                if name and _returns_sanitised(node, imports):
                    names.add(name)
    return frozenset(names)
