"""Django settings modules and Flask configuration classes, resolved to what applies in
production and read with `ast` (the project is never imported).

Django: a settings module is a `settings.py` or a module of a `settings/` package that assigns
Django settings. Modules named for development or tests (`dev.py`, `local.py`, `test.py`) are
left out; a production module takes the settings of the modules it star-imports
(`from .base import *`) and overrides them in order. A module star-imported by another
production module is read only through it.
Flask: a configuration class assigns upper-case settings in its body; classes named for
development or tests are left out, a production class inherits its bases' settings, and a base
extended by a production class is read only through it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from aiscan.sast.django_csrf import keeps_django_csrf
from aiscan.webconfig.pyvalues import UNKNOWN, Value, evaluate, truth
from aiscan.webconfig.source import Hit, Tree, in_test_tree, production_name

_DJANGO_MARKERS = frozenset(
    {"INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF", "ALLOWED_HOSTS", "WSGI_APPLICATION"}
)
_FLASK_KEYS = frozenset(
    {
        "DEBUG",
        "TESTING",
        "WTF_CSRF_ENABLED",
        "WTF_CSRF_CHECK_DEFAULT",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "REMEMBER_COOKIE_SECURE",
        "REMEMBER_COOKIE_HTTPONLY",
        "PROPAGATE_EXCEPTIONS",
    }
)
CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware"
MAX_DEPTH = 8


@dataclass(frozen=True)
class Setting:
    value: Value
    path: str
    line: int


Settings = dict[str, Setting]


def check_python_settings(tree: Tree) -> list[Hit]:
    modules: dict[str, ast.Module] = {}
    for path in tree.with_suffix(".py"):
        if in_test_tree(path):
            continue
        if "settings" not in path.lower() and "config" not in path.lower():
            continue
        text = tree.text(path)
        if text is None:
            continue
        try:
            modules[path] = ast.parse(text, filename=path)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            tree.gap(path, f"not valid Python, settings not read: {type(exc).__name__}")
    hits: list[Hit] = []
    hits.extend(_django(modules, tree))
    for path, module in modules.items():
        hits.extend(_flask(path, module))
    return hits


# ---- Django ---------------------------------------------------------------------------------


def _django(modules: dict[str, ast.Module], tree: Tree) -> list[Hit]:
    settings_modules = {p: m for p, m in modules.items() if _is_django_settings(p, m)}
    production = {
        p
        for p in settings_modules
        if production_name(PurePosixPath(p).stem) or PurePosixPath(p).stem == "settings"
    }
    production = {
        p
        for p in production
        if production_name(PurePosixPath(p).parent.name) or PurePosixPath(p).parent.name == "settings"
    }
    bases = {b for p in production for b in _star_imports(p, settings_modules)}
    hits: list[Hit] = []
    for path in sorted(production - bases):
        values = _module_settings(path, settings_modules, 0, set())
        if not _is_django_settings_values(values):
            continue
        hits.extend(django_hits(values, path, _own_csrf_middleware(tree)))
    return hits


def _is_django_settings(path: str, module: ast.Module) -> bool:
    p = PurePosixPath(path)
    if not (p.name == "settings.py" or "settings" in p.stem or p.parent.name == "settings"):
        return False
    if p.name == "global_settings.py":  # Django's own defaults, vendored
        return False
    names = set(_assignments(module))
    return bool(names & _DJANGO_MARKERS) or "DEBUG" in names or bool(_star_import_names(module))


def _is_django_settings_values(values: Settings) -> bool:
    return bool(set(values) & _DJANGO_MARKERS)


def _assignments(module: ast.Module) -> dict[str, tuple[ast.expr, int, bool]]:
    """Module-level `NAME = value` and `NAME += value`, in order (the last wins)."""
    out: dict[str, tuple[ast.expr, int, bool]] = {}
    for stmt in module.body:
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    out[target.id] = (stmt.value, stmt.lineno, False)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            out[stmt.target.id] = (stmt.value, stmt.lineno, False)
        elif (
            isinstance(stmt, ast.AugAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(stmt.op, ast.Add)
        ):
            out[stmt.target.id] = (stmt.value, stmt.lineno, True)
    return out


def _star_import_names(module: ast.Module) -> list[tuple[str, int]]:
    return [
        (stmt.module or "", stmt.level)
        for stmt in module.body
        if isinstance(stmt, ast.ImportFrom) and any(a.name == "*" for a in stmt.names)
    ]


def _star_imports(path: str, modules: dict[str, ast.Module]) -> list[str]:
    found = []
    for name, level in _star_import_names(modules[path]):
        target = _resolve(path, name, level, modules)
        if target:
            found.append(target)
    return found


def _resolve(path: str, name: str, level: int, modules: dict[str, ast.Module]) -> str | None:
    parts = name.split(".") if name else []
    if level:
        base = PurePosixPath(path).parent
        for _ in range(level - 1):
            base = base.parent
        candidates = [str(base.joinpath(*parts)) + ".py", str(base.joinpath(*parts, "__init__.py"))]
        return next((c.removeprefix("./") for c in candidates if c.removeprefix("./") in modules), None)
    suffixes = ("/".join(parts) + ".py", "/".join(parts) + "/__init__.py")
    return next(
        (
            p
            for p in modules
            if p == suffixes[0] or p.endswith("/" + suffixes[0]) or p.endswith("/" + suffixes[1])
        ),
        None,
    )


def _module_settings(path: str, modules: dict[str, ast.Module], depth: int, seen: set[str]) -> Settings:
    if depth > MAX_DEPTH or path in seen:
        return {}
    seen = seen | {path}
    module = modules[path]
    values: Settings = {}
    for stmt in module.body:
        if isinstance(stmt, ast.ImportFrom) and any(a.name == "*" for a in stmt.names):
            target = _resolve(path, stmt.module or "", stmt.level, modules)
            if target:
                values.update(_module_settings(target, modules, depth + 1, seen))
            continue
        for name, (expr, line, augmented) in _assignments(ast.Module(body=[stmt], type_ignores=[])).items():
            value = evaluate(expr)
            if augmented:
                before = values.get(name)
                if before and isinstance(before.value.value, list) and isinstance(value.value, list):
                    value = Value(before.value.value + value.value)
                else:
                    value = Value(UNKNOWN)
            values[name] = Setting(value, path, line)
    return values


def _own_csrf_middleware(tree: Tree) -> Callable[[str, str], bool]:
    """Whether a MIDDLEWARE entry of a settings file is a class of the tree that keeps Django's
    CSRF check (aiscan.sast.django_csrf)."""
    paths = frozenset(tree.with_suffix(".py"))

    def keeps(entry: str, settings_path: str) -> bool:
        return keeps_django_csrf(entry, settings_path, paths, lambda p: tree.text(p, quiet=True))

    return keeps


def django_hits(
    values: Settings, module: str, own_csrf: Callable[[str, str], bool] | None = None
) -> list[Hit]:
    hits: list[Hit] = []
    hits.extend(_debug(values, "DEBUG", module))
    propagate = values.get("DEBUG_PROPAGATE_EXCEPTIONS")
    if propagate and propagate.value.value is not UNKNOWN and truth(propagate.value.value):
        hits.append(
            Hit(
                "server-detailed-errors",
                propagate.path,
                propagate.line,
                "DEBUG_PROPAGATE_EXCEPTIONS is on: exceptions reach the WSGI server's error page",
            )
        )
    middleware = values.get("MIDDLEWARE") or values.get("MIDDLEWARE_CLASSES")
    if middleware and isinstance(middleware.value.value, list):
        items = middleware.value.value
        own = [
            i
            for i in items
            if own_csrf and isinstance(i, str) and i != CSRF_MIDDLEWARE and own_csrf(i, middleware.path)
        ]
        if CSRF_MIDDLEWARE in items or own:
            named = (
                CSRF_MIDDLEWARE if CSRF_MIDDLEWARE in items else f"{own[0]} (keeps {CSRF_MIDDLEWARE}'s check)"
            )
            hits.append(
                Hit(
                    "server-csrf-protection",
                    middleware.path,
                    middleware.line,
                    f"{named} in MIDDLEWARE of the production settings ({module})",
                    present=True,
                )
            )
        elif UNKNOWN not in items:
            hits.append(
                Hit(
                    "server-csrf-disabled",
                    middleware.path,
                    middleware.line,
                    f"MIDDLEWARE of the production settings ({module}) has no CsrfViewMiddleware",
                )
            )
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"):
        hits.extend(_flag(values, name, module, missing_default=False))
    hits.extend(_flag(values, "SESSION_COOKIE_HTTPONLY", module, missing_default=True))
    samesite = values.get("SESSION_COOKIE_SAMESITE")
    if samesite and samesite.value.value in ("None", None) and samesite.value.value is not UNKNOWN:
        hits.append(
            Hit(
                "server-cookie-flags",
                samesite.path,
                samesite.line,
                "SESSION_COOKIE_SAMESITE is None: the session cookie goes with cross-site requests",
            )
        )
    hosts = values.get("ALLOWED_HOSTS")
    if hosts and isinstance(hosts.value.value, list) and "*" in hosts.value.value:
        hits.append(
            Hit(
                "server-allowed-hosts-wildcard",
                hosts.path,
                hosts.line,
                "ALLOWED_HOSTS accepts any Host header ('*')",
            )
        )
    validators = values.get("AUTH_PASSWORD_VALIDATORS")
    if validators and validators.value.value == []:
        hits.append(
            Hit(
                "server-password-validation-disabled",
                validators.path,
                validators.line,
                f"AUTH_PASSWORD_VALIDATORS is empty in the production settings ({module}):"
                " Django's password forms accept any password",
            )
        )
    for name in ("CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"):
        cors = values.get(name)
        if cors and cors.value.value is not UNKNOWN and truth(cors.value.value):
            hits.append(
                Hit(
                    "server-cors-wildcard",
                    cors.path,
                    cors.line,
                    f"{name} = True: any web site may call the API from a browser",
                )
            )
    return hits


def _debug(values: Settings, name: str, module: str) -> list[Hit]:
    setting = values.get(name)
    if setting is None or setting.value.value is UNKNOWN or not truth(setting.value.value):
        return []
    v = setting.value
    if v.from_default:
        extra = ""
        if isinstance(v.value, str) and v.value.strip().lower() in ("false", "0", "no", "off"):
            extra = f" (the string {v.value!r} is true in Python)"
        return [
            Hit(
                "server-debug-default-on",
                setting.path,
                setting.line,
                f"{name} is on in production ({module}) unless {v.env_var} is set:"
                f" its default is {v.value!r}{extra}",
            )
        ]
    return [
        Hit(
            "server-debug-enabled",
            setting.path,
            setting.line,
            f"{name} = {v.value!r} in the production settings ({module})",
        )
    ]


def _flag(values: Settings, name: str, module: str, *, missing_default: bool) -> list[Hit]:
    setting = values.get(name)
    if setting is None:
        if missing_default:
            return []
        anchor = values.get("MIDDLEWARE") or values.get("INSTALLED_APPS")
        line = anchor.line if anchor and anchor.path == module else None
        return [
            Hit(
                "server-cookie-flags",
                module,
                line,
                f"{name} is not set in the production settings: Django's default is False",
            )
        ]
    if setting.value.value is UNKNOWN or truth(setting.value.value):
        return []
    return [
        Hit(
            "server-cookie-flags",
            setting.path,
            setting.line,
            f"{name} = {setting.value.value!r} in the production settings ({module})",
        )
    ]


# ---- Flask ----------------------------------------------------------------------------------


def _flask(path: str, module: ast.Module) -> list[Hit]:
    classes = {s.name: s for s in module.body if isinstance(s, ast.ClassDef)}
    config = {n: c for n, c in classes.items() if _flask_keys(c)}
    if not config:
        return []
    candidates = {n for n in config if production_name(n)}
    bases = {b for n in candidates for b in _base_chain(classes[n], classes) if b != n}
    hits: list[Hit] = []
    for name in sorted(candidates - bases):
        values = _class_settings(classes[name], classes, path, 0)
        hits.extend(_flask_hits(values, f"{path}: class {name}"))
    return hits


def _flask_keys(cls: ast.ClassDef) -> set[str]:
    return {n for n in _class_assignments(cls) if n in _FLASK_KEYS}


def _class_assignments(cls: ast.ClassDef) -> dict[str, tuple[ast.expr, int]]:
    out: dict[str, tuple[ast.expr, int]] = {}
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    out[target.id] = (stmt.value, stmt.lineno)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            out[stmt.target.id] = (stmt.value, stmt.lineno)
    return out


def _base_names(cls: ast.ClassDef) -> list[str]:
    return [b.id for b in cls.bases if isinstance(b, ast.Name)]


def _base_chain(cls: ast.ClassDef, classes: dict[str, ast.ClassDef], depth: int = 0) -> list[str]:
    if depth > MAX_DEPTH:
        return []
    out = []
    for b in _base_names(cls):
        if b in classes and b != cls.name:
            out.append(b)
            out.extend(_base_chain(classes[b], classes, depth + 1))
    return out


def _class_settings(cls: ast.ClassDef, classes: dict[str, ast.ClassDef], path: str, depth: int) -> Settings:
    values: Settings = {}
    if depth <= MAX_DEPTH:
        for b in reversed(_base_names(cls)):
            if b in classes and b != cls.name:
                values.update(_class_settings(classes[b], classes, path, depth + 1))
    for name, (expr, line) in _class_assignments(cls).items():
        values[name] = Setting(evaluate(expr), path, line)
    return values


def _flask_hits(values: Settings, where: str) -> list[Hit]:
    hits = _debug(values, "DEBUG", where)
    propagate = values.get("PROPAGATE_EXCEPTIONS")
    if propagate and propagate.value.value is not UNKNOWN and truth(propagate.value.value):
        hits.append(
            Hit(
                "server-detailed-errors",
                propagate.path,
                propagate.line,
                f"PROPAGATE_EXCEPTIONS is on ({where}): tracebacks reach the server's error page",
            )
        )
    for name in ("WTF_CSRF_ENABLED", "WTF_CSRF_CHECK_DEFAULT"):
        s = values.get(name)
        if s and s.value.value is not UNKNOWN and not truth(s.value.value):
            hits.append(
                Hit(
                    "server-csrf-disabled",
                    s.path,
                    s.line,
                    f"{name} = {s.value.value!r} in the production configuration ({where})",
                )
            )
        elif s and name == "WTF_CSRF_ENABLED" and s.value.value is not UNKNOWN:
            hits.append(
                Hit(
                    "server-csrf-protection",
                    s.path,
                    s.line,
                    f"{name} = {s.value.value!r} ({where})",
                    present=True,
                )
            )
    for name in (
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "REMEMBER_COOKIE_SECURE",
        "REMEMBER_COOKIE_HTTPONLY",
    ):
        s = values.get(name)
        if s and s.value.value is not UNKNOWN and not truth(s.value.value):
            hits.append(
                Hit(
                    "server-cookie-flags",
                    s.path,
                    s.line,
                    f"{name} = {s.value.value!r} in the production configuration ({where})",
                )
            )
    samesite = values.get("SESSION_COOKIE_SAMESITE")
    if samesite and samesite.value.value == "None":
        hits.append(
            Hit(
                "server-cookie-flags",
                samesite.path,
                samesite.line,
                f"SESSION_COOKIE_SAMESITE = 'None' ({where})",
            )
        )
    return hits
