"""Two token forms left open earlier: Slack's legacy `xoxo-` tokens whose numeric ids are shorter
than eight digits (taken when a hexadecimal tail follows), and HashiCorp Vault's legacy service
tokens (`s.` and 24 or more letters and digits) standing with no name, taken only where Vault is
named on the line or close to it (a bare `s.` value is member access in code everywhere).
Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import detected_with_severity, detector_ids

VAULT = {"hashicorp-vault-legacy-token", "hashicorp-vault-legacy-token-in-context"}


@pytest.mark.parametrize(
    "text",
    [
        "xoxo-730512-918273-640155-c4f19a0b7e2d53a8e61\n",
        "token: xoxo-48213-90127-b7e2d53a8e61c4f19a0b\n",
    ],
)
def test_a_legacy_slack_token_with_short_ids_is_reported(text: str) -> None:
    assert ("slack-token", "high") in detected_with_severity("ops/notify.yml", text)


@pytest.mark.parametrize(
    "text",
    [
        "xoxo-730512-918273\n",  # no tail: ids alone
        "xoxo-hugs-and-kisses-to-everyone\n",
        "xoxo-123-456-c4f19a0b7e2d53a8e61\n",  # ids of three digits
        "xoxo-730512-918273-xxxxxxxxxxxxxxxxxxxx\n",
    ],
)
def test_slack_look_alikes_are_not_reported(text: str) -> None:
    assert "slack-token" not in set(detector_ids("ops/notify.yml", text))


@pytest.mark.parametrize(
    "text",
    [
        "vault login s.Qf7kR2mXw9LpTz4NbV8cHy3D\n",
        'curl -H "X-Vault-Token: s.Qf7kR2mXw9LpTz4NbV8cHy3D" https://vault.corp.internal:8200/v1/sys/health\n',
        "vault token revoke s.Qf7kR2mXw9LpTz4NbV8cHy3D\n",
    ],
)
def test_a_legacy_vault_token_given_to_vault_is_reported_high(text: str) -> None:
    assert ("hashicorp-vault-legacy-token", "high") in detected_with_severity("ops/rotate.sh", text)


@pytest.mark.parametrize(
    "text",
    [
        "Vault root token:\ns.Qf7kR2mXw9LpTz4NbV8cHy3D\n",
        "s.Qf7kR2mXw9LpTz4NbV8cHy3D.Xk2Pq\n# the staging vault namespace token\n",
        "Unsealed the staging vault; the initial root token is\n    s.Qf7kR2mXw9LpTz4NbV8cHy3D\n",
    ],
)
def test_a_legacy_vault_token_near_a_vault_mention_is_reported_medium(text: str) -> None:
    assert ("hashicorp-vault-legacy-token-in-context", "medium") in detected_with_severity(
        "ops/notes.txt", text
    )


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # member access and calls, with or without Vault near
        ("src/app.js", "const v = s.computeTheLongestFieldNameX(x); // vault client\n"),
        ("src/app.js", "return s.atLeastTwentyFourCharactersField;\n"),
        ("src/vault.go", "vault := s.VaultClientForNamespace2024\n"),
        # a token with no Vault named near it
        ("ops/notes.txt", "root token:\ns.Qf7kR2mXw9LpTz4NbV8cHy3D\n"),
        # Vault four lines away
        ("ops/notes.txt", "vault\n\n\n\ns.Qf7kR2mXw9LpTz4NbV8cHy3D\n"),
        # placeholders
        ("ops/rotate.sh", "vault login s.xxxxxxxxxxxxxxxxxxxxxxxx\n"),
        ("ops/rotate.sh", "vault login s.XXXXXXXXXXXXXXXXXXXXXXXX\n"),
        ("ops/rotate.sh", "vault login $VAULT_TOKEN\n"),
    ],
)
def test_member_access_far_mentions_and_placeholders_are_not_reported(path: str, text: str) -> None:
    assert not (VAULT & set(detector_ids(path, text)))


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "deploy/vault.yml",
            "vault:\n  address: https://vault.corp.internal:8200\n  token: s.Qf7kR2mXw9LpTz4NbV8cHy3D\n",
        ),
        (
            "app/secrets.py",
            'client = hvac.Client(url="https://vault.corp.internal", token="s.Qf7kR2mXw9LpTz4NbV8cHy3D")\n',
        ),
    ],
)
def test_a_named_legacy_vault_token_stays_a_high_finding(path: str, text: str) -> None:
    # the name ties the value to a setting: the in-context rule must not lower it to medium
    found = detected_with_severity(path, text)
    assert ("hashicorp-vault-legacy-token-in-context", "medium") not in found
    assert any(severity == "high" for _, severity in found)
