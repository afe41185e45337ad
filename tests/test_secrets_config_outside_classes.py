"""The classes the outside set of application and deployment configuration showed, written as our
own cases (own values) before the rules changed for them: a built-in account's default password as
both user and password of a URL (`amqp://guest:guest@mq`), reported at the severity a default
password set under its name gets (medium, low commented out), not as a chosen password (high); and
a signing or API secret whose value says it is a stand-in, for CI or development only
(`ci-only-secret-...`, `dev-only-...`) or a placeholder written in Portuguese, Spanish, French or
German (`sua-chave-...`, `tu-clave-...`, `votre-cle-...`, `dein-schluessel-...`); with the same
shapes that stay reported as they were."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from tests.secrets_holdout import detector_ids, finding_severities

URL = "url-credentials"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("deploy/k8s/secret.yaml", 'stringData:\n  AMQP_URL: "amqp://guest:guest@broker:5672"\n'),
        ("deploy/k8s/secret.yaml", 'stringData:\n  DB_URL: "mysql://root:root@mysql-0:3306/loans"\n'),
        (
            ".github/workflows/ci.yml",
            "    env:\n      DATABASE_URL: postgresql://postgres:postgres@localhost:5432/qarz\n",
        ),
        ("deploy/.env", "DATABASE_URL=postgres://admin:admin@db:5432/loans\n"),
    ],
)
def test_a_default_account_in_a_url_is_reported_as_a_default(path: str, text: str) -> None:
    assert detector_ids(path, text) == [URL]
    [(severity, why)] = finding_severities(path, text)
    assert severity is Severity.MEDIUM
    assert "default" in why


def test_a_commented_default_account_in_a_url_is_low() -> None:
    text = "# DATABASE_URL=postgres://postgres:postgres@db:5432/loans\nDEBUG=0\n"
    [(severity, _)] = finding_severities("deploy/.env", text)
    assert severity is Severity.LOW


def test_a_default_account_of_a_remote_host_stays_critical() -> None:
    text = "DATABASE_URL=postgres://admin:admin@db.qarz-lending.kz:5432/loans\n"
    assert [s for s, _ in finding_severities("deploy/.env", text)] == [Severity.CRITICAL]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # a chosen password, or a default word beside another user: the password as it was
        ("deploy/k8s/secret.yaml", 'stringData:\n  DB_URL: "mysql://loans:Tq7vKe2mZp@mysql-0:3306/loans"\n'),
        ("deploy/.env", "AMQP_URL=amqp://scorer:Zh8xWq4nLb@broker:5672/\n"),
    ],
)
def test_a_chosen_password_in_a_url_stays_high(path: str, text: str) -> None:
    assert detector_ids(path, text) == [URL]
    assert [s for s, _ in finding_severities(path, text)] == [Severity.HIGH]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (".github/workflows/ci.yml", "    env:\n      AUTH_SECRET: ci-only-signing-value-qarz\n"),
        ("deploy/docker-compose.yml", "      JWT_SECRET: dev-only-jwt-signing-value\n"),
        ("deploy/docker-compose.yml", "      WEBHOOK_SECRET: local_only_webhook_words\n"),
        ("deploy/k8s/secret.yaml", '  JWT_SECRET_KEY: "sua-chave-jwt-muito-secreta-aqui"\n'),
        ("deploy/k8s/secret.yaml", '  JWT_SECRET_KEY: "seu-segredo-jwt-com-32-letras"\n'),
        ("svc/application.yml", "jwt:\n  signing-key: tu-clave-secreta-de-firma\n"),
        ("svc/.env", "API_KEY=votre-cle-api-ici-2024\n"),
        ("svc/.env", "APP_SECRET=dein-schluessel-hier-eintragen\n"),
    ],
)
def test_a_value_that_says_it_is_a_stand_in_is_not_reported(path: str, text: str) -> None:
    assert "guessable-secret" not in detector_ids(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # word-made signing secrets that say nothing of being stand-ins: reported as before
        ("deploy/docker-compose.yml", "      JWT_SECRET: qarz-jwt-signing-key-2025!\n"),
        ("deploy/k8s/secret.yaml", '  JWT_SECRET_KEY: "almaty-sunset-lending-words"\n'),
        # `su`, `tu`, `dein` inside another word is no placeholder
        ("svc/.env", "APP_SECRET=sunrise-tulpar-deinonychus-77\n"),
    ],
)
def test_word_made_secrets_stay_reported(path: str, text: str) -> None:
    assert "guessable-secret" in detector_ids(path, text)
