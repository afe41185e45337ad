"""A signing, encryption or API secret made of words written as a setting in documentation
(a compose excerpt of a Markdown page, a literal block of a reStructuredText page, a package's
long description): the `guessable-secret` kind, at low severity, listed and never blocking.

What a reader copies from a setup guide is what the system being set up runs with, and CredData's
labellers count such lines as secrets (the thirteenth part's object-store keys in a Markdown
page). Measured on the documentation of 51 PyPI and npm packages before the change, the kind
added no finding there (docs/measurements/secrets.md, "Secrets in documentation"). The same
decision keeps plain-word passwords in documentation out: measured the same way, reporting them
added ten findings on the packages, every one a placeholder (`mypassword`, `secret`). Values
made here from a seeded generator; near-miss decoys beside each class.
"""

from __future__ import annotations

import random

import pytest

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261206)


def _word() -> str:
    return "".join(_RNG.choice("bcdfghjklmnprstvz") + _RNG.choice("aeiou") for _ in range(3))


def _digits() -> str:
    return str(_RNG.randrange(100, 1000))


_W1, _W2, _W3, _W4 = _word(), _word(), _word(), _word()
_D1, _D2 = _digits(), _digits()


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


DOCUMENTED = [
    # a compose excerpt's environment list and map in a Markdown page
    ("docs/backup.md", f"```yml\nenvironment:\n  - AWS_BACKUP_SECRET_ACCESS_KEY={_W1}{_D1}\n```\n"),
    ("docs/backup.md", f"```yml\n    environment:\n      MINIO_SECRET_KEY: minio{_D2}\n```\n"),
    # a literal block of a reStructuredText page, quoted as code writes it
    ("docs/setup.rst", f"Then set::\n\n    JWT_SECRET = '{_W2}-{_W3}-signing'\n"),
    # a shell excerpt of a README
    ("README.md", f"```bash\nexport SESSION_SECRET={_W4}-session-{_D1}\n```\n"),
    # a package's long description carries its README
    ("pkg.dist-info/METADATA", f'Name: pkg\n\n    API_KEY = "{_W3}_api_key_{_D2}"\n'),
]


@pytest.mark.parametrize(("path", "text"), DOCUMENTED)
def test_a_word_like_secret_set_in_documentation_is_reported(path: str, text: str) -> None:
    assert _ids(path, text) == ["guessable-secret"]


@pytest.mark.parametrize(("path", "text"), DOCUMENTED)
def test_it_is_low_and_says_it_is_documentation(path: str, text: str) -> None:
    (finding,) = detection_findings(ENGINE.scan(path, text), ENGINE)
    assert finding.severity is Severity.LOW
    assert "documentation" in finding.message
    assert "made of words" in finding.message


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # prose: a setting named inside a sentence is no configuration excerpt
        ("README.md", f"Set `JWT_SECRET = '{_W2}-{_W3}-signing'` before starting.\n"),
        ("docs/setup.rst", f"The secret key (for example ``SECRET_KEY: {_W1}{_D1}``) signs sessions.\n"),
        # placeholders and references
        ("docs/backup.md", "```\n- AWS_BACKUP_SECRET_ACCESS_KEY=your-secret-access-key\n```\n"),
        ("docs/backup.md", "```\n- AWS_BACKUP_SECRET_ACCESS_KEY=${AWS_SECRET}\n```\n"),
        ("docs/setup.rst", "::\n\n    SECRET_KEY = 'changeme'\n"),
        ("docs/setup.rst", "::\n\n    SECRET_KEY = '<secret-key>'\n"),
        # the setting's own words, the account id beside the key
        ("docs/backup.md", "```\nAPP_SECRET=app-secret\n```\n"),
        ("docs/backup.md", f"```\nAWS_ACCESS_KEY_ID={_W1}{_D2}\n```\n"),
        # a commented line of a shell excerpt
        ("README.md", f"```bash\n# export SESSION_SECRET={_W4}-session-{_D1}\n```\n"),
        # a docstring's usage example stays the example's
        ("lib/client.py", f'def make():\n    """Usage::\n\n        Client(api_key="{_W3}-key")\n    """\n'),
        # notes and served pages are no documentation text: as before, left out there
        ("notes.txt", f"JWT_SECRET = '{_W2}-{_W3}-signing'\n"),
        ("site/setup.html", f"<pre>\nJWT_SECRET = '{_W2}-{_W3}-signing'\n</pre>\n"),
        # plain-word passwords in documentation stay placeholders (measured: every one a placeholder)
        ("docs/backup.md", f"```\n- POSTGRES_PASSWORD={_W2}\n```\n"),
        ("docs/setup.rst", "::\n\n    DATABASES = {'default': {'PASSWORD': 'mypassword'}}\n"),
    ],
)
def test_prose_placeholders_and_plain_word_passwords_in_documentation_stay_out(path: str, text: str) -> None:
    assert _ids(path, text) == []
