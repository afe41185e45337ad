"""Classes that secretlint's rule snapshots (measured from outside) showed missed or falsely
reported, written as our own cases (own values, made up for these tests) before the rules changed
for them, each with decoys of the same shape:

- GitHub App installation tokens in the stateless format (`ghs_<app id>_<JWT>`, issued since
  April 2026 beside the 40-character form);
- Grafana Cloud tokens (`glc_` and base64 of a JSON object) and Grafana service-account tokens
  (`glsa_`, 32 letters and digits, `_`, an 8-hex-digit checksum);
- Slack legacy workspace tokens (`xoxo-<digits>-<digits>`);
- Linear API keys (`lin_api_` and 40 letters and digits);

- a weak or dummy password in a URL's credentials (`admin:secretPin731@`, `app:Passw0rd#7@`):
  reported as a weak password (low), as the same value is under a password's name, where before
  it was dropped as a placeholder;

and two false alarms:

- a base64 value whose decoding is plain text holding a placeholder word (base64 of
  `dummy text ...`): an encoded placeholder is a placeholder;
- a whole value that is the start of the alphabet (`abcd`, `abcdefg`), as the list of placeholders
  already holds `abcdef` and the counting runs of digits.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import ENGINE, lines_reported

GHS_STATELESS = (
    "ghs_2847193_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJpYXQiOjE3Nzc3NzcwMDAsImV4cCI6MTc3Nzc4MDYwMCwiaXNzIjoiSXYyM2xpUWsiLCJpbnN0YWxsYXRpb25faWQiOjYxNDQyODcxfQ."
    "iIOSXFc6Nh7_PtZNYAAvjIrXTa9cDxIzLjz9ilp2nM8"
)
GRAFANA_CLOUD = (
    "glc_eyJvIjoiOTE4MjczIiwibiI6InN0YWNrLTkxODI3My1obS1yZWFkLWRlcGxveSIsImsiOiJ6Q3lVbGIxYmpLYmRX"
    "WnJtaEV1NERnd2hVZDc0NzBqUSIsIm0iOnsiciI6InByb2QtZXUtd2VzdC0yIn19"
)
GRAFANA_SA = "glsa_d60gMiaCCOW9ojAp0yWNvFh9lFpxIman_ecdd7431"
SLACK_LEGACY = "xoxo-93680060879-8765055548885"
LINEAR = "lin_api_WWIIwECMEhGYQXLYjBdHHO4IEXAZ1nhMfexe9WNh"

REPORTED = [
    # -- GitHub App installation tokens, stateless format
    (".github/workflows/sync.yml", f"      GH_TOKEN: {GHS_STATELESS}\n", 1),
    ("notes.txt", f"{GHS_STATELESS}\n", 1),
    # -- Grafana Cloud and service-account tokens
    ("deploy/grafana.env", f"GRAFANA_CLOUD_TOKEN={GRAFANA_CLOUD}\n", 1),
    ("notes.txt", f"{GRAFANA_CLOUD}\n", 1),
    ("provisioning/datasource.yaml", f"    apiKey: {GRAFANA_SA}\n", 1),
    ("notes.txt", f"{GRAFANA_SA}\n", 1),
    # -- Slack legacy workspace tokens
    ("bot/config.ini", f"token:{SLACK_LEGACY}\n", 1),
    ("notes.txt", f"{SLACK_LEGACY}\n", 1),
    # -- Linear API keys
    (".env", f"LINEAR_API_KEY={LINEAR}\n", 1),
    ("notes.txt", f"{LINEAR}\n", 1),
    # a base64 value of random bytes under a key's name stays a key
    ("settings.ini", "ANY_KEY = l31FVYhRZaYcQTGg/2L46z+Ve+wOBlT/HFa2hZBP\n", 1),
    # a chosen short password in a URL stays a credential
    ("app.js", 'const URL = "https://deploy:Xq7@api.partner.kz/v1";\n', 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # prefixes with no token behind them
    ("notes.txt", "ghs_2847193_notatoken\n"),
    ("notes.txt", "glc_abc\n"),
    ("notes.txt", "glsa_tooshort_0000\n"),
    ("notes.txt", "xoxo-hugs-and-kisses-to-everyone\n"),
    ("notes.txt", "lin_api_key\n"),
    # base64 of plain text holding a placeholder word
    ("settings.ini", "ANY_KEY = ZHVtbXkgdmFsdWUgZm9yIHRoZSBkb2NzIHBhZ2U=\n"),
    ("settings.ini", "ANY_KEY = cGxhY2Vob2xkZXIgdmFsdWUgZm9yIHRoZSBkb2Nz\n"),
    # the start of the alphabet as the whole password
    ("app.js", 'const SHORT_URL = "https://user:abcdefg@api.partner.kz/v1";\n'),
    ("app.js", 'const SHORT_URL = "https://user:abcd@api.partner.kz/v1";\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- a weak or dummy password in a URL's credentials: the weak-password kind, as in a setting --

WEAK_IN_URL = [
    ("deploy/app.env", "MONGO_URL=mongodb://admin:secretPin731@cluster0.mongodb.net:27017/admin\n"),
    ("src/db.js", 'const url = "mysql://app:Passw0rd#7@db.internal.kz:3306/app";\n'),
    ("notes.txt", "mongodb://devuser:mySecret246@dev.lending.kz:27017/dev_db\n"),
    ("docker-compose.yml", "      DATABASE_URL: postgres://loans:Password2024@postgres:5432/loans\n"),
]


def kinds_reported(path: str, text: str) -> set[str]:
    return {d.detector.id for d in ENGINE.scan(path, text).detections}


@pytest.mark.parametrize(("path", "text"), WEAK_IN_URL)
def test_weak_password_in_url(path: str, text: str) -> None:
    assert kinds_reported(path, text) == {"weak-url-password"}


NOT_WEAK_IN_URL = [
    # a chosen password stays the url-credentials kind's
    ("src/db.js", 'const url = "mysql://app:Kd8mPq2zLw@db.internal.kz:3306/app";\n'),
    # documentation hosts, the field's own word, templates, masks, words with nothing typed in
    ("src/db.js", 'const url = "mysql://app:Passw0rd#7@db.example.com:3306/app";\n'),
    ("src/db.js", 'const url = "postgresql://user:password@db.internal.kz/db";\n'),
    ("src/db.js", 'const url = "mysql://app:${DB_PASSWORD}@db.internal.kz/app";\n'),
    ("src/db.js", 'const url = "mysql://app:xxxx@db.internal.kz/app";\n'),
    ("src/db.js", 'const url = "https://username:mypassword@api.partner.kz/endpoint";\n'),
    ("src/db.js", 'const url = "mysql://admin:REPLACE_WITH_PASSWORD1@db.internal.kz/app";\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_WEAK_IN_URL)
def test_not_weak_password_in_url(path: str, text: str) -> None:
    assert "weak-url-password" not in kinds_reported(path, text)
