"""semgrep reads a PHP file it cannot parse with its first parser (PHP 8 `match`, enums, ...) with a
second one, which names `exit(...)` and `exit;` `__builtin__exit(...)` where the first names them
`exit`: every PHP rule pattern that names `exit(` also holds its `__builtin__exit(` twin, and the
guards and sinks that stop on exit still work in a PHP 8 file."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import yaml

from aiscan.analyzers.semgrep import semgrep_rules_dir
from aiscan.tooling import find_tool

PHP = semgrep_rules_dir() / "php"
PATTERN_KEYS = ("pattern", "pattern-inside", "pattern-not-inside", "pattern-not")
EXIT_CALL = re.compile(r"(?<![\w$])exit\(")


def patterns(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PATTERN_KEYS and isinstance(value, str):
                yield value
            else:
                yield from patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from patterns(item)


def exit_forms_without_twin(rule_file: Path) -> list[str]:
    """The patterns of one rule file naming `exit(` whose `__builtin__exit(` twin is missing."""
    found = set(patterns(yaml.safe_load(rule_file.read_text(encoding="utf-8"))))
    twin = {p: EXIT_CALL.sub("__builtin__exit(", p) for p in found if EXIT_CALL.search(p)}
    return sorted(p for p, t in twin.items() if t not in found)


def test_every_php_exit_pattern_has_its_second_parser_twin() -> None:
    missing = {f.name: exit_forms_without_twin(f) for f in sorted(PHP.glob("*.yaml"))}
    assert not {k: v for k, v in missing.items() if v}


def test_the_twin_check_sees_a_missing_twin(tmp_path: Path) -> None:
    rule = tmp_path / "r.yaml"
    rule.write_text(
        "rules:\n  - id: r\n    pattern-either:\n      - pattern: exit($X)\n      - pattern: die($X)\n"
    )
    assert exit_forms_without_twin(rule) == ["exit($X)"]


# `match` sends the file to semgrep's second parser
PHP8_FILE = """<?php
function label(int $n): string {
    return match ($n) { 1 => 'one', default => 'many' };
}
function guarded() {
    $mode = $_GET['mode'];
    if ($mode !== 'fast') { exit(1); }
    system('run ' . $mode);
    echo $mode;
}
function guarded_bare_exit() {
    $mode = $_GET['mode'];
    if ('slow' != $mode) { exit; }
    mysqli_query($GLOBALS['db'], 'SELECT ' . $mode);
}
function unguarded() {
    $name = $_GET['name'];
    system('run ' . $name);
    exit($name);
}
function report() {
    try { work(); } catch (Exception $e) { exit($e->getMessage()); }
}
"""


def scan(target: Path, rules: list[str]) -> list[tuple[str, int]]:
    env = {**os.environ, "SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    configs = [arg for rule in rules for arg in ("--config", str(PHP / f"{rule}.yaml"))]
    proc = subprocess.run(
        [
            find_tool("semgrep"),
            "scan",
            "--json",
            "--metrics=off",
            "--disable-version-check",
            *configs,
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    results = json.loads(proc.stdout)["results"]
    return sorted({(r["check_id"].rsplit(".", 1)[-1], r["start"]["line"]) for r in results})


def test_exit_guards_and_sinks_hold_in_a_php8_file(tmp_path: Path) -> None:
    target = tmp_path / "app.php"
    target.write_text(PHP8_FILE, encoding="utf-8")
    rules = ["php-command-injection", "php-sql-injection", "php-xss", "php-exception-details-output"]
    found = scan(target, rules)
    assert found == [
        ("php-command-injection", 18),
        ("php-exception-details-output", 22),
        ("php-xss", 19),
    ]
