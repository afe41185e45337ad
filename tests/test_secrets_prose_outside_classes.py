"""The classes the outside set of README prose and TOML tables showed missed, written as our own
cases (values made here from a seeded generator) with near-miss decoys:

- A password given as a field of a Markdown page: the label in emphasis (`**Password:** ...`,
  `**Password**: ...`) and the value in a code span (`` `...` ``). A value that looks chosen is a
  password after its name, as `Password: ...` already was (medium in documentation).
- A weak or dummy password a README names in a sentence or such a field ("the default password
  is `<word>123`", `**Password:** <word>123`): the typed shape the weak kind counts in
  documentation examples (letters with a digit or a sign), reported low. A plain word, digits
  alone, a template, a reference or a value that names its own field stay placeholders; code
  and configuration are left to the kinds that read settings.
- A weak or dummy password given to curl as the user's (`curl -u elastic:<word>123`): what the
  same value is in a URL's credentials, reported low; a chosen one stays curl-user-password's.
"""

from __future__ import annotations

import random
import string

import pytest

from aiscan.models import Severity
from tests.secrets_holdout import detector_ids, finding_severities

_RNG = random.Random(20261207)
_WORDS = ["tulip", "granite", "harbor", "cobalt", "meadow", "lantern", "pepper", "sparrow"]


def _digits(n: int) -> str:
    return "".join(_RNG.choice(string.digits) for _ in range(n))


def _sign() -> str:
    return _RNG.choice("!#@$%&*")


def _chosen() -> str:
    """A value a person made to be a password: both cases, digits and a sign."""
    word = _RNG.choice(_WORDS)
    return f"{word.capitalize()}{_sign()}{_digits(4)}{_RNG.choice(string.ascii_uppercase)}"


def _weak() -> str:
    """A word with digits typed after it: the commonest weak password."""
    return f"{_RNG.choice(_WORDS)}{_digits(3)}"


AFTER_NAME = "password-after-name"
WEAK_PROSE = "weak-prose-password"
WEAK_CURL = "weak-curl-password"


# -- 1. a chosen password in a Markdown field ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"- **Password:** {_chosen()}\n",
        f"**Password**: {_chosen()}\n",
        f"- **Password:** `{_chosen()}`\n",
        f"* *Password:* `{_chosen()}`\n",
    ],
)
def test_a_chosen_password_in_a_markdown_field_is_a_password_after_its_name(line: str) -> None:
    text = f"## Admin credentials\n\n- **Email:** admin@qarz.kz\n{line}"
    assert detector_ids("README.md", text) == [AFTER_NAME]
    assert [s for s, _ in finding_severities("README.md", text)] == [Severity.MEDIUM]


def test_an_unclosed_code_span_is_no_field_value() -> None:
    assert detector_ids("README.md", f"- **Password:** `{_chosen()}\n") == []


# -- 2. a weak password named in a document -----------------------------------------------------

WEAK_IN_PROSE = [
    ("README.md", f"### 3. Login\n\n- The default password is `{_weak()}`.\n"),
    ("README.md", f"- Default password is `{_weak()}` for all new users\n"),
    ("README.md", f"## Default Admin Credentials\n\n**Username:** admin  \n**Password:** {_weak()}  \n"),
    ("docs/setup.md", f"- **Email:** `admin@qarz.kz`\n- **Password:** `Admin{_sign()}{_digits(3)}`\n"),
    ("notes/access.txt", f"staging panel: the password is {_weak()}\n"),
]


@pytest.mark.parametrize(("path", "text"), WEAK_IN_PROSE)
def test_a_weak_password_named_in_a_document_is_reported_low(path: str, text: str) -> None:
    assert detector_ids(path, text) == [WEAK_PROSE]
    assert [s for s, _ in finding_severities(path, text)] == [Severity.LOW]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("README.md", "The password is stored in the vault.\n"),
        ("README.md", "Your password is 8 characters or more.\n"),
        ("README.md", f"- The default password is `{_digits(8)}`.\n"),  # digits alone
        ("README.md", "- The default password is `changeme`.\n"),  # a plain word
        ("README.md", "**Password:** `<your-password>`\n"),
        ("README.md", "**Password:** `$ADMIN_PASSWORD`\n"),
        ("README.md", "- **Password:** The password set in your `SFTP_PASSWORD` variable.\n"),
        ("README.md", "**Password:** yourpassword1\n"),  # names its own field
        ("README.md", "- `password`: string, at least 8 characters\n"),
        ("src/app/seed.py", f'print("the default password is {_weak()}")\n'),  # code: not prose
    ],
)
def test_no_weak_password_is_read_into_prose_without_one(path: str, text: str) -> None:
    assert WEAK_PROSE not in detector_ids(path, text)


def test_a_chosen_password_in_a_sentence_stays_the_prose_kind() -> None:
    text = f"The default password is `{_chosen()}`.\n"
    assert detector_ids("README.md", text) == ["password-in-prose"]


# -- 3. a weak password given to curl -----------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("README.md", f'```js\ncurl -u elastic:password{_digits(3)} -X GET "https://localhost:9200"\n```\n'),
        ("scripts/health.sh", f"curl -s -u admin:admin{_digits(3)} http://grafana:3000/api/health\n"),
    ],
)
def test_a_weak_password_given_to_curl_is_reported_low(path: str, text: str) -> None:
    assert detector_ids(path, text) == [WEAK_CURL]
    assert [s for s, _ in finding_severities(path, text)] == [Severity.LOW]


@pytest.mark.parametrize(
    "text",
    [
        "curl -u admin:admin http://localhost:3000/api/datasources\n",  # a plain default word
        "curl -u admin:$PASSWORD https://grafana.qarz.kz/api/health\n",
        "curl -u user:password https://x.qarz.kz\n",
        f"curl -u admin:secret{_digits(2)} https://api.example.com/health\n",  # a documentation host
    ],
)
def test_no_weak_curl_password_without_one(text: str) -> None:
    assert WEAK_CURL not in detector_ids("README.md", text)


def test_a_chosen_password_given_to_curl_stays_curl_user_password() -> None:
    text = f"curl -u deploy:{_chosen()} https://nexus.qarz.kz/\n"
    assert detector_ids("scripts/upload.sh", text) == ["curl-user-password"]


# -- 4. a user and a password after a login word, split by a slash ------------------------------


def test_a_chosen_password_after_a_login_word_and_a_user_is_a_password_in_prose() -> None:
    text = f"Log in with `admin@qarz.kz` / `{_chosen()}` after the first start.\n"
    assert detector_ids("README.md", text) == ["password-in-prose"]


@pytest.mark.parametrize(
    "text",
    [
        f"- Verified login works with `ana@qarz.kz` / `{_weak()}`\n",
        f"Then login with admin / {_weak()}\n",
        f"Default credentials: operator / {_weak()}\n",
    ],
)
def test_a_weak_password_after_a_login_word_and_a_user_is_reported_low(text: str) -> None:
    assert detector_ids("README.md", text) == [WEAK_PROSE]
    assert [s for s, _ in finding_severities("README.md", text)] == [Severity.LOW]


@pytest.mark.parametrize(
    "text",
    [
        "- The default credentials are admin / admin.\n",  # a plain default word
        "Log in with your email / password.\n",
        "See the Sign in / Sign up pages.\n",
        "Login / logout events are written to the audit log.\n",
    ],
)
def test_no_password_is_read_into_a_login_sentence_without_one(text: str) -> None:
    assert detector_ids("README.md", text) == []
