"""A class behind the seventeenth CredData part's miss, with values made here from a seeded
generator and near-miss decoys.

Jenkins keeps every credential it stores (`credentials.xml`, job `config.xml`, configuration as
code) encrypted with its instance key, written as `{AQAAABAAAA...}`: the base64 of a version
byte (1), the length of the initialisation vector (16), the length of the ciphertext, the
vector and the AES ciphertext. The ciphertext and the instance's `secrets/master.key` and
`secrets/hudson.util.Secret` decrypt offline, so an encrypted password was already reported
where a password is set (as a Maven-encrypted password is). An encrypted SSH private key is the
same kind of value, but over a thousand characters long: longer than the value an assignment is
judged on, so it was not reported at all, in the same file as the passwords that were.
"""

from __future__ import annotations

import base64
import random

import pytest

from aiscan.models import Severity
from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261217)


def _jenkins(data_len: int, *, version: int = 1, iv_len: int = 16, declared: int | None = None) -> str:
    """The base64 of a value in Jenkins' encrypted-secret layout, with random vector and data."""
    head = bytes([version]) + iv_len.to_bytes(4, "big") + (declared or data_len).to_bytes(4, "big")
    body = bytes(_RNG.randrange(256) for _ in range(iv_len + data_len))
    return base64.b64encode(head + body).decode()


_PASSWORD = _jenkins(32)
_PRIVATE_KEY = _jenkins(1680)  # an encrypted RSA key in PEM: some 2,250 base64 characters
_PASSPHRASE = _jenkins(16)


def _found(path: str, text: str) -> list[tuple[str, int, Severity]]:
    found = ENGINE.scan(path, text).detections
    return sorted(
        ((d.detector.id, d.line, ENGINE.severity_for(d.detector, path)) for d in found),
        key=lambda f: (f[1], f[0]),
    )


def _credentials_xml(private_key: str) -> str:
    return (
        "<?xml version='1.1' encoding='UTF-8'?>\n"
        "<com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n"
        "  <domainCredentialsMap>\n"
        "    <entry>\n"
        "      <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n"
        "        <username>deployer</username>\n"
        f"        <passphrase>{{{_PASSPHRASE}}}</passphrase>\n"
        "        <privateKeySource>\n"
        f"          <privateKey>{private_key}</privateKey>\n"
        "        </privateKeySource>\n"
        "      </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n"
        "    </entry>\n"
        "  </domainCredentialsMap>\n"
        "</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n"
    )


def test_an_encrypted_private_key_in_credentials_xml_is_reported_as_its_passphrase_is() -> None:
    found = _found("jenkins_home/credentials.xml", _credentials_xml(f"{{{_PRIVATE_KEY}}}"))
    assert [line for _, line, _ in found] == [7, 9], found
    assert {severity for _, _, severity in found} == {Severity.HIGH}, found
    assert found[1][0] == "jenkins-encrypted-secret", found


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("pkg/cryptography/credentials_test.go", f'\t\t\t\t"privateKey": "{{{_PRIVATE_KEY}}}",'),
        ("src/test/resources/jenkins/config.xml", f"<privateKey>{{{_PRIVATE_KEY}}}</privateKey>"),
        ("casc/jenkins.yaml", f'          privateKey: "{{{_PRIVATE_KEY}}}"'),
    ],
)
def test_an_encrypted_private_key_is_reported_in_code_xml_and_configuration(path: str, line: str) -> None:
    found = _found(path, f"{line}\n")
    assert [(rule, n) for rule, n, _ in found] == [("jenkins-encrypted-secret", 1)], found


def test_in_a_test_the_encrypted_key_is_medium_as_the_encrypted_password() -> None:
    text = f'\t"password":   "{{{_PASSWORD}}}",\n\t"privateKey": "{{{_PRIVATE_KEY}}}",\n'
    found = _found("pkg/cryptography/credentials_test.go", text)
    assert [(n, severity) for _, n, severity in found] == [(1, Severity.MEDIUM), (2, Severity.MEDIUM)], found


def test_an_encrypted_password_is_reported_once_and_as_before() -> None:
    # the encrypted password was reported before (high in configuration); one finding, still high
    found = _found("jenkins_home/credentials.xml", f"<password>{{{_PASSWORD}}}</password>\n")
    assert [(n, severity) for _, n, severity in found] == [(1, Severity.HIGH)], found


@pytest.mark.parametrize(
    "value",
    [
        # the layout's header, but lengths that do not add up: no Jenkins ciphertext
        "{" + _jenkins(1680, declared=1600) + "}",
        "{" + _jenkins(1681) + "}",  # AES output is whole 16-byte blocks
        "{" + _jenkins(1680, iv_len=12) + "}",
        "{" + _jenkins(1680, version=2) + "}",
        # random base64 of the same length
        "{" + base64.b64encode(bytes(_RNG.randrange(256) for _ in range(1713))).decode() + "}",
    ],
)
def test_near_misses_are_not_reported(value: str) -> None:
    assert _found("jenkins_home/credentials.xml", f"<privateKey>{value}</privateKey>\n") == []


def test_a_jenkins_ciphertext_inside_a_longer_base64_run_is_not_read_out_of_it() -> None:
    blob = base64.b64encode(bytes(_RNG.randrange(256) for _ in range(600))).decode()
    text = f"data: {blob[:400]}{_PRIVATE_KEY}{blob[400:]}\n"
    assert "jenkins-encrypted-secret" not in [rule for rule, _, _ in _found("assets/blob.yaml", text)]
