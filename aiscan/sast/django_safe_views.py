"""A CSRF exemption of a Django class-based view that answers only safe methods.

Django's CSRF middleware checks only POST, PUT, PATCH and DELETE requests. A class-based view that
handles none of them (no `post`, `put`, `patch` or `delete` method, nothing run before the method's
handler is picked) answers such a request with 405 through Django's own `View.dispatch`: its
`csrf_exempt` leaves nothing for the check to protect. A `python-csrf-disabled` finding on
`csrf_exempt(SomeView.as_view())`, or on `@method_decorator(csrf_exempt, ...)` over such a class,
is left out when the class is one of these.

The class is found in the scanned tree (its own module, or `from x import Name`, followed to the
file and read with `ast`, never imported). It answers only safe methods when it has no decorator
but the exemption, no keyword (metaclass), defines or assigns none of the names in `_UNSAFE`, and
every base is `object`, a Django view or mixin that handles only GET/HEAD/OPTIONS (`View`,
`TemplateView`, `DetailView`, `ListView` and their mixins), or a class of the tree that answers
only safe methods itself. Anything not read (a class not found, a base of another library,
`FormView`, `RedirectView`, a file that does not parse) keeps the finding.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Sequence

from aiscan.models import Finding
from aiscan.sast.django_csrf import RULE, ClassResolver, Read
from aiscan.sast.pyast import dotted_name, drop_where

_MAX_DEPTH = 8

# Names that handle an unsafe method or run for every request before Django picks the handler.
_UNSAFE = frozenset(
    {
        "post",
        "put",
        "patch",
        "delete",
        "dispatch",
        "setup",
        "as_view",
        "__init__",
        "__call__",
        "__getattr__",
        "__getattribute__",
        "http_method_not_allowed",
        "http_method_names",
        "options",
    }
)

_GENERIC = "django.views.generic"
_SAFE_DJANGO = frozenset(
    f"{module}.{name}"
    for module, names in {
        "django.views": ("View",),
        _GENERIC: ("View", "TemplateView", "DetailView", "ListView"),
        f"{_GENERIC}.base": ("View", "TemplateView", "ContextMixin", "TemplateResponseMixin"),
        f"{_GENERIC}.detail": (
            "DetailView",
            "BaseDetailView",
            "SingleObjectMixin",
            "SingleObjectTemplateResponseMixin",
        ),
        f"{_GENERIC}.list": (
            "ListView",
            "BaseListView",
            "MultipleObjectMixin",
            "MultipleObjectTemplateResponseMixin",
        ),
    }.items()
    for name in names
)


class _SafeViews(ClassResolver):
    def safe(self, path: str, name: str, depth: int) -> bool:
        """Whether class `name`, as module file `path` knows it, answers only safe methods."""
        module = self.module(path)
        if module is None or depth > _MAX_DEPTH:
            return False
        head, _, rest = name.partition(".")
        for stmt in module.body:
            if isinstance(stmt, ast.ClassDef) and stmt.name == name:
                return self.class_safe(path, module, stmt, depth, exemption=None)
        for stmt in module.body:
            if isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    if (alias.asname or alias.name) == head:
                        return self._imported_safe(path, stmt, alias.name, rest, depth)
            elif isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    if alias.asname == head and rest:
                        return f"{alias.name}.{rest}" in _SAFE_DJANGO
                    if alias.asname is None and alias.name.split(".")[0] == head:
                        return name in _SAFE_DJANGO
        return False

    def _imported_safe(self, path: str, stmt: ast.ImportFrom, name: str, rest: str, depth: int) -> bool:
        source = stmt.module or ""
        if not stmt.level and ".".join(p for p in (source, name, rest) if p) in _SAFE_DJANGO:
            return True
        if rest:
            return False
        target = self.relative(path, source, stmt.level) if stmt.level else self.absolute(source, path)
        return target is not None and self.safe(target, name, depth + 1)

    def class_safe(
        self, path: str, module: ast.Module, cls: ast.ClassDef, depth: int, exemption: ast.expr | None
    ) -> bool:
        if cls.keywords or any(d is not exemption for d in cls.decorator_list):
            return False
        if _defined_names(cls) & _UNSAFE:
            return False
        for base in cls.bases:
            name = dotted_name(base)
            if name is None:
                return False
            if name == "object":
                continue
            if name == cls.name or not self.safe(path, name, depth + 1):
                return False
        return True


def _defined_names(cls: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(stmt.name)
        elif isinstance(stmt, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        elif not isinstance(stmt, ast.Expr | ast.Pass):
            names.add("dispatch")  # an `if`, `for`, `try` at class level: not read, kept
    return names


def _is_csrf_exempt(node: ast.expr) -> bool:
    name = dotted_name(node)
    return name is not None and name.split(".")[-1] == "csrf_exempt"


def exempts_safe_view(path: str, line: int, paths: Collection[str], read: Read) -> bool:
    """Whether the CSRF exemption on `line` of `path` is of a class-based view that answers only
    safe methods (see the module's text)."""
    resolver = _SafeViews(paths, read)
    module = resolver.module(path)
    if module is None:
        return False
    for node in ast.walk(module):
        if isinstance(node, ast.Call) and node.lineno == line and _is_csrf_exempt(node.func):
            view = node.args[0] if len(node.args) == 1 and not node.keywords else None
            if not (isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute)):
                return False
            name = dotted_name(view.func.value)
            return view.func.attr == "as_view" and name is not None and resolver.safe(path, name, 0)
        if isinstance(node, ast.ClassDef):
            for deco in node.decorator_list:
                if (
                    deco.lineno == line
                    and isinstance(deco, ast.Call)
                    and (dotted_name(deco.func) or "").split(".")[-1] == "method_decorator"
                    and deco.args
                    and _is_csrf_exempt(deco.args[0])
                ):
                    return resolver.class_safe(path, module, node, 0, exemption=deco)
    return False


def drop_safe_view_exemptions(
    findings: Sequence[Finding], paths: Collection[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """`python-csrf-disabled` findings left out when the exempted view is a class-based view that
    answers only safe methods (see the module's text)."""

    return drop_where(
        findings, RULE, lines, lambda path, line, read: exempts_safe_view(path, line, paths, read)
    )
