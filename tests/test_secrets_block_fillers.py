"""A filler typed as a few runs of one character each (`GGGGGGGGHHHHHHHHJJJJJJJJ`, with base64
padding `KKKKKKKKLLLLLLLL=`) is a placeholder, as one character repeated is: set apart by every
detector that checks for placeholders, reported below the gate on a device's credential line.
Random keys stay reported. Values are made up."""

from __future__ import annotations

import pytest

from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from tests.secrets_holdout import ENGINE

PH = load_ruleset().placeholders

FILLERS = [
    "GGGGGGGGHHHHHHHHJJJJJJJJ",
    "KKKKKKKKLLLLLLLL=",
    "QQQQQQQQQQRRRRRRRRRRSSSSSSSSSS==",
    "000011112222",
    "kkkkkkmmmmmmnnnnnnpppppp",
    "777777zzzzzz999999",
]

RANDOM = [
    "Wq3kT9zLm2Rx8vNp5cHs7dFg4jYb6tQe1uIo0aSdFh=",
    "Vr8nKq3WzLp5",
    "AAAAC3NzaC1lZDI1NTE5AAAAIWq3zTm8Lr2Vk",
    "aaaabbbbccccddddeeeeffff1",
    "xxxyyyzzzwwwvvv",
    "aabbccddeeffgghh",
]


@pytest.mark.parametrize("value", FILLERS)
def test_runs_of_one_character_are_a_placeholder(value: str) -> None:
    assert v.repeated_blocks(value)
    assert v.is_placeholder(value, PH)


@pytest.mark.parametrize("value", RANDOM)
def test_random_keys_and_longer_patterns_are_not_blocks(value: str) -> None:
    assert not v.repeated_blocks(value)


@pytest.mark.parametrize("value", RANDOM[:3])
def test_random_keys_are_no_placeholder(value: str) -> None:
    assert not v.is_placeholder(value, PH)


def severities(path: str, text: str, rule: str) -> set[str]:
    scan = ENGINE.scan(path, text)
    lines = text.split("\n")
    out = set()
    for d in scan.detections:
        if d.detector.id == rule:
            sev, _ = ENGINE.assess(d.detector, path, lines[d.line - 1], d.context, d.key, d.value)
            out.add(sev.value)
    return out


ASA = "hostname fw-a\naaa-server TACACS (inside) host 10.40.0.12\n key {}\n"
VYOS = "set system host-name 'edge-5'\nset interfaces wireguard wg0 private-key '{}'\n"


@pytest.mark.parametrize(
    ("template", "rule"),
    [(ASA, "network-device-server-block-key"), (VYOS, "vyos-secret")],
)
def test_a_block_filler_on_a_device_line_is_reported_below_the_gate(template: str, rule: str) -> None:
    filler = "GGGGGGGGHHHHHHHHJJJJJJJJ" if template is ASA else "KKKKKKKKLLLLLLLL="
    assert severities("fw/fw-a.cfg", template.format(filler), rule) == {"medium"}


@pytest.mark.parametrize(
    ("template", "rule", "value"),
    [
        (ASA, "network-device-server-block-key", "Vr8nKq3WzLp5"),
        (VYOS, "vyos-secret", "Wq3kT9zLm2Rx8vNp5cHs7dFg4jYb6tQe1uIo0aSdFh="),
    ],
)
def test_a_random_key_on_a_device_line_stays_high(template: str, rule: str, value: str) -> None:
    assert severities("fw/fw-a.cfg", template.format(value), rule) == {"high"}
