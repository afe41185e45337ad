"""Three narrow classes, written as our own cases (own values) before the rules changed for them:
algorithm and authentication-plugin names under a password's name (`mysql_native_password`,
`sha256`, `scram-sha-256`) are identifiers, not secrets; a GPG/PGP key's id or fingerprint is
public; a dictionary word or phrase typed into configuration as a JWT, session or signing secret
(`JWT_SECRET=access`, `SESSION_SECRET=keyboard cat`) lets anyone forge what it signs. Each with
decoys of the same shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.models import Severity
from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import (
    ENGINE,
    assert_detections_at_their_value,
    assert_no_value_shown,
    detector_ids,
)

GENERIC = "generic-secret-assignment"
FPR = "9E1D3B7A5C2F80461DA9B3C7E5F20A8D6B4C1E93"
SECRET_IDS = {GENERIC, "secret-word-inside-name"}


# -- 1. names of algorithms and authentication plugins ------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("etc/mysql/conf.d/auth.cnf", "[mysqld]\ndefault_authentication_plugin = mysql_native_password\n"),
        ("src/db.js", "mysql.createConnection({ host: 'db', authPlugin: 'mysql_native_password' });\n"),
        ("deploy/compose.yml", "    command: --default-authentication-plugin=caching_sha2_password\n"),
        ("conf/app.yml", "db:\n  password: caching_sha2_password\n"),
        ("conf/.env", "DB_AUTH_PASSWORD=sha256_password\n"),
        ("conf/app.yml", "auth:\n  password_auth_plugin: caching_sha2_password\n"),
        ("conf/app.yml", "auth:\n  password_auth_plugin: client_ed25519\n"),
        ("conf/.env", "DB_PASSWORD=client_ed25519\n"),
        ("conf/app.yml", "db:\n  password: scram-sha-256\n"),
        ("conf/.env", "PG_PASSWORD=sha512\n"),
        ("src/users.js", "const opts = { password: 'pbkdf2_sha256' };\n"),
        ("conf/app.yml", "vault:\n  password: aes-256-cbc\n"),
        ("conf/app.yml", "hasher:\n  password: argon2id\n"),
        ("conf/app.yml", "hasher:\n  password: SHA-384\n"),
        # a plugin's name as the quoted first argument of a call: a name, not a password's name
        ("src/wire/auth.js", "    buf.writeNullTerminatedString('caching_sha2_password', 'cp1251');\n"),
        ("src/wire/auth.js", "    out.writeString('mysql_native_password', 'latin2');\n"),
        ("src/wire/Auth.java", 'plugins.put("sha256_password", new Sha256Plugin());\n'),
    ],
)
def test_algorithm_names_are_not_passwords(path: str, text: str) -> None:
    assert not SECRET_IDS & set(detector_ids(path, text))


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # passwords that only contain an algorithm's letters
        ("conf/.env", "DB_PASSWORD=Sha256!Tulpar\n"),
        ("conf/app.yml", "db:\n  password: md5kazna7731\n"),
        ("src/db.js", "const opts = { password: 'aes256_Q7zk!mLp' };\n"),
    ],
)
def test_passwords_that_contain_an_algorithm_name_are_reported(path: str, text: str) -> None:
    assert GENERIC in detector_ids(path, text)


def test_algorithm_names() -> None:
    names = ("sha256", "SHA-384", "scram-sha-256", "caching_sha2_password", "client_ed25519", "aes-256-gcm")
    for value in names:
        assert v.names_algorithm(value), value
    for value in ("Sha256!Tulpar", "md5kazna7731", "aes256_Q7zk!mLp", "koktem2019", "sha"):
        assert not v.names_algorithm(value), value


# -- 2. GPG/PGP key ids and fingerprints ---------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("README.md", "Import the release key:\n\n    gpg --recv-keys 0x6C2E91A4B7D30F58\n"),
        ("README.md", f"Verify with:\n\n    GPG_KEY={FPR}\n    gpg --recv-keys $GPG_KEY\n"),
        ("README.md", f"```\nexport GPG_KEY={FPR}\n```\n"),
        ("docs/verify.rst", f"    pgp_key = {FPR}\n"),
        ("docs/verify.html", f"<code>GPG_KEY={FPR}</code>\n"),
        ("Dockerfile", f"ENV GPG_KEY={FPR}\n"),
        ("scripts/verify.sh", f"GPG_KEY={FPR}\n"),
        (".travis.yml", f"env:\n  global:\n    - GPG_KEY={FPR}\n"),
        ("conf/.env", f"GPG_SIGNING_KEY={FPR}\n"),
        ("conf/release.yml", "signing:\n  gpg_key: 0x6C2E91A4B7D30F58\n"),
        ("conf/release.yml", "signing:\n  pgp_key: 6C2E91A4\n"),
        ("README.md", "Key fingerprint = 9E1D 3B7A 5C2F 8046 1DA9  B3C7 E5F2 0A8D 6B4C 1E93\n"),
        ("README.md", f"The tags are signed by key id {FPR} (fingerprint).\n"),
        ("README.md", f"## Maintainers\n\n- **Aigerim S.**\n  - Release GPG key: {FPR}\n"),
        ("docs/release.md", f"Our OpenPGP signing key: 0x{FPR[-16:]}\n"),
    ],
)
def test_gpg_key_ids_are_public(path: str, text: str) -> None:
    assert not SECRET_IDS & set(detector_ids(path, text))


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # the same hex under names that are not a public key's id, and a GPG key's secret parts
        ("README.md", f"    HMAC_KEY={FPR}\n"),
        ("conf/.env", f"SIGNING_KEY={FPR}\n"),
        ("conf/.env", f"GPG_PRIVATE_KEY={FPR}\n"),
        ("README.md", f"## Maintainers\n\n- **Aigerim S.**\n  - Release signing key: {FPR}\n"),
        ("README.md", f"GPG is not used here; the webhook key: {FPR}\n"),
        ("src/wire/auth.js", "conn.login('app', { password: 'Qz7!kalm2024' });\n"),
        ("src/Auth.java", 'creds.put("password", "Qz7!kalm2024");\n'),
        ("conf/.env", "GPG_PASSPHRASE=Qz7!kalm2024\n"),
        ("conf/.env", "GPG_KEY=lQOYBGWx0Z8BCAC7m2VhQx1ZpT9rK4dN6sJ8aF3bL0cE5gH2iW7uY1oR9tM4nP6q\n"),
    ],
)
def test_secrets_beside_gpg_names_are_reported(path: str, text: str) -> None:
    assert GENERIC in detector_ids(path, text)


# -- 3. weak signing secrets typed into configuration -------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("svc/.env", "JWT_SECRET=access\n"),
        ("svc/.env", "SESSION_SECRET=keyboard cat\n"),
        ("svc/.env", 'SESSION_SECRET="keyboard cat"\n'),
        ("svc/config.yml", "secret_key: secret123\n"),
        ("svc/config.yml", "app:\n  SECRET_KEY: tulpar\n"),
        ("svc/application.properties", "jwt.secret=zhetisu\n"),
        ("svc/application.properties", "security.jwt.signing-key=mysecret\n"),
        ("deploy/docker-compose.yml", "    environment:\n      - COOKIE_SECRET=qazaqstan\n"),
        ("deploy/docker-compose.yml", "    environment:\n      NEXTAUTH_SECRET: steppe wind\n"),
        ("svc/settings.ini", "[app]\nsecret_key = shhhhh\n"),
        ("svc/.env", "JWT_SIGNING_KEY=altyn2024\n"),
        ("svc/.env", "HMAC_SECRET=supersecret\n"),
    ],
)
def test_weak_signing_secrets_in_configuration_are_reported(path: str, text: str) -> None:
    assert GENERIC in detector_ids(path, text)
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # references, placeholders, empty values
        ("svc/.env", "JWT_SECRET=${JWT_SECRET}\n"),
        ("svc/config.yml", "jwt:\n  secret: ${JWT_SECRET}\n"),
        ("svc/.env", "JWT_SECRET=changeme\n"),
        ("svc/.env", "SESSION_SECRET=<secret>\n"),
        ("svc/.env", "SECRET_KEY=your-secret-here\n"),
        ("svc/.env", "JWT_SECRET=\n"),
        ("svc/config.yml", 'secret_key: ""\n'),
        ("svc/.env", "JWT_SECRET=JWT_SECRET\n"),
        ("deploy/docker-compose.yml", "    environment:\n      SECRET_KEY: secret\n"),
        # examples, templates, documentation and code
        ("svc/.env.example", "JWT_SECRET=access\n"),
        ("svc/config.sample.yml", "secret_key: secret123\n"),
        ("docs/auth.md", "Set it:\n\n    SESSION_SECRET=keyboard cat\n"),
        ("src/app.js", "app.use(session({ secret: 'keyboard cat' }));\n"),
        ("src/settings.py", "SECRET_KEY = 'tulpar'\n"),
        # not a signing secret: the names of secrets kept elsewhere, modes, prose
        ("deploy/k8s/app.yaml", "    env:\n      - name: JWT_SECRET\n        secretName: jwt-secret\n"),
        ("svc/.env", "JWT_SECRET_NAME=signing\n"),
        ("svc/.env", "JWT_SECRET_SOURCE=environment\n"),
        ("svc/config.yml", "session_secret: required\n"),
        ("svc/messages.yml", "hint: the jwt secret is rotated daily\n"),
        ("svc/.env", "SECRET_KEY=keyboard cat and more words than a phrase\n"),
        ("svc/.env", "AWS_SECRET_KEY=access\n"),
        ("svc/.env", "ACCESS_TOKEN_SECRET=access\n"),
    ],
)
def test_signing_decoys_are_not_reported(path: str, text: str) -> None:
    assert GENERIC not in detector_ids(path, text)


def test_weak_signing_secret_is_high_and_says_why() -> None:
    fs = ENGINE.scan("svc/.env", "JWT_SECRET=access\n")
    [finding] = detection_findings(fs, ENGINE)
    assert finding.severity is Severity.HIGH
    assert "forge" in finding.properties["severity_reason"]
    assert "access" not in finding.message
    strong = ENGINE.scan("svc/.env", "JWT_SECRET=Qz7!kalm2024xP\n")
    [other] = detection_findings(strong, ENGINE)
    assert "forge" not in other.properties["severity_reason"]


def test_weak_signing_secret_check() -> None:
    ph = load_ruleset().placeholders
    assert v.weak_signing_secret("JWT_SECRET", "access", "svc/.env", ph, "=", "")
    assert v.weak_signing_secret("SESSION_SECRET", "keyboard", "svc/.env", ph, "=", " cat")
    assert not v.weak_signing_secret("JWT_SECRET", "access", "src/app.py", ph, "=", "")
    assert not v.weak_signing_secret("API_URL", "access", "svc/.env", ph, "=", "")
    assert not v.weak_signing_secret("DB_PASSWORD", "access", "svc/.env", ph, "=", "")


def test_an_unquoted_signing_phrase_is_detected_and_masked_whole(tmp_path: Path) -> None:
    text = "SESSION_SECRET=altyn kazna tulpar\nDB_PASSWORD=Qz7!kalm2024xP some note\n"
    fs = ENGINE.scan("svc/.env", text)
    assert [d.value for d in fs.detections] == ["altyn kazna tulpar", "Qz7!kalm2024xP"]
    assert_detections_at_their_value("svc/.env", text)
    tree = tmp_path / "app"
    tree.mkdir()
    (tree / ".env").write_text(text, encoding="utf-8")
    assert_no_value_shown(tree, ["kazna tulpar", "Qz7!kalm2024xP"], tmp_path)
