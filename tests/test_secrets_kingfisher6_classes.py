"""Two classes that the sixth part of Kingfisher's rule examples (27 rule files after the fifth
part, measured from outside) showed missed, written as our own cases (own values, made up for
these tests) before the rules changed for them, with decoys of the same shape:

- tokens with a prefix their providers document, standing alone or under a name that is no
  secret's name: ReadMe API keys (`rdme_`), Sourcegraph access tokens (`sgp_` and 40 hexadecimal
  digits, with a 16-digit instance part or `local` between), Sourcegraph Cody Gateway keys
  (`slk_`), Segment public API tokens (`sgp_` and 64 letters and digits) and Replicate API tokens
  (`r8_`);
- SonarQube's `sonar.login` token written as a variable (`sonarLogin`, `SONAR_LOGIN`) or as a
  name-value pair in code (`("sonar.login", "...")`, `setProperty("sonar.login", "...")`).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

README_KEY = "rdme_9fb22a8dqh1k3bg4xkyhuubg2vqdmp6shuygsl7g4erb6h00fqqbjq0rpslqszxosalpp7"
SOURCEGRAPH = "sgp_76d2a47c001745a2c6d6976e32a7e5a4f922519e"
SOURCEGRAPH_INSTANCE = "sgp_1092b41fe654a32a_ba13a35083b5c7b8f01ced7c03113e9c0816f50c"
SOURCEGRAPH_LOCAL = "sgp_local_ac630b980fa140e1559ad8140d41d21f8ab70027"
CODY = "slk_0f2bae780fc57487705b83ead91f3cf6641cb1adcf151688a3586195b382baa8"
SEGMENT = "sgp_nf0ImcBKQcjRgZl87FVLWUpMxvygguEyMjhx1Z734b2fUkCx3misx0Xn47XXelK8"
REPLICATE = "r8_cpiwTM19YGNdGqFkNPlP6tCQOYlzXGkIKWIsx"
SONAR = "d39eb60a4b52be301cf51f5046c09fdd448f052f"

REPORTED = [
    # -- a ReadMe API key standing alone, under the service's name
    ("notes.txt", f"{README_KEY}\n", 1),
    ("notes.txt", f"readme = {README_KEY}\n", 1),
    # -- Sourcegraph access tokens: the three forms, standing alone or under the CLI's variable
    ("notes.txt", f"{SOURCEGRAPH}\n", 1),
    ("ci/search.sh", f"export SRC_ENDPOINT=https://sourcegraph.example.kz\nSRC={SOURCEGRAPH_INSTANCE}\n", 2),
    ("notes.txt", f"sourcegraph = {SOURCEGRAPH_LOCAL}\n", 1),
    ("notes.txt", f"cody = {CODY}\n", 1),
    # -- a Segment public API token standing alone, in code
    ("notes.txt", f"{SEGMENT}\n", 1),
    ("src/analytics.py", f'client = PublicApi(token="{SEGMENT}")\n', 1),
    # -- a Replicate API token standing alone, under the service's name
    ("notes.txt", f"{REPLICATE}\n", 1),
    ("notes.txt", f"replicate = {REPLICATE}\n", 1),
    # -- SonarQube's sonar.login: a variable, a pair in code
    ("ci/build.ps1", f'$sonarLogin = "{SONAR}"\n', 1),
    ("ci/pipeline.yml", f"env:\n  SONAR_LOGIN: {SONAR}\n", 2),
    ("build.py", f'props = [("sonar.host.url", HOST), ("sonar.login", "{SONAR}")]\n', 1),
    ("build.gradle", f'System.setProperty("sonar.login", "{SONAR}")\n', 1),
    # the option form read before, kept: `-D` glued to the name
    ("ci/build.sh", f"mvn sonar:sonar -Dsonar.login={SONAR}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # the prefixes with too short a body, one repeated character, or the alphabet spelled out
    ("notes.txt", "readme = rdme_abc123\n"),
    ("notes.txt", "readme = rdme_" + "x" * 70 + "\n"),
    ("notes.txt", "sgp_" + "0" * 40 + "\n"),
    ("notes.txt", "sgp_" + SOURCEGRAPH[4:43] + "\n"),
    ("notes.txt", "sgp_local_1234\n"),
    ("notes.txt", "slk_" + "0" * 64 + "\n"),
    ("notes.txt", "sgp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab\n"),
    ("notes.txt", "replicate = r8_" + "x" * 37 + "\n"),
    ("notes.txt", "replicate = r8_token\n"),
    # the prefixes inside a longer word or name
    ("notes.txt", f"x{README_KEY}\n"),
    ("notes.txt", f"msgp_{SOURCEGRAPH[4:]}\n"),
    ("notes.txt", f"var8_{REPLICATE[3:]}\n"),
    ("src/cpu.c", "int r8_register_value_for_the_second_cpu_core = 1;\n"),
    # sonar.login given a user name, a variable, or no value; a hash beside a scanner's package
    ("build.py", 'props = [("sonar.login", "admin")]\n'),
    ("ci/build.ps1", "$sonarLogin = $env:SONAR_TOKEN\n"),
    ("ci/pipeline.yml", "env:\n  SONAR_LOGIN: ${{ secrets.SONAR_TOKEN }}\n"),
    ("yarn.lock", f"sonarqube-scanner/-/sonarqube-scanner-3.1.0.tgz#{SONAR}\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)
