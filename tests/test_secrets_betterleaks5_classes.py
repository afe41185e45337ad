"""A class that the fifth part of betterleaks' rule samples (25 rule files, measured from outside)
showed missed, written as our own cases (values generated here) before the rule changed for it,
with decoys of the same shape:

- a key of two dotted random parts, each starting with a letter (`<32 hex>.<16 letters and
  digits>`), under a token's name read as a dotted reference (`settings.ledger_token`): a dotted
  value whose first part is machine-made and whose every later part is a random run of 16
  characters or more is a token, not a name, though no later part is long enough to be
  machine-made alone.
"""

from __future__ import annotations

import random
import string

import pytest

from aiscan.secrets.validate import entropy
from tests.secrets_holdout import random_secret_lines

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def random_run(chars: str, n: int, seed: int, low: float) -> str:
    """A random run of `n` characters from `chars` that starts with a letter and holds a digit (and
    both cases, unless hex), its entropy `low` or more."""
    rng = random.Random(seed)
    while True:
        run = "".join(rng.choice(chars) for _ in range(n))
        mixed = any(c.isupper() for c in run) or chars == HEX
        if (
            run[0].isalpha()
            and entropy(run) >= low
            and any(c.isdigit() for c in run)
            and any(c.islower() for c in run)
            and mixed
        ):
            return run


HEAD = random_run(HEX, 32, 11, 3.5)
TAIL = random_run(ALNUM, 16, 12, 3.5)
KEY = f"{HEAD}.{TAIL}"

REPORTED = [
    ("app/settings.py", f'ledgerToken = "{KEY}"\n'),
    ("deploy/.env", f"LEDGER_API_KEY={KEY}\n"),
    ("src/Client.cs", f'string ledgerToken = "{KEY}";\n'),
    ("config/app.ini", f"scoring_token = {HEAD[:24]}.{random_run(ALNUM, 20, 13, 3.5)}\n"),
]


@pytest.mark.parametrize(("path", "text"), REPORTED)
def test_reported(path: str, text: str) -> None:
    assert 1 in random_secret_lines(path, text)


# dotted names, a file named by its digest, a random head with a word or a short tail
NOT_REPORTED = [
    ("app/settings.py", 'ledgerToken = "settings.LEDGER_API_TOKEN"\n'),
    ("app/settings.py", 'ledgerToken = "config.ledger.scoringTokenProvider"\n'),
    ("app/settings.py", f'ledger_token = "{HEAD}.json"\n'),
    ("app/settings.py", f'ledger_token = "{HEAD}.{TAIL[:8]}"\n'),
    ("app/settings.py", f'ledger_token = "{HEAD[:12]}.{TAIL}"\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert random_secret_lines(path, text) == set()
