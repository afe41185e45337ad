"""Classes that the test files of Trivy's secret scanner (measured from outside) showed missed or
falsely reported, written as our own cases (own values, made up for these tests) before the
rules changed for them, with decoys of the same shape:

- a fine-grained GitHub token (`github_pat_` and 82 characters) written straight after a word
  (`ourgithub_pat_...`, `tokengithub_pat_...`): the prefix is long enough to stand on its own;
- another vendor's `sk-` prefix (`sk-ant-`, Anthropic's; `sk-or-`, OpenRouter's) before a body
  holding OpenAI's `T3BlbkFJ`: no OpenAI key starts so, and the other vendors' keys have their
  own formats.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

FINE_GRAINED = "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"
OPENAI_BODY = "Kd3Wq9ZrT1mXb7LpV2sN" + "T3BlbkFJ" + "Hq8Yc4GfJ6tR0wUe5DnA"

REPORTED = [
    # -- a fine-grained GitHub token after a word
    ("notes.txt", f"our{FINE_GRAINED}\n", 1),
    ("build.log", f"auth header was token{FINE_GRAINED} for the mirror\n", 1),
    ("notes.txt", f"{FINE_GRAINED}\n", 1),
    # -- OpenAI keys of every prefix stay keys
    (".env", f"OPENAI_API_KEY=sk-{OPENAI_BODY}\n", 1),
    (".env", f"OPENAI_API_KEY=sk-proj-{OPENAI_BODY}\n", 1),
    ("notes.txt", f"sk-svcacct-{OPENAI_BODY}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- a name holding `github_pat_` is not a token
    ("src/app.py", "def load_github_pat_from_environment():\n"),
    # -- another vendor's `sk-` prefix before OpenAI's mark
    ("notes.txt", f"sk-ant-{OPENAI_BODY}\n"),
    ("notes.txt", f"sk-or-v1-{OPENAI_BODY}\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
