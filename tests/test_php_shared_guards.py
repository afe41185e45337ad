"""The literal-equality guard is one sanitizer copied into each PHP taint rule whose sink an
allow-listed value cannot abuse (YAML aliases are refused, so rule files share text by copy): the
copies must stay the same."""

from __future__ import annotations

from aiscan.analyzers.semgrep import semgrep_rules_dir

PHP = semgrep_rules_dir() / "php"
RULES = (
    "php-sql-injection",
    "php-path-traversal",
    "php-ssrf",
    "php-open-redirect",
    "php-command-injection",
    "php-xss",
)
START = "      # a value found equal to a string literal is that literal"
END = "      # allow-list checks and lookups in literal arrays"


def guard_text(rule: str) -> str:
    text = (PHP / f"{rule}.yaml").read_text(encoding="utf-8")
    start = text.index(START)
    return text[start : text.index(END, start)]


def test_every_php_taint_rule_holds_the_same_equality_guard() -> None:
    first = guard_text(RULES[0])
    assert "switch ($P)" in first and 'if ($P !== "...") { ... return ...; }' in first
    for rule in RULES[1:]:
        assert guard_text(rule) == first, rule
