"""The classes the second CredData part showed missed, written as our own cases (own values) before
the rules changed for them: an unquoted base64 value with `=` padding read as a typed declaration
(`authkey: ...==` in a Kubernetes Secret), short passwords of three character classes whose
entropy is low (`k@777111`), an upper-case word typed as a password in configuration and shell
(`rootpwd="KARAGANDA"`), `*_pw` settings (`bind_pw`), and the default passwords of built-in
accounts (`admin`, `root`, `guest`) set in configuration; with decoys of the same shapes: the
same lines in documentation, examples and code, placeholders, setting words, formats and
versions."""

from __future__ import annotations

import pytest

from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from tests.secrets_holdout import assert_detections_at_their_value, detector_ids

GENERIC = "generic-secret-assignment"
B64 = "OTFmMmU0YzE3YjBkNDlhYThkZTM2YTU1ZjBjNzFlOGI5ZDQyYjYwMQ=="


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # base64 with padding, unquoted, under a key or salt name (a Kubernetes Secret, INI, YAML)
        ("deploy/k8s/secret.yaml", f"kind: Secret\ntype: Opaque\ndata:\n  signingkey: {B64}\n"),
        ("deploy/k8s/secret.yaml", f"data:\n  loggedinsalt: {B64}\n  noncekey: {B64}\n"),
        ("ops/app.ini", "[auth]\nhmac_salt = c2FsdC1mb3ItdGhlLWxlbmRpbmctYXBwLTIwMjQtcTM=\n"),
        ("svc/application.yml", f"security:\n  jwt:\n    secret: {B64}\n"),
        # three character classes, few distinct characters
        ("scripts/backup.sh", 'DB_PWD="k@777111"\n'),
        ("svc/config.py", 'password = "q!505050"\n'),
        # an upper-case word as a password in configuration or shell
        ("scripts/install.sh", 'rootpwd="KARAGANDA"\n'),
        ("svc/.env", "SMTP_PASSWORD=TAUKEKHAN\n"),
        # `*_pw` settings
        ("conf/ldap.cf", "bind_pw = koktemlo\n"),
        ("conf/app.ini", "[db]\ndb_pw = Ab7#kL2mQ\n"),
    ],
)
def test_missed_classes_are_reported(path: str, text: str) -> None:
    assert GENERIC in detector_ids(path, text)
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # default passwords of built-in accounts, set in configuration: since the eighth round
        # their own finding kind (a well-known default, medium severity)
        ("conf/ldap-users.cf", "bind_pw          = admin\n"),
        ("deploy/docker-compose.yml", "services:\n  mq:\n    environment:\n      MQ_DEFAULT_PASS: guest\n"),
        ("deploy/.env", "MYSQL_ROOT_PASSWORD=root\n"),
        ("svc/application.properties", "spring.datasource.password=admin\n"),
    ],
)
def test_default_passwords_of_built_in_accounts_are_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) == ["default-password"]
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # base64 values under names that are not secrets, typed declarations
        ("deploy/k8s/configmap.yaml", f"data:\n  cache_key: {B64}\n"),
        ("web/src/auth.ts", 'const token: string = "";\n'),
        ("web/src/auth.ts", "let secretKey: Buffer = loadKey();\n"),
        # formats, versions, e-mail addresses and references under password names
        ("svc/config.py", 'password_format = "%d-%m-%Y"\n'),
        ("svc/config.py", 'password = "%d-%m-%Y"\n'),
        ("svc/settings.yml", 'password: "v1.2.3-rc"\n'),
        ("svc/settings.yml", "password: a@b.kz\n"),
        # upper-case setting words, placeholders, environment names
        ("svc/.env", "PASSWORD_MODE=HASHED\n"),
        ("svc/.env", "DB_PASSWORD=REQUIRED\n"),
        ("svc/.env", "LDAP_BIND_PW=CHANGEME\n"),
        ("svc/.env", "DB_PASSWORD=DB_PASSWORD_FILE\n"),
        ("svc/settings.yml", "password: NONE\n"),
        ("svc/.env", "DB_PASSWORD=password\n"),
        ("svc/.env", "DB_PASSWORD=secret\n"),
        # default passwords outside configuration: documentation, examples, code, prose
        ("docs/ldap.md", "Set it:\n\n    bind_pw = admin\n"),
        ("conf/ldap.cf.example", "bind_pw = admin\n"),
        ("deploy/.env.example", "MYSQL_ROOT_PASSWORD=root\n"),
        ("src/ldap.py", 'bind_pw = "admin"\n'),
        ("svc/messages.yml", "hint: the default password is admin, change it\n"),
        # names that end in `pw` without being a password
        ("svc/app.ini", "kpw = admin\n"),
        # a user name, not a password
        ("deploy/.env", "MYSQL_USER=root\n"),
        # a password's hash where the password goes (MySQL's `PASSWORD()`)
        ("db/seed.sql", "-- mysql\nroot_password = '*3B7A1F0D6C2E9B8A4D5F6E7C8B9A0D1E2F3A4B5C'\n"),
    ],
)
def test_decoys_of_the_same_shapes_are_not_reported(path: str, text: str) -> None:
    assert GENERIC not in detector_ids(path, text)


