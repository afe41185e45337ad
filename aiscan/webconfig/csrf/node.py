"""CSRF in Node.js web applications (Express, Koa, NestJS): a folder whose `package.json` depends on
the framework, whose server scripts set up a cookie session (express-session, cookie-session, koa-
session, @fastify/session) and register state-changing routes (`app.post(...)`,
`router.delete(...)`, NestJS `@Post()`), with no CSRF middleware, no check of its own (a function
or a module named for CSRF) and no SameSite=Strict/Lax cookie setting. An application that
authenticates with passport and never lets a user into the session (no `passport.session()`, or
`session: false` on every `passport.authenticate()` and no `req.login()`) authenticates each
request by its token and is not reported. Comments are blanked first: a protection left commented
out is absent."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath

from aiscan.webconfig.csrf.evidence import (
    MISSING,
    PRESENT,
    Seen,
    code_only,
    listed,
    own_csrf_check,
    server_files,
)
from aiscan.webconfig.source import Hit, Tree, in_test_tree, line_of

CSRF_LIBS = (
    "csurf",
    "csrf-csrf",
    "csrf-sync",
    "lusca",
    "tiny-csrf",
    "@dr.pogodin/csurf",
    "csrf",
    "koa-csrf",
    "@fastify/csrf-protection",
)
SESSION_LIBS = ("express-session", "cookie-session", "koa-session", "koa-generic-session", "@fastify/session")
_FRAMEWORKS = (("@nestjs/core", "NestJS"), ("koa", "Koa"), ("express", "Express"))
_SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts")
# `app.post("/x", ...)`, `router.delete(...)`, `api.put(...)`: a route registered on an
# application or router object (not `axios.post(url)`), and `.route("/x").post(...)`
_ROUTE = re.compile(
    r"""\b(?:app|router|api|server|routes?|[a-z]\w{0,60}(?:Router|App|Routes))\s*\.\s*(?:post|put|patch|delete|del)\s*\(\s*['"`/]"""
    r"""|\.route\s*\([^()]*\)\s*\.\s*(?:post|put|patch|delete)\s*\("""
    r"""|@(?:Post|Put|Patch|Delete)\s*\("""
)
# passport keeps its user in the session only through passport.session(), and puts it there only
# on an authenticate() without `session: false` or a req.login(); otherwise each request
# authenticates on its own (a bearer token) and the session holds no more than a login hand-shake
_PASSPORT_SESSION = re.compile(r"""\bpassport\s*\.\s*session\s*\(|\bauthenticate\s*\(\s*['"]session['"]""")
_AUTHENTICATE = re.compile(r"\bpassport\s*\.\s*authenticate\s*\(")
_NO_SESSION = re.compile(r"\bsession\s*:\s*false\b")
_LOGIN = re.compile(r"\breq\s*\.\s*log[iI]n\s*\(")
_OWN_CHECK = re.compile(
    r"\bfunction\s+(\w+)\s*\(|\b(\w+)\s*[:=]\s*(?:async\s*)?(?:function\b|\([^()]*\)\s*=>|\w+\s*=>)"
)
_SAMESITE = re.compile(r"""\bsameSite\s*:\s*(?:['"`](?:strict|lax)['"`]|true)""", re.I)


_IMPORT = re.compile(r"""(?:require\(\s*|from\s+|import\s+)['"]([^'"\n]{1,214})['"]""")


def requires(text: str, lib: str) -> int | None:
    """Where the script first loads `lib` (require or import), or None."""
    return imported(text).get(lib)


def imported(text: str) -> dict[str, int]:
    """Each module the script loads, with the offset where it is first loaded."""
    found: dict[str, int] = {}
    for m in _IMPORT.finditer(text):
        found.setdefault(m.group(1), m.start())
    return found


def check_node_csrf(tree: Tree) -> list[Hit]:
    hits: list[Hit] = []
    scripts = server_files(tree, _SCRIPT_SUFFIXES, "Node.js")
    for manifest in tree.named("package.json"):
        if in_test_tree(manifest) or "node_modules" in PurePosixPath(manifest).parts:
            continue
        framework = _framework(tree, manifest)
        if framework is None:
            continue
        folder = str(PurePosixPath(manifest).parent)
        prefix = "" if folder == "." else folder + "/"
        mine = [p for p in scripts if p.startswith(prefix) and not p.endswith((".min.js", ".d.ts"))]
        texts = {p: code_only(t, "slash") for p in mine if (t := tree.text(p, quiet=True)) is not None}
        hits.extend(_application(framework, texts))
    return hits


def _framework(tree: Tree, manifest: str) -> str | None:
    text = tree.text(manifest, quiet=True)
    if text is None:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None  # the Express check of web-config reports the manifest it cannot read
    runtime = data.get("dependencies") if isinstance(data, dict) else None
    if not isinstance(runtime, dict):
        return None
    return next((name for dep, name in _FRAMEWORKS if dep in runtime), None)


def _application(framework: str, texts: dict[str, str]) -> list[Hit]:
    loads = {p: imported(t) for p, t in texts.items()}
    for lib in CSRF_LIBS:
        for p, t in texts.items():
            at = loads[p].get(lib)
            if at is not None:
                return [
                    Hit(
                        PRESENT,
                        p,
                        line_of(t, at),
                        f"CSRF middleware {lib} in the {framework} application",
                        present=True,
                    )
                ]
    own = own_csrf_check(texts, _OWN_CHECK)
    if own is not None:
        return [Hit(PRESENT, own.path, own.line, f"{own.what} in the {framework} application", present=True)]
    for p, t in texts.items():
        m = _SAMESITE.search(t)
        if m:
            value = m.group(0).split(":", 1)[1].strip().strip("'\"`")
            what = f"SameSite={value} cookie setting"
            return [
                Hit(PRESENT, p, line_of(t, m.start()), f"{what} in the {framework} application", present=True)
            ]
    sessions = [
        Seen(lib, p, line_of(t, at))
        for p, t in texts.items()
        for lib in SESSION_LIBS
        if (at := loads[p].get(lib)) is not None
    ]
    if not sessions:
        return []  # no cookie session: a token-authenticated API is not CSRF-prone
    if _passport_without_session_login(texts, loads):
        return []  # the session does not carry the login
    routes = [Seen("route", p, line_of(t, m.start())) for p, t in texts.items() for m in _ROUTE.finditer(t)]
    if not routes:
        return []
    first = routes[0]
    return [
        Hit(
            MISSING,
            first.path,
            first.line,
            f"{framework} application: {len(routes)} state-changing route{'s' if len(routes) > 1 else ''}"
            f" (first at {first.path}:{first.line}), cookie sessions ({listed(sessions)}), and no CSRF"
            f" middleware ({', '.join(CSRF_LIBS[:5])}), no check of its own, nor a SameSite=Strict/Lax cookie"
            " setting",
        )
    ]


def _passport_without_session_login(texts: dict[str, str], loads: dict[str, dict[str, int]]) -> bool:
    """True when the application authenticates with passport and no user ever enters the
    session: no passport.session(), or every passport.authenticate() call says `session: false`
    and nothing calls req.login()."""
    if not any("passport" in modules for modules in loads.values()):
        return False
    if not any(_PASSPORT_SESSION.search(t) for t in texts.values()):
        return True
    calls = [t[m.end() : m.end() + 300] for t in texts.values() for m in _AUTHENTICATE.finditer(t)]
    stores = any(_LOGIN.search(t) for t in texts.values()) or any(
        not _NO_SESSION.search(_call_arguments(c)) for c in calls
    )
    return bool(calls) and not stores


def _call_arguments(after_paren: str) -> str:
    """The text up to the parenthesis closing a call whose arguments start `after_paren`."""
    depth = 1
    for i, c in enumerate(after_paren):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0:
            return after_paren[:i]
    return after_paren
