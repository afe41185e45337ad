"""A placeholder word written in digits and signs, or with a few added at its end (`pa55w0rd`,
`P@55w0rd1`, `secr3t123`, `letmein1`), is the same dummy as the word: under a password's name it
is a weak password (low), not a chosen one (high). A value with a word inside random characters
stays a secret."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE


def _found(value: str) -> list[tuple[str, Severity]]:
    text = f'FORWARDER = {{"username": "user", "password": "{value}", "timeout": 10}}\n'
    return [(f.rule_id, f.severity) for f in detection_findings(ENGINE.scan("app/settings.py", text), ENGINE)]


@pytest.mark.parametrize("value", ["pa55w0rd", "p4ssw0rd", "P@55w0rd1", "secr3t123", "letmein1", "Qwerty12"])
def test_a_dummy_word_in_another_spelling_is_a_weak_password(value: str) -> None:
    assert _found(value) == [("weak-password", Severity.LOW)]


@pytest.mark.parametrize("value", ["Kd8mPq2zLw", "pa55w0rd-Zk4vQw8r", "s3cr3tXq9LmT2v", "L3tm3in-9qXz"])
def test_other_values_keep_their_severity(value: str) -> None:
    assert _found(value) == [("generic-secret-assignment", Severity.HIGH)]
