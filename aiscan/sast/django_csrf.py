"""A Django project's own CSRF middleware that keeps Django's check.

A project may name its own subclass of `django.middleware.csrf.CsrfViewMiddleware` in
`MIDDLEWARE` instead of Django's class, to write the CSRF cookie differently (a cookie domain per
custom domain). The check itself stays Django's when the subclass changes nothing Django calls to
check a request: such a `MIDDLEWARE` list keeps CSRF protection, as one naming Django's class does.

The class is found in the scanned tree from its dotted path (the module beside or above the
settings file, following `from .x import Name` re-exports), and read with `ast`, never imported.
It keeps the check when it has one base, which is Django's class (by the module's imports) or a
project class that keeps the check itself; no decorator, keyword or class-level assignment; and
a body of a docstring and methods, none of them one Django's check path calls or reads
(`process_view`, `process_request`, `_check_token`, `_reject`, `__call__`, the trusted origins,
...). Methods such as `_set_csrf_cookie` or `process_response` (how the cookie is written) and
the class's own helpers may be overridden. Anything not read (a class not found, a base not
resolved, a file that does not parse) is not taken as keeping the check.

Pure: a dotted path in, a yes or no out, given the tree's paths and a reader of a file's text.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Sequence
from pathlib import PurePosixPath

from aiscan.models import Finding
from aiscan.sast.pyast import dotted_name, source_text

DJANGO_CSRF = "django.middleware.csrf.CsrfViewMiddleware"
RULE = "python-csrf-disabled"
_MAX_DEPTH = 6

# What Django's CsrfViewMiddleware (and MiddlewareMixin) runs or reads to accept or reject a
# request: overriding any of them may change the check.
_CHECKING = frozenset(
    {
        "__init__",
        "__call__",
        "__acall__",
        "_async_check",
        "process_request",
        "process_view",
        "_accept",
        "_reject",
        "_get_secret",
        "_get_token",
        "_check_token",
        "_check_referer",
        "_origin_verified",
        "csrf_trusted_origins_hosts",
        "allowed_origins_exact",
        "allowed_origin_subdomains",
        "get_response",
        "sync_capable",
        "async_capable",
    }
)

Read = Callable[[str], str | None]


class ClassResolver:
    """A class named in a tree's Python modules, followed through their imports (each module parsed
    once, never run); `keeps` says whether it keeps Django's CSRF check."""

    def __init__(self, paths: Collection[str], read: Read) -> None:
        self.paths = paths
        self.read = read
        self._parsed: dict[str, ast.Module | None] = {}

    def module(self, path: str) -> ast.Module | None:
        if path not in self._parsed:
            text = self.read(path)
            try:
                self._parsed[path] = ast.parse(text, filename=path) if text is not None else None
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                self._parsed[path] = None
        return self._parsed[path]

    def absolute(self, dotted: str, near: str) -> str | None:
        """The file of module `dotted`, looked for under each folder above `near`, nearest first."""
        rel = dotted.replace(".", "/")
        folder = PurePosixPath(near).parent
        for base in (folder, *folder.parents):
            for name in (f"{rel}.py", f"{rel}/__init__.py"):
                candidate = str(base / name).removeprefix("./")
                if candidate in self.paths:
                    return candidate
        return None

    def relative(self, path: str, dotted: str, level: int) -> str | None:
        base = PurePosixPath(path).parent
        for _ in range(level - 1):
            base = base.parent
        parts = dotted.split(".") if dotted else []
        for candidate in (
            base.joinpath(*parts).as_posix() + ".py",
            base.joinpath(*parts, "__init__.py").as_posix(),
        ):
            candidate = candidate.removeprefix("./")
            if candidate in self.paths:
                return candidate
        return None

    def keeps(self, path: str, name: str, depth: int) -> bool:
        """Whether class `name` of module file `path` keeps Django's check."""
        module = self.module(path)
        if module is None or depth > _MAX_DEPTH:
            return False
        for stmt in module.body:
            if isinstance(stmt, ast.ClassDef) and stmt.name == name:
                return self._class_keeps(path, module, stmt, depth)
        for stmt in module.body:
            if isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    if (alias.asname or alias.name) == name:
                        return self._imported_keeps(path, stmt, alias.name, depth)
        return False

    def _imported_keeps(self, path: str, stmt: ast.ImportFrom, name: str, depth: int) -> bool:
        source = stmt.module or ""
        if not stmt.level and f"{source}.{name}" == DJANGO_CSRF:
            return True
        target = self.relative(path, source, stmt.level) if stmt.level else self.absolute(source, path)
        return target is not None and self.keeps(target, name, depth + 1)

    def _class_keeps(self, path: str, module: ast.Module, cls: ast.ClassDef, depth: int) -> bool:
        if len(cls.bases) != 1 or cls.keywords or cls.decorator_list:
            return False
        if not all(_harmless(stmt) for stmt in cls.body):
            return False
        base = dotted_name(cls.bases[0])
        if base is None:
            return False
        head, _, rest = base.partition(".")
        for stmt in module.body:
            if isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    if (alias.asname or alias.name) != head:
                        continue
                    if not rest:
                        return self._imported_keeps(path, stmt, alias.name, depth)
                    if not stmt.level and f"{stmt.module}.{alias.name}.{rest}" == DJANGO_CSRF:
                        return True
            elif isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    if alias.asname == head and f"{alias.name}.{rest}" == DJANGO_CSRF:
                        return True
                    if alias.asname is None and alias.name.split(".")[0] == head and base == DJANGO_CSRF:
                        return True
            elif isinstance(stmt, ast.ClassDef) and stmt.name == base and stmt is not cls:
                return self._class_keeps(path, module, stmt, depth + 1)
        return False


