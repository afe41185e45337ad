"""A URL's query string built in code (`'?pass='.$_SESSION['password']`,
`'&password='.urlencode($pw)`, `"?token=" + encodeURIComponent(t)`): the string literal ends
at `pass=`, and what follows its closing quote is the code that joins a variable or a call's
result to it, not a value written there. A literal password starting with `.` or `+` stays reported."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE


def _rules(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


@pytest.mark.parametrize(
    "line",
    [
        "          $url .= '?pass='.$_SESSION['password'];\n",
        "            $url = '?pass='.$_SESSION['password'];\n",
        "      return 'user='.$user.'&password='.urlencode(isset($_SESSION['password']) ? $x : '');\n",
        "    $q = '&password=' . $this->password['current'];\n",
    ],
)
def test_a_variable_joined_after_the_query_name_is_not_a_secret(line: str) -> None:
    assert "generic-secret-assignment" not in _rules("www/includes/Loan.php", line)


@pytest.mark.parametrize(
    "line",
    [
        "$db_pass = '.Qw7kLz2vRm9X';\n",
        "$db_pass = '+Qw7kLz2vRm9X';\n",
        "$db_pass = '.Qw7kLz2(vRm9X';\n",
        "$db_pass = '.$Qw7kLz2vRm9X';\n".replace("$Q", "Q$"),
    ],
)
def test_a_literal_starting_with_a_dot_or_plus_is_reported(line: str) -> None:
    assert "generic-secret-assignment" in _rules("www/includes/Loan.php", line)
