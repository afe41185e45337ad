"""CSRF in Flask applications: POST/PUT/PATCH/DELETE routes of an application that keeps a cookie
session (`flask.session`, Flask-Login, Flask-Session, Flask-Security) with no anti-forgery check
anywhere in the application (Flask-WTF's `CSRFProtect` or `flask_wtf.csrf`, a `FlaskForm`, which
checks its token on `validate_on_submit`, Flask-SeaSurf, a check of its own: a function named for
CSRF or a module named for it) and no `SESSION_COOKIE_SAMESITE` of Lax or Strict. An application
is the files under the nearest folder with a Python project file.

Where the application checks the token with a decorator of its own (`@csrf`, `@csrf_protect`) put
on each route, a state-changing route that requires a log-in (`@login_required`, `@logged_in`) but
lacks the decorator its file's other routes carry is reported on its own: the check is there, and
that route goes without it."""

from __future__ import annotations

import re

from aiscan.webconfig.csrf.evidence import (
    MISSING,
    PRESENT,
    Pattern,
    Seen,
    app_root,
    code_only,
    first_match,
    listed,
    own_csrf_check,
    project_roots,
    server_files,
)
from aiscan.webconfig.source import Hit, Tree, line_of

_IMPORTS_FLASK = re.compile(r"^\s*(?:from\s+flask\s+import|import\s+flask\b)", re.M)
_ROUTE = re.compile(r"^[ \t]*@[ \t]*[\w.]+\.(route|post|put|patch|delete)[ \t]*\(", re.M)
_STATE_METHOD = re.compile(r"""['"](POST|PUT|PATCH|DELETE)['"]""", re.I)
_ADD_URL_RULE = re.compile(r"\.add_url_rule\s*\(")
# (what, literals one of which the file must hold, pattern): the literal test spares the slower
# pattern the files that cannot match
_SESSIONS: tuple[Pattern, ...] = (
    (
        "flask.session",
        ("session",),
        re.compile(r"^\s*from\s+flask\s+import\s+(?:\([^)]*|[^\n]*)\bsession\b|\bflask\.session\b", re.M),
    ),
    ("flask_login", ("flask_login",), re.compile(r"^\s*(?:from|import)\s+flask_login\b", re.M)),
    ("flask_session", ("flask_session",), re.compile(r"^\s*(?:from|import)\s+flask_session\b", re.M)),
    ("flask_security", ("flask_security",), re.compile(r"^\s*(?:from|import)\s+flask_security\b", re.M)),
)
_PROTECTIONS: tuple[Pattern, ...] = (
    (
        "CSRFProtect",
        ("CSRFProtect", "flask_wtf"),
        re.compile(r"\bCSRFProtect\b|^\s*(?:from|import)\s+flask_wtf\.csrf\b", re.M),
    ),
    (
        "FlaskForm",
        ("FlaskForm", "flask_wtf"),
        re.compile(r"^\s*from\s+flask_wtf\s+import\s+[^\n]*\b(FlaskForm|Form)\b|\bFlaskForm\b", re.M),
    ),
    (
        "SeaSurf",
        ("SeaSurf", "flask_seasurf"),
        re.compile(r"\bSeaSurf\b|^\s*(?:from|import)\s+flask_seasurf\b", re.M),
    ),
    (
        "SameSite session cookie",
        ("SESSION_COOKIE_SAMESITE", "session_cookie_samesite"),
        re.compile(r"""SESSION_COOKIE_SAMESITE['"]?\s*[=:,]\s*['"](?:lax|strict)['"]""", re.I),
    ),
)
_OWN_CHECK = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(", re.M)
_DEF = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]", re.M)
_DECORATOR = re.compile(r"^[ \t]*@[ \t]*([\w.]+)", re.M)
_LOGIN_DECORATOR = re.compile(r"login|logged|auth|require", re.I)
PYTHON_PROJECT_FILES = ("requirements.txt", "pyproject.toml", "setup.py", "setup.cfg", "Pipfile")


def check_flask_csrf(tree: Tree) -> list[Hit]:
    paths = server_files(tree, (".py",), "Flask")
    texts: dict[str, str] = {}
    for p in paths:
        raw = tree.text(p, quiet=True)
        if raw is not None and ("flask" in raw or "Flask" in raw):
            texts[p] = code_only(raw, "hash")
    if not any(_IMPORTS_FLASK.search(t) for t in texts.values()):
        return []
    roots = project_roots(tree, *PYTHON_PROJECT_FILES)
    apps: dict[str, dict[str, str]] = {}
    for p, t in texts.items():
        apps.setdefault(app_root(p, roots), {})[p] = t
    hits: list[Hit] = []
    for files in apps.values():
        hits.extend(_application(files))
    return hits


