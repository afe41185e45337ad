"""A class behind the fourteenth CredData part's misses of connection URLs in a test script
(`'postgres://postgres:post…@localhost:…'`, `'mysql://root:mysq…@localhost:…'`), with values made
here from a seeded generator and near-miss decoys.

A password made of words joined to the password's own word (a product's or a role's word before
it: `<product>rootpassword`, `<word>password`) is reported as a weak password (low) when it is set
under a password's name (`password: '…'`), but was not when the same value stood in a URL's
credentials, where only a placeholder's word with digits or signs typed in counted. It is the
same weak password either way: a database started from the script accepts it. The bare word
(`password`), a two-letter word before it (`mypassword`), a placeholder's word (`yourpassword`),
the user's own name repeated, and a documentation example's host stay out, as before.
"""

from __future__ import annotations

import random

import pytest

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261214)


def _word(pairs: int) -> str:
    return "".join(_RNG.choice("bcdfghjklmnprstvz") + _RNG.choice("aeiou") for _ in range(pairs))


_W1, _W2, _W3 = _word(2), _word(3), _word(2)
_PORT = str(_RNG.randrange(20000, 30000))


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "scripts/stress/run.js",
            f"  connection:\n    'postgres://postgres:{_W1}rootpassword@localhost:{_PORT}/db',\n",
        ),
        (
            "scripts/stress/run.js",
            f"const url = 'mysql://root:{_W2}password@localhost:{_PORT}/?charset=utf8';\n",
        ),
        ("test/db.py", f'DSN = "postgresql://app:{_W3}password@127.0.0.1:{_PORT}/app"\n'),
        (".env", f"DATABASE_URL=mysql://{_W1}:{_W2}password@db:{_PORT}/{_W1}\n"),
    ],
)
def test_a_password_joined_to_its_word_in_a_url_is_weak(path: str, text: str) -> None:
    assert _ids(path, text) == ["weak-url-password"]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # the password's own word, bare or after a two-letter word: the field's word
        ("scripts/run.js", f"const url = 'mysql://root:password@localhost:{_PORT}/';\n"),
        ("scripts/run.js", f"const url = 'mysql://root:mypassword@localhost:{_PORT}/';\n"),
        ("scripts/run.js", f"const url = 'mysql://root:dbpassword@localhost:{_PORT}/';\n"),
        # a placeholder's word before it
        ("scripts/run.js", f"const url = 'mysql://root:yourpassword@localhost:{_PORT}/';\n"),
        ("scripts/run.js", f"const url = 'mysql://root:{_W1}_password@localhost:{_PORT}/';\n"),
        # a documentation example's host
        ("scripts/run.js", f"const url = 'mysql://root:{_W2}password@db.example.com:{_PORT}/';\n"),
        # documentation
        ("docs/setup.md", f"    mysql://root:{_W2}password@localhost:{_PORT}/\n"),
    ],
)
def test_a_field_word_placeholder_or_example_stays_out(path: str, text: str) -> None:
    assert _ids(path, text) == []


@pytest.mark.parametrize(
    "password",
    [f"{_W1}Qz7{_W3}", f"{_W2}passage"],  # chosen-looking; a word not ending in the password's
)
def test_other_passwords_stay_the_url_rules(password: str) -> None:
    text = f"const url = 'mysql://root:{password}@localhost:{_PORT}/';\n"
    assert _ids("scripts/run.js", text) == ["url-credentials"]
