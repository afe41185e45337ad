"""A secret's digest in the PHC string form (`$pbkdf2-sha512$310000$<salt>$<hash>`, scrypt,
argon2, bcrypt), written where an OAuth client's secret or an API secret goes, is what the server
compares a presented secret against, not the secret: it cannot be sent in its place. It is not
reported under a secret's name, as it was not under a password's. The plain secret in the same
place is still reported."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE

_PBKDF2 = "$pbkdf2-sha512$310000$zBSvouZt05kvL.Qw7kLz2v$Rm9XKd8mPq2zLwhbkXNNvhOV48vQz9Pr0d2021kzA1b2C3d4"


def _rules(path: str, text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


@pytest.mark.parametrize(
    "value",
    [
        _PBKDF2,
        "$argon2id$v=19$m=65536,t=3,p=4$Qw7kLz2vRm9XKd8m$Pq2zLwhbkXNNvhOV48vQz9Pr0d2021kzA1b2C3d4E5f",
        "$scrypt$ln=16,r=8,p=1$Qw7kLz2vRm9XKd8m$Pq2zLwhbkXNNvhOV48vQz9Pr0d2021kzA1b2C3d4E5f",
        "$2b$12$Kd8mPq2zLwhbkXNNvhOV48vQz9Pr0d2021kzA1b2C3d4E5f6G7h8",
    ],
)
def test_a_client_secrets_digest_is_not_the_secret(value: str) -> None:
    text = f"clients:\n  - client_id: loans-portal\n    client_secret: '{value}'\n"
    assert _rules("deploy/oidc/configuration.yml", text) == []


def test_the_plain_client_secret_is_still_reported() -> None:
    text = "clients:\n  - client_id: loans-portal\n    client_secret: 'Qw7kLz2vRm9XKd8mPq2zLwhbkXNN'\n"
    assert _rules("deploy/oidc/configuration.yml", text) != []
