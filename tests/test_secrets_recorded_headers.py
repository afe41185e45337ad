"""An authorization header recorded in a test cassette (VCR, Betamax, vcrpy, go-vcr): the header's
name on one YAML line and its value as a list item on the next. Recorded requests carry whatever
credentials the recording was made with, so the value counts like the one-line header. Values
are made here from a seeded generator; decoys are the placeholders and filtered values that
recorders write in their place."""

from __future__ import annotations

import base64
import random

import pytest

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261207)
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _random(n: int) -> str:
    return "".join(_RNG.choice(_ALNUM) for _ in range(n))


BASIC = base64.b64encode(f"api:key-{_random(32)}".encode()).decode()
BEARER = _random(40)


def _cassette(name: str, value: str, indent: str = "      ") -> str:
    return (
        "http_interactions:\n"
        "- request:\n"
        "    method: post\n"
        "    uri: https://api.mail.example.kz/v3/messages\n"
        "    headers:\n"
        f"{indent[:-2]}{name}:\n"
        f"{indent}- {value}\n"
        f"{indent[:-2]}Accept:\n"
        f"{indent}- '*/*'\n"
    )


FOUND = [
    ("spec/cassettes/send_message.yml", _cassette("Authorization", f"Basic {BASIC}"), BASIC),
    ("test/fixtures/vcr/charge.yaml", _cassette("Authorization", f"Bearer {BEARER}"), BEARER),
    ("spec/cassettes/quoted.yml", _cassette('"Authorization"', f'"Basic {BASIC}"'), BASIC),
]

NOT_FOUND = [
    ("spec/cassettes/filtered.yml", _cassette("Authorization", "Basic <API_KEY>")),
    ("spec/cassettes/filtered2.yml", _cassette("Authorization", "<AUTHORIZATION>")),
    ("spec/cassettes/redacted.yml", _cassette("Authorization", "Bearer [FILTERED]")),
    # a header that says nothing of credentials, with a random-looking value
    ("spec/cassettes/request_id.yml", _cassette("X-Request-Id", _random(32))),
    # the header's name and an unrelated list item further down
    ("spec/cassettes/far.yml", f"    Authorization:\n      - basic\n    Accept:\n      - Basic {BASIC}\n"),
]


@pytest.mark.parametrize(("path", "text", "value"), FOUND)
def test_a_recorded_authorization_header_is_found(path: str, text: str, value: str) -> None:
    found = {d.value for d in ENGINE.scan(path, text).detections}
    assert value in found, found


@pytest.mark.parametrize(("path", "text"), NOT_FOUND)
def test_placeholders_and_other_headers_are_not(path: str, text: str) -> None:
    assert ENGINE.scan(path, text).detections == (), path
