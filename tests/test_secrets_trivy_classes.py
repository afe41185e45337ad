"""Classes that the test files of Trivy's secret scanner (measured from outside) showed missed or
falsely reported, written as our own cases (own values, made up for these tests) before the
rules changed for them, each with decoys of the same shape:

- a fine-grained GitHub token (`github_pat_` and 82 characters) written straight after a word
  (`ourgithub_pat_...`, `tokengithub_pat_...`): the prefix is long enough to stand on its own;
- a value holding the counting run `1234567890` (the digits row of a keyboard), as one holding
  `0123456789`: a body typed, not issued.
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
    # -- short runs in a random value are no counting run
    (".env", "PARTNER_API_KEY=h9lFpxIm12345DyMYYSBJBpNHWWLVih5dKny\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- a name holding `github_pat_` is not a token
    ("src/app.py", "def load_github_pat_from_environment():\n"),
    # -- the keyboard's digits row in a value
    ("notes.txt", "token: Xq1234567890KpLmNbVcXz\n"),
    ("config.env", "ALIBABA_ACCESS_KEY_ID=LTAI1234567890GIA22OJ0\n"),
    ("config.env", "PARTNER_API_KEY=h9lFpxIm1234567890SYBJBpNHWWLVih5dKny\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