def _harmless(stmt: ast.stmt) -> bool:
    if isinstance(stmt, ast.Pass):
        return True
    if (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    ):
        return True
    return isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and stmt.name not in _CHECKING


def keeps_django_csrf(dotted: str, settings_path: str, paths: Collection[str], read: Read) -> bool:
    """Whether the middleware `dotted` (a `MIDDLEWARE` entry of `settings_path`) is Django's CSRF
    middleware or a class of the tree that keeps its check."""
    if dotted == DJANGO_CSRF:
        return True
    module, _, name = dotted.rpartition(".")
    if not module or not name:
        return False
    resolver = ClassResolver(paths, read)
    path = resolver.absolute(module, settings_path)
    return path is not None and resolver.keeps(path, name, 0)


def middleware_entries(text: str, line: int) -> list[str] | None:
    """The string entries of the `MIDDLEWARE = [...]` (or `MIDDLEWARE_CLASSES`) assignment that
    starts on `line`, or None when there is none or the file does not parse."""
    try:
        module = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    for stmt in module.body:
        if not isinstance(stmt, ast.Assign) or stmt.lineno != line:
            continue
        names = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
        if not any(n in ("MIDDLEWARE", "MIDDLEWARE_CLASSES") for n in names):
            continue
        if isinstance(stmt.value, ast.List | ast.Tuple):
            return [
                e.value for e in stmt.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
    return None


def drop_kept_csrf_middleware(
    findings: Sequence[Finding], paths: Collection[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """`python-csrf-disabled` findings on a `MIDDLEWARE` list left out when the list names a
    project class that keeps Django's CSRF check (see the module's text)."""

    read = source_text(lines)
    out = []
    for f in findings:
        if f.rule_id == RULE and f.location.start_line is not None:
            text = read(f.location.path)
            entries = middleware_entries(text, f.location.start_line) if text is not None else None
            if entries and any(keeps_django_csrf(e, f.location.path, paths, read) for e in entries):
                continue
        out.append(f)
    return tuple(out)
