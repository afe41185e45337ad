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

A name is also checked when every assignment of it before the line is (not only the last: an
assignment in one branch leaves the earlier one reaching the line on the other), and each
assignment is checked when it is:

- a **constant** (a string or number, or an expression of them alone), or reads only `__file__`
  besides checked names (the module's own folder is the program's, not the request's);
- a **form field a regular expression bounds**: the value reads one name, a form, only as
  `form.cleaned_data["field"]` or `form.cleaned_data.get("field")` (through string methods and
  formatting with constants), and every assignment of the form before it is a call of a form
  class (directly, or through a parameter of the view whose default is the class) defined in
  the module or imported from the tree, whose own body declares the field as
  `RegexField(regex)` or with `validators=[RegexValidator(regex)]`, without a `clean_<field>`
  method or a `clean` method that writes `cleaned_data`. Django keeps a field in `cleaned_data`
  only when its validators passed, so the value matched the expression. The expression bounds a
  path part when it is a string, anchored at both ends (`^`/`\\A` and `$`/`\\Z`, no multi-line
  flag, no `inverse_match`), can match neither `/` nor `\\` anywhere (read from its parsed form:
  no `.`, no negated class or category that lets them through), and matches neither `.` nor
  `..` whole.

Kept: a guard whose block does not stop (a log), a name assigned after the check, a guard not
found in the tree or of another shape (a `startswith` check), a root the guard does not name, a
field whose expression is unanchored or lets a separator or `..` through, a form class not
found or whose field is declared in a base class, and a form class a URL pattern substitutes for
the view's default (the default is what is read). A request-chosen root passed to the guard
would pass it: the guard's contract is that its first argument is the application's folder.
Pure, on source text.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Iterable, Sequence

from aiscan.models import Finding
from aiscan.sast.django_csrf import ClassResolver
from aiscan.sast.pyast import dotted_name, drop_where, enclosing_function
from aiscan.sast.regex_bounds import bounds_path_part

RULE = "python-path-traversal"
_IGNORED = frozenset(
    {"os", "settings", "shutil", "pathlib", "Path", "io", "open", "self", "True", "False", "None"}
)
# the module's own file: its folder is the program's
_OWN = frozenset({"__file__"})
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


class Definitions(ClassResolver):
    """Functions and classes of a tree's modules, found by name through their imports."""

    def function(self, path: str, name: str, depth: int = 0) -> Func | None:
        """The function `name` as module file `path` knows it (defined there or imported)."""
        found = self.definition(path, name, depth)
        return found if isinstance(found, ast.FunctionDef | ast.AsyncFunctionDef) else None

    def form_class(self, path: str, name: str) -> ast.ClassDef | None:
        """The class `name` as module file `path` knows it (defined there or imported)."""
        found = self.definition(path, name)
        return found if isinstance(found, ast.ClassDef) else None

    def definition(self, path: str, name: str, depth: int = 0) -> Func | ast.ClassDef | None:
        """The function or class `name` as module file `path` knows it (defined or imported)."""
        module = self.module(path)
        if module is None or depth > _MAX_DEPTH:
            return None
        for stmt in module.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and stmt.name == name:
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
                        return self.definition(target, alias.name, depth + 1) if target else None
        return None


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    compiled = isinstance(node, ast.Call) and (dotted_name(node.func) or "").split(".")[-1] == "compile"
    if compiled and isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        return _string(node.args[0])
    return None


def _regex_argument(call: ast.Call) -> str | None:
    """The expression of `RegexField(...)`/`RegexValidator(...)`, when written as a string alone."""
    if any(k.arg in ("flags", "inverse_match") for k in call.keywords):
        return None
    for k in call.keywords:
        if k.arg == "regex":
            return _string(k.value)
    return _string(call.args[0]) if call.args else None


def _bounding_field(value: ast.expr) -> bool:
    """A form field declaration whose value a regular expression bounds to one path part."""
    if not isinstance(value, ast.Call):
        return False
    kind = (dotted_name(value.func) or "").split(".")[-1]
    if kind == "RegexField":
        regex = _regex_argument(value)
        if regex is not None and bounds_path_part(regex):
            return True
    for k in value.keywords:
        if k.arg == "validators" and isinstance(k.value, ast.List | ast.Tuple):
            for v in k.value.elts:
                if isinstance(v, ast.Call) and (dotted_name(v.func) or "").split(".")[-1] == "RegexValidator":
                    regex = _regex_argument(v)
                    if regex is not None and bounds_path_part(regex):
                        return True
    return False


def _writes_cleaned_data(fn: Func) -> bool:
    for node in ast.walk(fn):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Subscript) for t in targets):
            return True
        called = node.func if isinstance(node, ast.Call) else None
        if isinstance(called, ast.Attribute) and called.attr in ("update", "setdefault", "__setitem__"):
            return True
    return False


