"""Classes that detect-secrets' plugin tests (measured from outside) showed missed, written as our
own cases (own values, made up for these tests) before the rules changed for them, with decoys of
the same shape:

- a Telegram bot token written with the `bot` the Bot API puts before it in a method's path, at
  the start of a string or a value (`"bot<id>:<secret>"`, `TG_PATH=bot<id>:<secret>`), not only
  after `/bot` in a full URL;
- an Azure storage account key (64 bytes in base64: 86 characters and `==`) standing alone, with
  Azure named on its line or the line above (an Azure SQL script's
  `CREATE DATABASE SCOPED CREDENTIAL ... SECRET = '<key>'`, a key pasted under a storage
  account's name), not only after `AccountKey=`; the word is looked for up to two lines above
  and below the key;
- (not reported) a SHA-512 digest in base64 (`sha512-<88 characters>`, an integrity member of a
  lock file listing `@azure/...` packages), the same shape without Azure anywhere near, or a
  shorter value, and `robot<id>:<secret>`-like text where `bot` ends a longer word.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import ENGINE, lines_reported

TG = "8127354861:AAjasZwpx1wBz9CD5LqMtsYH-Byil1IB4GR"
AZ_KEY = "ifTCTpWuZH8m35lq7u0aTo3Q9NbvySA2+7uJphiBaqkbXL8ri5G+ZHw3sZU57x1yZeTN9g9ADoXCDI0IdN2LLw=="
AZ_KEY_2 = "4JsGZ9vz/xBiBLQUUntZMU9mv8fI4OHSZ0czwPsJrOrdIdqzlsWjgwmD6N28/mY6s4IKNsIZENfn+KC/4rODIA=="

REPORTED = [
    # -- a Telegram token after `bot`, at the start of a string or a value
    ("bot/notify.py", f'API = "https://api.telegram.org/"\nMETHOD_PATH = "bot{TG}"\n', 2),
    ("deploy/bot.env", f"TG_PATH=bot{TG}\n", 1),
    # -- an Azure storage key alone, Azure named on its line or the line above
    (
        "sql/polybase.sql",
        "-- load the statements from Azure Blob storage\n"
        "CREATE DATABASE SCOPED CREDENTIAL BlobCredential\n"
        f"WITH IDENTITY = 'qarzexports', SECRET = '{AZ_KEY}';\n",
        3,
    ),
    ("ops/notes.md", f"storage account qarzdocs.blob.core.windows.net\n{AZ_KEY_2}\n", 2),
    ("ops/keys.txt", f"azure primary: {AZ_KEY}\n", 1),
    ("ops/keys.txt", f"azure storage\nsecond line\n{AZ_KEY}\n", 3),
    ("ops/keys.txt", f"{AZ_KEY}\nsecond line\nazure storage account qarzdocs\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- `bot` ending a longer word, or a placeholder after `bot`
    ("bot/notify.py", f'NAME = "robot{TG}"\n'),
    ("bot/notify.py", 'METHOD_PATH = "bot8127354861:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n'),
    # -- a SHA-512 digest beside Azure packages in a lock file
    (
        "pnpm-lock.yaml",
        "packages:\n  /@azure/core-auth/1.7.2:\n"
        f"    resolution: {{integrity: sha512-{AZ_KEY}}}\n    engines: {{node: '>=18.0.0'}}\n",
    ),
    # -- the same shape with Azure three lines above, with none, and a shorter value beside Azure
    ("ops/keys.txt", f"azure storage\nsecond line\nthird line\n{AZ_KEY}\n"),
    ("ops/keys.txt", f"first line\nsecond line\nthird line\n{AZ_KEY}\n"),
    ("ops/keys.txt", "azure checksum: ifTCTpWuZH8m35lq7u0aTo3Q9NbvySA2+7uJphiBaqkbXL8ri5G==\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


def test_bare_azure_key_is_medium() -> None:
    """A key that no name ties to an input is reported at medium, below the default gate."""
    found = ENGINE.scan("ops/notes.md", f"storage account qarzdocs.blob.core.windows.net\n{AZ_KEY_2}\n")
    assert [d.detector.severity.value for d in found.detections] == ["medium"]