def _application(files: dict[str, str]) -> list[Hit]:
    protection = first_match(files, _PROTECTIONS)
    if protection is None:
        omitted = _routes_without_own_decorator(files)
        if omitted:
            return omitted
        protection = own_csrf_check(files, _OWN_CHECK) or _own_decorator(files)
    if protection is not None:
        return [
            Hit(
                PRESENT,
                protection.path,
                protection.line,
                f"{protection.what} in the Flask application",
                present=True,
            )
        ]
    sessions = [s for pattern in _SESSIONS if (s := first_match(files, (pattern,))) is not None]
    if not sessions:
        return []  # no cookie session: a token-authenticated API is not CSRF-prone
    hits = []
    for path, text in files.items():
        if not _IMPORTS_FLASK.search(text):
            continue
        routes = _state_changing_routes(text)
        if routes:
            hits.append(
                Hit(
                    MISSING,
                    path,
                    routes[0],
                    f"Flask application: {len(routes)} state-changing route{'s' if len(routes) > 1 else ''}"
                    f" in this file (first at line {routes[0]}), a cookie session ({listed(sessions)}),"
                    " and no CSRFProtect, flask_wtf.csrf, FlaskForm, SeaSurf, check of its own or"
                    " SESSION_COOKIE_SAMESITE of Lax/Strict in the application",
                )
            )
    return hits


def _own_decorator(files: dict[str, str]) -> Seen | None:
    """A route that carries a decorator named for CSRF: the application's own check, defined in a
    module that may lie outside the files read."""
    for path, text in files.items():
        for line, names in _route_decorators(text):
            guard = next((n for n in names if _is_csrf_guard(n)), None)
            if guard is not None:
                return Seen(f"the application's own CSRF decorator @{guard}", path, line)
    return None


def _routes_without_own_decorator(files: dict[str, str]) -> list[Hit]:
    """State-changing routes that require a log-in but lack the CSRF decorator of their own that
    other routes of the same file carry."""
    hits = []
    for path, text in files.items():
        routes = _route_decorators(text)
        guards = sorted({n for _, names in routes for n in names if _is_csrf_guard(n)})
        if not guards:
            continue
        for line, names in routes:
            if any(_is_csrf_guard(n) for n in names):
                continue
            login = next((n for n in names if _LOGIN_DECORATOR.search(n) and "csrf" not in n.lower()), None)
            if login is None:
                continue
            hits.append(
                Hit(
                    MISSING,
                    path,
                    line,
                    f"Flask route requiring a log-in (@{login}) that changes state without the"
                    f" application's own CSRF decorator (@{guards[0]}), which other routes of this"
                    " file carry",
                )
            )
    return hits


def _is_csrf_guard(name: str) -> bool:
    lowered = name.lower()
    return "csrf" in lowered and "exempt" not in lowered


def _route_decorators(text: str) -> list[tuple[int, list[str]]]:
    """(line of the route decorator, the last part of every decorator name in its stack) for each
    state-changing route; comments are blanked already, so a commented-out decorator is absent."""
    lines = set(_state_changing_routes(text))
    found = []
    for m in _ROUTE.finditer(text):
        line = line_of(text, m.start())
        if line not in lines:
            continue
        end = _DEF.search(text, m.end())
        start = _stack_start(text, m.start())
        stack = text[start : end.start() if end else len(text)]
        found.append((line, [n.rsplit(".", 1)[-1] for n in _DECORATOR.findall(stack)]))
    return found


def _stack_start(text: str, route_start: int) -> int:
    """Where the run of decorator (or blanked) lines that holds the route decorator begins."""
    start = text.rfind("\n", 0, route_start) + 1
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1].strip()
        if line and not line.startswith("@"):
            break
        start = prev
    return start


def _state_changing_routes(text: str) -> list[int]:
    """Lines of the route decorators (and add_url_rule calls) that accept a state-changing method."""
    lines = []
    for m in _ROUTE.finditer(text):
        if m.group(1) != "route":
            lines.append(line_of(text, m.start()))
            continue
        body = _decorator_text(text, m.end())
        if _STATE_METHOD.search(body):
            lines.append(line_of(text, m.start()))
    for m in _ADD_URL_RULE.finditer(text):
        if _STATE_METHOD.search(_decorator_text(text, m.end())):
            lines.append(line_of(text, m.start()))
    return sorted(lines)


def _decorator_text(text: str, start: int) -> str:
    """The arguments of a call opened just before `start`, up to its closing parenthesis."""
    depth = 1
    for i in range(start, min(len(text), start + 2000)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return text[start : start + 2000]
