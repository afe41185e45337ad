"""Split g of the held-out corpus and the classes it was written to measure: values on the line
after an XML element's name, property-list pairs, CSV credential columns, short tokens under a
`Token:` header, secret words inside names, `curl -u "<key>:"`; and the public values read as
secrets before (search-only keys, JWT-shaped Basic values, port mappings, fixture passwords made
from the login, JSON Web Tokens that authorise nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.secrets import structure
from aiscan.secrets import validate as v
from tests.conftest import FIXTURES
from tests.secrets_holdout import (
    TOKEN,
    UUID,
    assert_detections_at_their_value,
    assert_no_value_shown,
    assert_split_found,
    detector_ids,
    secret_detector_ids,
    split_labels,
)

SPLIT = FIXTURES / "secrets-holdout" / "g"
TREE = SPLIT / "tree"
PW = "Tulpar#4821kz"


def test_split_g_recall_per_category_and_no_decoy_reported() -> None:
    assert_split_found(SPLIT, 30, 50)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # a value on its own line inside an element named after a secret
        ("conf/server.xml", f"<server>\n  <password>\n    {PW}\n  </password>\n</server>\n"),
        ("conf/app.xml", f"<partnerApiToken>\n  {TOKEN}\n</partnerApiToken>\n"),
        # property-list pairs, on one line or two
        ("ios/Keys.plist", f"<dict>\n\t<key>scoringApiKey</key>\n\t<string>{UUID}</string>\n</dict>\n"),
        ("ios/Keys.plist", f"<key>smtpPassword</key><string>{PW}</string>\n"),
        # CSV: a credential column named by the header, quoted or not; `name,value,` rows
        ("ops/accounts.csv", f"login,password,host\nsvc_export,{PW},10.4.0.8\n"),
        ("ops/clients.csv", f'"client","api_key"\n"kaspi","{UUID}"\n'),
        ("ops/keys.tsv", f"name\tsecret\nkaspi\t{TOKEN}\n"),
        ("ops/export.csv", f"partnerToken,{TOKEN},\n"),
        # short tokens under a Token header
        ("ops/run.sh", 'curl -H "Token: 9b1c4f2e7a3d5086" https://crm.qarz.kz/api/leads\n'),
        ("ops/run.sh", 'curl --header "X-Auth-Token: Rk38sLq02Xv" https://crm.qarz.kz\n'),
        ("api/crm.http", "GET https://crm.qarz.kz/api/leads\nToken: k2m9x7q4w1z8p3r6\n"),
        ("src/client.py", 'HEADERS = {"Token": "9b1c4f2e7a3d5086"}\n'),
        # a secret's word inside the name
        ("src/settings.py", f'apiKeyForPayments = "{UUID}"\n'),
        ("src/settings.py", f'secret_value_prod = "{TOKEN}"\n'),
        ("src/settings.py", f'dbPasswordForReports = "{PW}"\n'),
        ("deploy/app.yml", f'PARTNER_TOKEN_FOR_KASPI: "{TOKEN}"\n'),
        # a key given to curl as the user
        ("ops/mail.sh", 'curl https://mail.qarz.kz/v1/messages -u "9421cc1c93016f1c4261e5351d30b498:"\n'),
        ("ops/mail.sh", f"curl --user {TOKEN}: https://sms.qarz.kz/v2/send\n"),
        ("ops/mail.sh", 'curl -u "Zt7#pLq2Wm9k:" https://x.qarz.kz\n'),
        # still found beside the new rules: a fixture password not made from the login
        ("tests/fixtures/users.json", f'[{{"login": "ops", "password": "{PW}"}}]\n'),
        # an admin key of a search service is a secret
        ("website/.env", "ALGOLIA_ADMIN_API_KEY=f371070b160ff01fd6798597269c48aa\nINDEX_NAME=docs\n"),
        ("run.sh", "docker exec mysql mysql -h 127.0.0.1 -u root -p'Tulpar#4821kz' -e 'select 1'\n"),
    ],
)
def test_the_new_classes_are_found(path: str, text: str) -> None:
    assert detector_ids(path, text), text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("conf/app.xml", "<passwordPolicy>\n  strong\n</passwordPolicy>\n"),
        ("conf/app.xml", "<password>\n  ${env.NEXUS_PASSWORD}\n</password>\n"),
        ("conf/app.xml", "<secret>\n  <name>billing</name>\n</secret>\n"),
        ("ios/Info.plist", "<key>KeyboardType</key>\n<string>numberPad</string>\n"),
        ("ios/Info.plist", f"<key>PushChannelId</key><string>{UUID}</string>\n"),
        ("ops/accounts.csv", "login,password,host\nsvc,********,10.4.0.8\nold,,10.4.0.9\n"),
        ("ops/audit.csv", "user,password_changed_at,token_count\nberik,2026-03-01,4\n"),
        ("ops/export.csv", "tokenHeader,X-Auth-Token,\nredis_password,${REDIS_PASSWORD},\n"),
        ("src/notes.py", f"login,password,host\nsvc,{PW},10.4.0.8\nprint(1)\n"),  # not a table
        ("ops/run.sh", 'curl -H "Token: <token>" https://crm.qarz.kz\n'),
        ("ops/run.sh", 'curl -H "Token-Type: refresh" https://crm.qarz.kz\n'),
        ("docs/a.md", "Token: expired, please log in again\n"),
        ("src/settings.py", 'passwordHashSalt = "9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c"\n'),
        ("src/settings.py", "password_min_length = 12\n"),
        ("src/settings.py", 'apiKeyHeaderName = "X-Api-Key"\n'),
        ("src/settings.py", f'api_key_id_prod = "{UUID}"\n'),
        ("src/ui.js", 'key_down_event = "tV.5bZltmQnPafK8e_bNP9lAABzxsR"\n'),
        ("src/types.py", '#> {"password":"x","password_bytes":"IAmSensitiveBytes"}\n'),
        ("ops/mail.sh", 'curl -u "deploy:" https://nexus.qarz.kz\n'),
        ("ops/mail.sh", 'curl -u "$MAILER_KEY:" https://mail.qarz.kz\n'),
        (
            "website/docusaurus.config.js",
            'algolia: {appId: "X", apiKey: "f371070b160ff01fd6798597269c48aa", indexName: "docs"}\n',
        ),
        ("notes.txt", ',apiKey:"6fe4476ee5a1832882e326b506d14126",\n'),
        (
            "run.sh",
            'curl -H "Authorization: Basic Zk9yTmVlZGVkVmFsdWUx.c2Vjb25kUGFydE9mSXQ.dGhpcmRQYXJ0" https://x\n',
        ),
        ("package.json", '"db": "docker run -d --name mongo -p 27017:27017 mongo:7"\n'),
        ("start.sh", "docker run -d --name mongo -p 127.0.0.1:27017:27017 mongo:7\n"),
        ("tests/fixtures/users.json", '[{"login": "alice", "password": "alice123"}]\n'),
        ("tests/fixtures/users.yaml", "- login: saule\n  password: saule2024\n"),
    ],
)
def test_their_decoys_are_not(path: str, text: str) -> None:
    # no secret; a fixture's dummy password may be reported as a weak password (low)
    assert not secret_detector_ids(path, text), text


def test_a_password_made_from_the_login_is_reported_outside_tests() -> None:
    text = '[{"login": "alice", "password": "alice123"}]\n'
    assert detector_ids("config/users.json", text)


def test_a_jwt_whose_claims_authorise_nothing_is_not_a_token() -> None:
    head, sig = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "kvRPfjAhLhtRTczoRgctVGp7KY1QVH3UBZM-gM0x8ec"
    data = f"{head}.eyJjb25maWRlbmNlIjowLjh9.{sig}"  # {"confidence": 0.8}
    auth = f"{head}.eyJzdWIiOiI4MjkxMDQ3NyIsImlhdCI6MTY0NTAwMDAwMH0.{sig}"  # sub and iat
    assert not detector_ids("run.sh", f'curl -H "Authorization: Basic {data}"\n')
    assert detector_ids("run.sh", f'curl -H "Authorization: Bearer {auth}"\n')


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("apiKeyForPayments", "apiKey"),
        ("secret_value_prod", "secret"),
        ("todo_secret_do_not_commit", "todo_secret"),
        ("PARTNER_TOKEN_FOR_KASPI", "PARTNER_TOKEN"),
        ("passwordHashSalt", None),
        ("secretNameForPayments", None),
        ("partnerTokenTtlSeconds", None),
        ("DB_PASSWORD", None),
    ],
)
def test_inner_secret_names(name: str, cut: str | None) -> None:
    assert structure.inner_secret_name(name) == cut


@pytest.mark.parametrize(
    ("value", "ports"),
    [
        ("27017:27017", True),
        ("127.0.0.1:8080:80", True),
        ("5000-5010:5000-5010/udp", True),
        ("Kd8:mPq2", False),
    ],
)
def test_port_mappings(value: str, ports: bool) -> None:
    assert structure.is_port_mapping(value) is ports


def test_names_of_password_hashes_are_not_secret_names() -> None:
    assert v.name_strength("passwordHashSalt") == "none"
    assert v.name_strength("hash_salt") != "none"  # Drupal's hash_salt is a site secret


def test_no_value_of_split_g_appears_in_any_output(tmp_path: Path) -> None:
    # two-digit slots glued to a value (`{alnum:9}{digits:2}`) are pieces of it, not values
    values = sorted({val for lab in split_labels(SPLIT) for val in lab.get("values", []) if len(val) >= 6})
    assert len(values) > 25
    assert_no_value_shown(TREE, values, tmp_path)


_PIECES = st.sampled_from(
    [
        "<password>",
        "</password>",
        "<key>apiKey</key>",
        "<string>",
        "</string>",
        "\n",
        "  ",
        ",",
        ";",
        '"',
        "login,password,host",
        "Token: ",
        "-H ",
        "curl ",
        "-u ",
        ":",
        "apiKeyForPayments = ",
        "secret_value_prod: ",
        UUID,
        TOKEN,
        PW,
        "27017",
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40),
    st.sampled_from(["a.xml", "b.plist", "c.csv", "d.tsv", "e.sh", "f.http", "g.py"]),
)
def test_any_text_of_the_new_candidates_scans_to_detections_at_their_value(
    pieces: list[str], path: str
) -> None:
    assert_detections_at_their_value(path, "".join(pieces))
