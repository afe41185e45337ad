"""bandit's B602 and B605 (a command line run by a shell) in a Django management command: weighed
medium, below the default gate and still reported.

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
(`BaseCommand`, `LabelCommand`, a project's own base). Read with `ast`, never imported. Pure.
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


def weigh_operator_commands(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """bandit's high B602/B605 findings in a Django management command weighed medium; every other
    finding as it is."""
    out = []
    for f in findings:
        if (
            f.analyzer == "bandit"
            and f.rule_id in RULES
            and f.severity is Severity.HIGH
            and is_management_command(f.location.path, read_lines(f.location.path))
        ):
            f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY}")
        out.append(f)
    return tuple(out)
