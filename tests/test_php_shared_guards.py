"""The literal-equality guard and the allow-list check are sanitizers copied into each PHP taint
rule whose sink an allow-listed value cannot abuse (YAML aliases are refused, so rule files share
text by copy): the copies must stay the same."""

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
    "php-sql-query-helper",
)
START = "      # a value found equal to a string literal is that literal"
END = "      # allow-list checks and lookups in literal arrays"
ALLOW_START = "      # an allow-list check: `in_array($v, $list, true)`"
ALLOW_END = "          - pattern: $P\n"


def block(rule: str, start_marker: str, end_marker: str) -> str:
    text = (PHP / f"{rule}.yaml").read_text(encoding="utf-8")
    start = text.index(start_marker)
    return text[start : text.index(end_marker, start)]


def guard_text(rule: str) -> str:
    return block(rule, START, END)


def test_every_php_taint_rule_holds_the_same_equality_guard() -> None:
    first = guard_text(RULES[0])
    assert "switch ($P)" in first and 'if ($P !== "...") { ... return ...; }' in first
    assert 'if ($AND && $P === "..." && $AND2)' in first
    for rule in RULES[1:]:
        assert guard_text(rule) == first, rule


def test_every_php_taint_rule_holds_the_same_allow_list_check() -> None:
    first = block(RULES[0], ALLOW_START, ALLOW_END)
    # non-strict in_array only with a literal list, which the regex on $LIST spells out
    assert "if (in_array($P, $LIST)) { ... }" in first and "metavariable: $LIST" in first
    for rule in RULES[1:]:
        assert block(rule, ALLOW_START, ALLOW_END) == first, rule
