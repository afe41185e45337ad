"""Small readings of Python's `ast` shared by the checks that read Python source without running
it (settings values, template tags, middleware classes). Pure."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Sequence

from aiscan.models import Finding


def dotted_name(node: ast.expr) -> str | None:
    """`os.environ.get` for the expression naming it, or None when it is not a plain dotted name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted_name(node.value)
        return f"{inner}.{node.attr}" if inner else None
    return None


def enclosing_function(module: ast.Module, line: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The innermost function of `module` whose lines hold `line`, or None at module level."""
    best: ast.FunctionDef | ast.AsyncFunctionDef | None = None
    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            end = node.end_lineno or node.lineno
            if node.lineno <= line <= end and (best is None or node.lineno > best.lineno):
                best = node
    return best


SourceText = Callable[[str], str | None]


def source_text(lines: Callable[[str], Sequence[str]]) -> SourceText:
    """A file's text by its path, from a reader of its lines (None for a file not read)."""

    def read(path: str) -> str | None:
        got = lines(path)
        return "\n".join(got) if got else None

    return read


def drop_where(
    findings: Iterable[Finding],
    rule: str,
    lines: Callable[[str], Sequence[str]],
    holds: Callable[[str, int, SourceText], bool],
) -> tuple[Finding, ...]:
    """The findings less those of `rule` for which `holds(path, line, read)` is true."""
    read = source_text(lines)
    return tuple(
        f
        for f in findings
        if not (
            f.rule_id == rule
            and f.location.start_line is not None
            and holds(f.location.path, f.location.start_line, read)
        )
    )
