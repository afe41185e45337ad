"""Accounts seeded by SQL scripts with a password as typed (rulesets/secrets/generic.yaml
`sql-seeded-account-password`, aiscan/secrets/sql_seed.py), over the scripts of
fixtures/sql-seed (MySQL, PostgreSQL and H2 dialects)."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets import sql_seed
from tests.conftest import FIXTURES
from tests.secrets_holdout import ENGINE

SEEDS = FIXTURES / "sql-seed"
RULE = "sql-seeded-account-password"


def _seeded(name: str, path: str | None = None) -> list[tuple[int, str]]:
    text = (SEEDS / name).read_text()
    scan = ENGINE.scan(path or f"db/{name}", text)
    for d in scan.detections:
        assert text[d.start : d.end] == d.value  # located at the value itself
    return [(d.line, d.value) for d in scan.detections if d.detector.id == RULE]


def test_mysql_rows_single_and_multi_row_with_backquoted_names() -> None:
    assert _seeded("mysql-data.sql") == [(5, "admin123"), (8, "123456"), (11, "support2024")]


def test_postgres_quoted_names_escape_strings_and_insert_select() -> None:
    # the password crypt() hashes is in the script as typed; the commented-out INSERT and a
    # table of no accounts are not reported
    assert _seeded("postgres-schema.sql") == [(12, "password"), (13, "demo"), (16, "toor")]


def test_a_password_the_database_hashes_is_written_as_typed() -> None:
    text = "INSERT INTO `user` (uid, username, password) VALUES\n(1, 'admin', PASSWORD('test123')),\n"
    text += "(2, 'noc', MD5(CONCAT('x', 'y')));\n"
    assert [d.value for d in ENGINE.scan("sql/schema.sql", text).detections] == ["test123"]


def test_h2_noop_is_plaintext_and_bcrypt_or_a_hash_column_is_not() -> None:
    assert _seeded("h2-data.sql") == [(2, "{noop}user")]


def test_hashes_and_placeholders_are_not_reported() -> None:
    assert _seeded("hashed-seed.sql") == []


def test_only_sql_scripts_are_read() -> None:
    assert _seeded("mysql-data.sql", "src/Seeder.java") == []
    assert _seeded("mysql-data.sql", "migrations/V1__seed.SQL") != []


def test_severity_is_medium_and_low_in_tests() -> None:
    text = (SEEDS / "mysql-data.sql").read_text()
    [det] = {d.detector for d in ENGINE.scan("db/data.sql", text).detections}
    assert det.id == RULE and det.severity is Severity.MEDIUM
    assert det.severity_in_tests is Severity.LOW
    assert {"p19.6", "p19.7"} <= set(det.requirements) and "CWE-1392" in det.cwe


def test_a_chosen_value_stays_the_high_sql_insert_detector() -> None:
    text = "INSERT INTO users (login, password) VALUES ('admin', 'Tulpar!1729PAh');\n"
    [d] = ENGINE.scan("seed.sql", text).detections
    assert d.detector.id == "sql-insert-password" and d.value == "Tulpar!1729PAh"


@pytest.mark.parametrize(
    ("table", "expected"),
    [("users", True), ("public.app_user", True), ("[dbo].[Accounts]", True), ("auth_user", True),
     ("`tbl_admin`", True), ("products", False), ("settings", False), ("mail_servers", False)],
)  # fmt: skip
def test_account_tables(table: str, expected: bool) -> None:
    assert sql_seed.account_table(table) is expected


@pytest.mark.parametrize(
    ("column", "expected"),
    [("password", True), ("`PASSWORD`", True), ("user_pass", True), ("pwd", True), ("userPassword", True),
     ("password_hash", False), ("encrypted_password", False), ("password_changed_at", False),
     ("password_reset_token", False), ("passport_no", False)],
)  # fmt: skip
def test_password_columns(column: str, expected: bool) -> None:
    assert sql_seed.password_column(column) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("admin", True), ("123456", True), ("{noop}secret", True), ("{bcrypt}$2a$10$abc", False),
     ("$2y$10$abcdefghijklmnopqrstuv", False), ("$6$salt$hash", False), ("", False), ("  ", False),
     ("?", False), ("%s", False), ("{{ admin_password }}", False), ("__ADMIN_PASS__", False)],
)  # fmt: skip
def test_plaintext_passwords(value: str, expected: bool) -> None:
    assert sql_seed.plaintext_password(value) is expected


def test_an_unterminated_statement_and_odd_rows_do_not_fail() -> None:
    texts = [
        "INSERT INTO users (a, password) VALUES ('x', 'y'",
        "INSERT INTO users (password) VALUES",
        "INSERT INTO users (a, password) VALUES ('x'), ('y', 'z', 'w'), (",
        "INSERT INTO users (password) SELECT",
    ]
    for text in texts:
        ENGINE.scan("seed.sql", text)


def test_a_dump_without_column_lists_reads_the_columns_of_its_create_table() -> None:
    # `admins` is not defined in the script: which of its values is the password is unknown
    assert _seeded("mysqldump.sql") == [(13, "admin")]


def test_a_statement_of_any_length_is_read_to_its_last_row() -> None:
    # a dump writes a table's rows as one INSERT of several hundred thousand characters
    rows = ",".join(f"('user{i}', 'Kest{i}!')" for i in range(20_000))
    text = f"INSERT INTO users (login, password) VALUES {rows};\n"  # noqa: S608
    text += "INSERT INTO users (login, password) VALUES ('ops', 'Ashyq!7');\n"
    assert len(text) > 300_000
    values = [d.value for d in ENGINE.scan("db/dump.sql", text).detections]
    assert len(values) == 20_001 and values[-2:] == ["Kest19999!", "Ashyq!7"]


def test_every_statement_of_a_long_dump_is_read() -> None:
    text = "CREATE TABLE accounts (id int, login text, passwd text);\n"
    text += "".join(f"INSERT INTO accounts VALUES ({i}, 'u{i}', 'Qala{i}#');\n" for i in range(5_000))  # noqa: S608
    lines = [d.line for d in ENGINE.scan("dump.sql", text).detections]
    assert lines == list(range(2, 5_002))


def test_an_insert_inside_a_statement_already_read_starts_nothing() -> None:
    text = (
        "INSERT INTO users (login, password, note) VALUES ('ops', 'Tau!4x',\n"
        "'INSERT INTO users (login, password) VALUES');\n"
        "INSERT INTO users (login, password) VALUES ('kassa', 'Alma#9');\n"
    )
    found = [(d.line, d.value) for d in ENGINE.scan("seed.sql", text).detections]
    assert found == [(1, "Tau!4x"), (3, "Alma#9")]


def test_block_comments_are_looked_up_across_the_script() -> None:
    text = (
        "/* INSERT INTO users (login, password) VALUES ('old', 'admin'); */\n"
        "INSERT INTO users (login, password) VALUES ('kassa', 'qwerty');\n"
        "/*\nINSERT INTO users (login, password) VALUES ('gone', 'letmein');\n*/\n"
    )
    script = sql_seed.Script(text)
    assert script.commented_out(text.index("'old'")) and not script.commented_out(text.index("'kassa'"))
    seeded = [d.value for d in ENGINE.scan("seed.sql", text).detections if d.detector.id == RULE]
    assert seeded == ["qwerty"]
