"""A URL with credentials given as a password's value (`password: http://user:...@host/`) is
judged by its password part, as `url-credentials` judges it: a filler there (`xxxx`, a run of one
character, a few runs, `****`) is not a password, and the assignment does not report the URL in its
stead; a random password stays reported. Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import detected_with_severity

FILLERS = ["xxxx", "aaaaaaaaaaaa", "KKKKKKKKLLLLLLLLMMMMMMMM", "****", "XXXXXXXXXX"]
LINES = [
    "# a URL with its password: {}\n",
    "password: {}\n",
    'db_password = "{}"\n',
]
PATHS = ["notes/router.txt", "config/app.yaml", "device.conf"]


@pytest.mark.parametrize("filler", FILLERS)
@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("path", PATHS)
def test_a_filler_in_a_urls_password_is_not_reported(filler: str, line: str, path: str) -> None:
    for host in ("mirror.lan", "10.20.30.40:8080"):
        text = line.format(f"http://backup:{filler}@{host}/path")
        assert detected_with_severity(path, text) == [], text


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("path", PATHS)
def test_a_random_password_in_the_same_url_is_reported_high(line: str, path: str) -> None:
    text = line.format("ftp://backup:Vq4Rz8Kw2Tn6Lp@mirror.lan/path")
    assert ("url-credentials", "high") in detected_with_severity(path, text)


def test_a_value_that_is_no_url_stays_judged_as_before() -> None:
    assert ("generic-secret-assignment", "high") in detected_with_severity(
        "config/app.yaml", "password: Vq4Rz8Kw2Tn6Lp\n"
    )
