"""Split f of the held-out corpus (weak passwords typed into configuration) and the class it was
written to measure: a plain lower-case word or six or seven digits assigned to a password setting
in a configuration file is a password; the same word in code, in prose, in documentation or as
the value of an encoder, length, path or label setting is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from tests.conftest import FIXTURES
from tests.secrets_holdout import (
    assert_detections_at_their_value,
    assert_split_found,
    detector_ids,
)

SPLIT = FIXTURES / "secrets-holdout" / "f"


def test_split_f_recall_per_category_and_no_decoy_reported() -> None:
    assert_split_found(SPLIT, 14, 25)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("deploy/docker-compose.yml", "services:\n  db:\n    environment:\n      - MARIADB_PASSWORD=koktem"),
        ("deploy/docker-compose.yml", "services:\n  mq:\n    environment:\n      AMQP_PASS: shalkar2020\n"),
        ("svc/src/main/resources/application.yml", "spring:\n  datasource:\n    password: 8306194\n"),
        ("svc/.env", "SMTP_PWD=ayaulym\n"),
        ("svc/conf/app.properties", "jdbc.password=otyrar   # local only\n"),
        ("ops/backup.ini", "[db]\npassword = 730518\n"),
        ("charts/values.yaml", "auth:\n  postgresPassword: zhailau\n"),
        ("svc/settings.json", '{\n  "dbPassword": "arkalyk",\n  "port": 5432\n}\n'),
    ],
)
def test_weak_password_in_configuration_is_reported(path: str, text: str) -> None:
    assert "generic-secret-assignment" in detector_ids(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # settings named for a password whose value is not one
        ("svc/application.yml", "security:\n  password-encoder: bcrypt\n"),
        ("svc/application.yml", "security:\n  password: plaintext\n"),
        ("svc/.env", "DB_PASSWORD_FILE=/run/secrets/db\n"),
        ("svc/.env", "ADMIN_PASSWORD=123456\n"),
        ("svc/.env", "PIN_PASSWORD=111111\n"),
        ("svc/.env", "DB_PASSWORD=0830194\n"),
        ("svc/app.properties", "ssl.keystore.password=changeit\n"),
        ("svc/app.properties", "password.min.length=12\n"),
        # labels: capitalised, or more than one word
        ("web/locales/de.yml", "de:\n  password: Passwort\n"),
        ("web/locales/fi.yml", "fi:\n  new_password: uusi salasana\n"),
        # prose in a configuration file, not a setting
        ("svc/messages.yml", "hint: never tell anyone the code or password, nobody asks for it\n"),
        ("svc/messages.yml", "hint:\n  password: never share it\n"),
        # the same words in code, documentation and examples
        ("api/app/Models/User.php", "<?php\n$casts = [\n    'password' => 'hashed',\n];\n"),
        ("web/src/types.ts", "export const schema = {\n  password: 'koktem',\n};\n"),
        ("docs/setup.md", "Set the database:\n\n    DB_PASSWORD=koktem\n"),
        ("deploy/.env.example", "DB_PASSWORD=koktem\n"),
    ],
)
def test_words_that_are_not_weak_passwords_are_not_reported(path: str, text: str) -> None:
    assert "generic-secret-assignment" not in detector_ids(path, text)


def test_weak_config_password_reads_the_setting_and_the_rest_of_the_line() -> None:
    ph = load_ruleset().placeholders
    assert v.weak_config_password("DB_PASS", "koktem", "svc/.env", ph, "=", "")
    assert v.weak_config_password("password", "koktem", "svc/app.yml", ph, ": ", "  # local")
    assert not v.weak_config_password("password", "koktem", "svc/app.yml", ph, ", ", "")
    assert not v.weak_config_password("password", "never", "svc/app.yml", ph, ": ", " share it")
    assert not v.weak_config_password("password_policy", "koktem", "svc/app.yml", ph, ": ", "")
    assert not v.weak_config_password("password", "koktem", "svc/app.py", ph, " = ", "")


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(["password", "DB_PASS", "postgresPassword", "smtp.pwd", "key"]),
    op=st.sampled_from(["=", ": ", " = ", ":=", ", "]),
    value=st.text(alphabet="abcxyz0123456789 #,;'\"-_", max_size=30),
    suffix=st.sampled_from([".yml", ".env", ".properties", ".ini", ".json", ".py", ".md"]),
)
def test_password_settings_fuzz_detections_point_at_their_value(
    name: str, op: str, value: str, suffix: str
) -> None:
    assert_detections_at_their_value(f"cfg/app{suffix}", f"{name}{op}{value}\nother: 1\n")
