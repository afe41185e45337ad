"""A labelled source for measuring secrets detection from outside, read as data: the test fixtures
of Whispers (github.com/Skyscanner/whispers, `tests/fixtures/`), the files its
`test_detection_by_value` runs over.

Whispers' fixtures mark their secrets themselves: its test asserts that every value it reports
from a fixture contains `hardcoded` (any case) or is a number, and most fixtures divide their
lines into a compliant part and a noncompliant part (`# Compliant`, `compliant:`,
`"noncompliant": {`, `<noncompliant>`, `<!-- Noncompliant -->`, `[noncompliant]`, ...). The labels
are read mechanically:

- a secret line is a line holding `hardcoded` not followed by `_` (so `01_hardcoded_password:`,
  a key, does not count; `hardcoded0`, `..._HARDcoded`, `AKIAHARDCODEDACCKEY7` do), outside a
  compliant part;
- a false line is a line of a compliant part (a line naming the part itself is not labelled) with
  a letter or digit on it, or any line of a fixture Whispers expects nothing from;
- every other line is not labelled. A number Whispers also reports (`NUMERIC_APIKEY: 1925...`) is
  left unlabelled: its test skips the check for numbers, so nothing says it is meant as a secret.

`language.html` is reported apart and not counted: Whispers' `comments` rule reports HTML
comments, not secrets. `whispers_files.csv` lists the fixtures with the number of values
Whispers' test expects from each; the reader checks that its own count agrees.

Fetch the fixtures listed in `benchmarks/whispers_files.csv` into `DIR/<path>`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

FILES = Path(__file__).resolve().parent / "whispers_files.csv"
NOT_SECRETS = frozenset({"tests/fixtures/language.html"})

_SECRET = re.compile(r"hardcoded(?!_)", re.I)
_PART = re.compile(r"(?<![a-z])(non-?)?compliant", re.I)
_NUMBER = re.compile(r"[:=>]\s*\"?\d{12,}\"?\s*(?:<|,|$)")


@dataclass(frozen=True)
class FixtureLine:
    path: str
    line: int  # 1-based
    secret: bool


@dataclass
class WhispersSet:
    labels: list[FixtureLine]
    apart: list[FixtureLine]
    disagreements: list[str]  # fixtures whose count of marked values differs from Whispers' test


def read_fixture(path: str, text: str, expected: int) -> tuple[list[FixtureLine], int]:
    """The labelled lines of one fixture, and how many values it marks as secrets."""
    labels: list[FixtureLine] = []
    marked = 0
    compliant = False
    for n, line in enumerate(text.splitlines(), 1):
        found = len(_SECRET.findall(line))
        part = _PART.search(line)
        if part and not found:
            compliant = part.group(1) is None
            continue
        if part:
            compliant = part.group(1) is None
        if found and not compliant:
            labels.append(FixtureLine(path, n, True))
            marked += found
        elif (expected == 0 or compliant) and re.search(r"[A-Za-z0-9]", line) and not _NUMBER.search(line):
            labels.append(FixtureLine(path, n, False))
    return labels, marked


def load_whispers(root: Path, files: Path = FILES) -> WhispersSet:
    with files.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    labels: list[FixtureLine] = []
    apart: list[FixtureLine] = []
    disagreements: list[str] = []
    for row in rows:
        path, expected = row["path"], int(row["whispers_count"])
        text = (root / path).read_text(encoding="utf-8")
        lines, marked = read_fixture(path, text, expected)
        numbers = sum(1 for line in text.splitlines() if _NUMBER.search(line))
        if marked + numbers != expected:
            disagreements.append(
                f"{path}: {marked} marked values and {numbers} numbers, Whispers expects {expected}"
            )
        (apart if path in NOT_SECRETS else labels).extend(lines)
    return WhispersSet(labels, apart, disagreements)


def whispers_file(path: str) -> str:
    """A neutral place for a fixture: its name kept (it tells the file's kind), `tests/fixtures`
    dropped (a `test` in a path makes it a test file)."""
    return "whispers/" + path.removeprefix("tests/fixtures/")
