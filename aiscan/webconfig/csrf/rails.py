"""CSRF in Ruby on Rails applications: a controller of `app/controllers` inheriting
`ActionController::Base` directly (cookie session: Rails' default session store; often
ApplicationController, sometimes an `Admin::BaseController` beside an API one) without
`protect_from_forgery` in its body or in a module it includes (a concern's `included do` block),
and with no controller below it calling it either (that one covers some routes; which, is not
judged, so the application is not reported), in an application whose
configuration does not turn the check on by default (Rails does so only with `config.load_defaults`
5.2 or later, or `default_protect_from_forgery = true`), and whose `config/routes.rb` declares
state-changing routes. `ActionController::API` controllers keep no cookie session and are not
CSRF-prone. Switching the check off (`skip_before_action :verify_authenticity_token`,
`with: :null_session`) is the semgrep rule `ruby-csrf-protection-disabled`'s finding."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from aiscan.webconfig.csrf.evidence import MISSING, PRESENT, code_only
from aiscan.webconfig.source import Hit, Tree, line_of

_PROTECT = re.compile(r"^\s*protect_from_forgery\b(?![^\n]*null_session)", re.M)
_CLASS = re.compile(r"^([ \t]*)class[ \t]+([\w:]+)[ \t]*<[ \t]*((?:::)?[\w:]+)", re.M)
_MODULE = re.compile(r"^([ \t]*)module[ \t]+([\w:]+)", re.M)
_INCLUDE = re.compile(r"^[ \t]*include[ \t]+([\w:]+(?:[ \t]*,[ \t]*[\w:]+)*)", re.M)
_LOAD_DEFAULTS = re.compile(r"^\s*config\.load_defaults\s*\(?\s*['\"]?(\d+)\.(\d+)", re.M)
_DEFAULT_ON = re.compile(r"\bdefault_protect_from_forgery\s*=\s*true\b")
_STATE_ROUTES = re.compile(
    r"^\s*(resources?|post|put|patch|delete)\b[ \t(]*[:'\"]"
    r"|^\s*match\b[^\n]*\bvia:\s*[^\n]*(post|put|patch|delete|all)",
    re.M,
)


def check_rails_csrf(tree: Tree) -> list[Hit]:
    hits: list[Hit] = []
    for app_config in tree.named("application.rb"):
        config = PurePosixPath(app_config).parent
        if config.name != "config":
            continue
        root = "" if str(config.parent) == "." else f"{config.parent}/"
        hits.extend(_application(tree, root, app_config))
    return hits


def _application(tree: Tree, root: str, app_config: str) -> list[Hit]:
    folder = f"{root}app/controllers/"
    files = {
        p: text for p in tree.paths if p.startswith(folder) and p.endswith(".rb") and (text := _text(tree, p))
    }
    classes = _classes(files)
    modules = _modules(files)
    bases = [c for c in classes if c.parent in ("ActionController::Base", "::ActionController::Base")]
    if not bases:
        return []  # ActionController::API (no cookie session), a base from a gem, or no controller
    hits: list[Hit] = []
    unprotected = []
    for base in bases:
        protect = _protection(base, modules)
        if protect is not None:
            where, text, offset = protect
            hits.append(
                Hit(
                    PRESENT,
                    where,
                    line_of(text, offset),
                    f"protect_from_forgery in {base.name}"
                    + ("" if where == base.path else f" (from {where})"),
                    present=True,
                )
            )
        elif not any(_protection(c, modules) for c in _descendants(base, classes)):
            unprotected.append(base)
        # else: a controller below it checks the token; which routes it covers is not judged
    if not unprotected:
        return hits
    config_text = _text(tree, app_config) or ""
    defaults = _LOAD_DEFAULTS.search(config_text)
    if defaults and (int(defaults.group(1)), int(defaults.group(2))) >= (5, 2):
        line = line_of(config_text, defaults.start() + _indent(defaults.group(0)))
        return [
            *hits,
            Hit(
                PRESENT,
                app_config,
                line,
                f"config.load_defaults {defaults.group(1)}.{defaults.group(2)}: Rails checks the CSRF token"
                " of every ActionController::Base controller",
                present=True,
            ),
        ]
    for path in tree.paths:
        if path.startswith(f"{root}config/") and path.endswith(".rb"):
            body = _text(tree, path)
            m = _DEFAULT_ON.search(body or "")
            if body and m:
                return [
                    *hits,
                    Hit(
                        PRESENT,
                        path,
                        line_of(body, m.start()),
                        "default_protect_from_forgery = true",
                        present=True,
                    ),
                ]
    routes_file = f"{root}config/routes.rb"
    routes = _text(tree, routes_file) or ""
    route = _STATE_ROUTES.search(routes)
    if route is None:
        return hits
    defaults_said = (
        f"config.load_defaults {defaults.group(1)}.{defaults.group(2)} (before 5.2)"
        if defaults
        else "no config.load_defaults"
    )
    word = route.group(1) or "match"
    route_line = line_of(routes, route.start() + _indent(route.group(0)))
    for base in unprotected:
        hits.append(
            Hit(
                MISSING,
                base.path,
                base.line,
                f"Rails application: {base.name} < ActionController::Base (cookie session) without"
                " protect_from_forgery in it, a concern it includes or a controller below it,"
                f" {defaults_said} so Rails does not check the token by default, and"
                f" state-changing routes ({word} at {routes_file}:{route_line})",
            )
        )
    return hits


@dataclass(frozen=True)
class _Class:
    name: str  # qualified by the modules around it (Admin::BaseController)
    parent: str
    path: str
    line: int
    text: str  # the whole file
    start: int
    end: int

    @property
    def body(self) -> str:
        return self.text[self.start : self.end]


def _classes(files: dict[str, str]) -> list[_Class]:
    """The controller classes: `class X < Y`, with their text up to the next class of the file."""
    found = []
    for path, text in files.items():
        matches = list(_CLASS.finditer(text))
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            nesting = [
                n.group(2) for n in _MODULE.finditer(text, 0, m.start()) if len(n.group(1)) < len(m.group(1))
            ]
            name = "::".join([*nesting, m.group(2)])
            found.append(_Class(name, m.group(3), path, line_of(text, m.start(2)), text, m.start(), end))
    return found


def _modules(files: dict[str, str]) -> dict[str, tuple[str, str, int]]:
    """Modules (concerns) by their last name: the file, its text and where the module starts."""
    found: dict[str, tuple[str, str, int]] = {}
    for path, text in files.items():
        for m in _MODULE.finditer(text):
            found.setdefault(m.group(2).split("::")[-1], (path, text, m.start()))
    return found


def _protection(cls: _Class, modules: dict[str, tuple[str, str, int]]) -> tuple[str, str, int] | None:
    """Where protect_from_forgery is called for `cls`: in its body or in a module it includes."""
    m = _PROTECT.search(cls.text, cls.start, cls.end)
    if m:
        return cls.path, cls.text, m.start() + _indent(m.group(0))
    for inc in _INCLUDE.finditer(cls.body):
        for name in inc.group(1).split(","):
            module = modules.get(name.strip().split("::")[-1])
            if module is None:
                continue
            path, text, start = module
            found = _PROTECT.search(text, start)
            if found:
                return path, text, found.start() + _indent(found.group(0))
    return None


def _descendants(base: _Class, classes: list[_Class]) -> list[_Class]:
    """The classes inheriting `base`, at any depth (a parent named by its last name matches)."""
    below: list[_Class] = []
    names = {base.name, base.name.split("::")[-1]}
    frontier = True
    while frontier:
        frontier = False
        for c in classes:
            if (
                c not in below
                and c is not base
                and (c.parent.lstrip(":") in names or c.parent.split("::")[-1] in names)
            ):
                below.append(c)
                names |= {c.name, c.name.split("::")[-1]}
                frontier = True
    return below


def _text(tree: Tree, path: str) -> str | None:
    if path not in tree.paths:
        return None
    raw = tree.text(path)
    return None if raw is None else code_only(raw, "hash")


def _indent(matched: str) -> int:
    return len(matched) - len(matched.lstrip())
