"""Findings on a line that holds many values (a dump's multi-row INSERT on one line of several
hundred thousand characters): every value on the line masked in each snippet, each snippet cut
around its own value, the fingerprints those of the line with its values taken out."""

from __future__ import annotations

from aiscan.secrets.findings import MaskedLine, detection_findings
from tests.secrets_holdout import ENGINE

ROWS = 3_000


def _dump() -> str:
    rows = ",".join(f"({i},'login{i}','Kest{i}!q')" for i in range(ROWS))
    return f"INSERT INTO users (id, login, password) VALUES {rows};\n"  # noqa: S608


def test_each_finding_of_a_long_line_shows_its_own_row_with_every_value_masked() -> None:
    text = _dump()
    findings = detection_findings(ENGINE.scan("db/dump.sql", text), ENGINE)
    assert len(findings) == ROWS
    for n in (0, 1_500, ROWS - 1):
        snippet = findings[n].location.snippet
        assert f"login{n}'" in snippet and len(snippet) <= 402
        assert "!q" not in snippet  # no value on the line shown in full, its own or another's
    assert len({f.fingerprint for f in findings}) == ROWS


def test_values_inside_one_another_are_masked_by_the_longest_at_each_place() -> None:
    line = MaskedLine("a=Tamga-77 b=Tamga-77-Extra c=Tamga-77", ["Tamga-77", "Tamga-77-Extra"])
    assert "Tamga-77" not in line.masked and "Extra" not in line.masked
    assert line.template == "a=<8> b=<14> c=<8>"
