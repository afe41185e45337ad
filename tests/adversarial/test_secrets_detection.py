"""Secret detection on code it was not written beside: the held-out corpus, the classes of
candidates and of decoys, severity and its reason, no value in any output, and arbitrary text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.cli import cli
from aiscan.models import Severity
from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from tests.conftest import FIXTURES

ENGINE = Engine(load_ruleset())
HOLDOUT = FIXTURES / "secrets-holdout"


def _labels(split: str) -> list[dict[str, Any]]:
    return list(yaml.safe_load((HOLDOUT / split / "labels.yaml").read_text(encoding="utf-8"))["labels"])


def _found_lines(split: str) -> set[tuple[str, int]]:
    tree = HOLDOUT / split / "tree"
    found = set()
    for path in tree.rglob("*"):
        if path.is_file():
            rel = path.relative_to(tree).as_posix()
            for d in ENGINE.scan(rel, path.read_text(encoding="utf-8")).detections:
                found.add((rel, d.line))
    return found


@pytest.mark.parametrize(("split", "min_recall"), [("dev", 0.95), ("test", 0.80)])
def test_held_out_corpus_recall_and_precision(split: str, min_recall: float) -> None:
    labels = _labels(split)
    found = _found_lines(split)
    positives = {(lab["path"], lab["line"]) for lab in labels if lab["secret"]}
    tp = len(positives & found)
    fp = len(found - positives)
    assert tp / len(positives) >= min_recall, f"{split}: {tp}/{len(positives)} secret lines found"
    assert tp / (tp + fp) >= 0.95, f"{split}: {fp} false positives"


def _one(path: str, line: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, line + "\n").detections]


# One realistic line per class of candidate, in the language or format it comes in.
FOUND = [
    ("config/app.json", '  "subscription_key": "3f2a9c81d04e4b7fa1c2e5d6b7a8c9d0",'),  # any *key, hex
    ("res/config.yaml", "server_key: 997e7111-a6b4-4880-b28c-3ab96821c3f3"),  # UUID in a key context
    ("src/Api.kt", '    private val yandexMapsKey = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"'),
    (
        "src/pay.php",
        "$opts = ['headers' => ['Authorization' => 'Bearer 9421cc1c93016f1c4261e5351d30b4989']];",
    ),
    (
        "docs/auth.md",
        "    Authorization: Bearer uPTVv8eIEAiGgYP8Ry0cj8i.rcSdOXrmkTrfFVDy978ZaW6a2.f2IrLy5ZBcKhnfzEWOF",
    ),
    ("keys/jwks.json", '{"kty": "oct", "k": "yakU7Czg5xCl4ZVE4EaJZKYSq0xnfMtkxlZ-rJHxc66"}'),
    ("ops/run.sh", "./manage.py createsuperuser --username ops --password Qarz#2019kz"),
    ("ops/sign.sh", "keytool -genkeypair -keystore r.jks -storepass Qarz#2019kz -alias qarz"),
    ("ops/login.sh", "docker login registry.qarz.kz -u ci -p Zt7pLq2WmKd8mPq2"),
    ("src/Startup.cs", 'var c = new NetworkCredential("svc_reports", "almaty*9818OTz");'),
    ("db/init.sql", "CREATE USER 'report'@'%' IDENTIFIED BY 'almaty*9818OTz';"),
    ("web/http.js", "const basic = 'Basic ' + btoa('collector:almaty*9818OTz');"),
    ("src/Keys.java", 'static final String AWS_KEY = "AKIA0Q8W1E9R3T4Y5U6I";'),  # digits 0, 1, 8, 9
    ("infra/main.tf", '  secret_key = "/g9hTA0ZYiPbGCwpGj6oPrD4ZSidOecpBy+06soD"'),  # starts with a slash
    ("ios/Config.swift", '    static let keychainPassword = "kazna_517d0k"'),  # snake case with digits
    ("go/config.go", '	APIToken: "Zt7pLq2WmKd8mPq2zLwhbkXNNv9hOV48"'),  # acronym before the word
    ("postman/c.json", '{"key": "x-api-key", "value": "997e7111-a6b4-4880-b28c-3ab96821c3f3"}'),
]

# One decoy per class of value that is not a secret.
NOT_FOUND = [
    ("config/app.json", '  "requestId": "997e7111-a6b4-4880-b28c-3ab96821c3f3",'),  # a UUID that is an id
    ("data/paginators.json", '      "result_key": "idMappingTableSummaries"'),  # a name
    ("data/index.json", '    "spdx_license_key": "LicenseRef-scancode-3com-microcode",'),  # a slug
    ("data/waf.json", '        "ChangeToken": "abcd12f2-46da-4fdb-b8d5-fbd4c466928f",'),  # pagination token
    ("src/App.kt", '    private val sessionToken = prefs.getString("session_token", null)'),  # expression
    ("src/App.js", "const headers = { Authorization: `Bearer ${store.token}` };"),  # variable
    ("docs/api.md", '    curl -H "Authorization: Bearer <token>" https://api.qarz.kz/'),  # placeholder
    ("web/.env", "STRIPE_PUBLISHABLE_KEY=pk_live_5zMRl5frPi9NeFsFW5BVI18A"),  # publishable
    ("src/db.py", 'engine = create_engine("mysql://scott:tiger@db.qarz.kz/test")'),  # demo credentials
    ("keys/pub.json", '{"kty":"EC","crv":"P-256","x":"k-Hhu-4HiHFsePnB5DCz4bbenqFGX0w6k3TSuUVApWj"}'),
    ("ops/run.sh", 'java -jar tool.jar --password "$TOOL_PASSWORD"'),  # environment
    ("ops/run.sh", "docker run -p 8080:80 -v /data:/data image"),  # a port, not a password
    (
        "web/app.js",
        "  logo: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk'",
    ),
    ("ops/Dockerfile", "ENV API_TOKEN_FILE=/run/secrets/api_token"),  # a path
]


@pytest.mark.parametrize(("path", "line"), FOUND, ids=[p for p, _ in FOUND])
def test_each_class_of_candidate_is_found(path: str, line: str) -> None:
    assert _one(path, line), f"missed in {path}: {line}"


@pytest.mark.parametrize(("path", "line"), NOT_FOUND, ids=[p for p, _ in NOT_FOUND])
def test_each_class_of_decoy_is_not_reported(path: str, line: str) -> None:
    assert not _one(path, line), f"reported in {path}: {line}"


def test_a_password_in_an_example_file_is_a_weak_password_not_a_secret() -> None:
    # A copy of an example file becomes the running configuration: the password it sets is
    # listed, at the weak-password kind's own low severity, and is not reported as a leaked secret.
    assert _one("config/.env.example", "DB_PASSWORD=Qarz#2019kz") == ["weak-password"]


def test_value_shapes() -> None:
    assert v.machine_made("997e7111-a6b4-4880-b28c-3ab96821c3f3")
    assert v.machine_made("ITe9Munezn6oHYLQFIRC")
    assert not v.machine_made("ExclusiveStartShardId")
    assert not v.machine_made("r2c-internal-project-depends-on")
    assert v.mostly_words("LicenseRef-scancode-3com-microcode")
    assert not v.mostly_words("3466061493Lhb47BjJc8n4MFh3eA6MfGCnYP")
    assert v.name_strength("DB_PASSWORD") == "password"
    assert v.name_strength("client_secret") == "strong"
    assert v.name_strength("tls.key") == "weak"
    assert v.name_strength("public_key") == "none"
    assert v.name_strength("NextContinuationToken") == "none"
    assert v.file_role(".env.example") == "example" and v.file_role("docs/a.md") == "docs"
    assert v.is_path("/run/secrets/db_password") and not v.is_path("/g9hTA0ZYiPbGCwpGj6oPrD4ZSidOecpBy+06soD")


def _assess(path: str, line: str) -> tuple[Severity, str]:
    d = ENGINE.scan(path, line + "\n").detections[0]
    return ENGINE.assess(d.detector, path, line)


def test_severity_follows_what_the_value_is_and_says_why() -> None:
    remote = 'DATABASE_URL = "postgresql://loans:Kd8mPq2zLw9x@pg.prod.qarz.kz:5432/loans"'
    assert _assess("app/settings.py", remote) == (Severity.CRITICAL, "credentials of a remote host")
    local = 'DATABASE_URL = "postgresql://loans:Kd8mPq2zLw9x@localhost:5432/loans"'
    assert _assess("app/settings.py", local)[0] is Severity.HIGH
    assert _assess("tests/test_db.py", remote) == (
        Severity.MEDIUM,
        "in a test, fixture, example or documentation path",
    )
    prod = 'password: "Kd8#mPq2!zLw"'
    assert _assess("deploy/application-prod.yml", prod) == (
        Severity.CRITICAL,
        "in a production configuration",
    )
    assert _assess("deploy/application.yml", prod)[0] is Severity.HIGH
    severity, why = _assess("src/Keys.java", 'String AWS_KEY = "AKIA0Q8W1E9R3T4Y5U6I";')
    assert severity is Severity.CRITICAL and why


def test_no_held_out_value_appears_in_any_output(tmp_path: Path) -> None:
    values = sorted(
        {val for split in ("dev", "test") for lab in _labels(split) for val in lab.get("values", [])}
    )
    assert len(values) > 100
    runner = CliRunner()
    for split in ("dev", "test"):
        out = tmp_path / f"{split}.sarif"
        result = runner.invoke(cli, ["secrets", str(HOLDOUT / split / "tree"), "-f", "sarif", "-o", str(out)])
        assert result.exit_code == 1, result.output
        text = result.output + out.read_text(encoding="utf-8")
        leaked = [val for val in values if val in text]
        assert not leaked, f"{split}: {len(leaked)} values shown in full"


_PIECES = st.sampled_from(
    [
        "password",
        "api_key",
        " = ",
        ": ",
        '"',
        "'",
        "\n",
        "Bearer ",
        "-----BEGIN PRIVATE KEY-----",
        "-----END PRIVATE KEY-----",
        '"kty"',
        '"d": "',
        "--password ",
        "AKIA",
        "://u:",
        "@h.kz",
        "997e7111-a6b4-4880-b28c-3ab96821c3f3",
        "Zt7pLq2WmKd8mPq2zLwhbkXNNv9hOV48",
        "\\n",
        " + ",
        "ё",
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40), st.sampled_from(["a.py", ".env", "r.md"])
)
def test_any_text_scans_to_detections_that_point_at_their_value(pieces: list[str], path: str) -> None:
    text = "".join(pieces)
    for d in ENGINE.scan(path, text).detections:
        assert text[d.start : d.end] == d.value
        assert 1 <= d.line <= d.end_line <= text.count("\n") + 1
