"""A mapping that a function of the application builds with constant keys, spread as a model's
keyword arguments: `python-mass-assignment` findings left out.

Applications copy a set of fields from one record to others through a builder:

    def visibility_fields(loan):                 # loans/utils.py
        return {"visible_to_branch": loan.visible_to_branch, "status": loan.status}

    Repayment.objects.filter(loan=loan).update(**visibility_fields(loan))

semgrep's taint follows the request into the call's arguments (the loan a form made) and out of
the call, but not into the builder's module, so the spread is reported as if the request's own
mapping were. The keys are the builder's: the client fills values of fields the code names and
adds none. (In one function the rule itself reads a literal so: its entries under constant keys
are not the client's.)

A finding is left out when every mapping the sink's line spreads (`**X` in a call, and Django's
`defaults=X`) is a call of a function defined in the module or imported from the tree (followed
with `aiscan.sast.python_path_guards.Definitions`), or a name every assignment of which before the
line, in the same function, is such a call, and which the function neither updates
(`X.update(...)`, `X |= ...`) nor writes under a key that is not a constant (`X[key] = ...`). The
function is accepted when each of its own `return` statements (not those of a function nested in
it) returns a dictionary literal whose keys are all string constants (no `**` spread) or a
`dict(...)` call of keywords only, and it has at least one.

Kept: a builder that returns the request's items, a key taken from the request or a spread of
another mapping, a function reached through a module's attribute (`builders.fields(...)`) or not
found in the tree, a second mapping on the line that is not so built, and a name assigned once
from something else. Pure, on source text.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

from aiscan.models import Finding
from aiscan.sast.pyast import drop_where, enclosing_function
from aiscan.sast.python_path_guards import Definitions

RULE = "python-mass-assignment"

Read = Callable[[str], str | None]
Func = ast.FunctionDef | ast.AsyncFunctionDef
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _own_nodes(fn: Func) -> Iterator[ast.AST]:
    """The nodes of `fn`'s body, not descending into functions or classes defined in it."""
    stack: list[ast.AST] = list(fn.body)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in ast.iter_child_nodes(node) if not isinstance(c, _NESTED))


def _constant_keyed(value: ast.expr | None) -> bool:
    """A dictionary literal with string-constant keys only, or `dict(...)` of keywords only."""
    if isinstance(value, ast.Dict):
        return all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict":
        return not value.args and all(k.arg is not None for k in value.keywords)
    return False


def builds_named_fields(fn: Func) -> bool:
    """Whether every `return` of `fn` (at least one) returns a mapping of constant keys."""
    returns = [n for n in _own_nodes(fn) if isinstance(n, ast.Return)]
    return bool(returns) and all(_constant_keyed(r.value) for r in returns)


def _spread_mappings(scope: ast.AST, line: int) -> list[ast.expr]:
    """The mappings spread (`**X`, `defaults=X`) by the calls of `scope` whose value is on `line`."""
    found: list[ast.expr] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if (kw.arg is None or kw.arg == "defaults") and kw.value.lineno <= line <= (
                    kw.value.end_lineno or kw.value.lineno
                ):
                    found.append(kw.value)
    return found


class _Reader:
    def __init__(self, resolver: Definitions, path: str, fn: Func | None) -> None:
        self.resolver = resolver
        self.path = path
        self.fn = fn

    def built_call(self, value: ast.expr) -> bool:
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)):
            return False
        builder = self.resolver.function(self.path, value.func.id)
        return builder is not None and builds_named_fields(builder)

    def built_name(self, name: str, line: int) -> bool:
        if self.fn is None:
            return False
        assigned = False
        nodes = list(_own_nodes(self.fn))
        plain = {id(t) for a in nodes if isinstance(a, ast.Assign) for t in a.targets}
        for node in nodes:
            if getattr(node, "lineno", line) >= line:
                continue
            if isinstance(node, ast.Assign) and any(_is_name(t, name) for t in node.targets):
                if len(node.targets) != 1 or not self.built_call(node.value):
                    return False
                assigned = True
            elif isinstance(node, ast.AugAssign | ast.AnnAssign) and _is_name(node.target, name):
                return False
            elif isinstance(node, ast.Subscript) and _is_name(node.value, name):
                constant_key = isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)
                if isinstance(node.ctx, ast.Store) and not constant_key:
                    return False
            elif isinstance(node, ast.Attribute) and _is_name(node.value, name) and node.attr in _WRITERS:
                return False
            elif (
                isinstance(node, ast.Name)
                and node.id == name
                and isinstance(node.ctx, ast.Store)
                and id(node) not in plain
            ):
                # a binding other than a plain assignment (a loop's target, `with ... as`)
                return False
        return assigned

    def built(self, value: ast.expr, line: int) -> bool:
        if isinstance(value, ast.Name):
            return self.built_name(value.id, line)
        return self.built_call(value)


_WRITERS = frozenset({"update", "setdefault", "__setitem__", "__ior__"})


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def spreads_built_mapping(path: str, line: int, paths: Collection[str], read: Read) -> bool:
    """Whether every mapping the sink on `line` of `path` spreads is built with constant keys by a
    function of the tree (module text)."""
    resolver = Definitions(paths, read)
    module = resolver.module(path)
    if module is None:
        return False
    fn = enclosing_function(module, line)
    mappings = _spread_mappings(fn or module, line)
    if not mappings:
        return False
    reader = _Reader(resolver, path, fn)
    return all(reader.built(m, line) for m in mappings)


def drop_built_kwargs(
    findings: Iterable[Finding], paths: Collection[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """`python-mass-assignment` findings left out when the spread mapping is built with constant
    keys by a function of the application (see the module's text)."""
    return drop_where(findings, RULE, lines, lambda p, n, read: spreads_built_mapping(p, n, paths, read))
