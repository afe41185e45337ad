"""A connection string's password that is a pattern or a documented stand-in, not a password: a
regular expression over a configuration line (`password=[\\w]+`) and a comment's format line
ending in a typographic quote (`password=whatever”`); and a variable's member assigned to a
password's name in a script (`$pw= $node->value`). A password beside them stays reported."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE


def _rules(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


@pytest.mark.parametrize(
    "line",
    [
        'if ($_ =~ m/^\\$c->pg_connect\\[\\] = "host=([0-9.]+) user=[\\w]+ password=[\\w]+\\";/i) {\n',
        "# line format: host=XX.XX.XX.XX dbname=whatever user=whatever password=whatever\u201d;\n",
        'PATTERN = re.compile(r"Server=.*;User Id=\\S+;Password=\\S+;")\n',
        "# format: host=HOST user=USER password=\u00abpassword\u00bb\n",
    ],
)
def test_a_pattern_or_a_quoted_stand_in_is_not_a_password(line: str) -> None:
    assert "connection-string-password" not in _rules("scripts/db-tool", line)


@pytest.mark.parametrize(
    "line",
    [
        'conn = "host=10.0.4.2 port=5432 dbname=loans user=app password=Qw7+kLz2vR\u201d;"\n',
        'DSN = "Server=db01;Database=loans;User Id=app;Password=gT4.*xP9m2;"\n',
    ],
)
def test_a_password_ending_in_a_quote_or_holding_regex_characters_is_reported(line: str) -> None:
    assert "connection-string-password" in _rules("app/settings.py", line)


def test_a_variable_member_assigned_to_a_password_name_is_not_a_literal() -> None:
    script = (
        "#!/usr/bin/php\n<?php\n"
        '  $pw= $referral->attributes->getNamedItem("adminPassword");\n'
        "  $pass = $Config::password;\n"
        "  $pw = Zk4vQw8rT2mnLp;\n"
        "  spring.mail.password=$almaty7372-\n"
    )
    found = [(d.detector.id, d.line) for d in ENGINE.scan("usr/sbin/encrypt-passwords", script).detections]
    assert [line for _, line in found] == [5, 6]


@pytest.mark.parametrize(
    "line",
    [
        # a minified bundle: one renderer set on several properties at once
        "const r={};r.text=r.email=r.password=renderInputType.number=renderInputType.tel=(i,p)=>{};"
        "var host=location.host;\n",
        "form.pwd=form.confirmPwd=loanForm.fields.secret;var server=cfg.server;\n",
    ],
)
def test_a_chain_of_property_assignments_is_code_not_a_password(line: str) -> None:
    assert "connection-string-password" not in _rules("public/js/app.min.js", line)


@pytest.mark.parametrize(
    "line",
    [
        'DSN = "Server=db01;User Id=app;Password=Qw7kLz2vR=;"\n',
        'DSN = "Server=db01;User Id=app;Password=gT4.xP9m=2k;"\n',
    ],
)
def test_a_password_with_an_equals_sign_or_a_dot_is_reported(line: str) -> None:
    assert "connection-string-password" in _rules("app/settings.py", line)
