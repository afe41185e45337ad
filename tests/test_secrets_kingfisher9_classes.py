"""A class that the ninth part of Kingfisher's rule examples (28 rule files, measured from outside)
showed missed, written as our own cases (own values, made up for these tests) before the rules
changed for it, with decoys of the same shape:

- a key or token whose name ends in a bare `access` (`RATES_ACCESS=`, `weatherly ACCESS <value>`,
  `"access": "..."`): `access` is a weak name, like `server_key` or `salt`, so only a value no
  person would type (a UUID, a long hex or base64 string, random letters and digits) counts; a
  word (`public`, `read`), a variable, a placeholder or a short value under it is no secret.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

ALNUM_32 = "suOTxnppt3TRUSGEKOzMW6s6Wdwb1oVn"
ALNUM_40 = "socqlErhLAtRXJivTRuUMMqG8TaazpB3wG3T1tpu"
ALNUM_43 = "dxf4H5NqUQ8pVroMkS87O09mgyMhfGhMxjmnAwwMyDF"
HEX_32 = "d12358613902a8aedabe3e74689e0397"
UUID = "fb670a68-4f01-41fc-91e3-f806c7682914"

REPORTED = [
    # -- after `=` or `:`, in settings and notes
    (".env", f"RATES_ACCESS={ALNUM_32}\n", 1),
    ("config/settings.yml", f"weather:\n  provider_access: {HEX_32}\n", 2),
    ("notes.txt", f"ratesapi ACCESS={ALNUM_40}\n", 1),
    ("src/client.py", f'GEO_ACCESS = "{UUID}"\n', 1),
    # -- a JSON member `access` (a JWT pair's access token is judged by its own rule)
    ("fixtures/login.json", f'{{"access": "{ALNUM_43}", "user": 7}}\n', 1),
    # -- the name written before the value with spaces only, the service's name first
    ("notes.txt", f"weatherly ACCESS {ALNUM_32}\n", 1),
    ("notes.txt", f"paymentsACCESS {ALNUM_40}\n", 1),
    ("conf/app.properties", f"geo.access {HEX_32}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # a word, a mode or a list of rights under the name
    ("config/settings.yml", "bucket:\n  access: public\n"),
    ("src/defaults.py", 'DEFAULT_ACCESS = "read"\n'),
    (".env", "ACCESS=rw\n"),
    ("notes.txt", "storage ACCESS read-write\n"),
    # a value a person types, too short to be machine-made under a weak name
    (".env", "RATES_ACCESS=Almaty2024\n"),
    ("notes.txt", "weatherly ACCESS q7Lm2x\n"),
    # a variable, an expression or a placeholder
    (".env", "RATES_ACCESS=${RATES_ACCESS_TOKEN}\n"),
    ("src/client.py", "GEO_ACCESS = os.environ['GEO_ACCESS']\n"),
    ("notes.txt", "ratesapi ACCESS=" + "x" * 32 + "\n"),
    ("notes.txt", "ratesapi ACCESS=abcdef0123456789abcdef0123456789\n"),
    # names that do not end in the word: a level, a log, a mode
    ("src/client.py", f'ACCESS_LEVEL = "{ALNUM_32}"\n'),
    ("conf/nginx.conf", "access_log /var/log/nginx/access.log;\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)
