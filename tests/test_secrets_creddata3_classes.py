"""The classes the third CredData part showed missed, written as our own cases (own values) before
the rules changed for them: a quoted value holding the other kind of quote (`"1t'sAltyn"`), a
signing secret in configuration made of letters only and longer than a word, or named
`jwt-secret-key`, a built-in account's default password as user and password of a URL in
configuration (`amqp://guest:guest@mq`), a private key written as base64 without its PEM armour
(PKCS #8 or PKCS #1 DER), and token pairs in a form-encoded string
(`oauth_token=...&oauth_token_secret=...`); with decoys of the same shapes: the same lines in
documentation and code where the rule is for configuration, placeholders and references, public
keys and certificates in base64, and form strings whose values are empty or built at run time."""

from __future__ import annotations

import base64
import hashlib

import pytest

from tests.secrets_holdout import assert_detections_at_their_value, detector_ids

GENERIC = "generic-secret-assignment"


def _der_b64(header: bytes, size: int = 600) -> str:
    """Base64 of a DER structure of `size` bytes that starts with `header`; the body is filler."""
    body = b"".join(hashlib.sha256(b"qarz-%d" % i).digest() for i in range(size // 32 + 2))
    length = size - 4
    raw = b"\x30\x82" + length.to_bytes(2, "big") + header + body
    return base64.b64encode(raw[:size]).decode()


RSA_OID = bytes.fromhex("300d06092a864886f70d0101010500")
PKCS8 = _der_b64(b"\x02\x01\x00" + RSA_OID + b"\x04\x82\x02\x40")
PKCS1 = _der_b64(b"\x02\x01\x00\x02\x81\x81\x00")
SPKI = _der_b64(RSA_OID + b"\x03\x82\x01\x0f\x00")  # a public key: no version number
CERT = _der_b64(b"\x30\x82\x02\x10\xa0\x03\x02\x01\x02")  # a certificate: a SEQUENCE in a SEQUENCE


@pytest.mark.parametrize(
    ("path", "text", "detector"),
    [
        # a quoted value holding the other kind of quote
        ("etc/lending.yaml", 'online-dsn:\n    user:     root\n    password: "1t\'sAltyn9"\n', GENERIC),
        ("svc/config.py", 'DB_PASSWORD = "Qa\'zaq9!x"\n', GENERIC),
        ("web/src/db.ts", "const password = 'Kz\"7#qLm';\n", GENERIC),
        # letters-only signing secrets longer than a word, and `<signing>-secret-key` names
        ("svc/application.yml", "sa-token:\n    jwt-secret-key: qwertasdfgzxcvbyuiophjklnmqazwsx\n", GENERIC),
        ("deploy/server.config", 'jwt-secret = "altynaltynaltynaltynaltynverysafe"\n', GENERIC),
        ("deploy/.env", "JWT_SECRET=zhetysuzhetysuzhetysuaksai\n", GENERIC),
        # a built-in account's default password as a URL's user and password, in configuration
        (
            "deploy/docker-compose.yml",
            "services:\n  app:\n    environment:\n      - MQ_URL=amqp://guest:guest@mq:5672/\n",
            "url-credentials",
        ),
        ("deploy/.env", "DATABASE_URL=postgres://admin:admin@db:5432/loans\n", "url-credentials"),
        # private keys in base64 without the PEM armour
        ("src/main/java/kz/qarz/Keys.java", f'    String privateKey = "{PKCS8}";\n', "private-key-der"),
        ("deploy/app.yml", f"signing:\n  rsa-private: {PKCS1}\n", "private-key-der"),
        # token pairs in a form-encoded string
        (
            "src/test/java/kz/qarz/OAuthTest.java",
            '    final String body = "oauth_token=kz7q93j4hdzxpola&oauth_token_secret=qk5d0244k9j7ao03";\n',
            "url-query-secret",
        ),
        (
            "tests/test_oauth.py",
            'body = "oauth_token_secret=qk5d0244k9j7ao03&oauth_token=kz7q93j4hdzxpola"\n',
            "url-query-secret",
        ),
    ],
)
def test_missed_classes_are_reported(path: str, text: str, detector: str) -> None:
    assert detector in detector_ids(path, text)
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # quotes inside quoted text that is not a secret
        ("svc/config.py", "password_hint = \"don't reuse the 'admin' password\"\n"),
        ("svc/messages.py", 'PASSWORD_LABEL = "Enter the user\'s password"\n'),
        ("etc/lending.yaml", "password: \"<your 'db' password>\"\n"),
        # signing secrets that are references or placeholders (in code: guessable-secret; set in a
        # documentation example, guessable-secret at low: test_a_documented_signing_secret_is_low)
        ("svc/application.yml", "sa-token:\n    jwt-secret-key: ${JWT_SECRET_KEY}\n"),
        ("svc/application.yml", "jwt:\n  secret: replacewithyourownsecretvalue\n"),
        ("svc/application.yml", "jwt:\n  secret-key-header: authorizationheadername\n"),
        # a default account in a URL outside configuration
        ("README.md", "Connect with `amqp://guest:guest@localhost:5672/`.\n"),
        ("src/broker.py", 'URL = "amqp://guest:guest@localhost:5672/"\n'),
        # public keys and certificates in base64, base64 that is not DER
        ("src/main/java/kz/qarz/Keys.java", f'    String publicKey = "{SPKI}";\n'),
        ("deploy/app.yml", f"tls:\n  certificate: {CERT}\n"),
        ("web/logo.txt", "MII" + base64.b64encode(hashlib.sha512(b"logo").digest() * 8).decode() + "\n"),
        # form strings whose values are empty, references or built at run time
        ("src/oauth.py", 'body = "oauth_token=&oauth_token_secret="\n'),
        ("src/oauth.py", 'body = "oauth_token=" + token + "&oauth_token_secret=" + secret\n'),
        ("src/oauth.js", "const body = `oauth_token=${token}&oauth_token_secret=${secret}`;\n"),
        ("src/search.py", 'query = "page_token=nextpage2&limit=20"\n'),
    ],
)
def test_decoys_of_the_same_shapes_are_not_reported(path: str, text: str) -> None:
    assert not detector_ids(path, text)


def test_a_documented_signing_secret_is_low() -> None:
    """Set as a line of a documentation example, a word-like signing secret is what a reader who
    copies it runs with: the guessable kind at low (docs/measurements/secrets.md, "Secrets in
    documentation")."""
    text = "```yaml\njwt-secret-key: qwertasdfgzxcvbyuiophjklnmqazwsx\n```\n"
    assert detector_ids("docs/setup.md", text) == ["guessable-secret"]
