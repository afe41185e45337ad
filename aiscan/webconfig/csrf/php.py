"""CSRF in plain PHP form handlers: a script that reads `$_POST` (or `$_REQUEST`) and writes to the
database (an UPDATE, INSERT, DELETE or REPLACE statement), runs with a session (`session_start()`
or `$_SESSION`, in the script or a file it includes), and compares no anti-forgery token (no
csrf/xsrf/nonce name, no token read from the request or the session, no `hash_equals`) in the
script or the files it includes. Files declaring a class are not judged (a front controller
dispatches their methods and checks the token there, if anywhere). Applications of a framework
with its own CSRF middleware (Laravel, Symfony, WordPress, Yii, CakePHP) are left to that
framework's checks. A state change on a GET request is the semgrep rule
`php-csrf-state-change-on-get`'s finding."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePosixPath

from aiscan.webconfig.csrf.evidence import MISSING, PRESENT, code_only, server_files
from aiscan.webconfig.source import Hit, Tree, line_of

_FRAMEWORK_MARKERS = ("artisan", "symfony.lock", "wp-config.php", "wp-settings.php", "yii", "cake")
_POST = re.compile(r"\$_(?:POST|REQUEST)\s*\[|filter_input\s*\(\s*INPUT_POST\b")
_WRITE = re.compile(r"""["']\s*(UPDATE\s+[`\w.]+\s+SET|INSERT\s+INTO|DELETE\s+FROM|REPLACE\s+INTO)\b""", re.I)
_SESSIONS = (re.compile(r"\bsession_start\s*\("), re.compile(r"\$_SESSION\b"))
_TOKEN = re.compile(
    r"csrf|xsrf|nonce|\bhash_equals\s*\(|(?:check|verify|valid)\w{0,40}token\w{0,20}\s*\("
    r"""|\$_(?:POST|REQUEST|SESSION|GET)\s*\[\s*['"][^'"]*token""",
    re.I,
)
_INCLUDE = re.compile(r"""\b(?:include|require)(?:_once)?\b[^;]*?['"]([^'"]+\.(?:php|inc))['"]""", re.I)
_INCLUDE_DEPTH = 3
# A file declaring a class is not requested on its own: its methods are reached through a front
# controller, where such applications check the token once for every handler (out of this
# file's reach), so only scripts are judged.
_DECLARES_TYPE = re.compile(
    r"^\s*(?:(?:abstract|final|readonly)\s+)*(?:class|trait|interface|enum)\s+\w", re.M | re.I
)


def check_php_csrf(tree: Tree) -> list[Hit]:
    if any(PurePosixPath(p).name.lower() in _FRAMEWORK_MARKERS for p in tree.paths):
        return []
    scripts = server_files(tree, (".php", ".inc"), "PHP", browser_folders=False)
    by_name: dict[str, list[str]] = {}
    for p in scripts:
        by_name.setdefault(PurePosixPath(p).name.lower(), []).append(p)
    texts: dict[str, str | None] = {}

    def code(path: str) -> str | None:
        if path not in texts:
            raw = tree.text(path, quiet=True)
            texts[path] = None if raw is None else code_only(raw, "php")
        return texts[path]

    hits: list[Hit] = []
    for path in scripts:
        raw = tree.text(path, quiet=True)
        if raw is None or not any(k in raw for k in ("$_POST", "$_REQUEST", "INPUT_POST")):
            continue  # no form handler: its text is blanked only if a handler includes it
        text = code(path)
        if text is None or not _POST.search(text) or _DECLARES_TYPE.search(text):
            continue
        write = _WRITE.search(text)
        if write is None:
            continue
        included = _included(path, code, by_name)
        token = _TOKEN.search(text)
        if token:
            hits.append(
                Hit(
                    PRESENT,
                    path,
                    line_of(text, token.start()),
                    "an anti-forgery token compared in the PHP form handler",
                    present=True,
                )
            )
            continue
        if any(_TOKEN.search(code(p) or "") for p in included):
            continue
        session = next(
            (
                (p, m)
                for rx in _SESSIONS
                for p in (path, *included)
                if (m := rx.search(code(p) or "")) is not None
            ),
            None,
        )
        if session is None:
            continue  # no session: a forged request acts as no one
        where = "this file" if session[0] == path else session[0]
        post = _POST.search(text)
        assert post is not None
        hits.append(
            Hit(
                MISSING,
                path,
                line_of(text, write.start()),
                f"PHP form handler: $_POST read (line {line_of(text, post.start())}) and an"
                f" {write.group(1).split()[0].upper()} statement, a session ({_name(session[1].group(0))}"
                f" in {where}), and no anti-forgery token compared in this file or the files it includes",
            )
        )
    return hits


def _included(path: str, code: Callable[[str], str | None], by_name: dict[str, list[str]]) -> list[str]:
    """The scanned files `path` includes, followed `_INCLUDE_DEPTH` deep (by the included path's
    file name, the candidate sharing the longest path tail wins)."""
    seen: list[str] = []
    frontier = [path]
    for _ in range(_INCLUDE_DEPTH):
        nxt = []
        for current in frontier:
            text = code(current)
            for m in _INCLUDE.finditer(text or ""):
                target = _resolve(m.group(1), by_name)
                if target and target != path and target not in seen:
                    seen.append(target)
                    nxt.append(target)
        frontier = nxt
    return seen


def _resolve(included: str, by_name: dict[str, list[str]]) -> str | None:
    parts = [p for p in PurePosixPath(included.replace("\\", "/")).parts if p not in (".", "..", "/")]
    if not parts:
        return None
    candidates = by_name.get(parts[-1].lower(), [])
    best, score = None, -1
    for c in candidates:
        tail = PurePosixPath(c).parts
        n = 0
        while n < min(len(tail), len(parts)) and tail[-1 - n].lower() == parts[-1 - n].lower():
            n += 1
        if n > score:
            best, score = c, n
    return best


def _name(matched: str) -> str:
    """`session_start` of `session_start (`, `$_SESSION` as it is."""
    return matched.rstrip("( \t")
