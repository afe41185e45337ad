"""bandit's B602 ("subprocess call with shell=True") where `shell=` is computed and the command
is an argument list: weighed medium instead of high.

bandit takes every `shell=` that is not a false constant for `shell=True`, so
`subprocess.Popen(cmd, shell=os.name == "nt")`, the usual way to find `npm.cmd` or `pip.exe` on
Windows, is reported high like a command line composed for a shell. aiscan weighs it this way:

- `shell=True` (a literal): bandit's severity stands (high, or low for a constant command string);
- `shell=` computed, and the command an argument list (a list or tuple literal, or a name that
  the enclosing function only ever gives list or tuple literals, also joined with `+`): medium.
  The author wrote no shell syntax and a shell runs only where the value is true, mostly on
  Windows, where cmd.exe reads the joined list; the finding stays reported, below the gate, for
  a reviewer to check what the list holds. Request data reaching a shell is reported by
  python-command-injection;
- `shell=` computed and the command a string built from values, an attribute, a call, a
  parameter or anything else: bandit's severity stands.

Pure: findings in, findings out, given a reader of a file's lines. The text is parsed, never run.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding, Severity

Lines = Callable[[str], Sequence[str]]
_WHY = (
    "(shell= is computed and the command is an argument list: a shell runs only where the value "
    "is true, mostly on Windows; weighed medium, check what the list holds)"
)


def _parse(lines: Sequence[str]) -> ast.Module | None:
    try:
        return ast.parse("\n".join(lines))
    except (SyntaxError, ValueError):
        return None


def _list_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.List | ast.Tuple):
        return True
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and (isinstance(node.left, ast.List | ast.Tuple) or isinstance(node.right, ast.List | ast.Tuple))
    )


def _bound_names(node: ast.AST) -> set[str]:
    """The names a statement binds other than by `=`: a loop's, a `with ... as`, a `:=`."""
    if isinstance(node, ast.For | ast.AsyncFor | ast.NamedExpr):
        targets: list[ast.AST] = [node.target]
    elif isinstance(node, ast.With | ast.AsyncWith):
        targets = [i.optional_vars for i in node.items if i.optional_vars is not None]
    else:
        return set()
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def _only_lists_assigned(scope: ast.AST, name: str) -> bool:
    """Every assignment to `name` in `scope` gives a list or tuple literal, and there is one."""
    values: list[ast.expr | None] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                values.append(node.value)
            elif any(name in {n.id for n in ast.walk(t) if isinstance(n, ast.Name)} for t in node.targets):
                values.append(None)  # unpacked into the name, or a subscript of it: unknown
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id == name:
                values.append(node.value)
        elif name in _bound_names(node):
            values.append(None)
    return bool(values) and all(v is not None and _list_literal(v) for v in values)


def _scopes(tree: ast.Module) -> list[tuple[ast.AST, ast.Call]]:
    """Each call with a `shell=` keyword, with the function (or module) it is written in."""
    out: list[tuple[ast.AST, ast.Call]] = []

    def visit(scope: ast.AST, node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else scope
            if isinstance(child, ast.Call) and any(k.arg == "shell" for k in child.keywords):
                out.append((scope, child))
            visit(inner, child)

    visit(tree, tree)
    return out


def list_command_with_computed_shell(lines: Sequence[str], line: int) -> bool:
    """Whether the call whose `shell=` keyword is on `line` computes `shell=` and runs an
    argument list (module docstring)."""
    tree = _parse(lines)
    if tree is None:
        return False
    for scope, call in _scopes(tree):
        shell = next(k for k in call.keywords if k.arg == "shell")
        if shell.value.lineno != line:  # bandit reports the line of the shell= value
            continue
        if isinstance(shell.value, ast.Constant) or not call.args:
            return False
        command = call.args[0]
        if isinstance(command, ast.Name):
            return _only_lists_assigned(scope, command.id)
        return _list_literal(command)
    return False


def weigh_computed_shell(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """bandit's high B602 findings on an argument list run with a computed `shell=` weighed medium;
    every other finding as it is."""
    out = []
    for f in findings:
        line = f.location.start_line
        if (
            f.analyzer == "bandit"
            and f.rule_id == "B602"
            and f.severity is Severity.HIGH
            and line
            and list_command_with_computed_shell(read_lines(f.location.path), line)
        ):
            f = replace(f, severity=Severity.MEDIUM, message=f"{f.message} {_WHY}")
        out.append(f)
    return tuple(out)
