"""A Python path checked by the application's own guard before use: `python-path-traversal`
findings left out.

Applications wrap Django's `safe_join` (`django.utils._os.safe_join`, which raises
`SuspiciousFileOperation` for a path that leaves its root) in a function of their own, and stop the
request when it refuses:

    def is_valid_path(root, path):          # a guard: True or False, from safe_join
        try:
            safe_join(root, path)
            return True
        except SuspiciousFileOperation:
            return False

    if not is_valid_path(theme_root, name):
        raise Http403
    open(os.path.join(theme_root, name))

semgrep's taint rule does not follow the guard into its module, so the use is reported. A finding
is left out when every name its sink's call reads (the values on the finding's line: function
names, modules and `settings` aside) is checked before the line, in the same function, by an
`if not GUARD(...)` (alone or joined with `or`) whose block ends in `raise` or `return`, with the
name among the guard's arguments and not assigned again between the check and the line; or is
assigned (its last assignment before the line) from a value all of whose names are so checked, or
from a call of a returning wrapper (below). GUARD is a function of the same module or imported
from the tree (`from .utils import is_valid_path`, followed with the resolver of
`aiscan.sast.django_csrf`), read with `ast` and accepted when it is:

- a **boolean guard around `safe_join`**: every `return` returns `True` or `False`, a `try` calls
  `safe_join(...)` (Django's, werkzeug's or Flask's, any import name ending in `safe_join`) and one
  of its handlers returns `False`;
- a **membership guard**: its whole body is `return PARAM in EXPR` (an allow-list, such as the
  installed themes' names);

and a **returning wrapper** is a function whose every `return` returns `safe_join(...)`, or a
name assigned from it (it returns the checked path or raises).

Kept: a guard whose block does not stop (a log), a name assigned after the check, a guard not
found in the tree or of another shape (a `startswith` check, a regular expression), a root the
guard does not name. A request-chosen root passed to the guard would pass it: the guard's
contract is that its first argument is the application's folder. Pure, on source text.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Iterable, Sequence

from aiscan.models import Finding
from aiscan.sast.django_csrf import ClassResolver
from aiscan.sast.pyast import dotted_name, drop_where

RULE = "python-path-traversal"
_IGNORED = frozenset(
    {"os", "settings", "shutil", "pathlib", "Path", "io", "open", "self", "True", "False", "None"}
)
_MAX_DEPTH = 3

Read = Callable[[str], str | None]
Func = ast.FunctionDef | ast.AsyncFunctionDef


def _is_safe_join(call: ast.AST | None) -> bool:
    return isinstance(call, ast.Call) and (dotted_name(call.func) or "").split(".")[-1] == "safe_join"


def _returns(fn: Func) -> list[ast.Return]:
    return [n for n in ast.walk(fn) if isinstance(n, ast.Return)]


def boolean_safe_join_guard(fn: Func) -> bool:
    returns = _returns(fn)
    if not returns or not all(
        isinstance(r.value, ast.Constant) and isinstance(r.value.value, bool) for r in returns
    ):
        return False
    for node in ast.walk(fn):
        if not isinstance(node, ast.Try):
            continue
        joins = any(_is_safe_join(n) for stmt in node.body for n in ast.walk(stmt))
        refuses = any(
            isinstance(s, ast.Return) and isinstance(s.value, ast.Constant) and s.value.value is False
            for h in node.handlers
            for s in h.body
        )
        if joins and refuses:
            return True
    return False


def membership_guard(fn: Func) -> bool:
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    params = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args)}
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return False
    value = body[0].value
    return (
        isinstance(value, ast.Compare)
        and len(value.ops) == 1
        and isinstance(value.ops[0], ast.In)
        and isinstance(value.left, ast.Name)
        and value.left.id in params
    )


def returning_wrapper(fn: Func) -> bool:
    returns = _returns(fn)
    if not returns:
        return False
    joined = {
        t.id
        for n in ast.walk(fn)
        if isinstance(n, ast.Assign) and _is_safe_join(n.value)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    return all(
        _is_safe_join(r.value) or (isinstance(r.value, ast.Name) and r.value.id in joined) for r in returns
    )


class _Guards(ClassResolver):
    def function(self, path: str, name: str, depth: int = 0) -> Func | None:
        """The function `name` as module file `path` knows it (defined there or imported)."""
        module = self.module(path)
        if module is None or depth > _MAX_DEPTH:
            return None
        for stmt in module.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and stmt.name == name:
                return stmt
        for stmt in module.body:
            if isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    if (alias.asname or alias.name) == name:
                        source = stmt.module or ""
                        target = (
                            self.relative(path, source, stmt.level)
                            if stmt.level
                            else self.absolute(source, path)
                        )
                        return self.function(target, alias.name, depth + 1) if target else None
        return None


def _names(node: ast.AST) -> set[str]:
    """The names a value reads, function names, modules and settings aside."""
    called = {id(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}
    return {
        n.id
        for n in ast.walk(node)
        if isinstance(n, ast.Name) and id(n) not in called and n.id not in _IGNORED
    }


def _stops(body: Sequence[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[-1], ast.Raise | ast.Return)


def _guard_calls(test: ast.expr) -> list[ast.Call]:
    """The calls `G(...)` of `not G(...)` in a test, alone or joined with `or`."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    out = []
    for part in parts:
        if (
            isinstance(part, ast.UnaryOp)
            and isinstance(part.op, ast.Not)
            and isinstance(part.operand, ast.Call)
        ):
            out.append(part.operand)
    return out


