"""CSRF in Go web applications: a folder with `go.mod` whose (non-test, non-vendored) Go files keep
a cookie session (gorilla/sessions, gin-contrib/sessions, echo-contrib/session, scs, fiber's or
another session package, or a cookie set by `http.SetCookie`/`SetCookie` whose name says session,
sid, auth or login) and register state-changing routes (gorilla/mux `.Methods("POST")`, gin/echo
`.POST(`, chi/fiber `.Post(`, Go 1.22 `"POST /path"` patterns, a handler comparing `r.Method` with
POST/PUT/PATCH/DELETE), with no anti-forgery check: a package whose import path names CSRF or XSRF
(gorilla/csrf, nosurf, gin-csrf, fiber's csrf, go-macaron/csrf, ...), echo's `middleware.CSRF`,
`http.CrossOriginProtection`, beego's `EnableXSRF`, a check of the request's Origin, Referer or
Sec-Fetch-Site header, a function or a file named for CSRF, or a SameSite=Lax/Strict cookie.
One finding per application, at its first state-changing route. Comments are blanked first."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.webconfig.csrf.evidence import (
    MISSING,
    PRESENT,
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

_IMPORT_BLOCK = re.compile(r"^import\s*\(([^)]*)\)|^import\s+(?:\w+\s+|\.\s+|_\s+)?(\"[^\"\n]+\")", re.M)
_QUOTED = re.compile(r"\"([^\"\n]+)\"")
SESSION_PACKAGES = (
    "github.com/gorilla/sessions",
    "github.com/gin-contrib/sessions",
    "github.com/labstack/echo-contrib/session",
    "github.com/alexedwards/scs",
    "github.com/gofiber/fiber/v2/middleware/session",
    "github.com/gofiber/fiber/v3/middleware/session",
    "github.com/go-session/session",
    "github.com/kataras/iris/v12/sessions",
    "github.com/beego/beego/v2/server/web/session",
    "github.com/astaxie/beego/session",
    "github.com/go-macaron/session",
    "gitea.com/go-chi/session",
    "github.com/gin-contrib/sessions/cookie",
)
# a cookie set by the application whose name says it carries the login
_SET_COOKIE = re.compile(r"\bSetCookie\s*\(")
_SESSION_COOKIE_NAME = re.compile(
    r"""\bName\s*:\s*"([^"\n]*(?:sess|sid|auth|login|logged|remember)[^"\n]*)"|\bSetCookie\s*\(\s*"([^"\n]*(?:sess|sid|auth|login|logged|remember)[^"\n]*)\"""",
    re.I,
)
_STATE_METHODS = "POST|PUT|PATCH|DELETE"
_ROUTES = (
    # gorilla/mux: .Methods("POST"), .Methods(http.MethodPost)
    re.compile(
        rf"""\.Methods\s*\([^)\n]*(?:"(?:{_STATE_METHODS})"|http\.Method(?:Post|Put|Patch|Delete)\b)"""
    ),
    # gin, echo, httprouter: r.POST("/x", ...); chi, fiber: r.Post("/x", ...)
    re.compile(r"""\.\s*(?:POST|PUT|PATCH|DELETE|Post|Put|Patch|Delete)\s*\(\s*(?:"|`)/"""),
    # Go 1.22 patterns: mux.HandleFunc("POST /x", ...)
    re.compile(rf"""\.\s*Handle(?:Func)?\s*\(\s*"(?:{_STATE_METHODS})\s+/"""),
    # a handler that compares the request method
    re.compile(
        rf"""\b\w+\.Method\s*[!=]=\s*(?:"(?:{_STATE_METHODS})"|http\.Method(?:Post|Put|Patch|Delete)\b)"""
        rf"""|^\s*case\s+(?:"(?:{_STATE_METHODS})"|http\.Method(?:Post|Put|Patch|Delete)\b)""",
        re.M,
    ),
)
# protections seen in code (the import paths are matched apart, by name)
_PROTECTIONS = (
    ("echo's CSRF middleware", ("CSRF",), re.compile(r"\bmiddleware\s*\.\s*CSRF(?:WithConfig)?\s*\(")),
    (
        "http.CrossOriginProtection",
        ("CrossOriginProtection",),
        re.compile(r"\b(?:New)?CrossOriginProtection\b"),
    ),
    (
        "beego's EnableXSRF",
        ("XSRF", "xsrf", "Xsrf"),
        re.compile(r"\bEnableXSRF\s*[:=]\s*true\b|\bXSRFKEY\b", re.I),
    ),
    (
        "a check of the request's Origin, Referer, Sec-Fetch-Site or X-Requested-With header",
        ("rigin", "eferer", "etch-", "equested-"),
        re.compile(
            r"""\bHeader\s*\.\s*Get\s*\(\s*"(?:Origin|Referer|Sec-Fetch-Site|X-Requested-With)"\s*\)|\.GetHeader\s*\(\s*"(?:Origin|Referer|Sec-Fetch-Site|X-Requested-With)"\s*\)""",
            re.I,
        ),
    ),
    (
        "a SameSite=Lax/Strict cookie setting",
        ("SameSite",),
        re.compile(
            r"\bSameSite\s*[:=(]\s*(?:http\.)?SameSite(?:Strict|Lax)Mode\b|\bSameSite(?:Strict|Lax)Mode\b"
        ),
    ),
)
_PROTECTION_PACKAGE = re.compile(r"csrf|xsrf|nosurf", re.I)
_CONF_XSRF = re.compile(r"^\s*enablexsrf\s*=\s*true\b", re.I | re.M)
_OWN_CHECK = re.compile(r"^func\s+(?:\([^)]*\)\s*)?(\w+)\s*\(", re.M)


def check_go_csrf(tree: Tree) -> list[Hit]:
    paths = [
        p for p in server_files(tree, (".go",), "Go", browser_folders=False) if not p.endswith("_test.go")
    ]
    if not paths:
        return []
    roots = project_roots(tree, "go.mod")
    apps: dict[str, dict[str, str]] = {}
    for p in paths:
        raw = tree.text(p, quiet=True)
        if raw is not None:
            apps.setdefault(app_root(p, roots), {})[p] = raw
    hits: list[Hit] = []
    for root, raws in apps.items():
        if not _sessions(raws, {p: _imports(raw) for p, raw in raws.items()}):
            continue  # no session even before comments are blanked: not CSRF-prone, not read further
        files = {p: code_only(raw, "slash") for p, raw in raws.items()}
        hits.extend(_application(tree, root, files))
    return hits


def _application(tree: Tree, root: str, files: dict[str, str]) -> list[Hit]:
    imports = {p: _imports(t) for p, t in files.items()}
    protection = _protection(tree, root, files, imports)
    if protection is not None:
        return [
            Hit(
                PRESENT,
                protection.path,
                protection.line,
                f"{protection.what} in the Go application",
                present=True,
            )
        ]
    sessions = _sessions(files, imports)
    if not sessions:
        return []  # no cookie session: a token-authenticated API is not CSRF-prone
    routes = sorted(
        (
            Seen("route", p, line_of(t, m.start()))
            for p, t in files.items()
            for rx in _ROUTES
            for m in rx.finditer(t)
        ),
        key=lambda s: (s.path, s.line),
    )
    if not routes:
        return []
    first = routes[0]
    in_file = sum(1 for r in routes if r.path == first.path)
    return [
        Hit(
            MISSING,
            first.path,
            first.line,
            f"Go application: {in_file} state-changing route{'s' if in_file > 1 else ''} in this file"
            f" ({len(routes)} in the application), a cookie session ({listed(sessions)}), and no CSRF"
            " package (gorilla/csrf, nosurf, gin-csrf, fiber csrf), no echo CSRF middleware, no"
            " http.CrossOriginProtection, no Origin/Referer check or check of its own, nor a SameSite"
            " Lax/Strict cookie",
        )
    ]


def _imports(text: str) -> dict[str, int]:
    """Import path -> offset of the path in the text."""
    found: dict[str, int] = {}
    for block in _IMPORT_BLOCK.finditer(text):
        if block.group(1) is not None:
            for q in _QUOTED.finditer(block.group(1)):
                found.setdefault(q.group(1), block.start(1) + q.start())
        elif block.group(2) is not None:
            found.setdefault(block.group(2).strip('"'), block.start(2))
    return found


def _protection(
    tree: Tree, root: str, files: dict[str, str], imports: dict[str, dict[str, int]]
) -> Seen | None:
    for p, found in imports.items():
        for path, at in found.items():
            if _PROTECTION_PACKAGE.search(path):
                return Seen(f"CSRF package {path}", p, line_of(files[p], at))
    seen = first_match(files, _PROTECTIONS)
    if seen is not None:
        return seen
    prefix = f"{root}/" if root else ""
    for p in tree.with_suffix(".conf", ".ini", ".toml", ".yaml", ".yml"):
        if p.startswith(prefix) and PurePosixPath(p).parts[-2:-1] in (("conf",), ("config",)):
            text = tree.text(p, quiet=True) or ""
            m = _CONF_XSRF.search(text)
            if m:
                return Seen("enablexsrf = true", p, line_of(text, m.start()))
    return own_csrf_check(files, _OWN_CHECK)


def _sessions(files: dict[str, str], imports: dict[str, dict[str, int]]) -> list[Seen]:
    seen = [
        Seen(path, p, line_of(files[p], at))
        for p, found in imports.items()
        for path, at in found.items()
        if any(path == lib or path.startswith(lib + "/") for lib in SESSION_PACKAGES)
    ]
    for p, t in files.items():
        if "SetCookie" not in t or not _SET_COOKIE.search(t):
            continue
        m = _SESSION_COOKIE_NAME.search(t)
        if m:
            seen.append(Seen(f'a cookie named "{m.group(1) or m.group(2)}" set', p, line_of(t, m.start())))
    return seen
