"""bandit's B602 and B605 (a command line run by a shell) in code an operator or a package's build
runs: a Django management command, or a build helper package. Weighed medium, below the default
gate and still reported.

Django runs a management command only from `manage.py`/`django-admin` or from code that calls
`call_command`: the operator's command line, the settings and what the command itself reads are its
values, not a web request. bandit reports every shell command line that is not a literal as high,
whatever the values are; aiscan's rule for request data reaching a shell is
`python-command-injection` (semgrep, taint), which stays high. A shell command line in a
management command is kept for a reviewer (a value the command downloads or reads from the
database may still carry a quote), at medium.

A file is a management command when its path is `.../management/commands/<name>.py` (the folder
Django loads commands from, `__init__.py` and `_`-prefixed helper modules excluded) and it
defines a class `Command` at module level with a base whose name ends in `Command`
(`BaseCommand`, `LabelCommand`, a project's own base). Read with `ast`, never imported.

A **build helper package** is a top-level package of the tree (a folder at the tree's root with an
`__init__.py`) whose import loads `setuptools` or `distutils` (its `__init__.py`, or a module of
the package that `__init__.py` imports, directly or through another, imports them), and that no
Python module outside it imports (`import pkg`, `from pkg import ...`, `from pkg.x import ...`): the helpers a
package's `setup.py` uses to build it (running `npm`, compiling assets), shipped beside the
application but not part of it. A package the application imports, or one without a setuptools
import, is not one.

semgrep's `python-insecure-random` (a security value made with the `random` module) in a Django
management command is weighed medium too. `random`'s generator is seeded from the operating
system's generator when the process starts; its output is predicted only by someone who has seen
enough of the same process's earlier output (hundreds of values). A web process serves values
to anyone who asks, again and again; an operator's command runs once and shows what it makes to
the operator. A command that mints stored credentials is still worth a reviewer's look, so the
finding stays reported, below the default gate. Pure.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from aiscan.models import Finding, Severity
from aiscan.sast.pyast import dotted_name

RULES = frozenset({"B602", "B605"})
_WHY = (
    "Weighed medium: the command line runs in a Django management command, which an operator "
    "starts (manage.py), not a web request; request data reaching a shell is "
    "python-command-injection."
)

_WHY_BUILD = (
    "Weighed medium: the command line runs in a build helper package (it imports setuptools or "
    "distutils and no module of the application imports it), not in the running application."
)

_WHY_RANDOM = (
    "Weighed medium: the value is made in a Django management command, which an operator starts "
    "(manage.py) and which runs once; no web visitor sees the stream of the process's earlier "
    "random values that predicting the next one needs."
)
RANDOM_RULES = frozenset({"python-insecure-random"})

Lines = Callable[[str], Sequence[str]]


def is_management_command(path: str, lines: Sequence[str]) -> bool:
    """Whether `path` (with its text `lines`) is a Django management command module."""
    parts = PurePosixPath(path).parts
    if len(parts) < 3 or parts[-3:-1] != ("management", "commands"):
        return False
    name = parts[-1]
    if not name.endswith(".py") or name.startswith("_"):
        return False
    try:
        module = ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    for stmt in module.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Command":
            for base in stmt.bases:
                named = dotted_name(base)
                if named is not None and named.split(".")[-1].endswith("Command"):
                    return True
    return False


def _imports(lines: Sequence[str], path: str) -> set[str]:
    """The modules a file imports, relative ones made absolute from its path."""
    try:
        module = ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return set()
    package = list(PurePosixPath(path).parent.parts)
    out: set[str] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            head = ".".join([*base, *([node.module] if node.module else [])])
            out.add(head)
            out.update(f"{head}.{alias.name}" for alias in node.names)
    return out


def _file_of(dotted: str, files: set[str]) -> str | None:
    rel = dotted.replace(".", "/")
    for candidate in (f"{rel}.py", f"{rel}/__init__.py"):
        if candidate in files:
            return candidate
    return None


def build_helper_packages(paths: Iterable[str], read_lines: Lines) -> frozenset[str]:
    """The top-level packages of the tree that are build helpers (see the module's text)."""
    files = {p for p in paths if p.endswith(".py")}
    packages = {p.split("/")[0] for p in files if p.count("/") == 1 and p.endswith("/__init__.py")}
    if not packages:
        return frozenset()
    imports = {p: _imports(read_lines(p), p) for p in files}
    helpers = set()
    for package in packages:
        # the modules importing the package loads: its __init__ and what that imports of it
        loaded, todo = set(), [f"{package}/__init__.py"]
        while todo:
            current = todo.pop()
            if current in loaded:
                continue
            loaded.add(current)
            for dotted in imports[current]:
                target = _file_of(dotted, files)
                if target is not None and target.split("/")[0] == package:
                    todo.append(target)
        builds = any(m.split(".")[0] in ("setuptools", "distutils") for p in loaded for m in imports[p])
        used = any(
            m.split(".")[0] == package for p in files if p.split("/")[0] != package for m in imports[p]
        )
        if builds and not used:
            helpers.add(package)
    return frozenset(helpers)


def weigh_operator_commands(
    findings: Iterable[Finding], read_lines: Lines, paths: Iterable[str] = ()
) -> tuple[Finding, ...]:
    """bandit's high B602/B605 findings in a Django management command or a build helper package
    (among the tree's `paths`) weighed medium; every other finding as it is."""
    findings = tuple(findings)
    shell = [
        f for f in findings if f.analyzer == "bandit" and f.rule_id in RULES and f.severity is Severity.HIGH
    ]
    helpers = build_helper_packages(paths, read_lines) if shell else frozenset()
    out = []
    for f in findings:
        if f in shell:
            if is_management_command(f.location.path, read_lines(f.location.path)):
                f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY}")
            elif PurePosixPath(f.location.path).parts[0] in helpers:
                f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY_BUILD}")
        out.append(f)
    return tuple(out)


def weigh_command_randomness(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """semgrep's high `python-insecure-random` findings in a Django management command weighed
    medium; every other finding as it is."""
    out = []
    for f in findings:
        if (
            f.rule_id in RANDOM_RULES
            and f.severity is Severity.HIGH
            and is_management_command(f.location.path, read_lines(f.location.path))
        ):
            f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY_RANDOM}")
        out.append(f)
    return tuple(out)
