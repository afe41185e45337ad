"""How much a Django view's CSRF exemption weighs: what the exempted view does with the session.

A cross-site request forgery makes a visitor's browser send a request with the visitor's cookies:
it matters where the view acts as the signed-in visitor and changes something. A
`python-csrf-disabled` finding on a function view (`@csrf_exempt def view(request)`,
`view = csrf_exempt(view)`) or a class-based view of the same module (`@method_decorator(
csrf_exempt, ...)` on the class or on one of its methods, `csrf_exempt(View.as_view())`, read
together with the classes of the module that inherit it or that it inherits) is weighed by
reading the view with `ast`:

- **left out** when the view is also limited to safe methods (`@require_GET`, `@require_safe`,
  `@require_http_methods([...])` naming only GET, HEAD, OPTIONS or TRACE): Django checks the
  token only on other methods, and these answer them with 405 before the view runs, so the
  exemption changes nothing;
- **high** (as the rule reports) when the view relies on the session and changes state: a
  login or permission decorator (`login_required`, `staff_member_required`,
  `permission_required`, `user_passes_test`, `superuser_required`, `admins_only`,
  `moderators_only` and the like, or a base class named
  `LoginRequired...`/`PermissionRequired...`/`UserPassesTest...`), or a read of
  `request.user`, `request.session`, `request.COOKIES` (or `self.request.` the same, Flask's
  `current_user`); and in its body a write: an ORM or database write (`save`, `delete`,
  `create`, `update`, `get_or_create`, `update_or_create`, `bulk_create`, `bulk_update`,
  `commit`, `execute`, related managers' `add`/`remove`/`clear`/`set`), a mail sent, a password
  set, a sign-in or sign-out, a value stored in the session, or a call of a function or method
  named for a write (`store_file(...)`, `codes.confirm_or_deny(...)`: a verb such as save,
  store, create, update, delete, send, upload, approve, confirm, grant, revoke, cancel, reset,
  mark or enable, then `_`); a
  class-based view with a base this module does not know as read-only counts as writing; a
  write in a function the view calls by name (one call level, not the functions that one
  calls), defined in the module or imported from the tree, counts as the view's own;
  and no call in it named for CSRF (`self.check_csrf(request)`, `verify_csrf_token(...)`,
  `CsrfViewMiddleware(...).process_view(...)`): such a view checks a token of its own (a
  provider's double-submit cookie, Django's check run by hand on one branch) and is weighed
  medium;
- **medium** otherwise: the view shows no state change made with the session (it only reads and
  answers, or writes without the visitor's identity, as a payment gateway's or e-mail
  provider's callback does, which another site gains nothing by forging from a browser). A
  write deeper than one call, or through a method or another object's function, and a session
  read in a function the view calls are not followed, so the finding stays reported, below the
  default gate, for a reviewer.

A view not found (another module's function, a call or attribute exempted) keeps the rule's
severity. Settings findings (a `MIDDLEWARE` list without the middleware, Flask-WTF switched off)
are not touched. Pure: source text in, findings out.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding, Severity
from aiscan.sast.django_csrf import RULE
from aiscan.sast.pyast import dotted_name, source_text
from aiscan.sast.python_path_guards import Definitions

Lines = Callable[[str], Sequence[str]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# a decorator that lets only signed-in visitors, or some of them, through (`login_required`,
# `staff_member_required`, `permission_required`, `admins_only`, `moderators_only`)
_AUTH_DECORATOR = re.compile(
    r"(?i)^(\w*(login|staff|superusers?|admins?|moderators?|members?|owners?|users?|permissions?|perms?"
    r"|auth\w*)(_member)?_(required|only)|user_passes_test)$"
)
_AUTH_BASE = re.compile(r"^(LoginRequired|PermissionRequired|UserPassesTest|StaffRequired|SuperuserRequired)")
_SESSION_ATTRS = frozenset({"user", "session", "COOKIES"})
_WRITE_METHODS = frozenset(
    {
        "save",
        "delete",
        "create",
        "update",
        "get_or_create",
        "update_or_create",
        "bulk_create",
        "bulk_update",
        "commit",
        "execute",
        "executemany",
        "add",
        "remove",
        "clear",
        "set",
        "set_password",
        "set_unusable_password",
        "send_mail",
        "send",
    }
)
# what changes a session when called on it (`request.session.pop("k")`)
_SESSION_WRITES = frozenset({"pop", "setdefault", "flush", "cycle_key", "clear", "update", "popitem"})
_WRITE_FUNCTIONS = frozenset(
    {
        "send_mail",
        "send_mass_mail",
        "mail_admins",
        "login",
        "logout",
        "update_session_auth_hash",
        "call_command",
    }
)
# a function or method of the project named for a write, whose body is not read (`store_file`,
# `save_answer`, `codes.confirm_or_deny(...)`): a verb, then `_` (a bare verb as a method name is
# `_WRITE_METHODS`'s: `save`, `update`, ...)
_WRITE_VERB = re.compile(
    r"^(save|store|create|update|delete|remove|send|write|upload|approve|confirm|deny|authori[sz]e"
    r"|grant|revoke|accept|reject|cancel|publish|register|activate|deactivate|assign|transfer|charge"
    r"|refund|reset|mark|enable|disable|subscribe|unsubscribe)_"
)
# Django's class-based views that answer from what they read (their own code writes nothing).
_READ_ONLY_BASES = frozenset(
    {"object", "View", "TemplateView", "DetailView", "ListView", "RedirectView", "ContextMixin"}
)
_WHY = (
    "Weighed medium: the exempted view shows no state change made with the visitor's session "
    "(no login or permission check, or read of request.user, request.session or the cookies, "
    "together with a database, session or mail write in its own body); code it calls was not read."
)


def _is_exempt(node: ast.expr) -> bool:
    """`csrf_exempt`, `csrf.exempt`, `method_decorator(csrf_exempt, ...)` or a call of them."""
    if isinstance(node, ast.Call):
        if _is_method_decorator(node):
            return bool(node.args) and _is_exempt(node.args[0])
        node = node.func
    name = dotted_name(node)
    return name is not None and name.split(".")[-1] in ("csrf_exempt", "exempt")


def _is_method_decorator(node: ast.Call) -> bool:
    return (dotted_name(node.func) or "").split(".")[-1] == "method_decorator"


def _last(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return (dotted_name(target) or "").split(".")[-1]


def _safe_methods_only(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for deco in fn.decorator_list:
        name = _last(deco)
        if name in ("require_GET", "require_safe") and not isinstance(deco, ast.Call):
            return True
        if name == "require_http_methods" and isinstance(deco, ast.Call) and len(deco.args) == 1:
            arg = deco.args[0]
            if isinstance(arg, ast.List | ast.Tuple | ast.Set) and arg.elts:
                methods = [e.value for e in arg.elts if isinstance(e, ast.Constant)]
                if len(methods) == len(arg.elts) and all(
                    isinstance(m, str) and m.upper() in SAFE_METHODS for m in methods
                ):
                    return True
    return False


def _request_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The view's first parameter, and `request` (a method's `request = self.request`)."""
    args = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
    if args and args[0] in ("self", "cls"):
        args = args[1:]
    return {"request", *args[:1]}


