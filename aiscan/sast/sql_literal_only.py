"""bandit's B608 ("SQL built by string formatting") where the SQL formats no value.

B608 reports every f-string that reads like SQL, also one without a replacement field:
`sql = f'SELECT name FROM users WHERE password = ?'` followed by `cur.execute(sql, (bar,))` is
the parameterised query the check asks for, and the `f` prefix changes nothing. Such a finding is
dropped when the reported statement parses on its own, holds an f-string, and every value it
builds the string from is literal text: no replacement field other than a literal, no `%`, `+`
or `.format` with a value. Anything else (a value in a field, text that does not parse alone,
an unreadable file) keeps the finding.

Pure: findings in, findings out, given a reader of a file's lines. The text is parsed, never run.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Callable, Iterable, Sequence

from aiscan.models import Finding

Lines = Callable[[str], Sequence[str]]


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.JoinedStr):
        return all(_literal_part(part) for part in node.values)
    return False


def _literal_part(part: ast.expr) -> bool:
    if isinstance(part, ast.FormattedValue):
        return isinstance(part.value, ast.Constant) and (
            part.format_spec is None or _literal(part.format_spec)
        )
    return _literal(part)


def formats_no_value(statement: str) -> bool:
    """True when `statement` parses alone, holds an f-string, and builds every string from
    literal text only."""
    try:
        tree = ast.parse(textwrap.dedent(statement))
    except (SyntaxError, ValueError):
        return False
    has_fstring = False
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            has_fstring = True
            if not _literal(node):
                return False
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            if not (_literal(node.left) and _literal(node.right)):
                return False
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
        ):
            return False
    return has_fstring


def _statement(f: Finding, read_lines: Lines) -> str:
    lines = read_lines(f.location.path)
    start = f.location.start_line
    if not start or start > len(lines):
        return ""
    end = min(f.location.end_line or start, len(lines))
    return "\n".join(lines[start - 1 : end])


def drop_sql_formatting_no_value(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """Every finding except bandit's B608 on a statement whose SQL formats no value."""
    return tuple(
        f
        for f in findings
        if not (
            f.analyzer == "bandit" and f.rule_id == "B608" and formats_no_value(_statement(f, read_lines))
        )
    )
