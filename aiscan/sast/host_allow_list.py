"""bandit's B104 ("possible binding to all interfaces") where `'0.0.0.0'` is written in a host
allow-list, not given to a bind.

B104 reports every string `'0.0.0.0'`. In Django's `ALLOWED_HOSTS` (and `INTERNAL_IPS`, the
client addresses the debug tools trust) the string is one of the Host headers or addresses the
site accepts; nothing listens on it there, and the server's own bind address is set elsewhere.
Such a finding is dropped when the statement holding the reported line assigns, extends or
appends to a name ending in `ALLOWED_HOSTS` or `INTERNAL_IPS` (`ALLOWED_HOSTS = [...]`,
`ALLOWED_HOSTS += [...]`, `ALLOWED_HOSTS.append(...)`, `DJANGO_ALLOWED_HOSTS = env(..., '0.0.0.0')`).
A bind (`server.bind(('0.0.0.0', 80))`, `app.run(host='0.0.0.0')`, `HOST = '0.0.0.0'`), text that
does not parse and an unreadable line keep the finding.

Pure: findings in, findings out, given a reader of a file's lines. The text is parsed, never run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Sequence

from aiscan.models import Finding

Lines = Callable[[str], Sequence[str]]

_HOST_LIST = re.compile(r"(?:^|_)(?:ALLOWED_HOSTS|INTERNAL_IPS)$", re.IGNORECASE)
_ALL_INTERFACES = "0.0.0.0"  # noqa: S104 - the address looked for in the text, not bound
_GROWS = frozenset({"append", "extend", "insert"})
_SIMPLE = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr)


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _fills_host_list(stmt: ast.stmt) -> bool:
    if isinstance(stmt, ast.Assign):
        return any(_HOST_LIST.search(_name(t)) for t in stmt.targets)
    if isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
        return bool(_HOST_LIST.search(_name(stmt.target)))
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        return (
            isinstance(func, ast.Attribute)
            and func.attr in _GROWS
            and bool(_HOST_LIST.search(_name(func.value)))
        )
    return False


def in_host_allow_list(source: str, line: int) -> bool:
    """True when the innermost simple statement holding `line` of `source` fills a host
    allow-list and writes `'0.0.0.0'` on that line."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return False
    holding = [
        node
        for node in ast.walk(tree)
        if isinstance(node, _SIMPLE) and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]
    if not holding:
        return False
    stmt = max(holding, key=lambda node: node.lineno)
    written = any(
        isinstance(node, ast.Constant) and node.value == _ALL_INTERFACES and node.lineno == line
        for node in ast.walk(stmt)
    )
    return written and _fills_host_list(stmt)


def drop_bind_in_host_allow_list(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """Every finding except bandit's B104 on `'0.0.0.0'` written in a host allow-list."""
    sources: dict[str, str] = {}

    def source(path: str) -> str:
        if path not in sources:
            sources[path] = "\n".join(read_lines(path))
        return sources[path]

    return tuple(
        f
        for f in findings
        if not (
            f.analyzer == "bandit"
            and f.rule_id == "B104"
            and f.location.start_line
            and in_host_allow_list(source(f.location.path), f.location.start_line)
        )
    )