def _assignments(fn: Func, name: str) -> list[ast.Assign]:
    return sorted(
        (
            n
            for n in ast.walk(fn)
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
        ),
        key=lambda n: n.lineno,
    )


def _assigned_between(fn: Func, name: str, start: int, end: int) -> bool:
    for n in ast.walk(fn):
        targets: list[ast.expr] = []
        if isinstance(n, ast.Assign):
            targets = list(n.targets)
        elif isinstance(n, ast.AugAssign | ast.AnnAssign | ast.For):
            targets = [n.target]
        if start < getattr(n, "lineno", 0) < end and any(
            isinstance(x, ast.Name) and x.id == name for t in targets for x in ast.walk(t)
        ):
            return True
    return False


class _Checker:
    def __init__(self, resolver: _Guards, path: str, fn: Func) -> None:
        self.resolver = resolver
        self.path = path
        self.fn = fn

    def _guard(self, call: ast.Call) -> bool:
        name = dotted_name(call.func)
        if name is None or "." in name:
            return False
        target = self.resolver.function(self.path, name)
        return target is not None and (boolean_safe_join_guard(target) or membership_guard(target))

    def _wrapper(self, value: ast.expr) -> bool:
        if _is_safe_join(value):
            return True
        if not isinstance(value, ast.Call):
            return False
        name = dotted_name(value.func)
        if name is None or "." in name:
            return False
        target = self.resolver.function(self.path, name)
        return target is not None and returning_wrapper(target)

    def guarded(self, name: str, line: int, depth: int = 0) -> bool:
        for node in ast.walk(self.fn):
            if isinstance(node, ast.If) and node.lineno < line and _stops(node.body):
                for call in _guard_calls(node.test):
                    if (
                        name in _names(ast.Tuple(elts=[*call.args], ctx=ast.Load()))
                        and self._guard(call)
                        and not _assigned_between(self.fn, name, node.lineno, line)
                    ):
                        return True
        if depth >= _MAX_DEPTH:
            return False
        before = [a for a in _assignments(self.fn, name) if a.lineno < line]
        if not before:
            return False
        last = before[-1]
        if _assigned_between(self.fn, name, last.lineno, line):
            return False
        if self._wrapper(last.value):
            return True
        names = _names(last.value)
        return bool(names) and all(self.guarded(n, last.lineno, depth + 1) for n in names)


def _enclosing(module: ast.Module, line: int) -> Func | None:
    best: Func | None = None
    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            end = node.end_lineno or node.lineno
            if node.lineno <= line <= end and (best is None or node.lineno > best.lineno):
                best = node
    return best


def checked_path(path: str, line: int, paths: Collection[str], read: Read) -> bool:
    """Whether every name the sink on `line` of `path` reads is checked by a guard (module text)."""
    resolver = _Guards(paths, read)
    module = resolver.module(path)
    if module is None:
        return False
    fn = _enclosing(module, line)
    if fn is None:
        return False
    calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call) and n.lineno == line]
    names: set[str] = set()
    for call in calls:
        for arg in (*call.args, *(k.value for k in call.keywords)):
            names |= _names(arg)
    if not names:
        return False
    checker = _Checker(resolver, path, fn)
    return all(checker.guarded(n, line) for n in names)


def drop_guarded_paths(
    findings: Iterable[Finding], paths: Collection[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """`python-path-traversal` findings left out when the path is checked by a guard of the
    application (see the module's text)."""

    return drop_where(findings, RULE, lines, lambda path, line, read: checked_path(path, line, paths, read))
