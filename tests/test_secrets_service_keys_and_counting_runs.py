"""Two classes of the generic assignment detector, written as our own cases (values made here):

- a key named for one service and the word key (`FLICKRKEY`, `flickrKey`, `FLICKR_KEY`): the
  service's credential, as `flickrSecret` is. A random value of 16 characters (hex, or letters
  and digits) is enough there, where a name that says nothing of a credential still asks for a
  value no person would type (24 hex digits, 20 letters and digits). Names whose first word says
  what the key indexes in the program's own data (`cacheKey`, `sortKey`, `primaryKey`,
  `i18nKey`, `localStorageKey`, `hashKey`, `userKey`) and English words that end in `key` (`MONKEY`,
  `hotkey`) stay no credential; a name that merely holds `key` elsewhere (`keyName`) too;
- a value typed in order: wholly or mostly made of counting runs (digits up or down from any
  digit, `9` to `0` wrapping; letters in alphabetical order either way) is no such short key,
  whichever digit the run starts from; a random key that merely holds a short run is one.
  (Under the longer values other names ask for, counting runs stay judged by the placeholder
  list as before.)
"""

from __future__ import annotations

import pytest

from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from tests.secrets_holdout import ENGINE

PH = load_ruleset().placeholders


def _found(path: str, text: str) -> bool:
    return any(d.detector.id == "generic-secret-assignment" for d in ENGINE.scan(path, text).detections)


# -- 1. a service's key of 16 characters ---------------------------------------------------------

SERVICE_KEY_NAMES = ["FLICKRKEY", "flickrKey", "FLICKR_KEY", "FlickrKey", "lastfm_key", "YELPKEY"]
# made up here: 16 hex digits, 16 letters and digits
SHORT_KEYS = ["9c4e1a7f3b5d2086", "e07b3f9a5c1d4b82", "Tq8mZ2vK5nR7xW3p", "h4Jd9Lq2Wv6Ns1Bx"]


@pytest.mark.parametrize("name", SERVICE_KEY_NAMES)
@pytest.mark.parametrize("value", SHORT_KEYS)
def test_a_short_random_key_under_a_service_key_name_is_found(name: str, value: str) -> None:
    assert _found("app/settings.py", f'{name} = "{value}"\n')


@pytest.mark.parametrize("value", SHORT_KEYS)
def test_the_same_key_under_a_secret_name_stays_found(value: str) -> None:
    assert _found("app/settings.py", f'flickrSecret = "{value}"\n')


NOT_CREDENTIAL_NAMES = [
    "primaryKey",
    "cacheKey",
    "sortKey",
    "foreignKey",
    "i18nKey",
    "localStorageKey",
    "hashKey",
    "userKey",
    "MONKEY",
    "hotkey",
    "keyName",
    "itemKey",
    "ssh_key",
    "gpgKey",
]


@pytest.mark.parametrize("name", NOT_CREDENTIAL_NAMES)
def test_a_short_value_under_a_data_key_name_is_no_credential(name: str) -> None:
    assert not _found("app/settings.py", f'{name} = "9c4e1a7f3b5d2086"\n')


@pytest.mark.parametrize(
    "value",
    [
        "4821907356120498",  # digits alone: a number (an id, a card), not a key
        "flickrapikeyvalue",  # letters alone, a phrase
        "a1b2c3d4",  # too short
        "aaaabbbbccccdddd",  # filler
        "abcdef0123456789",  # typed in order
    ],
)
def test_a_value_a_person_types_stays_unreported_under_a_service_key_name(value: str) -> None:
    assert not _found("app/settings.py", f'FLICKRKEY = "{value}"\n')


def test_a_short_key_in_an_example_file_still_needs_a_machine_made_value() -> None:
    assert not _found("config/settings.example.py", 'FLICKRKEY = "9c4e1a7f3b5d2086"\n')


def test_names_a_service_key() -> None:
    assert v.names_service_key("FLICKRKEY")
    assert v.names_service_key("flickr_key")
    assert v.names_service_key("app.config.flickrKey")
    assert not v.names_service_key("flickrApiKeyId")
    assert not v.names_service_key("monkey")
    assert not v.names_service_key("key")
    assert not v.names_service_key("cache_key")


# -- 2. counting runs -----------------------------------------------------------------------------

TYPED_IN_ORDER = [
    "1234567890abcdef",
    "0123456789abcdef",
    "9876543210abcdef",
    "8901234567abcdef",
    "3456789012abcdefgh",
    "1234567890abcdef1234567890abcdef",
    "0123456789abcdef0123456789abcdef",
    "abcd1234efgh5678ijkl9012mnop3456",
    "zyxwvutsrq9876543210",
    "98765432109876543210",
]


@pytest.mark.parametrize("value", TYPED_IN_ORDER)
def test_a_value_typed_in_order_is_no_short_service_key_from_any_digit_either_way(value: str) -> None:
    assert v.typed_in_order(value)
    assert not v.short_service_key(value[:16])
    assert not _found("app/settings.py", f'FLICKRKEY = "{value[:16]}"\n')


# made up here: random keys holding one short run each
HOLDING_A_SHORT_RUN = [
    "a3f91234c7e5b2d8",
    "Xk7q0123Rm4zP9wLe2Vt",
    "5e8b7c9d3210fa6e41b7c2d9",
    "hQ2m9r6789Lw3pZc8vN1",
]


@pytest.mark.parametrize("value", HOLDING_A_SHORT_RUN)
def test_a_random_key_holding_a_short_run_stays_a_key(value: str) -> None:
    assert not v.typed_in_order(value)
    assert _found("app/settings.py", f'api_secret = "{value}"\n')


def test_a_long_counting_run_anywhere_is_typed_whichever_digit_starts_it() -> None:
    # eight digits or more counting, however they start or run: typed, not issued
    for run in ("01234567", "12345678", "56789012", "76543210", "21098765"):
        assert v.typed_in_order(f"Xk7qRm4zP9wLe2Vt{run}hQ2mLw3pZc8vN1Tq")
