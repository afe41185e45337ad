"""Payment gateways publish sandbox card numbers of their own making: an issuer's first six
digits (the IIN), an account number filled with one digit, and the Luhn check digit
(`552879 000000000 8`, `412911 111111111 1`). No issuer gives a client's card an account
number of eight or more equal digits in a row, so such a number is read as a test number, as
the networks' published ones are: a README's or a module's list of them is neither a dump of
clients' cards nor a card number. A real-looking number (its account digits varied) stays a
card, and a dozen of them stay a critical dump, in documentation too; a run of seven equal
digits is not yet enough."""

from __future__ import annotations

import random

from aiscan.secrets.pii import is_card_number, luhn_ok
from tests.secrets_holdout import ENGINE

IINS = ("440043", "552214", "403021", "520306", "415411", "537643", "447520", "531207")


def _luhn_complete(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


def _sandbox(iin: str, fill: str) -> str:
    return _luhn_complete(iin + fill * 9)


SANDBOX = tuple(_sandbox(iin, fill) for iin in IINS for fill in "01")  # 16 numbers
RNG = random.Random(11)
VARIED = tuple(
    _luhn_complete(iin + "".join(RNG.choice("0123456789") for _ in range(9))) for iin in IINS + IINS[:4]
)  # 12 numbers


def _readme(numbers: tuple[str, ...]) -> str:
    rows = "\n".join(f"| Visa / Mastercard test card | {n} | success |" for n in numbers)
    return f"# gateway-node\n\n## Test cards\n\n| card | number | result |\n|---|---|---|\n{rows}\n"


def test_the_numbers_made_here_pass_the_luhn_check() -> None:
    assert all(luhn_ok(n) for n in SANDBOX + VARIED)
    assert all(is_card_number(n) for n in VARIED)


def test_a_sandbox_number_is_no_card() -> None:
    assert not any(is_card_number(n) for n in SANDBOX)
    assert not is_card_number(_luhn_complete("374427" + "0" * 8))  # 15 digits (American Express)
    assert not is_card_number(_luhn_complete("412011" + "1" * 8 + "2"))  # eight 1s, then a 2


def test_seven_equal_account_digits_are_still_a_card() -> None:
    assert is_card_number(_luhn_complete("440043" + "0" * 7 + "12"))


def test_a_readmes_list_of_sandbox_cards_is_no_dump() -> None:
    scan = ENGINE.scan("README.md", _readme(SANDBOX))
    assert scan.dumps == ()
    assert [d for d in scan.detections if d.detector.id.startswith("payment-card")] == []


def test_a_list_of_varied_numbers_stays_a_dump_in_a_readme() -> None:
    [dump] = ENGINE.scan("README.md", _readme(VARIED)).dumps
    assert dump.detector.id == "payment-card-number"
    assert len(dump.values) == len(VARIED)


def test_sandbox_numbers_beside_enough_varied_ones_leave_the_dump() -> None:
    [dump] = ENGINE.scan("README.md", _readme(VARIED + SANDBOX[:4])).dumps
    assert len(dump.values) == len(VARIED)
