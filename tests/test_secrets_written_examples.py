"""Values that are text or an example by what they are written as, not by their folder:

- a value written with HTML character references (`'Password' => 'Parol&#259;'`) is judged as the
  text it encodes (`Parolă`, a translated label), as the same word written in Unicode is;
- the start of the alphabet followed by a count from 0 or 1 (`ABCDEFG123456`) is a stand-in, as
  `abcdefg` and `123456` are;
- a credential on a comment line that says it is an example (`# eg : http://admin:...@host`) is
  the comment's example, reported at the detector's test severity.

The same values written otherwise stay reported."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE


def _rules(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


def _severities(path: str, text: str) -> list[tuple[str, Severity, str]]:
    return [
        (f.rule_id, f.severity, str(f.properties.get("severity_reason", "")))
        for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


@pytest.mark.parametrize(
    "value",
    ["Parol&#259;", "Contrase&ntilde;a", "Mot&nbsp;de&nbsp;passe", "Has&#x142;o", "Parol&#259; nou&#259;"],
)
@pytest.mark.parametrize("path", ["www/lang/ro_ro.php", "app/Labels.php"])
def test_a_label_written_with_character_references_is_text(path: str, value: str) -> None:
    text = f"$SLANG = array(\n    'Password'             => '{value}',\n);\n"
    assert "generic-secret-assignment" not in _rules(path, text)


@pytest.mark.parametrize("value", ["Q&#119;7kLz2vRm9X", "Kd8&amp;mPq2zLw7", "Qw7kLz2&#x76;Rm9X"])
def test_a_password_written_with_character_references_is_reported(value: str) -> None:
    text = f'<connection user="loans" password="{value}" />\n'
    assert "generic-secret-assignment" in _rules("deploy/app.xml", text)


@pytest.mark.parametrize(
    "value", ["ABCDEFG123456", "abcdef123456", "abc1234567", "123456abcdef", "ABCDEFGH0123456789"]
)
def test_the_alphabet_and_a_count_are_a_stand_in(value: str) -> None:
    text = f"        csrf_conf('secret', '{value}');\n"
    assert not _rules("includes/csrf/README.txt", text)
    assert not _rules("app/config.php", text)


@pytest.mark.parametrize("value", ["ABCDEFG123457", "ABDEFG123456", "abcdef9876543", "XBCDEFG123456"])
def test_a_value_not_both_runs_stays_reported(value: str) -> None:
    text = f"        csrf_conf('secret', '{value}');\n"
    assert "generic-secret-assignment" in _rules("app/config.php", text)


@pytest.mark.parametrize(
    "comment",
    [
        "#   eg : http://officer:Kd8mPq2zLw@10.10.10.1:80\n",
        "# e.g. http://officer:Kd8mPq2zLw@10.10.10.1:80\n",
        "// for example: https://officer:Kd8mPq2zLw@10.10.10.1/api\n",
        " * Example: http://officer:Kd8mPq2zLw@10.10.10.1:80\n",
        "-- ex: postgres://officer:Kd8mPq2zLw@10.10.10.1/loans\n",
    ],
)
def test_a_credential_a_comment_gives_as_an_example_is_lowered(comment: str) -> None:
    found = _severities("lib/Loans/Control/Camera.pm", comment)
    assert found
    assert all(sev.rank < Severity.HIGH.rank and "example" in why for _, sev, why in found)


@pytest.mark.parametrize(
    "line",
    [
        # a comment that does not say it is an example: a credential commented out
        "# http://officer:Kd8mPq2zLw@10.10.10.1:80\n",
        "# old: http://officer:Kd8mPq2zLw@10.10.10.1:80\n",
        # the word inside the text, not opening it
        "# the camera at http://officer:Kd8mPq2zLw@10.10.10.1:80, for example\n",
        # code, not a comment
        "my $url = 'http://officer:Kd8mPq2zLw@10.10.10.1:80'; # eg\n",
        "example = 'http://officer:Kd8mPq2zLw@10.10.10.1:80'\n",
    ],
)
def test_a_credential_not_given_as_a_comments_example_stays_high(line: str) -> None:
    found = _severities("lib/Loans/Control/Camera.pm", line)
    assert found
    assert all(sev.rank >= Severity.HIGH.rank for _, sev, _ in found)
