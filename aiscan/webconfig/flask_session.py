"""Flask applications whose session cookie goes without the Secure flag: the application keeps a
cookie session (`flask.session`, Flask-Login, Flask-Session, Flask-Security) and none of its files
sets `SESSION_COOKIE_SECURE`, whose Flask default is False, so the browser also sends the session
cookie over plain HTTP. An application is the files under the nearest folder with a Python project
file (as for the Flask CSRF check).

Not reported when the configuration may come from outside the code (`config.from_prefixed_env`,
`from_envvar`, `from_pyfile`, `from_file`) or Flask-Talisman wraps the application (its session
cookie is Secure by default). A `SESSION_COOKIE_SECURE` written anywhere in the code counts as set
(a False value is reported by the settings check). The finding is put on a comment that still
holds the setting (the place to enable it) or else on the line that creates the `Flask` object."""

from __future__ import annotations

import re

from aiscan.webconfig.csrf.evidence import app_root, code_only, first_match, project_roots, server_files
from aiscan.webconfig.csrf.flask import _IMPORTS_FLASK, _SESSIONS, PYTHON_PROJECT_FILES
from aiscan.webconfig.source import Hit, Tree, line_of

RULE = "server-cookie-flags"
_SETTING = "SESSION_COOKIE_SECURE"
_OUTSIDE = re.compile(r"\.from_(?:prefixed_env|envvar|pyfile|file)\s*\(|\bTalisman\s*\(")
_COMMENTED = re.compile(r"#[^\n]*\bSESSION_COOKIE_SECURE\b")
_CREATED = re.compile(r"\bFlask\s*\(")


def check_flask_session_cookie(tree: Tree) -> list[Hit]:
    raws: dict[str, str] = {}
    # the Flask CSRF check reads the same files and reports any left beyond the limit
    for p in server_files(tree, (".py",), "Flask", report_gap=False):
        raw = tree.text(p, quiet=True)
        if raw is not None and ("flask" in raw or "Flask" in raw or _SETTING in raw):
            raws[p] = raw
    codes = {p: code_only(t, "hash") for p, t in raws.items()}
    if not any(_IMPORTS_FLASK.search(t) for t in codes.values()):
        return []
    roots = project_roots(tree, *PYTHON_PROJECT_FILES)
    apps: dict[str, list[str]] = {}
    for p in codes:
        apps.setdefault(app_root(p, roots), []).append(p)
    hits: list[Hit] = []
    for paths in apps.values():
        hit = _application({p: raws[p] for p in paths}, {p: codes[p] for p in paths})
        if hit is not None:
            hits.append(hit)
    return hits


def _application(raws: dict[str, str], codes: dict[str, str]) -> Hit | None:
    sessions = [s for pattern in _SESSIONS if (s := first_match(codes, (pattern,))) is not None]
    if not sessions:
        return None  # no cookie session, no session cookie to protect
    if any(_SETTING in code or _OUTSIDE.search(code) for code in codes.values()):
        return None
    where: tuple[str, int] | None = None
    for path, raw in raws.items():
        if m := _COMMENTED.search(raw):
            where = (path, line_of(raw, m.start()))
            break
    if where is None:
        for path, code in codes.items():
            if m := _CREATED.search(code):
                where = (path, line_of(code, m.start()))
                break
    if where is None:
        return None  # the Flask object is made elsewhere (a package outside the tree)
    return Hit(
        RULE,
        where[0],
        where[1],
        f"Flask application with a cookie session ({sessions[0]}) never sets SESSION_COOKIE_SECURE:"
        " Flask's default is False, so the session cookie is also sent over plain HTTP",
    )
