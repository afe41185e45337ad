"""Classes that leaktk's fake-leaks files (measured from outside) showed missed or reported
wrongly, written as our own cases (own values, made up for these tests) before the rules changed
for them, with decoys of the same shape:

- a PEM private key kept as base64 (a Kubernetes secret's data, a CI variable), on one line or
  wrapped: the base64 of `-----BEGIN ... PRIVATE KEY-----` and a key's body;
- a container registry's `auth` member in a client configuration serialised into a string
  (`"{\\"auths\\":{...{\\"auth\\":\\"...\\"}}}"`, an OpenShift pull secret in a JSON value);
- a password Maven encrypted with its master password (`<password>{...}</password>`): Maven
  decrypts it with the master password kept in `settings-security.xml`, so it stands for the
  password;
- (false alarms) a value encrypted by a tool that keeps the key elsewhere (hiera-eyaml's
  `ENC[PKCS7,...]`, Jasypt's `ENC(...)`, SOPS's `ENC[AES256_GCM,...]`): ciphertext, no secret;
- (false alarms) a key named public with a word between (`PUBLIC_API_KEY`, `publicClientKey`):
  published by design, as `public_key` is;
- (false alarms) a bearer value that is a JSON Web Token's header alone
  (`Bearer eyJhbGciOi...9.`): it names an algorithm, nothing it authorises and no signature.
"""

from __future__ import annotations

import base64

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

BODY = (
    "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDq7Kc2mX9pQ4rZ8tL1\n"
    "wN6vB3yH5jF0dS7gU2aE9kR4cT1oM8iP6lV3nW5xQ0zJ7hG2fY9bK4sD1eA8uC6tR3\n"
    "pL5mN2vX7qW9zE4yT1uI8oB3kH6gF0dS5aJ2cV7nM4xR9wQ1eZ6tY3uP8iL5oK2jG7\n"
)
PEM = "-----BEGIN PRIVATE KEY-----\n" + BODY + "-----END PRIVATE KEY-----\n"
PEM_B64 = base64.b64encode(PEM.encode()).decode()
PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\n" + BODY + "-----END PUBLIC KEY-----\n"
ELLIPSIS_PEM = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"
CERT_PEM = "-----BEGIN CERTIFICATE-----\n" + BODY + "-----END CERTIFICATE-----\n"


def wrapped(text: str, width: int = 76) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


REGISTRY_AUTH = "7c2e91ab4f0d83e65a1b9c47d02f6e3a"  # an opaque token, as a registry's robot account has
MAVEN_CIPHER = "{Qx7Lm2Vp9Kz4Rt8Wn3Yb6Hc1Jd5Fg0Su2Ea7Ti+Ok4=}"
RANDOM = "Wm4Qz8Rt2Lx7Kp9Vn3Bc6Yh1Jf5Dg0Sa"


def escaped_registry(auth: str) -> str:
    """A registry client's configuration serialised into a JSON string, its quotes escaped."""
    return (
        '"{\\"auths\\":{\\"registry.qarz.kz\\":{\\"auth\\":\\"'
        + auth
        + '\\",\\"email\\":\\"ci@qarz.kz\\"}}}"\n'
    )


