"""What the Python view filters change on production code: CSRF exemptions weighed by the view,
paths checked by an application's guard, shell commands in Django management commands.

    python benchmarks/bench_python_view_weights.py --base-rules DIR [--cache DIR] DIR [DIR ...]

Runs semgrep with `python-csrf-disabled` and `python-path-traversal` twice over the files of each
DIR the changes can touch (`touched`), with the
rule files of `--base-rules` (a `rulesets/semgrep/python` folder of the revision before) followed
by the filters that revision applies, and with the working tree's rule files followed by every
filter as aiscan now applies them; runs bandit's B602 and B605 once and weighs them before and
after. `--cache DIR` keeps each tool's raw output per folder (named by the folder), so the
filters can be measured again after a change without running the tools. Prints every finding
whose outcome differs (`high` -> `medium`, `gone`, `new`) with rule, path and line, for reading
by hand. Nothing scanned is run or imported.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.django_csrf import drop_kept_csrf_middleware
from aiscan.sast.django_csrf_weight import weigh_csrf_exemptions
from aiscan.sast.django_safe_views import drop_safe_view_exemptions
from aiscan.sast.operator_commands import weigh_operator_commands
from aiscan.sast.python_path_guards import boolean_safe_join_guard, drop_guarded_paths, membership_guard

REPO = Path(__file__).resolve().parent.parent
RULES = ("python-csrf-disabled.yaml", "python-path-traversal.yaml")
Key = tuple[str, str, int]


def _finding(rule: str, analyzer: str, path: str, line: int, severity: Severity) -> Finding:
    return Finding(
        rule_id=rule,
        analyzer=analyzer,
        title=rule,
        message="",
        severity=severity,
        confidence=Confidence.MEDIUM,
        location=Location(path, line, line),
    )


def rule_id(result: dict[str, Any]) -> str:
    return str(result["check_id"]).rsplit(".", 1)[-1]


def cached(cache: Path | None, name: str, run: Callable[[], str]) -> str:
    """A tool's raw output, kept under `cache` so the filters can be applied again without it."""
    if cache is None:
        return run()
    path = cache / name
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(run(), encoding="utf-8")
    return path.read_text(encoding="utf-8")


def semgrep(rules: Path, target: Path, cache: Path | None = None, side: str = "") -> list[Finding]:
    out = cached(cache, f"{target.name}.semgrep-{side}.json", lambda: _semgrep(rules, target))
    data = json.loads(out or "{}")
    return [
        _finding(rule_id(r), "semgrep", r["path"], int(r["start"]["line"]), Severity.HIGH)
        for r in data.get("results", [])
    ]


def touched(target: Path) -> list[str]:
    """The Python files the changes can touch: those naming an exemption, a CSRF setting or
    `safe_join`, or calling a guard `python_path_guards` accepts under `if not` (the rules are
    read file by file, so a finding elsewhere is the same before and after)."""
    texts = {}
    for path in sorted(target.rglob("*.py")):
        try:
            texts[str(path.relative_to(target))] = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    guards: set[str] = set()
    for text in texts.values():
        try:
            module = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for node in ast.walk(module):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
                boolean_safe_join_guard(node) or membership_guard(node)
            ):
                guards.add(node.name)
    marks = ("exempt", "WTF_CSRF", "MIDDLEWARE", "safe_join", *(f"not {g}(" for g in guards))
    return [rel for rel, text in texts.items() if any(m in text for m in marks)]


def _semgrep(rules: Path, target: Path) -> str:
    files = touched(target)
    if not files:
        return "{}"
    with tempfile.TemporaryDirectory() as tmp:
        for name in RULES:
            (Path(tmp) / name).write_text((rules / name).read_text(encoding="utf-8"), encoding="utf-8")
        proc = subprocess.run(
            [
                *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--experimental"),
                *("-j", "1", "--timeout", "60", "--no-git-ignore", "--json", "--config", tmp, "--", *files),
            ],
            cwd=target,
            capture_output=True,
            text=True,
            errors="replace",
        )
    return proc.stdout


def bandit(target: Path, cache: Path | None = None) -> list[Finding]:
    out = cached(cache, f"{target.name}.bandit.json", lambda: _bandit(target))
    data = json.loads(out or "{}")
    level = {"HIGH": Severity.HIGH, "MEDIUM": Severity.MEDIUM, "LOW": Severity.LOW}
    return [
        _finding(
            r["test_id"],
            "bandit",
            r["filename"].removeprefix("./"),
            int(r["line_number"]),
            level.get(r["issue_severity"], Severity.MEDIUM),
        )
        for r in data.get("results", [])
    ]


def _bandit(target: Path) -> str:
    files = [str(p.relative_to(target)) for p in sorted(target.rglob("*.py"))]
    if not files:
        return "{}"
    proc = subprocess.run(
        ["bandit", "-q", "-f", "json", "--exclude=", "-t", "B602,B605", "--", *files],
        cwd=target,
        capture_output=True,
        text=True,
        errors="replace",
    )
    return proc.stdout


def outcomes(findings: Sequence[Finding]) -> dict[Key, str]:
    return {(f.rule_id, f.location.path, f.location.start_line or 0): f.severity.value for f in findings}


def measure(base_rules: Path, target: Path, cache: Path | None = None) -> dict[str, object]:
    files = {str(p.relative_to(target)) for p in target.rglob("*.py")}

    def lines(path: str) -> tuple[str, ...]:
        try:
            return tuple((target / path).read_text(encoding="utf-8", errors="replace").splitlines())
        except OSError:
            return ()

    before_sg = semgrep(base_rules, target, cache, "before")
    before_sg = list(
        drop_safe_view_exemptions(drop_kept_csrf_middleware(before_sg, files, lines), files, lines)
    )
    after_sg = semgrep(REPO / "rulesets" / "semgrep" / "python", target, cache, "after")
    after_sg = list(drop_kept_csrf_middleware(after_sg, files, lines))
    after_sg = list(drop_safe_view_exemptions(after_sg, files, lines))
    after_sg = list(drop_guarded_paths(weigh_csrf_exemptions(after_sg, lines), files, lines))
    shell = bandit(target, cache)
    before = outcomes([*before_sg, *shell])
    after = outcomes([*after_sg, *weigh_operator_commands(shell, lines, files)])
    changed = []
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key, "new"), after.get(key, "gone")
        if was != now:
            changed.append({"rule": key[0], "path": key[1], "line": key[2], "before": was, "after": now})
    return {"files": len(files), "before": len(before), "after": len(after), "changed": changed}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--base-rules", type=Path, required=True, help="rulesets/semgrep/python of the base revision"
    )
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--cache", type=Path, help="keep the tools' raw output here and reuse it")
    args = ap.parse_args(argv)
    result = {}
    for target in args.dirs:
        got = measure(args.base_rules, target.resolve(), args.cache)
        result[str(target)] = got
        print(f"{target}: {got['files']} Python files, {got['before']} findings before, {got['after']} after")
        for c in got["changed"]:  # type: ignore[attr-defined]
            print(f"  {c['before']:>6} -> {c['after']:<6} {c['rule']} {c['path']}:{c['line']}")
        sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
