"""Two classes of secrets the generic assignment missed (docs/measurements/secrets.md,
"Secrets from outside: Talisman's detector tests and DeepSecrets' engine fixtures"):
an XML element named after a secret that carries attributes (`<password type="text">...`), and a
token-named entry holding a quoted value over a thousand characters (a long access token). Every
value here is made up."""

from __future__ import annotations

import random
import string

from tests.secrets_holdout import secret_detector_ids

VALUE = "Vb3kQ9zLmXr7Tw2PfN8c"


def _token(length: int, seed: int) -> str:
    """A made-up three-part token of about `length` characters (base64url alphabet)."""
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + "-_"
    part = (length - 2) // 3
    return ".".join("".join(rng.choice(alphabet) for _ in range(part)) for _ in range(3))


def test_xml_element_with_attributes_holding_a_secret_is_reported() -> None:
    for text in (
        f'<password type="text">{VALUE}</password>\n',
        f"<secret scope=prod> {VALUE} </secret>\n",
        f"<apiKey env=\"prod\" enc='no'>{VALUE}</apiKey>\n",
    ):
        assert "generic-secret-assignment" in secret_detector_ids("conf/app.xml", text), text


def test_xml_element_with_attributes_not_a_secret_is_not_reported() -> None:
    for text in (
        '<password type="text"></password>\n',
        '<password type="text">${DB_PASSWORD}</password>\n',
        '<key name="label">Save</key>\n',
        '<token lang="en">Sign in to continue</token>\n',
        "<password required=true/>\n<span>Kv8rTq2LmZ7wXc4PbN9y</span>\n",
    ):
        assert secret_detector_ids("conf/app.xml", text) == [], text


def test_long_quoted_token_value_is_reported() -> None:
    for n, (path, line) in enumerate(
        (
            ("config/settings.json", '{{\n  "accessToken": "{}"\n}}\n'),
            ("src/client.py", 'ACCESS_TOKEN = "{}"\n'),
            ("deploy/.env", 'AUTH_TOKEN="{}"\n'),
        )
    ):
        text = line.format(_token(1500 + 400 * n, n))
        assert "generic-secret-assignment" in secret_detector_ids(path, text), path


def test_long_quoted_value_that_is_not_a_secret_is_not_reported() -> None:
    prose = " ".join(["the key opens the settings page of the account"] * 40)
    for text in (
        f'{{\n  "tokenHelp": "{prose}"\n}}\n',
        f'{{\n  "publicKey": "{_token(1500, 7)}"\n}}\n',
        f'{{\n  "token": "{"a" * 1800}"\n}}\n',
    ):
        assert secret_detector_ids("config/settings.json", text) == [], text[:40]
