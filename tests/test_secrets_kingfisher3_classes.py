"""Classes that the third part of Kingfisher's rule examples (50 rule files after the second
part, measured from outside) showed missed, written as our own cases (own values, made up for
these tests) before the rules changed for them, each with decoys of the same shape:

- a line holding a secret's name written as one word (`apikey`, `secretkey`, `privatekey`,
  `SECRETKEY`), alone or after a service's name, then a machine-made value, separated by spaces;
- crates.io API tokens (`cio` and 32 letters and digits) standing alone.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

VALUE = "JnQSkIBjYFIKDX3ONrMJ8y2ytnlPUYft"
UPPER = "UUL0OXJ1W872FR1P4O74"
CRATES = "cio43gPFwg3jZdEUi64oAmybOHMb2Wb1zPN"

REPORTED = [
    # -- a secret's name written as one word, then a machine-made value, separated by spaces
    ("notes.txt", f"ledger secretkey {UPPER}\n", 1),
    ("notes.txt", f"ledger privatekey {UPPER}\n", 1),
    ("conf/agent.conf", f"apikey {VALUE}\n", 1),
    ("conf/agent.conf", f"[relay]\naccesstoken {VALUE}\n", 2),
    ("notes.txt", f"SECRETKEY {VALUE}\n", 1),
    # -- crates.io API tokens with no name beside them
    ("notes.txt", f"Bearer: {CRATES}\n", 1),
    ("docs/publish.md", f"cargo login {CRATES}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # one-word names of what is no secret, or of a secret's property
    ("notes.txt", f"publickey {VALUE}\n"),
    ("notes.txt", f"monkey {VALUE}\n"),
    ("notes.txt", f"secretkeyfile {VALUE}\n"),
    # a placeholder, a path or a word as the value; a code file
    ("notes.txt", "apikey abcdefghijklmnopqrstuvwxyz123456\n"),
    ("conf/agent.conf", "privatekey /etc/agent/keys/private.pem\n"),
    ("conf/agent.conf", "accesstoken authentication_bearer_header\n"),
    ("src/app.py", f"    apikey {VALUE}\n"),
    # crates.io's shape holding no digit, one repeated character, or a longer run
    ("notes.txt", "ciotransactionalreconciliationqueue\n"),
    ("notes.txt", "cio" + "a" * 32 + "\n"),
    ("notes.txt", f"{CRATES}x9\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
