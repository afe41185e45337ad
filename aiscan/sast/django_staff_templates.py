"""`python-template-injection` on a Django template whose text only staff can send: weighed medium.

Django's template language runs no Python: a template's text can show the values of its context
(and call their methods that take no arguments), not run code, unlike Jinja2's or Mako's. Sites
let their administrators write e-mails and notices as Django templates (`Hello {{ first_name }}`)
on purpose. A finding is weighed medium (from critical), still reported below the default gate,
when both hold:

- the call on the finding's line is Django's `Template(...)`: a name imported from
  `django.template` (`from django.template import Template`, under its own name or another,
  anywhere in the module, a view's own import included), `template.Template` with
  `from django import template`, or `django.template.Template`;
- the view that calls it lets only staff through: a decorator `staff_member_required`,
  `superuser_required`, `staff_required` or `user_passes_test(lambda u: u.is_superuser)` (or
  `u.is_staff`, alone or joined with `and`), or a statement of the view's own body before the
  line, `if not request.user[.x].is_superuser:` (or `is_staff`, on `request.user` or
  `self.request.user` and an attribute of it such as a profile), whose block ends in `raise` or
  `return`.

Kept: a Jinja2, Mako or Tornado template (their language runs code), a check after the template,
inside another block, or one that does not stop (a log), and a login or permission decorator (a
permission can be granted to members). Pure, on source text with `ast`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding, Severity
from aiscan.sast.pyast import dotted_name, enclosing_function

RULE = "python-template-injection"
_STAFF_DECORATORS = frozenset({"staff_member_required", "superuser_required", "staff_required"})
_STAFF_FLAGS = frozenset({"is_superuser", "is_staff"})
_WHY = (
    "Weighed medium: the text is a Django template (its language runs no code) and only staff "
    "reach the view (a staff or superuser check stops everyone else first)."
)

Func = ast.FunctionDef | ast.AsyncFunctionDef


def _django_template_names(module: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to Django's `Template`, and names bound to the `django.template` module."""
    classes: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.module == "django.template" and not node.level:
            classes.update(a.asname or a.name for a in node.names if a.name == "Template")
        elif isinstance(node, ast.ImportFrom) and node.module == "django" and not node.level:
            modules.update(a.asname or a.name for a in node.names if a.name == "template")
    return classes, modules


def _is_django_template(call: ast.Call, classes: set[str], modules: set[str]) -> bool:
    name = dotted_name(call.func)
    if name is None:
        return False
    if name in classes or name == "django.template.Template":
        return True
    head, _, last = name.rpartition(".")
    return last == "Template" and head in modules


def _staff_lambda(node: ast.expr) -> bool:
    """`lambda u: u.is_superuser` (or `is_staff`, alone or joined with `and`)."""
    if not isinstance(node, ast.Lambda) or len(node.args.args) != 1:
        return False
    arg = node.args.args[0].arg
    body = node.body
    parts = body.values if isinstance(body, ast.BoolOp) and isinstance(body.op, ast.And) else [body]
    return any(
        isinstance(p, ast.Attribute) and p.attr in _STAFF_FLAGS and dotted_name(p.value) == arg for p in parts
    )


def _staff_decorator(fn: Func) -> bool:
    for deco in fn.decorator_list:
        target = deco.func if isinstance(deco, ast.Call) else deco
        last = (dotted_name(target) or "").split(".")[-1]
        if last in _STAFF_DECORATORS:
            return True
        is_test = last == "user_passes_test" and isinstance(deco, ast.Call) and bool(deco.args)
        if is_test and isinstance(deco, ast.Call) and _staff_lambda(deco.args[0]):
            return True
    return False


def _staff_flag(test: ast.expr) -> bool:
    """`not request.user[.x].is_superuser` (or `is_staff`, or on `self.request.user`)."""
    if not (isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)):
        return False
    operand = test.operand
    if not (isinstance(operand, ast.Attribute) and operand.attr in _STAFF_FLAGS):
        return False
    owner = dotted_name(operand.value) or ""
    parts = owner.split(".")
    if parts[0] == "self":
        parts = parts[1:]
    return parts[:2] == ["request", "user"] and len(parts) <= 3


def _stops(body: Sequence[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[-1], ast.Raise | ast.Return)


def staff_written_template(lines: Sequence[str], line: int) -> bool:
    """Whether `line` of the module `lines` builds a Django template in a view only staff reach."""
    try:
        module = ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    classes, modules = _django_template_names(module)
    fn = enclosing_function(module, line)
    if fn is None:
        return False
    calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call) and n.lineno == line]
    if not any(_is_django_template(c, classes, modules) for c in calls):
        return False
    if _staff_decorator(fn):
        return True
    return any(
        isinstance(stmt, ast.If) and stmt.lineno < line and _staff_flag(stmt.test) and _stops(stmt.body)
        for stmt in fn.body
    )


def weigh_staff_templates(
    findings: Iterable[Finding], read_lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """`python-template-injection` findings on a Django template only staff write weighed medium."""
    out = []
    for f in findings:
        if (
            f.rule_id == RULE
            and f.severity in (Severity.CRITICAL, Severity.HIGH)
            and f.location.start_line is not None
            and staff_written_template(read_lines(f.location.path), f.location.start_line)
        ):
            f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY}")
        out.append(f)
    return tuple(out)
