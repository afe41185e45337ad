"""Laravel: `APP_DEBUG` in the environment files that apply in production and its default in
`config/app.php`, session cookie flags, CORS, and CSRF exceptions. PHP is read as text.

A Laravel application is a folder with `artisan` or `config/app.php`. `.env.production` applies
in production when present, otherwise a committed `.env`; `.env.example`, `.env.local`,
`.env.testing` and similar do not.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.webconfig.source import Hit, Tree, in_test_tree, line_of

_ENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$", re.M)
_DEBUG_PHP = re.compile(r"""['"]debug['"]\s*=>\s*(?P<expr>[^,\n]{1,200})""")
_ENV_CALL = re.compile(r"""env\(\s*['"](?P<var>\w+)['"]\s*(?:,\s*(?P<default>[^)]{1,60}))?\)""")


def check_laravel(tree: Tree) -> list[Hit]:
    hits: list[Hit] = []
    roots = {
        str(PurePosixPath(p).parent.parent)
        for p in tree.paths
        if p.endswith("config/app.php") and not in_test_tree(p)
    }
    roots |= {str(PurePosixPath(p).parent) for p in tree.named("artisan")}
    for root in sorted(roots):
        prefix = "" if root == "." else root + "/"
        env = _env_file(tree, prefix)
        values: dict[str, tuple[str, int]] = {}
        if env is not None:
            text = tree.text(env)
            if text is not None:
                values = {
                    m.group(1): (m.group(2).strip("'\""), line_of(text, m.start()))
                    for m in _ENV_LINE.finditer(text)
                }
        if "APP_DEBUG" in values and values["APP_DEBUG"][0].lower() in ("true", "1", "(true)"):
            assert env is not None
            hits.append(
                Hit(
                    "server-debug-enabled",
                    env,
                    values["APP_DEBUG"][1],
                    "APP_DEBUG=true in the environment file that applies in production",
                )
            )
        app = tree.text(prefix + "config/app.php") if prefix + "config/app.php" in tree.paths else None
        if app is not None:
            m = _DEBUG_PHP.search(app)
            if m:
                hits.extend(_debug_expr(prefix + "config/app.php", app, m, values))
        session = prefix + "config/session.php"
        if session in tree.paths and (text := tree.text(session)) is not None:
            for key in ("secure", "http_only"):
                km = re.search(
                    r"""['"]""" + key + r"""['"]\s*=>\s*(false\b|env\(\s*['"](\w+)['"]\s*,\s*false\s*\))""",
                    text,
                )
                if km and not (km.group(2) and values.get(km.group(2), ("",))[0].lower() == "true"):
                    hits.append(
                        Hit(
                            "server-cookie-flags",
                            session,
                            line_of(text, km.start()),
                            f"session cookie '{key}' is false in production",
                        )
                    )
        cors = prefix + "config/cors.php"
        if cors in tree.paths and (text := tree.text(cors)) is not None:
            cm = re.search(r"""['"]allowed_origins['"]\s*=>\s*\[\s*['"]\*['"]""", text)
            if cm:
                hits.append(
                    Hit("server-cors-wildcard", cors, line_of(text, cm.start()), "allowed_origins is ['*']")
                )
        for mw in [p for p in tree.paths if p.startswith(prefix) and p.endswith("VerifyCsrfToken.php")]:
            text = tree.text(mw)
            if text and (em := re.search(r"""\$except\s*=\s*\[[^\]]*['"]\*['"]""", text)):
                hits.append(
                    Hit(
                        "server-csrf-disabled",
                        mw,
                        line_of(text, em.start()),
                        "VerifyCsrfToken exempts every route ('*')",
                    )
                )
            elif text and "VerifyCsrfToken" in text:
                hits.append(
                    Hit(
                        "server-csrf-protection",
                        mw,
                        line_of(text, text.find("VerifyCsrfToken")),
                        "Laravel's VerifyCsrfToken middleware",
                        present=True,
                    )
                )
    return hits


def _env_file(tree: Tree, prefix: str) -> str | None:
    for name in (".env.production", ".env.prod", ".env"):
        if prefix + name in tree.paths:
            return prefix + name
    return None


def _debug_expr(path: str, text: str, m: re.Match[str], env: dict[str, tuple[str, int]]) -> list[Hit]:
    expr = m.group("expr").strip()
    line = line_of(text, m.start())
    if re.match(r"(\(bool\)\s*)?true\b", expr, re.I):
        return [Hit("server-debug-enabled", path, line, "'debug' => true in config/app.php")]
    call = _ENV_CALL.search(expr)
    if call and (call.group("default") or "").strip().lower() in ("true", "1", "'true'", '"true"'):
        var = call.group("var")
        if var not in env:
            return [
                Hit(
                    "server-debug-default-on",
                    path,
                    line,
                    f"debug is on in production unless {var} is set: the default of env('{var}') is true",
                )
            ]
    return []
