"""Two classes of false alarm seen in libraries installed from package registries, written as our
own cases (values made here, from a seeded generator, or phrases of our own) with decoys that
must stay reported:

- a list of byte values whose bytes are printable text made of words (a standard's constant such
  as a key-derivation label, written as bytes): text, judged as the same text in quotes would
  be, not key material. Random bytes stay a key, printable or not;
- a payment gateway's module of test card numbers in a folder named for test values or test
  data (`test_values/`, `test-data/`): a test path, and a list whose valid numbers are mostly
  made by hand (an account number of three digits or fewer, or a run of six equal digits) is a
  list of test cards there, not a dump of clients' cards. Varied numbers stay a dump, and a
  real-looking number outside test code stays a card.
"""

from __future__ import annotations

import random

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from aiscan.secrets.pii import is_card_number, is_made_up_card, luhn_ok
from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261207)


def _ids(path: str, text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


def _dec(values: bytes | list[int]) -> str:
    return ", ".join(str(b) for b in values)


def _hex(values: bytes | list[int]) -> str:
    return ", ".join(f"0x{b:02x}" for b in values)


# -- 1. byte lists that spell text ----------------------------------------------------------------

TEXT_BYTES = [
    ("src/wallet/derive.ts", f"const MasterSecret = new Uint8Array([{_dec(b'Qarz wallet seed')}]);\n"),
    ("pkg/hd/slip.go", f"var curveSeed = []byte{{{_hex(b'Lending curve seed')}}}\n"),
    ("app/crypto/labels.py", f"EXPORT_KEY = bytes([{_dec(b'payment export key')}])\n"),
    (
        "src/main/java/kz/qarz/Hkdf.java",
        f"private static final byte[] INFO_KEY = new byte[]{{{_dec(b'Loan Ledger Info')}}};\n",
    ),
]


def test_a_byte_list_that_spells_words_is_no_key() -> None:
    for path, text in TEXT_BYTES:
        assert "byte-array-key" not in _ids(path, text), (path, _ids(path, text))


def _random_bytes(n: int) -> list[int]:
    return [_RNG.randint(0, 255) for _ in range(n)]


def _printable_random(n: int) -> bytes:
    alphabet = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@"
    return bytes(_RNG.choice(alphabet) for _ in range(n))


def _mostly_printable(n: int) -> list[int]:
    """Random letters with a few bytes outside printable text among them."""
    out = list(b"Bitcoin seed words")[:n]
    for i in (3, 9, n - 2):
        out[i] = _RNG.choice([0x00, 0x07, 0x9F, 0xC3, 0xFE])
    return out


BYTE_KEYS_KEPT = [
    # a random 32-byte key under a key's name
    ("src/sign.js", f"const signingKey = new Uint8Array([{_dec(_random_bytes(32))}]);\n"),
    # random printable bytes: a password written as its bytes, no words
    ("app/crypto.py", f"AES_KEY = bytes([{_dec(_printable_random(16))}])\n"),
    # words with bytes outside printable text among them: not text
    ("pkg/keys/seed.go", f"var masterSeed = []byte{{{_hex(_mostly_printable(18))}}}\n"),
]


def test_random_bytes_stay_a_key_even_when_some_or_all_are_printable() -> None:
    for path, text in BYTE_KEYS_KEPT:
        assert "byte-array-key" in _ids(path, text), (path, text)


def test_a_kept_byte_list_key_is_high_outside_tests() -> None:
    path, text = BYTE_KEYS_KEPT[1]
    (finding,) = detection_findings(ENGINE.scan(path, text), ENGINE)
    assert finding.severity is Severity.HIGH


# -- 2. test card numbers in a test-values folder --------------------------------------------------


def _luhn_complete(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


_IINS = ("440043", "552214", "403021", "520306", "415411", "537643")
# A gateway's hand-made numbers: account numbers of three digits or fewer, or a run of six equal
# digits among others.
_FEW_DIGITS = tuple(_luhn_complete(iin + account) for iin in _IINS for account in ("101011010", "222229000"))
MADE_UP = _FEW_DIGITS + tuple(_luhn_complete(iin + "000000739") for iin in _IINS[:2])
# Numbers of varied digits, as a client's card has.
VARIED = tuple(
    _luhn_complete(iin + "".join(_RNG.choice("0123456789") for _ in range(9))) for iin in _IINS * 2
)
PUBLISHED = "4012888888881881"


def _module(numbers: tuple[str, ...]) -> str:
    rows = "\n".join(f'    Case{i}: "{n}",' for i, n in enumerate(numbers))
    tail = f'    Visa: "{PUBLISHED}",\n}};\nmodule.exports = CreditCardNumbers;\n'
    return f"let CreditCardNumbers = {{\n{rows}\n{tail}"


def test_the_numbers_made_here_are_valid_cards() -> None:
    assert len(set(MADE_UP)) == len(MADE_UP) >= 10
    assert all(is_card_number(n) for n in MADE_UP + VARIED)
    assert all(is_made_up_card(n) for n in MADE_UP)
    assert not any(is_made_up_card(n) for n in VARIED)


def test_a_gateways_test_values_module_is_no_dump() -> None:
    for path in ("lib/gateway/test_values/credit_card_numbers.js", "lib/gateway/test-data/cards.js"):
        scan = ENGINE.scan(path, _module(MADE_UP))
        assert scan.dumps == (), path
        cards = [d for d in scan.detections if d.detector.id == "payment-card-number"]
        assert len(cards) == len(MADE_UP)
        line = scan.line_text(cards[0].line)
        assert {ENGINE.assess(d.detector, path, line)[0] for d in cards} == {Severity.LOW}


def test_varied_numbers_in_a_test_values_module_stay_a_dump() -> None:
    scan = ENGINE.scan("lib/gateway/test_values/credit_card_numbers.js", _module(VARIED))
    assert len(scan.dumps) == 1


def test_made_up_numbers_outside_test_code_stay_a_dump() -> None:
    scan = ENGINE.scan("lib/gateway/credit_card_numbers.js", _module(MADE_UP))
    assert len(scan.dumps) == 1


def test_a_real_looking_card_outside_test_code_is_reported_medium() -> None:
    path, text = "src/billing/charge.py", f'card_number = "{VARIED[0]}"\n'
    scan = ENGINE.scan(path, text)
    [card] = [d for d in scan.detections if d.detector.id == "payment-card-number"]
    assert ENGINE.assess(card.detector, path, scan.line_text(card.line))[0] is Severity.MEDIUM