def bounded_form_field(cls: ast.ClassDef, field: str) -> bool:
    """Whether form class `cls` declares `field` so that a regular expression bounds it to one path
    part, with no clean method that changes it after."""
    declared = False
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            if stmt.name == f"clean_{field}":
                return False
            if stmt.name == "clean" and _writes_cleaned_data(stmt):
                return False
        elif isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == field for t in stmt.targets
        ):
            declared = _bounding_field(stmt.value)
    return declared


def _field_reads(value: ast.expr, form: str) -> list[str] | None:
    """The fields a value reads from `form.cleaned_data`, or None when it reads the form otherwise."""
    fields: list[str] = []
    allowed: set[int] = set()
    for node in ast.walk(value):
        base: ast.expr | None = None
        key: ast.expr | None = None
        if isinstance(node, ast.Subscript):
            base, key = node.value, node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
        ):
            base, key = node.func.value, node.args[0]
        if (
            isinstance(base, ast.Attribute)
            and base.attr == "cleaned_data"
            and isinstance(base.value, ast.Name)
            and base.value.id == form
            and isinstance(key, ast.Constant)
            and isinstance(key.value, str)
        ):
            fields.append(key.value)
            allowed.add(id(base.value))
    for node in ast.walk(value):
        if isinstance(node, ast.Name) and node.id == form and id(node) not in allowed:
            return None
    return fields


_CONSTANT_NODES = (
    ast.Constant,
    ast.BinOp,
    ast.JoinedStr,
    ast.FormattedValue,
    ast.Tuple,
    ast.Load,
    ast.operator,
)


def _constant(value: ast.expr) -> bool:
    """A string or number, or an expression of them alone (no name, no call)."""
    return all(isinstance(n, _CONSTANT_NODES) for n in ast.walk(value))


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
    def __init__(self, resolver: Definitions, path: str, fn: Func) -> None:
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
        if name in _OWN:
            return True
        if depth >= _MAX_DEPTH:
            return False
        before = [a for a in _assignments(self.fn, name) if a.lineno < line]
        if not before:
            return False
        last = before[-1]
        if _assigned_between(self.fn, name, last.lineno, line):
            return False
        return all(self._checked_value(a, depth) for a in before)

    def _checked_value(self, assign: ast.Assign, depth: int) -> bool:
        value = assign.value
        if self._wrapper(value) or _constant(value) or self._bounded_field_read(value, assign.lineno):
            return True
        names = _names(value)
        return bool(names) and all(self.guarded(n, assign.lineno, depth + 1) for n in names)

    def _bounded_field_read(self, value: ast.expr, line: int) -> bool:
        names = _names(value)
        if len(names) != 1:
            return False
        form = next(iter(names))
        fields = _field_reads(value, form)
        if not fields:
            return False
        made = [a for a in _assignments(self.fn, form) if a.lineno < line]
        if not made:
            return False
        for assign in made:
            cls = self._form_of(assign.value)
            if cls is None or not all(bounded_form_field(cls, f) for f in fields):
                return False
        return True

    def _form_of(self, value: ast.expr) -> ast.ClassDef | None:
        """The form class a `form = FormClass(...)` (or `form_class(...)`, a parameter with the
        class as its default) builds."""
        if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Name):
            return None
        name = value.func.id
        args = self.fn.args
        positional = [*args.posonlyargs, *args.args]
        named = [a.arg for a in positional[len(positional) - len(args.defaults) :]]
        defaults = dict(zip(named, args.defaults, strict=True))
        defaults.update(
            {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=False) if d is not None}
        )
        if name in defaults:
            default = defaults[name]
            if not isinstance(default, ast.Name):
                return None
            name = default.id
        elif name in {a.arg for a in (*positional, *args.kwonlyargs)}:
            return None
        return self.resolver.form_class(self.path, name)


def checked_path(path: str, line: int, paths: Collection[str], read: Read) -> bool:
    """Whether every name the sink on `line` of `path` reads is checked by a guard (module text)."""
    resolver = Definitions(paths, read)
    module = resolver.module(path)
    if module is None:
        return False
    fn = enclosing_function(module, line)
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
