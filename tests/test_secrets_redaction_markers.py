"""The classes the seventh CredData part showed among its false alarms, written as our own cases
before the rule for them, with near-miss decoys:

- a redaction marker: a recorder or a sanitiser that takes a credential out of a recorded request
  writes what it took out (`token private_token_removed`, `Basic login_and_password_removed`,
  `api_key=key-omitted`, `"password": "password_scrubbed"`). Those are words saying the value is
  gone; the secret is not there.
- a filler word typed into a value in place of its end (`hash_secret: <hex digits>blahblah`,
  `api_key = "blah-blah-blah"`): someone edited the value so as not to publish it, so what is
  left is no working secret.

Decoys: real-looking values that merely contain letters of those words inside a random run, and
the same settings holding a machine-made value, stay reported.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE

HEX = "5d3e9a07c1f84b62e0d7a9c3f15b8e46a2c0d9174e6b3f8a"  # 48 hex digits, made here
TOKEN = "Qm7Zt2Lk9VwR4xNc8PbY3sHd6JfG1aEu"  # 32 letters and digits, made here


def _found(path: str, text: str) -> set[int]:
    return {d.line for d in ENGINE.scan(path, text).detections}


def test_a_recorders_redaction_marker_is_not_reported() -> None:
    recorded = (
        "https\nGET\napi.example.org\nNone\n/user/keys\n"
        "{'Authorization': 'token private_token_removed', 'User-Agent': 'client/1.0'}\n"
        "None\n200\n"
    )
    assert _found("tests/replay/Keys.testList.txt", recorded) == set()
    assert _found("tests/cassettes/login.yaml", "Authorization: Bearer access_token_removed\n") == set()
    assert _found("fixtures/session.json", '{"password": "password_scrubbed"}\n') == set()
    assert _found("config/recorded.env", "API_KEY=key-omitted-by-recorder\n") == set()
    assert _found("tests/http/session.txt", "Authorization: token secret-filtered-out\n") == set()


def test_a_filler_word_in_place_of_a_values_end_is_not_reported() -> None:
    assert _found("config/settings.yml", f"  hash_secret: {HEX[:40]}blahblah\n") == set()
    assert _found("config/settings.yml", f"  hash_secret: {HEX[:44]}blah\n") == set()
    assert _found("app/config.py", 'API_KEY = "blah-blah-blah"\n') == set()


def test_real_values_under_the_same_names_stay_reported() -> None:
    recorded = "{'Authorization': 'token " + HEX[:40] + "', 'User-Agent': 'client/1.0'}\n"
    assert _found("tests/replay/Keys.testList.txt", recorded) == {1}
    assert _found("config/settings.yml", f"  hash_secret: {HEX}\n") == {1}
    assert _found("app/config.py", f'API_KEY = "{TOKEN}"\n') == {1}


def test_letters_of_the_marker_words_inside_a_random_run_do_not_hide_a_value() -> None:
    # `removed`, `blah` inside a run of letters are no words of their own
    assert _found("app/config.py", 'API_KEY = "Xq7ZremovedT2LkVwR4xNc8PbY3sHd6"\n') == {1}
    assert _found("config/settings.yml", "  hash_secret: Qm7Zt2LkblahVwR4xNc8PbY3sHd6JfG1\n") == {1}
