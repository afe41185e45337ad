"""A name whose secret's word, in lower case, follows a word in capitals (`JWTsecret`,
`relay.APItoken`, `ledgerSECRETkey`): the capitals are a word of their own, not the first letters
of a hump (`HTTPServer` is `HTTP` then `Server`), so the name ends in the secret's word and the
value is judged as under `jwt_secret`. The name's other words still decide: `PUBLICkey` is a
public key's name, `APIkeyName` names a name."""

from __future__ import annotations

import pytest

from aiscan.secrets import structure as st
from tests.secrets_holdout import ENGINE

VALUE = "Rk7vQ2xT9pL4wM8nZ3cY6hJ1dF5gB0sN"


def _rules(path: str, text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("JWTsecret", ["jwt", "secret"]),
        ("relay.APItoken", ["relay", "api", "token"]),
        ("ledgerSECRETkey", ["ledger", "secret", "key"]),
        ("SECRETkeyLength", ["secret", "key", "length"]),
        ("HTTPServer", ["http", "server"]),
        ("HTTPSproxy", ["http", "sproxy"]),
        ("apiKeyForPayments", ["api", "key", "for", "payments"]),
    ],
)
def test_capitals_before_a_lower_case_secret_word_are_a_word(name: str, parts: list[str]) -> None:
    assert st.name_parts(name) == parts


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("app/settings.py", f'JWTsecret = "{VALUE}"\n'),
        ("deploy/.env", f"LEDGER_APItoken={VALUE}\n"),
        ("docs/notes.txt", f"relay.APItoken {VALUE}\n"),
        ("docs/notes.txt", f"ledgerSECRETkey {VALUE}\n"),
    ],
)
def test_a_value_under_such_a_name_is_reported(path: str, line: str) -> None:
    assert _rules(path, line) != []


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("docs/notes.txt", f"ledgerPUBLICkey {VALUE}\n"),
        ("app/settings.py", f'APIkeyName = "{VALUE}"\n'),
        ("app/settings.py", 'JWTsecret = "your-jwt-secret-here"\n'),
        ("docs/notes.txt", "ledgerSECRETkey xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ],
)
def test_the_other_words_and_the_value_still_decide(path: str, line: str) -> None:
    assert _rules(path, line) == []
