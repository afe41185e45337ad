"""Client identifiers that must not sit in a repository, validated by their own check digits.

Pure functions. A candidate that fails its check digit (or, for an IIN, its date) is not an
identifier: twelve random digits pass the IIN checks about one time in fifty, a random 16-digit
number passes Luhn one time in ten, so validation is what keeps these detectors quiet on hashes,
timestamps and serial numbers.
"""

from __future__ import annotations

import calendar
import re

_IIN_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def kz_check_digit(digits: str) -> int | None:
    """The control digit of a Kazakh IIN/BIN from its first eleven digits, or None when the
    number cannot have one (the second weighting also gives 10)."""
    d = [int(c) for c in digits[:11]]
    first = sum(x * w for x, w in zip(d, _IIN_WEIGHTS_1, strict=True)) % 11
    if first != 10:
        return first
    second = sum(x * w for x, w in zip(d, _IIN_WEIGHTS_2, strict=True)) % 11
    return None if second == 10 else second


def _valid_control(number: str) -> bool:
    if len(number) != 12 or not number.isdigit():
        return False
    control = kz_check_digit(number)
    return control is not None and control == int(number[11])


# The seventh digit of an IIN: the century of birth and sex (1-2: 19th, 3-4: 20th, 5-6: 21st
# century); 0 is used for some numbers issued to foreigners.
_CENTURY = {"0": 1900, "1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


def is_valid_iin(number: str) -> bool:
    """A Kazakh individual identification number: YYMMDD, century/sex digit, serial, control."""
    if not _valid_control(number):
        return False
    century = _CENTURY.get(number[6])
    if century is None:
        return False
    year = century + int(number[0:2])
    month, day = int(number[2:4]), int(number[4:6])
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def is_valid_bin(number: str) -> bool:
    """A Kazakh business identification number: YYMM of registration, entity type (4 resident,
    5 non-resident, 6 joint entrepreneurship), attribute (0 head office, 1 branch,
    2 representative office, 3 farm), serial, control."""
    if not _valid_control(number):
        return False
    month = int(number[2:4])
    return 1 <= month <= 12 and number[4] in "456" and number[5] in "0123"


def is_valid_iban(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    s = re.sub(r"[\s-]", "", iban).upper()
    if len(s) < 15 or len(s) > 34 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def is_valid_kz_iban(iban: str) -> bool:
    s = re.sub(r"[\s-]", "", iban).upper()
    return len(s) == 20 and s.startswith("KZ") and is_valid_iban(s)


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# Issuer identification ranges of the card schemes (first digits) and the lengths they issue.
_CARD_SCHEMES: tuple[tuple[str, tuple[tuple[int, int], ...], tuple[int, ...]], ...] = (
    ("visa", ((4, 4),), (13, 16, 19)),
    ("mastercard", ((51, 55), (2221, 2720)), (16,)),
    ("amex", ((34, 34), (37, 37)), (15,)),
    ("mir", ((2200, 2204),), (16, 17, 18, 19)),
    ("unionpay", ((62, 62),), (16, 17, 18, 19)),
    ("jcb", ((3528, 3589),), (16, 17, 18, 19)),
    ("discover", ((6011, 6011), (644, 649), (65, 65)), (16, 17, 18, 19)),
    ("diners", ((300, 305), (36, 36), (38, 39)), (14, 16, 19)),
    ("maestro", ((50, 50), (56, 58), (63, 63), (67, 67)), (12, 13, 14, 15, 16, 17, 18, 19)),
)

# Numbers the card schemes and payment providers publish for testing; never a client's card.
KNOWN_TEST_CARDS = frozenset(
    {
        "4111111111111111",
        "4242424242424242",
        "4012888888881881",
        "4000056655665556",
        "4222222222222",
        "4000000000000002",
        "4000000000000077",
        "5555555555554444",
        "5105105105105100",
        "5200828282828210",
        "2223003122003222",
        "378282246310005",
        "371449635398431",
        "6011111111111117",
        "6011000990139424",
        "3530111333300000",
        "3566002020360505",
        "30569309025904",
        "38520000023237",
        "6200000000000005",
    }
)


# A file in a test path holding this many of the published numbers is a list of test cards.
TEST_CARD_LIST_MIN = 3


def is_published_test_card(digits: str) -> bool:
    return digits in KNOWN_TEST_CARDS


def card_scheme(digits: str) -> str | None:
    """The scheme whose range and length fit the number, or None."""
    for name, ranges, lengths in _CARD_SCHEMES:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return name
    return None


# Gateways make their sandbox numbers from an issuer's IIN, an account number of one repeated
# digit and the check digit (552879 000000000 8); no client's card has this many equal account
# digits in a row (about one card in five million has eight in a 16-digit number).
SANDBOX_ACCOUNT_RUN = 8


def is_sandbox_card(digits: str) -> bool:
    """A run of SANDBOX_ACCOUNT_RUN equal digits in the account number (the digits after the
    six-digit IIN and before the check digit)."""
    account = digits[6:-1]
    return any(d * SANDBOX_ACCOUNT_RUN in account for d in set(account))


# A gateway's own test numbers are made by hand: an account number written with three digits or
# fewer (`411111 111131 0`, `411716 101010 1`) or holding a run of six equal digits
# (`422998 980000 0`). Random account digits have either shape in about one 16-digit number in
# 460 (one 15-digit number in 140), so one number of this shape is still a card; a list mostly of
# them is not clients' cards (for ten numbers, half of them by chance: below one in 10^8).
MADE_UP_ACCOUNT_DIGITS = 3
MADE_UP_ACCOUNT_RUN = 6


def is_made_up_card(digits: str) -> bool:
    """The account number (the digits after the six-digit IIN and before the check digit) has
    MADE_UP_ACCOUNT_DIGITS distinct digits or fewer, or a run of MADE_UP_ACCOUNT_RUN equal ones."""
    account = digits[6:-1]
    return len(set(account)) <= MADE_UP_ACCOUNT_DIGITS or any(
        d * MADE_UP_ACCOUNT_RUN in account for d in set(account)
    )


def is_card_number(digits: str) -> bool:
    if not 12 <= len(digits) <= 19 or not digits.isdigit():
        return False
    if digits in KNOWN_TEST_CARDS or len(set(digits[1:])) <= 2 or is_sandbox_card(digits):
        return False
    return card_scheme(digits) is not None and luhn_ok(digits)


# Mobile network codes of Kazakhstan (+7 7xx): Kcell/activ, Beeline, Tele2/Altel and others.
KZ_MOBILE_CODES = frozenset(
    {"700", "701", "702", "705", "706", "707", "708", "747", "750", "751", "760", "761", "762"}
    | {"763", "764", "771", "775", "776", "777", "778"}
)


def normalise_kz_mobile(text: str) -> str | None:
    """'+7 (701) 123-45-67', '87011234567', '+77011234567' -> '77011234567', else None."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits[0] in "78":
        digits = "7" + digits[1:]
    else:
        return None
    code = digits[1:4]
    if code not in KZ_MOBILE_CODES:
        return None
    subscriber = digits[4:]
    if len(set(subscriber)) <= 1 or subscriber in ("1234567", "0000000"):
        return None
    return digits
