"""Classes that the test files of semgrep-rules' secret rules and ripsecrets' test cases (measured
from outside) showed missed, written as our own cases (own values, made up for these tests)
before the rules changed for them, each with decoys of the same shape:

- a personal access token under a name ending in `PAT` (`GITHUB_PAT`, `GitHubPAT`, `ado_pat`);
- Maven's master password in `settings-security.xml` (`<master>{...}</master>`): it is encrypted
  with a key every Maven installation knows, so it is the master password in clear;
- SonarQube tokens: `squ_`, `sqp_`, `sqa_` and 40 hexadecimal digits anywhere, and the older
  40-hexadecimal-digit token under `sonar.login`;
- two token formats with a fixed prefix: Kolide API keys (`k2sk_v1_`) and 42 school API secrets
  (`s-s4t2ud-`, `s-s4t2af-`).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

REPORTED = [
    # -- PAT names
    ("ci/env.sh", "export GITHUB_PAT=7c1e9a4b2d8f6e3a5c0b9d7e1f4a2c8b6d3e5f0a\n", 1),
    ("src/Deploy.cs", 'var GitHubPAT = "9f2d6b1a8e4c7f3d5a0e2b9c6d1f8a4e7b3c5d2f";\n', 1),
    ("pipelines/vars.yml", 'ado_pat: "q3wz7k2m9x4v8n1b6c5r0t7y2u9i4o3p6a1s8d5f2g7h0j"\n', 1),
    ("config.json", '{"azure_devops_pat": "Rk8vN2qW5zT9xL3mC7bH1jP4sD6fG0yU"}\n', 1),
    # -- Maven's master password
    (
        "maven/settings-security.xml",
        "<settingsSecurity>\n  <master>{Jq8vR2mZx9Lw4TpKc7Nb3Hs6Yd1Fg5Qa0Ue8Wi2Ot4=}</master>\n"
        "</settingsSecurity>\n",
        2,
    ),
    ("settings-security.xml", "<master>{Tz4Wq9Lm2Xk7Rb5Nv8Hc3Jd6Pf1Gs0Ya=\\}</master>\n", 1),
    # -- SonarQube
    ("sonar-project.properties", "sonar.login=7c1e9a4b2d8f6e3a5c0b9d7e1f4a2c8b6d3e5f0a\n", 1),
    ("ci/build.sh", "mvn sonar:sonar -Dsonar.login=3a9c5e1b7d2f8a4c6e0b9d3f5a1c7e2b8d4f6a0c\n", 1),
    ("ci/build.sh", "export SONAR_AUTH=squ_5e1b7d2f8a4c6e0b9d3f5a1c7e2b8d4f6a0c3a9c\n", 1),
    ("README.md", "Token: sqp_8a4c6e0b9d3f5a1c7e2b8d4f6a0c3a9c5e1b7d2f\n", 1),
    # -- fixed prefixes
    ("agent.conf", "kolide --enroll k2sk_v1_Tq7Wm3Zx9Lp2Rk5Nv8Hc4Jd6\n", 1),
    (".env", "FT_APP_UID=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\n", 1),
    (".env", "INTRA_APP=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\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # `pat` is also short for a pattern
    ("src/match.py", 'url_pat = r"^https?://[a-z0-9.-]+/api/v1/"\n'),
    ("src/match.py", 'file_pat = "*.tar.gz"\n'),
    ("src/match.py", 'DATE_PAT = "%Y-%m-%dT%H:%M:%S"\n'),
    ("src/compat.py", 'COMPAT = "Rk8vN2qW5zT9xL3mC7bH1jP4sD6fG0yU"\n'),
    ("ci/env.sh", "export GITHUB_PAT=${GITHUB_PAT}\n"),
    ("ci/env.sh", "export GITHUB_PAT=your_personal_access_token_here\n"),
    ("ci/env.sh", 'GITHUB_PAT = os.environ["GITHUB_PAT"]\n'),
    # Maven: a reference, a template, an empty master
    ("settings-security.xml", "<master>${env.MAVEN_MASTER}</master>\n"),
    ("settings-security.xml", "<master>{}</master>\n"),
    ("settings-security.xml", "<master>{your-encrypted-master-password}</master>\n"),
    ("pom.xml", "<master>true</master>\n"),
    # SonarQube: a login that is a user, a commit, a placeholder
    ("sonar-project.properties", "sonar.login=admin\n"),
    ("sonar-project.properties", "sonar.login=${SONAR_TOKEN}\n"),
    (
        ".github/workflows/ci.yml",
        "uses: SonarSource/sonarqube-scan-action@713881670b6b3676cda39549040e2d88c70d582e\n",
    ),
    ("sonar-project.properties", "sonar.login=0000000000000000000000000000000000000000\n"),
    # fixed prefixes too short or placeholders
    ("agent.conf", "kolide --enroll k2sk_v1_xxxxxxxxxxxxxxxxxxxxxxxx\n"),
    (".env", "FT_SECRET=s-s4t2ud-\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
