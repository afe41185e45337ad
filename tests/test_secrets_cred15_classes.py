"""Two classes behind the fifteenth CredData part's misses and false alarms, with values made here
from a seeded generator and near-miss decoys.

An example copy of a configuration file named by a suffix added to the configuration's own name
(`conf/production.env.example`, `settings.yml.sample`, `app.properties.dist`): it is copied to
become the configuration that runs, as `.env.example` is, and its unquoted values are literals
there. A machine-made secret in it was not reported, because only a name that starts with `.env`
or ends in a configuration suffix counted as configuration, so an unquoted value was read as an
expression of an example program. Placeholders stay out, as in `.env.example`.

A Jasypt-encrypted property (`password: ENC(…)` in a Spring `application.yml` or a
`.properties` file) is ciphertext that the application decrypts at start with the encryptor's
password: the value committed is not the secret, the encryptor's password is (reported where it
is set). It was reported as a clear-text secret at high severity.
"""

from __future__ import annotations

import base64
import random
import string

import pytest

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261215)


def _token(n: int) -> str:
    return "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))


def _cipher() -> str:
    return base64.b64encode(bytes(_RNG.randrange(256) for _ in range(48))).decode()


_SECRET, _KEY, _CIPHER, _CIPHER2 = _token(40), _token(22), _cipher(), _cipher()


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


def _example_named_inside(path: str) -> str:
    """The same file with the example's word before the configuration's suffix
    (`production.env.example` -> `production.example.env`), a name already read as an example of
    configuration."""
    stem, _, word = path.rpartition(".")
    head, _, suffix = stem.rpartition(".")
    return f"{head}.{word}.{suffix}"


@pytest.mark.parametrize(
    "path",
    [
        "conf/production.env.example",
        "deploy/staging.env.sample",
        "config/settings.yml.example",
        "src/main/resources/app.properties.dist",
        "docker/worker.env.template",
    ],
)
def test_a_machine_made_secret_in_a_configuration_files_example_copy(path: str) -> None:
    sep = ": " if ".yml" in path else "="
    text = f"GITHUB_CLIENT_SECRET{sep}{_SECRET}\nSIGNING_KEY{sep}{_KEY}\n"
    ids = _ids(path, text)
    assert len(ids) == 2 and "guessable-secret" not in ids, ids
    assert ids == _ids(_example_named_inside(path), text)


@pytest.mark.parametrize(
    "path",
    ["conf/production.env.example", "config/settings.yml.sample", "app.properties.dist"],
)
@pytest.mark.parametrize(
    "value",
    ["your_client_secret", "<client-secret>", "${CLIENT_SECRET}", "changeme", "PUT_A_KEY_HERE", ""],
)
def test_placeholders_in_an_example_copy_stay_out(path: str, value: str) -> None:
    sep = ": " if ".yml" in path else "="
    assert _ids(path, f"GITHUB_CLIENT_SECRET{sep}{value}\n") == []


def test_an_example_program_is_read_as_before() -> None:
    # a program's example copy is no configuration: an unquoted right-hand side is an expression
    # there, judged as in any example program (`client.example.py`)
    text = f"CLIENT_SECRET = {_SECRET}\n"
    assert _ids("examples/client.py.example", text) == _ids("examples/client.example.py", text)
    assert "generic-secret-assignment" not in _ids("examples/client.py.example", text)


def test_the_example_copy_of_an_env_file_keeps_the_weak_password_rule() -> None:
    # a person's password set in an example file is a weak password (low), as in `.env.example`
    text = "DB_PASSWORD=Kazna2024\n"
    assert _ids("conf/production.env.example", text) == _ids(".env.example", text) == ["weak-password"]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/main/resources/application.yml", f"spring:\n  datasource:\n    password: ENC({_CIPHER})\n"),
        ("src/main/resources/application-dev.yml", f"oss:\n  qiniu:\n    secretKey: ENC({_CIPHER})\n"),
        ("src/main/resources/application.properties", f"mail.password=ENC({_CIPHER2})\n"),
        ("config/app.yml", f"client-secret: 'ENC({_CIPHER2})'\n"),
    ],
)
def test_a_jasypt_encrypted_property_is_no_clear_text_secret(path: str, text: str) -> None:
    assert _ids(path, text) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # a clear-text secret beside it, or one that only starts with the marker, stays reported
        ("src/main/resources/application.yml", f"secretKey: {_SECRET}\n"),
        ("src/main/resources/application.yml", f"secretKey: ENC{_SECRET}\n"),
        ("src/main/resources/application.yml", f"secretKey: ENC({_SECRET}\n"),
        ("src/main/resources/application.properties", f"mail.password=ENC({_CIPHER2})x{_KEY}\n"),
    ],
)
def test_a_value_that_is_not_a_whole_encrypted_property_is_still_judged(path: str, text: str) -> None:
    assert _ids(path, text) != []


def test_the_encryptors_own_password_stays_reported() -> None:
    text = f"jasypt:\n  encryptor:\n    password: {_KEY}\n"
    assert _ids("src/main/resources/application.yml", text) != []
