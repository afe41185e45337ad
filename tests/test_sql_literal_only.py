"""bandit's B608 (SQL built by string formatting) on a statement whose SQL formats no value: an
f-string without replacement fields, the values passed as parameters. Pure, on source text."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.sql_literal_only import drop_sql_formatting_no_value, formats_no_value


def test_an_f_string_holding_only_placeholders_formats_no_value() -> None:
    assert formats_no_value("sql = f'SELECT name FROM users WHERE password = ?'")
    assert formats_no_value('cur.execute(f"SELECT name FROM users WHERE id = ?", (user_id,))')
    assert formats_no_value("sql = f'SELECT * FROM t WHERE a = %s AND b = {\"?\"}'")


def test_a_value_formatted_into_the_sql_is_kept() -> None:
    assert not formats_no_value("sql = f'SELECT name FROM users WHERE password = \\'{bar}\\''")
    assert not formats_no_value('cur.execute(f"SELECT * FROM t WHERE id = {user_id}")')
    assert not formats_no_value("sql = 'SELECT * FROM t WHERE id = %s' % user_id")
    assert not formats_no_value("sql = 'SELECT * FROM t WHERE id = {}'.format(user_id)")
    assert not formats_no_value("sql = f'SELECT * FROM t WHERE a = ?' + where")
    assert not formats_no_value("sql = f'SELECT * FROM {table} WHERE a = ?'")


def test_text_that_does_not_parse_alone_is_kept() -> None:
    assert not formats_no_value("sql = (f'SELECT name FROM users '")
    assert not formats_no_value("")
    # no f-string at all: not the case this reads, bandit's finding stands
    assert not formats_no_value("sql = 'SELECT * FROM t WHERE id = ?'")


def _finding(rule_id: str, line: int, analyzer: str = "bandit") -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer=analyzer,
        title="hardcoded sql expressions",
        message="Possible SQL injection vector through string-based query construction.",
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
        location=Location("app/views.py", line, line),
        cwe=("CWE-89",),
    )


SOURCE = (
    "def view(cur, bar):",
    "    sql = f'SELECT username FROM users WHERE password = ?'",
    "    cur.execute(sql, (bar,))",
    "    other = f'SELECT username FROM users WHERE password = \\'{bar}\\''",
    "    cur.execute(other)",
)


def test_only_b608_on_sql_formatting_no_value_is_dropped() -> None:
    findings = [_finding("B608", 2), _finding("B608", 4), _finding("B105", 2)]
    kept = drop_sql_formatting_no_value(findings, lambda path: SOURCE)
    assert [(f.rule_id, f.location.start_line) for f in kept] == [("B608", 4), ("B105", 2)]


def test_an_unreadable_file_or_line_keeps_the_finding() -> None:
    findings = [_finding("B608", 2), _finding("B608", 40)]
    assert drop_sql_formatting_no_value(findings, lambda path: ()) == tuple(findings)
    assert drop_sql_formatting_no_value(findings[1:], lambda path: SOURCE) == tuple(findings[1:])


def test_other_analyzers_findings_are_left_alone() -> None:
    findings = [_finding("B608", 2, analyzer="semgrep")]
    assert drop_sql_formatting_no_value(findings, lambda path: SOURCE) == tuple(findings)
