"""Two classes of missed credentials: a database password passed as the third argument of a
connect call that takes (host or DSN, user, password) in that order (PHP's `mysql_connect`,
`mysql_pconnect`, `mysqli_connect`, `new mysqli`, `new PDO`; Perl's `DBI->connect`, Ruby's
`DBI.connect`: `credential-call` knew only some of them), and an
Azure storage account key whose Azure mention stands two lines above it or on the lines just
below. Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import detected_with_severity, detector_ids

POSITIONAL = "credential-call"
AZURE = "azure-storage-account-key-in-context"


@pytest.mark.parametrize(
    "line",
    [
        '$link = mysql_connect("db.qarz.local", "loans", "Vb7#pLq2zK");\n',
        "$db = mysqli_connect('10.0.4.2', 'app', 'mR4!tYx9Qe', 'loans');\n",
        '$db = new mysqli("localhost", "app", "Hq2$wZ8nLp", "loans");\n',
        '$pdo = new PDO("mysql:host=db;dbname=loans", "app", "Tz5&kPw3Nd");\n',
        'my $dbh = DBI->connect("dbi:Pg:dbname=loans;host=db", "app", "Jc8%rVn4Xs");\n',
        "dbh = DBI.connect('DBI:Mysql:loans:db', 'app', 'Wf3@qLm7Bz')\n",
    ],
)
def test_a_literal_third_argument_of_a_connect_call_is_reported_high(line: str) -> None:
    assert (POSITIONAL, "high") in detected_with_severity("app/db.php", line)


@pytest.mark.parametrize(
    "line",
    [
        "$link = mysql_connect($host, $user, $pass);\n",
        'mysqli_connect("db", "app", $password, "loans");\n',
        'new PDO($dsn, "app", getenv("DB_PASSWORD"));\n',
        'new PDO("mysql:host=db", "app", "");\n',
        'DBI->connect("dbi:Pg:dbname=loans", "app", "<password>");\n',
        'mysqli_connect("db", "app", "your_password", "loans");\n',
        # two arguments only: no password argument at all
        'new PDO("sqlite:/var/db/loans.sqlite3", "readonly");\n',
    ],
)
def test_a_variable_an_empty_or_a_placeholder_password_is_not_reported(line: str) -> None:
    assert POSITIONAL not in set(detector_ids("app/db.php", line))


def test_a_test_path_reports_the_password_below_the_gate() -> None:
    line = '$db = mysqli_connect("db", "app", "mR4!tYx9Qe", "loans");\n'
    found = dict(detected_with_severity("tests/DbTest.php", line))
    assert found.get(POSITIONAL) in ("medium", "low")


KEY = "Xq3vN8kLm2Pz7Rt4Wb9Yc1Hd6Jf0Ga5Se8Ui2Ok7Ql4Mn9Bv3Cx6Zr1Ty5Ew0Ds8Fa2Gh7Jk4Lp9Qo3Iu6Yt1R=="


@pytest.mark.parametrize(
    "text",
    [
        f"-- Azure Blob storage of the loan archive\n"
        f"CREATE DATABASE SCOPED CREDENTIAL c WITH IDENTITY = 'acct',\n    SECRET = '{KEY}'\n",
        f"-- Azure Blob storage of the loan archive, identity 'acct':\n\n    '{KEY}'\n",
        f"-- storage of the loan archive\n{KEY}\n-- the key of the azure.com account above\n",
        f"{KEY}\n\nloan-archive.blob.core.windows.net\n",
    ],
)
def test_an_azure_mention_two_lines_above_or_just_below_gives_the_context(text: str) -> None:
    assert AZURE in set(detector_ids("deploy/archive.sql", text))


@pytest.mark.parametrize(
    "text",
    [
        f"'@azure/core-auth':\n  version: 1.0.0\n  integrity: sha512-{KEY}\n",
        f"checksum: {KEY}\n",
        f"# azure\n\n\n\n{KEY}\n",
        f"{KEY}\n\n\n\n# azure\n",
    ],
)
def test_a_digest_or_a_distant_mention_is_not_the_context(text: str) -> None:
    assert AZURE not in set(detector_ids("deploy/archive.sql", text))


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("dependency-track-api-key", "DTRACK_API_KEY=odt_Q7mZk2LpV9xR4tWn8YcB3hJf6DsGa1Ue\n"),
        ("dependency-track-api-key", '  apiKey: "odt_Hw5Tq8Nz2Xk7Rb4Mv9Lc3Pj6Yd1Fs0Ga8Ue4Ki"\n'),
        ("cerebras-api-key", "CEREBRAS_API_KEY=csk-r8kq2mzv5tn7xw3hp9cj4fd6yb2ls8gq5wn7te3vk9rm4xp2\n"),
    ],
)
def test_a_prefixed_token_is_reported_on_its_own(rule: str, line: str) -> None:
    assert rule in set(detector_ids("deploy/ci.env", line))


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("dependency-track-api-key", "DTRACK_API_KEY=odt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
        ("dependency-track-api-key", "def odt_parse_component_identity_from_the_bom_file(): ...\n"),
        ("dependency-track-api-key", "key = KTJm5q2AGxGlrF4ribBT7p98AOM9TlU8\n"),
        ("cerebras-api-key", "CEREBRAS_API_KEY=csk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
        ("cerebras-api-key", "--mask-csk-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv\n"),
    ],
)
def test_a_placeholder_a_name_or_a_bare_value_is_not_the_token(rule: str, line: str) -> None:
    assert rule not in set(detector_ids("deploy/ci.env", line))
