"""What the CSRF checks of each framework share: the rule ids, how the files of one application are
found (the nearest folder with the framework's project file), comments blanked out of `#`
languages, and the "evidence seen" wording of a finding.

A missing anti-forgery check is an absence, so it is judged from three facts an application's
files show together: state-changing routes, a cookie session (the browser sends it on its own),
and no anti-forgery check nor SameSite=Lax/Strict session cookie. An application authenticated
only by a header token (no cookie session) is not CSRF-prone and is not reported. The finding says
which evidence was seen and stays at medium: it cannot be tied to one request's input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from aiscan.webconfig.source import Tree, in_test_tree, line_of

MISSING = "server-csrf-token-missing"
PRESENT = "server-csrf-protection"
MAX_FILES = 20000  # source files read per framework and tree; more are reported as a gap

# Folders of third-party code and build output, and (for languages that also run in the browser)
# of scripts served to the browser: not the application's server code.
_THIRD_PARTY = frozenset({"node_modules", "vendor", "dist", "build", "bower_components"})
_BROWSER = frozenset({"public", "static", "assets", "www"})


_FIRST_CODE = re.compile(
    r"^[ \t]*(?:def|class|function|exports|module\.exports|const|let|var|export)\b", re.M
)


@dataclass(frozen=True)
class Seen:
    """One piece of evidence: what, where (path and line)."""

    what: str
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.what} at {self.path}:{self.line}"


def server_files(
    tree: Tree,
    suffixes: tuple[str, ...],
    rule_area: str,
    *,
    browser_folders: bool = True,
    report_gap: bool = True,
) -> list[str]:
    """The tree's files with these suffixes that can run on the server (not tests, not
    third-party folders, and unless `browser_folders` is False not `public/`-like folders either),
    at most MAX_FILES; a gap says when more were left out (unless `report_gap` is False: a second
    check over the same files, whose first already said so)."""
    skipped = _THIRD_PARTY | _BROWSER if browser_folders else _THIRD_PARTY
    paths = [
        p
        for p in tree.with_suffix(*suffixes)
        if not in_test_tree(p) and not any(part.lower() in skipped for part in PurePosixPath(p).parts[:-1])
    ]
    if len(paths) > MAX_FILES and report_gap:
        tree.gap(
            paths[MAX_FILES],
            f"{rule_area} CSRF check read the first {MAX_FILES} of {len(paths)} files",
            MISSING,
        )
    return paths[:MAX_FILES]


def app_root(path: str, roots: set[str]) -> str:
    """The nearest folder in `roots` above `path` ("" for the tree's root)."""
    parent = PurePosixPath(path).parent
    for folder in (parent, *parent.parents):
        key = "" if str(folder) == "." else str(folder)
        if key in roots:
            return key
    return ""


def project_roots(tree: Tree, *markers: str) -> set[str]:
    """Folders holding one of the project files `markers` (requirements.txt, Gemfile, ...)."""
    roots = {""}
    for p in tree.named(*markers):
        parent = str(PurePosixPath(p).parent)
        roots.add("" if parent == "." else parent)
    return roots


# Strings first (so that a `#` or `//` inside one is kept), then the comments of each style.
_STRINGS = r""""(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'"""
_TEMPLATE = r"`(?:\\.|[^`\\])*`"
_COMMENTS = {
    "hash": re.compile(rf"({_STRINGS})|(#[^\n]*)"),  # Python, Ruby
    "slash": re.compile(rf"({_STRINGS}|{_TEMPLATE})|(//[^\n]*|/\*[\s\S]*?(?:\*/|\Z))"),  # JavaScript
    "php": re.compile(rf"({_STRINGS})|((?://|#)[^\n]*|/\*[\s\S]*?(?:\*/|\Z))"),
}
_NOT_NEWLINE = re.compile(r"[^\n]")


def code_only(text: str, style: str) -> str:
    """The text with its comments (`style`: "hash", "slash" or "php") replaced by spaces, lines
    and columns kept, quoted text left as it is: a protection left in a comment is not code."""

    def blank(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1) is not None else _NOT_NEWLINE.sub(" ", m.group(0))

    return _COMMENTS[style].sub(blank, text)


def listed(seen: list[Seen], limit: int = 3) -> str:
    """`a at x:1, b at y:2` (and how many more)."""
    shown = ", ".join(str(s) for s in seen[:limit])
    more = len(seen) - limit
    return shown + (f" and {more} more" if more > 0 else "")


def own_csrf_check(files: dict[str, str], definition: re.Pattern[str]) -> Seen | None:
    """The application's own CSRF check: a module named for CSRF that defines something, or a
    function whose name says CSRF (`definition` matches a definition in the language, the name in
    its first group that matched). Comments are blanked in `files` already, so a note or a
    commented-out check does not count; a setting (`WTF_CSRF_ENABLED = False`) defines no function
    and does not count either."""
    for path, text in files.items():
        if "csrf" in PurePosixPath(path).stem.lower():
            m = _FIRST_CODE.search(text)
            if m:
                return Seen("the application's own CSRF module", path, line_of(text, m.start()))
    for path, text in files.items():
        if "csrf" not in text.lower():
            continue
        for m in definition.finditer(text):
            name = next((g for g in m.groups() if g), "")
            if "csrf" in name.lower():
                return Seen("the application's own CSRF check", path, line_of(text, m.start()))
    return None


# What a pattern of evidence is called, literals one of which a file must hold before the regular
# expression is tried on it (none: always tried), and the expression.
Pattern = tuple[str, tuple[str, ...], re.Pattern[str]]


def first_match(files: dict[str, str], patterns: tuple[Pattern, ...]) -> Seen | None:
    """The first of the patterns, in their order, that a file matches, located where the match
    starts past its leading spaces."""
    for what, literals, rx in patterns:
        for path, text in files.items():
            if literals and not any(literal in text for literal in literals):
                continue
            m = rx.search(text)
            if m:
                return Seen(what, path, line_of(text, m.start() + len(m.group(0)) - len(m.group(0).lstrip())))
    return None