def _reads_session(body: Iterable[ast.AST], requests: set[str]) -> bool:
    for node in body:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Attribute) and sub.attr in _SESSION_ATTRS:
                owner = dotted_name(sub.value)
                if owner in requests or owner == "self.request":
                    return True
            if isinstance(sub, ast.Name) and sub.id == "current_user":
                return True
    return False


def _writes(body: Iterable[ast.AST]) -> bool:
    for node in body:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call):
                if isinstance(sub.func, ast.Attribute) and sub.func.attr in _WRITE_METHODS:
                    return True
                if (
                    isinstance(sub.func, ast.Attribute)
                    and sub.func.attr in _SESSION_WRITES
                    and isinstance(sub.func.value, ast.Attribute)
                    and sub.func.value.attr == "session"
                ):
                    return True
                if isinstance(sub.func, ast.Name) and (
                    sub.func.id in _WRITE_FUNCTIONS or _WRITE_VERB.match(sub.func.id)
                ):
                    return True
                if isinstance(sub.func, ast.Attribute) and _WRITE_VERB.match(sub.func.attr):
                    return True
            targets: list[ast.expr] = []
            if isinstance(sub, ast.Assign):
                targets = list(sub.targets)
            elif isinstance(sub, ast.AugAssign | ast.AnnAssign):
                targets = [sub.target]
            elif isinstance(sub, ast.Delete):
                targets = list(sub.targets)
            for target in targets:
                # a value stored in the session (`request.session["k"] = v`, `del ...`)
                inner = target.value if isinstance(target, ast.Subscript) else target
                if isinstance(inner, ast.Attribute) and inner.attr == "session":
                    return True
    return False


Callee = Callable[[str], "ast.FunctionDef | ast.AsyncFunctionDef | None"]


