"""Two classes behind the thirteenth CredData part's misses of object-storage keys
(`AWS_BACKUP_SECRET_ACCESS_KEY=mini…`, `MINIO_SECRET_KEY: mini…`), with values made here from a
seeded generator and near-miss decoys. The part's own lines are in documentation, which the
guessable kind then left out by decision (reported at low since: tests/test_secrets_doc_guessable.py);
the same settings in configuration were not reported either:

- A secret access key (`AWS_SECRET_ACCESS_KEY`, `S3_SECRET_ACCESS_KEY`, `secretAccessKey`) is a
  signing secret: a word-like value under it is as guessable as under `SECRET_KEY`. The access key
  id beside it (`AWS_ACCESS_KEY_ID`) names the account and stays out.
- A value that repeats the product word the name starts with (`MINIO_SECRET_KEY=minio` and digits)
  is the product's name typed as its secret, not the setting's own name: the setting's own words
  are those of the secret (`SECRET_KEY`, `jwtSecret`), and a value made of them
  (`jwtSecret: 'jwt-secret'`, `APP_SECRET=app-secret`) stays a name.
"""

from __future__ import annotations

import random

import pytest

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261213)


def _word() -> str:
    return "".join(_RNG.choice("bcdfghjklmnprstvz") + _RNG.choice("aeiou") for _ in range(3))


def _digits() -> str:
    return str(_RNG.randrange(100, 1000))


_W1, _W2, _W3 = _word(), _word(), _word()
_COMPOSE = "services:\n  app:\n    environment:\n"
_D1, _D2 = _digits(), _digits()


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (".env", f"AWS_SECRET_ACCESS_KEY={_W1}{_D1}\n"),
        (".env", f"S3_SECRET_ACCESS_KEY={_W2}-{_W3}\n"),
        ("docker-compose.yml", f"{_COMPOSE}      - AWS_BACKUP_SECRET_ACCESS_KEY={_W1}{_D2}\n"),
        ("config/storage.yml", f"storage:\n  secretAccessKey: {_W3}{_D1}\n"),
        ("src/storage.ts", f'const secretAccessKey = "{_W2}{_D2}";\n'),
    ],
)
def test_a_word_like_secret_access_key_is_reported(path: str, text: str) -> None:
    assert _ids(path, text) == ["guessable-secret"]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (".env", f"MINIO_SECRET_KEY=minio{_D1}\n"),
        ("docker-compose.yml", f"{_COMPOSE}      MINIO_SECRET_KEY: minio{_D2}\n"),
        (".env", f"GRAFANA_SECRET_KEY=grafana{_D1}\n"),
    ],
)
def test_the_product_word_as_its_secret_is_reported(path: str, text: str) -> None:
    assert _ids(path, text) == ["guessable-secret"]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # the access key id names the account; a word there is no secret
        (".env", f"AWS_ACCESS_KEY_ID={_W1}{_D1}\n"),
        # the setting's own words as its value
        (".env", "APP_SECRET=app-secret\n"),
        ("config/app.yml", "jwtSecret: jwt-secret\n"),
        (".env", "AWS_SECRET_ACCESS_KEY=secret-access-key\n"),
        (".env", "MINIO_SECRET_KEY=minio_secret_key\n"),
        # references and placeholders stay out (in documentation, a setting's value is reported
        # at low: tests/test_secrets_doc_guessable.py)
        (".env", "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n"),
        (".env", "AWS_SECRET_ACCESS_KEY=your-secret-access-key\n"),
        (".env", "AWS_SECRET_ACCESS_KEY=changeme\n"),
        ("docs/storage.md", "```\n- AWS_BACKUP_SECRET_ACCESS_KEY=your-secret-access-key\n```\n"),
        # a bare product name, too short to be read as a secret
        (".env", "MINIO_SECRET_KEY=minio\n"),
    ],
)
def test_names_references_and_placeholders_stay_out(path: str, text: str) -> None:
    assert _ids(path, text) == []


def test_another_word_of_the_name_as_its_value_stays_a_name() -> None:
    # a bundled library's data attribute (Bootstrap's `DATA_API_KEY = '.data-api'`), the decoy
    # production code showed the first form of the change
    assert _ids("static/js/bootstrap.js", "  const DATA_API_KEY = '.data-api';\n") == []
    assert _ids(".env", f"STORAGE_SECRET_ACCESS_KEY=storage{_D1}\n") == ["guessable-secret"]
