"""Example passwords that documentation and configuration write out, as the ninth CredData part
showed them missed: values made here from a seeded generator, each class with near-miss decoys.

- A password's own word with digits or signs added (`password` + `456#`, `Password` + `7`) is
  the commonest weak password, not the field's word: `password: 'password'` names the field,
  `password: 'password456#'` sets one. Reported as a weak password (low), like `qwerty123`.
- A password in a documentation file's example (a code block, a literal block, a command line) is
  the password a reader copies into the system being set up. It is reported as a weak password,
  low, when it has the shape of a typed password (letters and a digit or a sign); a plain word
  there (`mypassword`, `changeme`) stays the example's placeholder, as do `<Password>`,
  `$PASS`, templates and commented lines. A value of three character classes was already a
  secret there (medium, as every secret in documentation) and stays one.
- A long command-line option given its password in quotes after a space
  (`--password 'password456#'`), in documentation, configuration and scripts alike.
"""

from __future__ import annotations

import random
import string

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261205)
_WORDS = ["tulip", "granite", "harbor", "cobalt", "meadow", "lantern", "pepper", "sparrow"]


def _digits(n: int) -> str:
    return "".join(_RNG.choice(string.digits) for _ in range(n))


def _sign() -> str:
    return _RNG.choice("!#@$%&*")


def _word() -> str:
    return _RNG.choice(_WORDS)


def _ids(path: str, text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


def _lone(path: str, text: str):  # type: ignore[no-untyped-def]
    (finding,) = detection_findings(ENGINE.scan(path, text), ENGINE)
    return finding


# -- 1. the password's word with digits or signs ------------------------------------------------

WORD_PLUS = [
    ("deploy/app.env", f"DB_PASSWORD=password{_digits(3)}{_sign()}\n"),
    ("src/db.py", f'conn = connect(user="svc", password="Password{_digits(1)}")\n'),
    ("config/app.yml", f'db:\n  user: app\n  password: "passwd{_digits(4)}"\n'),
    ("src/main/resources/db.properties", f"spring.datasource.password=Passw0rd{_sign()}{_digits(2)}\n"),
]
WORD_ONLY = [
    ("src/forms.py", 'PASSWORD = "password"\n'),
    ("config/app.yml", 'db:\n  password: "Password"\n'),
    ("deploy/app.env", "DB_PASSWORD=passwd\n"),
    ("config/app.yml", 'db:\n  password: "password-file"\n'),
    ("config/app.yml", 'db:\n  password: "password_hash"\n'),
]


def test_a_password_word_with_digits_or_signs_is_a_weak_password() -> None:
    for path, text in WORD_PLUS:
        assert _ids(path, text) == ["weak-password"], (path, text)
        finding = _lone(path, text)
        assert finding.severity == Severity.LOW, (path, finding.severity)


def test_the_password_word_alone_or_in_a_name_is_not_reported() -> None:
    for path, text in WORD_ONLY:
        assert _ids(path, text) == [], (path, text)


# -- 2. documentation examples ----------------------------------------------------------------

DOC_FOUND = [
    ("README.md", f"Log in with:\n\n    user=app\n    password={_word()}{_digits(2)}\n"),
    ("docs/setup.rst", f"Subject text::\n\n    This is a test!\n    password=ex@mple{_word()}\n    More.\n"),
    (
        "docs/guide.md",
        "```bash\n./tool login --domain corp.local \\\n"
        f"--password 'password{_digits(3)}{_sign()}' \\\n--server dc\n```\n",
    ),
    ("docs/usage.rst", f".. code-block:: ini\n\n   [db]\n   password = password{_digits(4)}\n"),
]
DOC_DECOYS = [
    ("README.md", '```yaml\ndb:\n  password: "mypassword"\n```\n'),
    ("README.md", "Log in with:\n\n    password: changeme\n"),
    ("docs/guide.md", "```bash\n./tool login --password '<Password>'\n```\n"),
    ("docs/guide.md", '```bash\n./tool login --password "$PASS"\n```\n'),
    ("docs/guide.md", '```yaml\npassword: "{{ db_password }}"\n```\n'),
    ("docs/guide.md", f"```bash\n# password={_word()}{_digits(3)}{_sign()}\n```\n"),
    ("docs/guide.md", "The `password: string` field is required; `password=...` sets it.\n"),
]


def test_a_typed_password_in_a_documentation_example_is_a_low_weak_password() -> None:
    for path, text in DOC_FOUND:
        ids = _ids(path, text)
        assert ids == ["weak-password"], (path, text, ids)
        finding = _lone(path, text)
        assert finding.severity == Severity.LOW, (path, finding.severity)


def test_documentation_placeholders_and_prose_are_not_reported() -> None:
    for path, text in DOC_DECOYS:
        assert _ids(path, text) == [], (path, text)


# -- 3. a long command-line option with its password in quotes --------------------------------


def test_a_quoted_password_after_a_long_option_is_a_weak_password() -> None:
    script = f"#!/bin/sh\nmysql --user app --password 'password{_digits(2)}' -e 'select 1'\n"
    assert _ids("scripts/seed.sh", script) == ["weak-password"]
    assert _ids("scripts/seed.sh", "#!/bin/sh\nmysql --password \"$DB_PASSWORD\" -e 'select 1'\n") == []
    # a short option or a bare word before the quote is not a long option's value
    assert _ids("scripts/seed.sh", f"#!/bin/sh\necho password 'password{_digits(2)}'\n") == []


def test_a_long_option_opening_a_continued_line_is_no_comment() -> None:
    """`--username bob --password '...'` continuing a documented command: `--` opening the line
    is an option, not a comment; an SQL comment (`-- password = '...'`) still is one (what the
    generic rules make of a credential commented out is theirs)."""
    doc = (
        "```bash\n./collect --domain corp.local \\\n"
        f"--username bob@corp.local --password 'password{_digits(3)}{_sign()}' \\\n--server dc\n```\n"
    )
    assert _ids("README.md", doc) == ["weak-password"]
    assert "weak-password" not in _ids("db/seed.sql", f"-- password = 'tulip{_digits(2)}'\nselect 1;\n")
