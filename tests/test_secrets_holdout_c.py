"""Split c of the held-out corpus (the categories of a labelled benchmark of real repositories, over
many kinds of files): recall and precision per category, severity with its reason for the new
categories, and no value of the split in any output format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.models import Severity
from aiscan.secrets import validate as v
from tests.conftest import FIXTURES
from tests.secrets_holdout import (
    ENGINE,
    assert_detections_at_their_value,
    assert_no_value_shown,
    score_split,
    split_labels,
)

SPLIT = FIXTURES / "secrets-holdout" / "c"
TREE = SPLIT / "tree"


def _labels() -> list[dict[str, Any]]:
    return split_labels(SPLIT)


def test_split_c_recall_per_category_and_precision() -> None:
    score = score_split(SPLIT)
    assert score.positives >= 140 and score.decoys >= 120
    for category, n in score.total.items():
        assert score.found[category] / n >= 0.85, f"{category}: {score.found[category]}/{n} found"
    assert len(score.decoys_hit) <= 2, score.decoys_hit
    assert sum(score.found.values()) / score.positives >= 0.95


def _assess(path: str, text: str) -> tuple[str, Severity, str]:
    d = ENGINE.scan(path, text).detections[0]
    line = text.splitlines()[d.line - 1]
    return (d.detector.id, *ENGINE.assess(d.detector, path, line))


@pytest.mark.parametrize(
    ("path", "text", "severity", "why"),
    [
        # object-storage keys, by the name on the line or the client's credential file
        (
            "app/settings.properties",
            "app.s3.secret-key=g9hTA0ZYiPbGCwpGj6oPrD4ZSidOecpBy06soDxx\n",
            "critical",
            "cloud",
        ),
        (
            "ops/.s3cfg",
            "[default]\nsecret_key = g9hTA0ZYiPbGCwpGj6oPrD4ZSidOecpBy06soDxx\n",
            "critical",
            "cloud",
        ),
        # database credentials naming a host that is not this machine
        (
            "db/conn.go",
            'const dsn = "reports:426%tulparN4@tcp(10.0.4.4:3306)/reports"\n',
            "critical",
            "remote",
        ),
        (
            "db/conn.go",
            'const dsn = "reports:426%tulparN4@tcp(localhost:3306)/reports"\n',
            "high",
            "clear text",
        ),
        (
            "app.properties",
            "url=jdbc:oracle:thin:loans/F5KRA090CfkMpV@10.4.1.2:1521:ORCL\n",
            "critical",
            "remote",
        ),
        # a JWK private member, a private key in an escaped string
        (
            "auth/jwks.ts",
            "export const k = {kty: 'EC',\n  d: 'k-Hhu-4HiHFsePnB5DCz4bbenqFGX0w6k3TSuUVApWj'}\n",
            "critical",
            "private key",
        ),
        # passwords: in clear text elsewhere high, in a test lower
        (
            "scripts/deploy.ps1",
            '$s = ConvertTo-SecureString "saule5693_XNb" -AsPlainText -Force\n',
            "high",
            "clear text",
        ),
        ("tests/test_login.py", 'assert login("admin", "Qarz%7746")\n', "medium", "test"),
        ("deploy/app.yaml", '- name: SMTP_PASSWORD\n  value: "Almaty#7454hcbO"\n', "high", "clear text"),
        (
            "deploy/prod/app.yaml",
            '- name: SMTP_PASSWORD\n  value: "Almaty#7454hcbO"\n',
            "critical",
            "production",
        ),
    ],
)
def test_severity_of_the_new_categories_says_why(path: str, text: str, severity: str, why: str) -> None:
    _, got, reason = _assess(path, text)
    assert got.value == severity and why in reason, (got, reason)


def test_multi_line_values_are_located_from_their_name() -> None:
    text = "auth:\n  webhook_secret: >-\n    RiLOfxSDAJaDuTxWPvUNEDEYzGU4Yt5nMYumchKGbsGczMFK\n"
    d = ENGINE.scan("config.yaml", text).detections[0]
    assert (d.line, d.end_line) == (2, 3)
    pieces = 'KEY = (\n    "e6d4aaa983b77d411a7720c3e3777c0e"\n    "9aab37fdd31aab63afc99f6d820166cd"\n)\n'
    d = ENGINE.scan("settings.py", pieces).detections[0]
    assert d.detector.id == "concatenated-secret" and (d.line, d.end_line) == (1, 3)


def test_a_sql_insert_reports_the_password_column_only() -> None:
    text = "INSERT INTO users (login, email, password) VALUES ('admin', 'a@qarz.kz', 'Tulpar!1729PAh');\n"
    [d] = ENGINE.scan("seed.sql", text).detections
    assert d.value == "Tulpar!1729PAh" and text[d.start : d.end] == d.value
    bcrypt = "$2b$12$Kd8mPq2zLwhbkXNNvhOV48vQz9Pr0d2021kzA1b2C3d4E5f6G7h8"
    hashed = "INSERT INTO users (login, password) VALUES ('ops', '" + bcrypt + "');\n"  # noqa: S608
    assert not ENGINE.scan("seed.sql", hashed).detections


def test_no_value_of_split_c_appears_in_any_output(tmp_path: Path) -> None:
    values = sorted({val for lab in _labels() for val in lab.get("values", [])})
    assert len(values) > 120
    assert_no_value_shown(TREE, values, tmp_path)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("vault.yml", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n"),  # a YAML tag
        ("stack.yaml", "MasterUserPassword: !Ref DBPassword\n"),
        ("deploy/app.yaml", "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n"),
        ("deploy/app.yaml", "- name: API_TOKEN\n  value: ${API_TOKEN}\n"),
        ("scripts/run.sh", 'echo "$PASSWORD" | docker login -u ops --password-stdin registry.qarz.kz\n'),
        ("scripts/run.ps1", "$s = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force\n"),
        ("db/conn.go", 'const example = "user:password@tcp(localhost:3306)/dbname"\n'),
        ("notes.txt", "The password is stored in the vault.\n"),
        ("seed.sql", "INSERT INTO users (login, password_hash) VALUES ('admin', 'Tulpar!1729PAh');\n"),
        ("billing/.env.example", "BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11\n"),  # Telegram's docs
    ],
)
def test_decoys_of_the_new_candidates_are_not_reported(path: str, text: str) -> None:
    assert not ENGINE.scan(path, text).detections


_NEW_PIECES = st.sampled_from(
    [
        "INSERT INTO users (",
        "login, password",
        ") VALUES (",
        "'admin', ",
        "'Tulpar!1729PAh'",
        "'it''s'",
        ", ",
        ")",
        "- name: SMTP_PASSWORD\n",
        "  value: ",
        "webhook_secret: >-\n",
        "    ",
        "KEY = (\n",
        '    "e6d4aaa983b77d411a7720c3e3777c0e"\n',
        "jdbc:oracle:thin:loans/",
        "@tcp(",
        "10.0.4.4:3306)",
        "reports:",
        "ConvertTo-SecureString ",
        " -AsPlainText",
        "echo '",
        "' | sudo -S ",
        "the password is ",
        "kty",
        "d: '",
        "k-Hhu-4HiHFsePnB5DCz4bbenqFGX0w6k3TSuUVApWj'",
        "s3://",
        "odgTbH4nZ3IUX1Jh9neh:",
        "@bucket",
        "$",
        "'",
        '"',
        "\n",
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.one_of(_NEW_PIECES, st.text(max_size=10)), max_size=40),
    st.sampled_from(["a.py", "b.yaml", "c.sql", "d.ps1", "e.txt"]),
)
def test_any_text_of_the_new_candidates_scans_to_detections_at_their_value(
    pieces: list[str], path: str
) -> None:
    assert_detections_at_their_value(path, "".join(pieces))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=80), st.text(max_size=200))
def test_the_password_column_of_any_insert_is_a_span_of_its_values(columns: str, values: str) -> None:
    span = v.sql_password_span(columns, values)
    if span is not None:
        assert 0 <= span[0] <= span[1] <= len(values)