def _no_callee(name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    return None


_OWN_CHECK = re.compile(r"(?i)csrf")


def _checks_own_token(body: Iterable[ast.AST]) -> bool:
    """Whether the body calls a function or method named for CSRF (`check_csrf`, `verify_csrf`,
    `CsrfViewMiddleware(...).process_view`): the view checks a token of its own."""
    for node in body:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and _OWN_CHECK.search(dotted_name(sub.func) or _last(sub.func)):
                return True
    return False


def _writes_through_call(body: Iterable[ast.AST], callee: Callee) -> bool:
    """Whether a function the body calls by name (one level) writes (see `_writes`)."""
    seen: set[str] = set()
    for node in body:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id not in seen:
                seen.add(sub.func.id)
                fn = callee(sub.func.id)
                if fn is not None and _writes(fn.body):
                    return True
    return False


def _auth_decorated(decorators: Iterable[ast.expr]) -> bool:
    return any(_AUTH_DECORATOR.match(_last(d)) for d in decorators)


def _function_weight(fn: ast.FunctionDef | ast.AsyncFunctionDef, callee: Callee = _no_callee) -> str:
    if _safe_methods_only(fn):
        return "drop"
    session = _auth_decorated(fn.decorator_list) or _reads_session(fn.body, _request_names(fn))
    writes = _writes(fn.body) or _writes_through_call(fn.body, callee)
    return "high" if session and writes and not _checks_own_token(fn.body) else "medium"


def _family(cls: ast.ClassDef, classes: dict[str, ast.ClassDef]) -> list[ast.ClassDef]:
    """The class, the classes of its module that inherit it (they inherit the exemption) and the
    classes of its module it inherits from (their methods run for it)."""
    family = [cls]
    grew = True
    while grew:
        grew = False
        names = {c.name for c in family}
        for other in classes.values():
            if other in family:
                continue
            inherits = any((dotted_name(b) or "").split(".")[-1] in names for b in other.bases)
            inherited = any(
                (dotted_name(b) or "").split(".")[-1] == other.name for c in family for b in c.bases
            )
            if inherits or inherited:
                family.append(other)
                grew = True
    return family


def _class_weight(cls: ast.ClassDef, classes: dict[str, ast.ClassDef], callee: Callee = _no_callee) -> str:
    family = _family(cls, classes)
    names = {c.name for c in family}
    methods = [s for c in family for s in c.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)]
    bases = [(dotted_name(b) or "?").split(".")[-1] for c in family for b in c.bases]
    bases = [b for b in bases if b not in names]
    auth_base = any(_AUTH_BASE.match(b) for b in bases)
    unknown_base = any(b not in _READ_ONLY_BASES and not _AUTH_BASE.match(b) for b in bases)
    decorators = [
        *(d for c in family for d in c.decorator_list),
        *(d for m in methods for d in m.decorator_list),
    ]
    session = (
        auth_base
        or _auth_decorated(decorators)
        or any(
            _auth_decorated(d.args) for d in decorators if isinstance(d, ast.Call) and _is_method_decorator(d)
        )
        or any(_reads_session(m.body, _request_names(m)) for m in methods)
    )
    writes = unknown_base or any(_writes(m.body) or _writes_through_call(m.body, callee) for m in methods)
    own_check = any(_checks_own_token(m.body) for m in methods)
    return "high" if session and writes and not own_check else "medium"


def exempted_view_weight(
    lines: Sequence[str],
    line: int,
    path: str | None = None,
    paths: Collection[str] = (),
    read: Callable[[str], str | None] | None = None,
) -> str:
    """`drop`, `medium` or `high` for the CSRF exemption on `line` (see the module's text); `high`
    when no view is found there. With the module's `path`, the tree's `paths` and a reader of
    their text, a function the view calls may be one imported from the tree."""
    try:
        module = ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return "high"
    functions = {s.name: s for s in module.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)}
    classes = {s.name: s for s in module.body if isinstance(s, ast.ClassDef)}
    tree = Definitions(paths, read) if path is not None and read is not None and paths else None

    def callee(name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        if name in functions:
            return functions[name]
        if tree is None or path is None:
            return None
        return tree.function(path, name)

    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = min([d.lineno for d in node.decorator_list] + [node.lineno])
            on_line = first == line or any(d.lineno == line for d in node.decorator_list)
            if not on_line or not any(_is_exempt(d) for d in node.decorator_list):
                continue
            if isinstance(node, ast.ClassDef):
                return _class_weight(node, classes, callee)
            owner = next(
                (c for c in classes.values() if node in c.body),
                None,
            )
            if owner is not None:  # a method of a class-based view
                return _class_weight(owner, classes, callee)
            return _function_weight(node, callee)
        if isinstance(node, ast.Call) and node.lineno == line and _is_exempt(node) and len(node.args) == 1:
            view = node.args[0]
            if isinstance(view, ast.Name) and view.id in functions:
                return _function_weight(functions[view.id], callee)
            if (
                isinstance(view, ast.Call)
                and isinstance(view.func, ast.Attribute)
                and view.func.attr == "as_view"
                and isinstance(view.func.value, ast.Name)
                and view.func.value.id in classes
            ):
                return _class_weight(classes[view.func.value.id], classes, callee)
            return "high"
    return "high"


def weigh_csrf_exemptions(
    findings: Iterable[Finding], read_lines: Lines, paths: Collection[str] = ()
) -> tuple[Finding, ...]:
    """`python-csrf-disabled` findings on an exempted view weighed by what the view does (see the
    module's text; functions it calls are found among the tree's Python `paths`); every other
    finding as it is."""
    out = []
    read = source_text(read_lines)
    for f in findings:
        line = f.location.start_line
        if f.rule_id == RULE and f.severity is Severity.HIGH and line:
            weight = exempted_view_weight(read_lines(f.location.path), line, f.location.path, paths, read)
            if weight == "drop":
                continue
            if weight == "medium":
                f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY}")
        out.append(f)
    return tuple(out)