REPORTED = [
    # -- a PEM private key as base64: one line, wrapped, in a YAML value
    ("deploy/key.b64", PEM_B64 + "\n", 1),
    ("deploy/key.b64", wrapped(PEM_B64) + "\n", 1),
    ("k8s/secret.yaml", f"apiVersion: v1\nkind: Secret\ndata:\n  tls.key: {PEM_B64}\n", 4),
    # -- a registry's auth member in an escaped JSON string
    ("deploy/pull.json", escaped_registry(REGISTRY_AUTH), 1),
    # -- a password Maven encrypted with its master password
    (
        "build/settings.xml",
        f"<settings><servers><server>\n  <id>nexus</id>\n  <username>ci</username>\n"
        f"  <password>{MAVEN_CIPHER}</password>\n</server></servers></settings>\n",
        4,
    ),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- base64 of a public key, a certificate, an elided key, or of prose
    ("deploy/key.b64", b64(PUBLIC_PEM) + "\n"),
    ("deploy/cert.b64", wrapped(b64(CERT_PEM)) + "\n"),
    ("deploy/key.b64", b64(ELLIPSIS_PEM) + "\n"),
    ("docs/notes.txt", b64("-----BEGIN of the notes: nothing secret here, only words.") + "\n"),
    # -- an escaped registry configuration with no credential in it
    ("deploy/pull.json", escaped_registry("")),
    ("deploy/pull.json", escaped_registry("dXNlcjpwYXNzd29yZA==")),  # user:password, a placeholder
    # -- Maven settings: a property reference, a template word in braces
    ("build/settings.xml", "<server>\n  <password>${env.NEXUS_PASSWORD}</password>\n</server>\n"),
    ("build/settings.xml", "<server>\n  <password>{password}</password>\n</server>\n"),
    # -- values encrypted by a tool that keeps the key elsewhere
    ("config/app.properties", f"db.password=ENC({RANDOM})\n"),
    ("hiera/common.yaml", f"db::password: 'ENC[PKCS7,{RANDOM}{RANDOM}]'\n"),
    ("config/app.env", f"api_secret='ENC[RSA,{RANDOM}]'\n"),
    ("secrets/app.yaml", f"api_token: ENC[AES256_GCM,data:{RANDOM},iv:{RANDOM[:16]},type:str]\n"),
    # -- keys named public
    ("deploy/env.sh", f'export PUBLIC_API_KEY="{RANDOM}"\n'),
    ("web/config.js", f'const publicClientKey = "{RANDOM}";\n'),
    # -- a JSON Web Token's header alone after Bearer
    ("docs/api.md", "    Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\n"),
    (
        "scripts/call.sh",
        'curl -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9" https://api.qarz.kz\n',
    ),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()


STILL_REPORTED = [
    # the widening of each class leaves these as they were
    ("deploy/env.sh", f'export PRIVATE_API_KEY="{RANDOM}"\n', 1),
    ("deploy/env.sh", f'export API_KEY="ENCRYPTED{RANDOM}"\n', 1),
    ("scripts/call.sh", f'curl -H "Authorization: Bearer {RANDOM}" https://api.qarz.kz\n', 1),
    ("deploy/key.pem", PEM, 1),
]


@pytest.mark.parametrize(("path", "text", "line"), STILL_REPORTED)
def test_still_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


# -- the second draw's classes (benchmarks/fake_leaks/files_2.csv), scored from outside first --------

URLSAFE_AUTH = "Qm7vT2xK9pL4wR8nZ3cY6hJ1dF5gB0sA-Vq8mZt3LkP2wXr9c_Hn4Jd7Gs1Ua6Eb3Ti0Ok5Wy2Rf8Lz4Cx9Pm7Vn1"
EXAMPLE_SECRET_B64 = b64("Zq4rT8vN2wXk7LmP9sB3hJ6cY1dF5gEXAMPLEKEY")
DIGEST = "4f0c2b9e7a1d6c3f8b5e0a9d2c7f4b1e6a3d8c5f0b7e2a9d4c1f6b3e8a5d0c7f"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


JWT_PARTS = (
    b64url(b'{"alg":"HS256","typ":"JWT"}'),
    b64url(b'{"sub":"qarz-batch","scope":"loans:read","exp":1893456000}'),
    b64url(bytes(range(7, 39))),  # 32 bytes, the length an HS256 signature has
)

SECOND_REPORTED = [
    # -- a JSON Web Token cut at its dots, one part a line
    ("deploy/token.txt", "Token for the batch job:\n\n" + ".\n".join(JWT_PARTS) + "\n", 3),
    ("deploy/token.yaml", "token: >\n  " + ".\n  ".join(JWT_PARTS) + "\n", 2),
    # -- a registry's auth written in base64's URL-safe alphabet
    (
        "deploy/config.json",
        '{"auths":{"registry.qarz.kz":{"auth":"' + URLSAFE_AUTH + '","email":"ci@qarz.kz"}}}\n',
        1,
    ),
]


@pytest.mark.parametrize(("path", "text", "line"), SECOND_REPORTED)
def test_second_draw_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


SECOND_NOT_REPORTED = [
    # -- a token's parts on lines of their own that are no JSON Web Token (the second part no JSON)
    (
        "deploy/token.txt",
        JWT_PARTS[0] + ".\n" + b64url(b"not a claim set at all") + ".\n" + JWT_PARTS[2] + "\n",
    ),
    # -- sentences that end with a dot before a line that starts like a token
    (
        "docs/notes.md",
        "The header is eyJhbGciOiJIUzI1NiJ9.\nThe payload is eyJzdWIiOiJ4In0.\nThen comes the signature.\n",
    ),
    # -- Jasypt's `ENC(...)` with a key size before the cipher
    ("config/app.env", f"api_secret='ENC(2048:{RANDOM})'\n"),
    # -- a container image pinned by its digest: `name:tag@sha256:...` is no user and password
    ("ci/build.sh", f"docker pull docker://node:20.11.1-slim@sha256:{DIGEST}\n"),
    ("ci/pipeline.yaml", f"image: docker://registry.qarz.kz/app:1.4.2-r3@sha512:{DIGEST}{DIGEST}\n"),
    # -- base64 of a documentation example key under a key's name in a Kubernetes secret
    (
        "k8s/secret.yaml",
        f"apiVersion: v1\nkind: Secret\ndata:\n  AWS_SECRET_ACCESS_KEY: {EXAMPLE_SECRET_B64}\ntype: Opaque\n",
    ),
]


@pytest.mark.parametrize(("path", "text"), SECOND_NOT_REPORTED)
def test_second_draw_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()


SECOND_STILL_REPORTED = [
    ("deploy/.env", f"DATABASE_URL=postgres://app:{RANDOM}@db.qarz.kz:5432/app\n", 1),
    ("k8s/secret.yaml", f"apiVersion: v1\nkind: Secret\nstringData:\n  api_secret: {RANDOM}\n", 4),
]


@pytest.mark.parametrize(("path", "text", "line"), SECOND_STILL_REPORTED)
def test_second_draw_still_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)
