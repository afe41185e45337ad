"""CSRF in Ruby on Rails applications: an `ApplicationController < ActionController::Base` (cookie
session: Rails' default session store) without `protect_from_forgery`, in an application whose
configuration does not turn the check on by default (Rails does so only with `config.load_defaults`
5.2 or later, or `default_protect_from_forgery = true`), and whose `config/routes.rb` declares
state-changing routes. `ActionController::API` controllers keep no cookie session and are not
CSRF-prone. Switching the check off (`skip_before_action :verify_authenticity_token`,
`with: :null_session`) is the semgrep rule `ruby-csrf-protection-disabled`'s finding."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.webconfig.csrf.evidence import MISSING, PRESENT, code_only
from aiscan.webconfig.source import Hit, Tree, line_of

_BASE_CONTROLLER = re.compile(
    r"^\s*class\s+ApplicationController\s*<\s*(?:::)?ActionController::Base\b", re.M
)
_PROTECT = re.compile(r"^\s*protect_from_forgery\b(?![^\n]*null_session)", re.M)
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
    controller = f"{root}app/controllers/application_controller.rb"
    text = _text(tree, controller)
    if text is None:
        return []
    base = _BASE_CONTROLLER.search(text)
    if base is None:
        return []  # ActionController::API (no cookie session) or not a Rails controller
    protect = _PROTECT.search(text)
    if protect:
        return [
            Hit(
                PRESENT,
                controller,
                line_of(text, protect.start() + _indent(protect.group(0))),
                "protect_from_forgery in ApplicationController",
                present=True,
            )
        ]
    config_text = _text(tree, app_config) or ""
    defaults = _LOAD_DEFAULTS.search(config_text)
    if defaults and (int(defaults.group(1)), int(defaults.group(2))) >= (5, 2):
        line = line_of(config_text, defaults.start() + _indent(defaults.group(0)))
        return [
            Hit(
                PRESENT,
                app_config,
                line,
                f"config.load_defaults {defaults.group(1)}.{defaults.group(2)}: Rails checks the CSRF token"
                " of every ActionController::Base controller",
                present=True,
            )
        ]
    for path in tree.paths:
        if path.startswith(f"{root}config/") and path.endswith(".rb"):
            body = _text(tree, path)
            m = _DEFAULT_ON.search(body or "")
            if body and m:
                return [
                    Hit(
                        PRESENT,
                        path,
                        line_of(body, m.start()),
                        "default_protect_from_forgery = true",
                        present=True,
                    )
                ]
    routes_file = f"{root}config/routes.rb"
    routes = _text(tree, routes_file) or ""
    route = _STATE_ROUTES.search(routes)
    if route is None:
        return []
    defaults_said = (
        f"config.load_defaults {defaults.group(1)}.{defaults.group(2)} (before 5.2)"
        if defaults
        else "no config.load_defaults"
    )
    word = route.group(1) or "match"
    route_line = line_of(routes, route.start() + _indent(route.group(0)))
    return [
        Hit(
            MISSING,
            controller,
            line_of(text, base.start() + _indent(base.group(0))),
            "Rails application: ApplicationController < ActionController::Base (cookie session) without"
            f" protect_from_forgery, {defaults_said} so Rails does not check the token by default, and"
            f" state-changing routes ({word} at {routes_file}:{route_line})",
        )
    ]


def _text(tree: Tree, path: str) -> str | None:
    if path not in tree.paths:
        return None
    raw = tree.text(path)
    return None if raw is None else code_only(raw, "hash")


def _indent(matched: str) -> int:
    return len(matched) - len(matched.lstrip())
