"""CSRF in Flask applications: POST/PUT/PATCH/DELETE routes of an application that keeps a cookie
session (`flask.session`, Flask-Login, Flask-Session, Flask-Security) with no anti-forgery check
anywhere in the application (Flask-WTF's `CSRFProtect` or `flask_wtf.csrf`, a `FlaskForm`, which
checks its token on `validate_on_submit`, Flask-SeaSurf, a check of its own: a function named for
CSRF or a module named for it) and no `SESSION_COOKIE_SAMESITE` of Lax or Strict. An application
is the files under the nearest folder with a Python project file."""

from __future__ import annotations

import re

from aiscan.webconfig.csrf.evidence import (
    MISSING,
    PRESENT,
    Pattern,
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
    protection = first_match(files, _PROTECTIONS) or own_csrf_check(files, _OWN_CHECK)
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
