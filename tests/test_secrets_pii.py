"""Kazakh identifiers, bank accounts, cards and phones: validated by their check digits; one is
a finding, many in a file are a data dump."""

from __future__ import annotations

import random

import pytest

from aiscan.models import Severity
from aiscan.secrets import pii
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine

ENGINE = Engine(load_ruleset())


def make_iin(rng: random.Random) -> str:
    while True:
        base = (
            f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('3456')}"
        )
        base += f"{rng.randint(0, 9999):04d}"
        control = pii.kz_check_digit(base)
        if control is not None:
            return base + str(control)


def make_card(rng: random.Random, prefix: str) -> str:
    while True:
        body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
        for last in "0123456789":
            if pii.is_card_number(body + last):
                return body + last


def make_iban(rng: random.Random) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(16))
    number = int("".join(str(int(c, 36)) for c in bban + "KZ00"))
    return f"KZ{98 - number % 97:02d}{bban}"


def test_iin_check_digit_uses_the_second_weights_when_the_first_give_ten() -> None:
    assert pii.is_valid_iin("850409448754")
    assert not pii.is_valid_iin("850409448755")  # wrong control digit
    assert not pii.is_valid_iin("851309448754")  # month 13
    assert not pii.is_valid_iin("850230448754")  # 30 February
    assert not pii.is_valid_iin("85040944875")  # eleven digits
    # Find numbers whose first weighting gives 10: their control digit comes from the second.
    rng = random.Random(1)
    second = 0
    for _ in range(3000):
        digits = [rng.randint(0, 9) for _ in range(11)]
        if sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11 == 10:
            expected = (
                sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
            )
            assert pii.kz_check_digit("".join(map(str, digits))) == (None if expected == 10 else expected)
            second += 1
    assert second > 50


def test_bin_needs_its_entity_type_and_check_digit() -> None:
    assert pii.is_valid_bin("120640012306")
    assert not pii.is_valid_bin("120640012307")
    assert not pii.is_valid_bin("120610012306")  # type 1 is not a legal-entity type
    assert not pii.is_valid_iin("120640012306")  # day 40


def test_iban_mod_97_and_luhn_and_phone() -> None:
    assert pii.is_valid_kz_iban("KZ106010991753894005")
    assert pii.is_valid_kz_iban("KZ10 6010 9917 5389 4005")
    assert not pii.is_valid_kz_iban("KZ106010991753894006")
    assert not pii.is_valid_kz_iban("DE89370400440532013000")  # valid IBAN, not Kazakh
    assert pii.is_valid_iban("DE89370400440532013000")
    assert pii.luhn_ok("4400430000000007") and not pii.luhn_ok("4400430000000008")
    assert pii.card_scheme("2200123412341234") == "mir"
    assert not pii.is_card_number("4111111111111111")  # a published test number
    assert not pii.is_card_number("9400430000000007")  # no scheme issues 9...
    assert pii.normalise_kz_mobile("+7 (701) 340-50-14") == "77013405014"
    assert pii.normalise_kz_mobile("87013405014") == "77013405014"
    assert pii.normalise_kz_mobile("+7 727 355 00 00") is None  # Almaty landline
    assert pii.normalise_kz_mobile("+7 495 123 45 67") is None  # Moscow


def test_one_iin_in_a_test_is_low_and_many_make_a_critical_dump() -> None:
    rng = random.Random(7)
    one = make_iin(rng)
    single = ENGINE.scan("api/tests/test_scoring.py", f'client_iin = "{one}"\n')
    assert [d.detector.id for d in single.detections] == ["kz-iin"]
    assert ENGINE.severity_for(single.detections[0].detector, "api/tests/test_scoring.py") is Severity.LOW
    assert ENGINE.severity_for(single.detections[0].detector, "api/scoring.py") is Severity.MEDIUM

    rows = ["iin,card,iban,phone"] + [
        f"{make_iin(rng)},{make_card(rng, '4400')},{make_iban(rng)},+7 701 {rng.randint(200, 999)} 40 {i:02d}"
        for i in range(12)
    ]
    dump = ENGINE.scan("exports/clients.csv", "\n".join(rows) + "\n")
    kinds = {d.detector.id: d for d in dump.dumps}
    assert set(kinds) == {"kz-iin", "payment-card-number", "kz-iban", "kz-mobile-number"}
    assert kinds["kz-iin"].detector.dump_severity is Severity.CRITICAL
    assert len(kinds["kz-iin"].values) == 12
    assert (kinds["kz-iin"].first_line, kinds["kz-iin"].last_line) == (2, 13)
    assert not dump.detections  # the rows are in the dump findings, not one by one


def test_numbers_that_fail_validation_or_lack_context_are_not_reported() -> None:
    rng = random.Random(3)
    iin = make_iin(rng)
    assert ENGINE.scan("app.py", f"order_id = {iin}\n").detections == ()  # no context
    bad = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    assert ENGINE.scan("app.py", f'client_iin = "{bad}"\n').detections == ()
    # Random twelve-digit numbers: a few pass the checks by chance, but never make a dump.
    numbers = "\n".join(str(rng.randint(10**11, 10**12 - 1)) for _ in range(300))
    assert ENGINE.scan("data/ids.txt", numbers).dumps == ()


@pytest.mark.parametrize("text", ["iin: 850409448754", "ИИН 850409448754", "client,850409448754"])
def test_iin_context_words(text: str) -> None:
    assert [d.detector.id for d in ENGINE.scan("a.txt", text).detections] == ["kz-iin"]
