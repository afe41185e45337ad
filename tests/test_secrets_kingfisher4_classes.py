"""Classes that the fourth part of Kingfisher's rule examples (20 rule files after the third
part, measured from outside) showed missed, written as our own cases (own values, made up for
these tests) before the rules changed for them, each with decoys of the same shape:

- Grafana's API keys (`eyJrIjoi`: base64 of a JSON object whose first member is the key, `k`)
  passed as an argument or standing alone, with no secret's name beside them;
- Grafana Cloud tokens (`glc_`) whose body is not base64 of a JSON object, under a name that is
  no secret's name;
- (rule files 21-50) a Terraform variable named as a secret whose `default` is a literal; tokens
  with a prefix their providers document standing alone or under a name that is no secret's name:
  MongoDB Atlas service-account secrets (`mdb_sa_sk_`), NuGet API keys (`oy2`), Notion
  integration secrets (`secret_` and 43 letters and digits).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

GRAFANA_KEY = "eyJrIjoiV1VLR2trdTlLYnd3OXYyMFFwcTBleERDZEdjQXZ1ajgiLCJuIjoiZGVwbG95IiwiaWQiOjN9"
GRAFANA_CLOUD = "glc_oTkb92NhPt1KRbp7nclWoiEIr4LvO7QZVFREMPpKg93g1pesQZv5NE13402r"
ATLAS_SA = "mdb_sa_sk_hqDESDvYKBh0oLtVOMundo7IV1Te088Be6AVbyb7"
NUGET = "oy2p1wuu4u7l16s9c14j4bi3eqg0z40p0otn2t68vvz1fu"
NOTION = "secret_X74DhWi8N5ucwAIflW3xB6TiZWCPaQXZwmoowvqsf0Y"
LITERAL = "4n9eC7WFwdgNQuIbceYr"

REPORTED = [
    # -- a Grafana API key with no secret's name beside it
    ("src/dash.py", f'client = GrafanaApi("{GRAFANA_KEY}", host=grafana_host)\n', 1),
    ("notes.txt", f"{GRAFANA_KEY}\n", 1),
    ("deploy/values.yaml", f"dashboards:\n  - {GRAFANA_KEY}\n", 2),
    # -- a Grafana Cloud token under a name that is no secret's name
    ("notes.txt", f"grafana = {GRAFANA_CLOUD}\n", 1),
    ("ci/publish.sh", f"export GRAFANA_CLOUD={GRAFANA_CLOUD}\n", 1),
    # -- a Terraform variable named as a secret, its default a literal
    ("infra/variables.tf", f'variable "ledger_api_token" {{\n  default = "{LITERAL}"\n}}\n', 2),
    (
        "infra/variables.tf",
        f'variable "db_password" {{\n  type = string\n  sensitive = true\n  default = "{LITERAL}"\n}}\n',
        4,
    ),
    # -- documented prefixes with no secret's name beside them
    ("notes.txt", f"{ATLAS_SA}\n", 1),
    ("ci/push.sh", f"dotnet nuget push pkg.nupkg -k {NUGET}\n", 1),
    ("notes.txt", f"notion = {NOTION}\n", 1),
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
    # a Terraform variable that is no secret, a secret's variable with no literal default
    ("infra/variables.tf", f'variable "region_name" {{\n  default = "{LITERAL}"\n}}\n'),
    ("infra/variables.tf", 'variable "db_password" {\n  type = string\n}\n'),
    ("infra/variables.tf", 'variable "db_password" {\n  default = "${var.vault_password}"\n}\n'),
    ("infra/variables.tf", 'variable "db_password" {\n  default = ""\n}\n'),
    ("infra/variables.tf", 'variable "api_token" {\n  default = "changeme"\n}\n'),
    # the prefixes with too short a body, a word, no digit, or inside a longer name
    ("notes.txt", "mdb_sa_sk_short\n"),
    ("notes.txt", "oy2" + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq" + "\n"),
    ("src/app.py", "oy2_handler_name = 1\n"),
    ("notes.txt", "secret_" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ" + "\n"),
    ("src/app.py", "def secret_key_rotation_interval_in_seconds_for_ledger_service(): pass\n"),
    ("notes.txt", f"top{NOTION}\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
