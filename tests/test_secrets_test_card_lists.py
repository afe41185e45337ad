"""A payment gateway's list of sandbox card numbers in its test module is not a dump of clients'
cards: beside the numbers the card networks publish for testing (4111 1111 1111 1111, ...), the
other numbers of such a list are the gateway's own test numbers. A file in a test, fixture or
example path that holds at least three of the published numbers is read as a test-card list:
its numbers are reported one by one at the test severity (low), never as a dump. Elsewhere, or
with fewer published numbers beside them, a dozen valid numbers of varied digits stay a critical
dump (a list mostly of numbers made by hand is a test-card list in a test path too:
tests/test_secrets_text_bytes_and_test_values.py)."""

from __future__ import annotations

import random

from aiscan.models import Severity
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from aiscan.secrets.pii import is_card_number, luhn_ok

ENGINE = Engine(load_ruleset())
PUBLISHED = ("4111111111111111", "5555555555554444", "4012888888881881")


def _luhn_complete(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


# Twelve valid Visa numbers of our own making, none of them published, their account digits
# varied as a client's are (numbers made by hand, `440043 000000011 4`, are read as test numbers).
_RNG = random.Random(1207)
OTHERS = tuple(
    _luhn_complete("440043" + "".join(_RNG.choice("0123456789") for _ in range(9))) for _ in range(12)
)


def _card_list(published: tuple[str, ...]) -> str:
    lines = ["class SandboxCardNumbers:"]
    lines += [f'    Visa{i} = "{number}"' for i, number in enumerate(OTHERS)]
    lines += [f'    Published{i} = "{number}"' for i, number in enumerate(published)]
    return "\n".join(lines) + "\n"


def test_the_numbers_made_here_are_valid_cards() -> None:
    assert all(is_card_number(n) for n in OTHERS)
    assert not any(is_card_number(n) for n in PUBLISHED)  # the published ones are no client's


def test_a_gateways_test_card_list_in_a_test_module_is_no_dump() -> None:
    scan = ENGINE.scan("gateway/test/credit_card_numbers.py", _card_list(PUBLISHED))
    assert scan.dumps == ()
    cards = [d for d in scan.detections if d.detector.id == "payment-card-number"]
    assert len(cards) == len(OTHERS)
    line = scan.line_text(cards[0].line)
    assert {ENGINE.assess(d.detector, scan.path, line)[0] for d in cards} == {Severity.LOW}


def test_the_same_list_outside_test_code_stays_a_dump() -> None:
    [dump] = ENGINE.scan("gateway/credit_card_numbers.py", _card_list(PUBLISHED)).dumps
    assert dump.detector.dump_severity is Severity.CRITICAL


def test_valid_numbers_beside_fewer_than_three_published_ones_stay_a_dump_in_test_code() -> None:
    scan = ENGINE.scan("tests/fixtures/clients.py", _card_list(PUBLISHED[:2]))
    assert len(scan.dumps) == 1
