"""Classes that the fourth part of Kingfisher's rule examples (20 rule files after the third
part, measured from outside) showed missed, written as our own cases (own values, made up for
these tests) before the rules changed for them, each with decoys of the same shape:

- Grafana's API keys (`eyJrIjoi`: base64 of a JSON object whose first member is the key, `k`)
  passed as an argument or standing alone, with no secret's name beside them;
- Grafana Cloud tokens (`glc_`) whose body is not base64 of a JSON object, under a name that is
  no secret's name.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

GRAFANA_KEY = "eyJrIjoiV1VLR2trdTlLYnd3OXYyMFFwcTBleERDZEdjQXZ1ajgiLCJuIjoiZGVwbG95IiwiaWQiOjN9"
GRAFANA_CLOUD = "glc_oTkb92NhPt1KRbp7nclWoiEIr4LvO7QZVFREMPpKg93g1pesQZv5NE13402r"

REPORTED = [
    # -- a Grafana API key with no secret's name beside it
    ("src/dash.py", f'client = GrafanaApi("{GRAFANA_KEY}", host=grafana_host)\n', 1),
    ("notes.txt", f"{GRAFANA_KEY}\n", 1),
    ("deploy/values.yaml", f"dashboards:\n  - {GRAFANA_KEY}\n", 2),
    # -- a Grafana Cloud token under a name that is no secret's name
    ("notes.txt", f"grafana = {GRAFANA_CLOUD}\n", 1),
    ("ci/publish.sh", f"export GRAFANA_CLOUD={GRAFANA_CLOUD}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # the key's prefix alone, too short, or followed by one repeated character
    ("notes.txt", "eyJrIjoi\n"),
    ("src/dash.py", 'client = GrafanaApi("eyJrIjoiabc123")\n'),
    ("notes.txt", "eyJrIjoi" + "x" * 60 + "\n"),
    # the token's prefix with too short a body, one repeated character, or the alphabet
    ("notes.txt", "grafana = glc_abc123\n"),
    ("notes.txt", "grafana = glc_" + "a" * 48 + "\n"),
    ("notes.txt", "grafana = glc_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\n"),
    # the prefix inside a longer word
    ("notes.txt", "xglc_oTkb92NhPt1KRbp7nclWoiEIr4LvO7QZVFREMPpKg93g1pesQZv5NE13402r\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
