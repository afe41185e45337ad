"""The example column of a help table: a CSV file whose header names its columns, one of them
`EXAMPLE` (a database's grammar help shipped as `help.csv`: section, topic, syntax, text,
example). The statement in that column is shown to every reader of the help, as an API
description's example value is: reported at the detector's test severity (medium), not high.
The same statement in another column, in a CSV without such a header, or in a SQL script is
still reported at high."""

from __future__ import annotations

from aiscan.secrets.findings import detection_findings
from aiscan.secrets.help_tables import example_column_spans
from tests.secrets_holdout import ENGINE

HELP = """# Copyright the loan ledger's authors
# the grammar help

"SECTION","TOPIC","SYNTAX","TEXT","EXAMPLE"

"Commands (Other)","SET PASSWORD","
SET PASSWORD string
","
Changes the password of the current user. The password must be in single quotes.
It is case sensitive and can contain ""spaces"".
","
SET PASSWORD 'Kz7!qarz.51x'
"
"""


def _found(path: str, text: str) -> list[tuple[int | None, str]]:
    return [
        (f.location.start_line, f.severity.value) for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


def test_the_example_column_of_a_help_table_is_medium() -> None:
    assert _found("src/main/org/loans/res/help.csv", HELP) == [(12, "medium")]


def test_the_same_statement_elsewhere_is_high() -> None:
    # in the text column
    moved = HELP.replace("It is case sensitive", "SET PASSWORD 'Kz7!qarz.51x' is case sensitive")
    assert (10, "high") in _found("res/help.csv", moved)
    # a CSV without an example column
    seeded = '"USER","STATEMENT"\n"ops","SET PASSWORD \'Kz7!qarz.51x\'"\n'
    assert _found("db/seed.csv", seeded) == [(2, "high")]
    # a SQL script
    assert _found("db/seed.sql", "SET PASSWORD 'Kz7!qarz.51x';\n") == [(1, "high")]


def test_spans_follow_quoted_fields_across_lines() -> None:
    spans = example_column_spans("help.csv", HELP)
    assert [HELP[s:e].strip().strip('"').strip() for s, e in spans] == ["SET PASSWORD 'Kz7!qarz.51x'"]
    assert example_column_spans("help.txt", HELP) == []
    assert example_column_spans("x.csv", '"a","b"\n"1","2"\n') == []
    assert example_column_spans("x.csv", '"a","example\n') == []  # an unclosed quote