def test_default_account_password_is_a_configuration_value_only() -> None:
    ph = load_ruleset().placeholders
    assert v.weak_config_password("bind_pw", "admin", "conf/ldap.cf", ph, "=", "")
    assert v.weak_config_password("RABBITMQ_DEFAULT_PASS", "guest", "compose.yml", ph, ": ", "")
    assert not v.weak_config_password("bind_pw", "admin", "docs/ldap.md", ph, "=", "")
    assert not v.weak_config_password("bind_pw", "admin", "src/ldap.py", ph, "=", "")
    assert not v.weak_config_password("bind_pw", "changeme", "conf/ldap.cf", ph, "=", "")
    assert not v.weak_config_password("admin_user", "admin", "conf/ldap.cf", ph, "=", "")


@pytest.mark.parametrize(
    ("path", "text", "reported"),
    [
        # a service's default account in a URL of a configuration file: user and password alike
        ("ops/queue.env", "BROKER_URL=amqp://rabbit:rabbit@mq.internal:5672/\n", True),
        (
            "deploy/docker-compose.yml",
            "    environment:\n      DATABASE_URL: postgres://postgres:postgres@db:5432/app\n",
            True,
        ),
        ("ops/tool/config", 'DB="ignite://ignite:ignite@localhost/Main"\n', True),
        # the same URL in code, documentation and examples; placeholder users; example hosts
        ("src/db.py", 'URL = "postgresql://postgres:postgres@localhost/test"\n', False),
        ("docs/setup.md", "Connect:\n\n    postgres://postgres:postgres@localhost/app\n", False),
        ("deploy/.env.example", "DATABASE_URL=postgres://postgres:postgres@db:5432/app\n", False),
        ("ops/proxy.env", "HTTP_PROXY=http://user:user@proxy:3128\n", False),
        ("ops/ftp.env", "FTP_URL=ftp://test:test@files/\n", False),
        ("ops/app.env", "DATABASE_URL=postgres://app:app@db.example.com/x\n", False),
        ("ops/app.env", "CACHE_URL=redis://ab:ab@cache:6379/0\n", False),
    ],
)
def test_default_account_in_a_configuration_url(path: str, text: str, reported: bool) -> None:
    assert ("url-credentials" in detector_ids(path, text)) is reported


@pytest.mark.parametrize(
    ("path", "text", "reported"),
    [
        # the documentation host of a translated help text (a message catalogue, a manual)
        ("po/fr.po", 'msgstr "  remote add nom https://UTILISATEUR:Zp4mXc8wRt@exemple.com/chemin "\n', False),
        ("po/de.po", 'msgstr "  curl https://benutzer:Kw9rTq2vLm@beispiel.de/pfad"\n', False),
        ("docs/es/uso.md", "    https://usuario:Jh7vNq3kPw@api.ejemplo.com/ruta\n", False),
        ("docs/it/uso.md", "    https://utente:Jh7vNq3kPw@esempio.it/percorso\n", False),
        # hosts that only begin or end like one
        ("ops/app.env", "BACKUP_URL=https://backup:Zp4mXc8wRt@exemplary.com/x\n", True),
        ("ops/app.env", "MIRROR_URL=https://mirror:Zp4mXc8wRt@exemple-bank.kz/x\n", True),
    ],
)
def test_translated_example_hosts(path: str, text: str, reported: bool) -> None:
    assert ("url-credentials" in detector_ids(path, text)) is reported
