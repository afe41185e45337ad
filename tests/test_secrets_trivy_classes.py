"""A class that the test files of Trivy's secret scanner (measured from outside) showed missed,
written as our own cases (own values, made up for these tests) before the rule changed for it,
with a decoy of the same shape:

- a fine-grained GitHub token (`github_pat_` and 82 characters) written straight after a word
  (`ourgithub_pat_...`, `tokengithub_pat_...`): the prefix is long enough to stand on its own.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

FINE_GRAINED = "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"

REPORTED = [
    # -- a fine-grained GitHub token after a word
    ("notes.txt", f"our{FINE_GRAINED}\n", 1),
    ("build.log", f"auth header was token{FINE_GRAINED} for the mirror\n", 1),
    ("notes.txt", f"{FINE_GRAINED}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- a name holding `github_pat_` is not a token
    ("src/app.py", "def load_github_pat_from_environment():\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
