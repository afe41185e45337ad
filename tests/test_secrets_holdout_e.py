"""Split e of the held-out corpus (REST client files, typed constants, prose, UUID-shaped keys
among request ids) and the classes it was written to measure: header secrets, constants of typed
languages, tokens named in prose, literal passwords that start with `$` or `%`, and what a
service-account file is reported by."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.secrets import validate as v
from tests.conftest import FIXTURES
from tests.secrets_holdout import (
    ENGINE,
    TOKEN,
    UUID,
    assert_detections_at_their_value,
    assert_no_value_shown,
    assert_split_found,
    detector_ids,
    split_labels,
)

SPLIT = FIXTURES / "secrets-holdout" / "e"
TREE = SPLIT / "tree"


def test_split_e_recall_per_category_and_no_decoy_reported() -> None:
    assert_split_found(SPLIT, 75, 75)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # a REST client file: its header values are literals
        ("api/payments.http", f"GET https://pay.qarz.kz/v2/payments\nX-Api-Key: {UUID}\n"),
        ("api/scoring.rest", f"@token = {TOKEN}\n"),
        # curl headers, one-word names, a key with no scheme word
        ("ops/run.sh", f'curl -H "apikey: {UUID}" https://api.qarz.kz/v1/me\n'),
        ("ops/run.sh", f"curl --header 'Authorization: {UUID}' https://api.qarz.kz/v1/me\n"),
        # curl -u on a continued line, the password quoted apart
        ("ops/run.sh", "curl -X POST https://nexus.qarz.kz/upload \\\n  --user deploy:Zt7#pLq2Wm\n"),
        ("ops/run.sh", "curl --user deploy:'Zt7#pLq2Wm' https://nexus.qarz.kz/upload\n"),
        # typed constants
        ("src/consts.rs", f'pub const SMSC_API_KEY: &str = "{UUID}";\n'),
        ("src/consts.rs", f'const PARTNER_TOKEN: &\'static str = "{TOKEN}";\n'),
        ("keys.go", f'var partnerToken string = "{TOKEN}"\n'),
        ("Keys.kt", f'    const val PUSH_TOKEN: String = "{TOKEN}"\n'),
        # appends and escaped JSON
        ("config.php", f'$deployToken .= "{TOKEN}";\n'),
        ("Makefile", f'DEPLOY_TOKEN += "{TOKEN}"\n'),
        ("run.py", f'body = "{{\\"deploy_token\\": \\"{TOKEN}\\"}}"\n'),
        # an abbreviation of password
        ("config/services.php", "'psw' => '#5703Almatyx',\n"),
        # prose next to an explicit word
        ("docs/scoring.md", f"The staging API key is `{UUID}` until the partner issues ours.\n"),
        ("chat/ops.log", f"[10:02] berik: the token for the sms gateway is {TOKEN}\n"),
        ("docs/db.md", "The password of the `report` user on the staging database is `saule*2491MBi`.\n"),
        ("docs/bot.md", "Bot token for the alerts channel: 9232957684:Gubz3NeJVxmMOFF678Ny5sjTUtmD2aWvVPW\n"),
        # passwords that start with $ or %, where no variable is meant
        ("ops/sync.cmd", "sqlcmd -S dwh.qarz.internal -U sync -P $#Saule3504 -i sync.sql\n"),
        ("ops/restore.sh", "mysql -h 10.2.0.4 -u root -p'%Nurly1507trr' loans < dump.sql\n"),
    ],
)
def test_the_new_classes_are_found(path: str, text: str) -> None:
    assert detector_ids(path, text), text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("api/payments.http", f"X-Request-Id: {UUID}\nX-Api-Key: {{{{apiKey}}}}\n"),
        ("api/scoring.rest", "Authorization: Token {{token}}\n"),
        ("ops/run.sh", 'curl -H "apikey: $API_KEY" https://api.qarz.kz/v1/me\n'),
        ("ops/run.sh", 'curl -u "${USER}:${PASSWORD}" https://nexus.qarz.kz\n'),
        ("src/consts.rs", f'pub const TRACE_NAMESPACE: &str = "{UUID}";\n'),
        ("src/consts.rs", 'let key = env::var("SMSC_API_KEY").expect("key");\n'),
        ("keys.go", 'var redisPassword = os.Getenv("REDIS_PASSWORD")\n'),
        ("docs/scoring.md", f"Every response carries a request id such as `{UUID}`.\n"),
        ("docs/scoring.md", "The token expires after 3600 seconds; ask the refresh token for a new one.\n"),
        ("docs/scoring.md", "The sample API key is `550e8400-e29b-41d4-a716-446655440000`.\n"),
        ("docs/bot.md", "Order 9232957684:Gubz3NeJVxmMOFF678Ny5sjTUtmD2aWvVPW was shipped.\n"),
        ("ops/run.sh", "mysql -u root -p$MYSQL_PWD loans\n"),
        ("ops/run.cmd", "sqlcmd -S dwh -U sync -P %SYNC_PW% -i sync.sql\n"),
        ("ops/run.sh", 'for f in "$@"; do psql -U app -p $1 loans; done\n'),
        ("src/b64.js", 'const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"\n'),
        ("src/map.js", 'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"\n'),
        ("README.md", "To keep the old behaviour, pass `--no-uts46-mapping` to the encoder.\n"),
    ],
)
def test_their_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


def test_a_service_account_file_is_reported_by_its_key_not_its_key_id() -> None:
    text = (TREE / "services" / "auth" / "service-account.json").read_text(encoding="utf-8")
    [d] = ENGINE.scan("services/auth/service-account.json", text).detections
    assert d.detector.id == "gcp-service-account-key" and d.detector.severity.value == "critical"
    assert '"private_key"' in text.splitlines()[d.line - 1]
    key_id = "85cdd4617b7209f07e5918ac790ce0fdee03a42f"
    key_id_only = '{"type": "service_account", "private_key_id": "' + key_id + '"}\n'
    assert not ENGINE.scan("sa.json", key_id_only).detections


@pytest.mark.parametrize(
    ("value", "quote", "reference"),
    [
        ("$MYSQL_PWD", "", True),
        ("${PASS}", "", True),
        ("$(cat /run/secrets/db)", "", True),
        ("$1", "", True),
        ("$#Saule3504", "", False),
        ("$8053berikYVm", "", False),
        ("%SYNC_PW%", "", True),
        ("%1", "", True),
        ("%(password)s", "", True),
        ("%Nurly1507trr", "'", False),
        ("$Almaty", "'", True),
        ("$#2326Berik", "'", False),
    ],
)
def test_references_and_literals_that_start_with_a_sigil(value: str, quote: str, reference: bool) -> None:
    assert v.is_reference(value, quote) is reference


def test_rest_client_files_hold_literals() -> None:
    assert v.file_role("api/requests.http") == "config" and v.file_role("api/scoring.rest") == "config"


def test_no_value_of_split_e_appears_in_any_output(tmp_path: Path) -> None:
    values = sorted({val for lab in split_labels(SPLIT) for val in lab.get("values", [])})
    assert len(values) > 70
    assert_no_value_shown(TREE, values, tmp_path)


_PIECES = st.sampled_from(
    [
        "token ",
        "the API key for ",
        " is ",
        ": ",
        "`",
        UUID,
        TOKEN,
        "Authorization: ",
        "curl ",
        "--user ",
        "deploy:",
        "'Zt7#pLq2Wm'",
        " \\\n  ",
        "pub const X_KEY: &'static str = ",
        "var t string = ",
        ".= ",
        '\\"',
        "bot ",
        "9232957684:Gubz3NeJVxmMOFF678Ny5sjTUtmD2aWvVPW",
        "$#",
        "%",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40),
    st.sampled_from(["a.http", "b.rs", "c.md", "d.sh", "e.log", "f.go"]),
)
def test_any_text_of_the_new_candidates_scans_to_detections_at_their_value(
    pieces: list[str], path: str
) -> None:
    assert_detections_at_their_value(path, "".join(pieces))
