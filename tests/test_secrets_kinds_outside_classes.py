"""The classes the outside set of SQL scripts, shell scripts, mobile app sources and database
connection calls showed, written as our own cases (own values) before the rules changed for them:

- Go's MySQL driver takes its DSN in more forms than `user:password@tcp(host)/db`: the protocol
  left out (`user:password@(host:3306)/db`), no address at all (`user:password@/db`, the local
  server), and a password holding `@` (the driver splits at the last `@`); each carries the
  password as the `tcp(` form does;
- an OAuth client's secret or an API key dumped with its table (`INSERT INTO oauth_clients (...,
  secret, ...) VALUES (...)`, Spring's `oauth_client_details.client_secret`, an `api_keys` table)
  is the credential itself when it is machine-made; a hash of it, a word, NULL, or a column of
  another table is not; only SQL scripts are read so;
- the name of the HTTP header a key is sent in, kept in a constant named for the key
  (`API_KEY = "Authorization"`), is a name, not a secret.
"""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE, detected_with_severity, detector_ids

# --- Go MySQL DSN forms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        '\tdb, err := sql.Open("mysql", "loans:Tulpar2024@@tcp(10.0.4.4:3306)/loans")',
        '\tdb, err := sql.Open("mysql", "loans:Kd8mPq2zLw@(10.0.4.4:3306)/loans?parseTime=true")',
        '\tdb, err := sql.Open("mysql", "loans:Kd8mPq2zLw@/loans")',
        "\tconst dsn = `reports:Qarz7746kz@(db.internal:3306)/reports`",
    ],
)
def test_a_go_mysql_dsn_of_any_form_carries_its_password(line: str) -> None:
    text = f"package store\n\nfunc open() {{\n{line}\n}}\n"
    assert "dsn-credentials" in detector_ids("store/db.go", text)


@pytest.mark.parametrize(
    "line",
    [
        '\tdsn := fmt.Sprintf("%s:%s@/%s", user, pass, name)',
        '\tdsn := "user:password@/dbname"',
        '\timport Widget from "@/components/widget"',
        '\tdsn := user + ":" + pass + "@(" + host + ")/" + name',
    ],
)
def test_what_only_looks_like_a_dsn_is_not_one(line: str) -> None:
    text = f"package store\n\nfunc open() {{\n{line}\n}}\n"
    assert "dsn-credentials" not in detector_ids("store/db.go", text)


# --- a header's name kept under a key's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("app/src/main/java/kz/qarz/net/Net.kt", 'object Net {\n  const val API_KEY = "Authorization"\n}\n'),
        ("Sources/Net.swift", 'enum Net {\n    static let apiKeyHeader = "Proxy-Authorization"\n}\n'),
        ("lib/net.dart", "class Net {\n  static const String tokenHeader = 'Authorization';\n}\n"),
    ],
)
def test_a_header_name_under_a_key_name_is_not_a_secret(path: str, text: str) -> None:
    assert detector_ids(path, text) == []


def test_a_word_key_under_a_key_name_is_still_reported() -> None:
    text = 'object Net {\n    const val API_KEY = "QarzLending2025"\n}\n'
    assert "guessable-secret" in detector_ids("app/src/main/java/kz/qarz/net/Net.kt", text)


# --- OAuth client secrets and API keys in a SQL dump ---------------------------------------------

_CLIENTS_TABLE = (
    "CREATE TABLE `oauth_clients` (\n  `id` int NOT NULL,\n  `name` varchar(255) NOT NULL,\n"
    "  `secret` varchar(100) NOT NULL,\n  `redirect` text NOT NULL\n);\n\n"
)


_COLUMN_LESS_ROW = (
    "INSERT INTO `oauth_clients` VALUES (1, 'Qarz', 'Vb7pLq2zKd8mPq2zLwNx4RtY9uIo3PaS6dFgH1jK', '');\n"
)


def test_a_dumped_oauth_client_secret_is_reported_row_by_row() -> None:
    text = _CLIENTS_TABLE + (
        "INSERT INTO `oauth_clients` (`id`, `name`, `secret`, `redirect`) VALUES\n"
        "(1, 'Qarz Personal Access Client', 'Vb7pLq2zKd8mPq2zLwNx4RtY9uIo3PaS6dFgH1jK', 'http://localhost'),\n"
        "(2, 'Qarz Password Grant Client', 'Tz5wQ9eR3tY7uI1oP4aS8dF2gH6jK0lZxC5vB9nM', 'http://localhost');\n"
    )
    found = ENGINE.scan("db/qarz.sql", text).detections
    assert [d.line for d in found if d.detector.id == "sql-seeded-client-secret"] == [9, 10]


@pytest.mark.parametrize(
    "text",
    [
        # a column-less dump row: the columns come from the script's own CREATE TABLE
        "".join((_CLIENTS_TABLE, _COLUMN_LESS_ROW)),
        "INSERT INTO oauth_client_details (client_id, client_secret, scope) VALUES "
        "('qarz-web', 'Tz5wQ9eR3tY7uI1oP4aS8dF2gH6jK0lZ', 'read');\n",
        "INSERT INTO api_keys (owner, api_key) VALUES ('scoring', '9f2c4e7a1b8d3f6e0a5c2b9d4e7f1a3c');\n",
    ],
)
def test_other_client_and_key_tables_are_read_the_same_way(text: str) -> None:
    assert "sql-seeded-client-secret" in detector_ids("db/seed.sql", text)


@pytest.mark.parametrize(
    "text",
    [
        # Passport 11 and Spring keep a hash of the secret, not the secret
        "INSERT INTO oauth_client_details (client_id, client_secret) VALUES "
        "('qarz', '$2a$10$Kd8mPq2zLwhbkXNNvhOV4.8vQz9Pr0d2021kzA1b2C3d4E5f6G7h8');\n",
        "INSERT INTO oauth_client_details (client_id, client_secret) VALUES ('qarz', 'secret');\n",
        "INSERT INTO oauth_clients (id, name, secret) VALUES (1, 'Qarz', NULL);\n",
        "INSERT INTO settings (name, secret) VALUES ('mail', 'Vb7pLq2zKd8mPq2zLwNx4RtY9uIo3PaS6dFgH1jK');\n",
        "INSERT INTO api_keys (owner, key_prefix) VALUES ('scoring', '9f2c4e7a1b8d3f6e0a5c2b9d4e7f1a3c');\n",
    ],
)
def test_hashes_words_nulls_and_other_tables_are_not(text: str) -> None:
    assert "sql-seeded-client-secret" not in detector_ids("db/seed.sql", text)


def test_the_same_dump_in_a_program_string_is_not_read() -> None:
    text = (
        'q = "INSERT INTO api_keys (owner, api_key) VALUES '
        "('scoring', '9f2c4e7a1b8d3f6e0a5c2b9d4e7f1a3c')\"\n"
    )
    assert "sql-seeded-client-secret" not in detector_ids("app/seed.py", text)


# --- a weak password given where only a password goes ----------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("db/init.sql", "CREATE ROLE qarz_app WITH LOGIN PASSWORD 'qarz_app';\n"),
        ("db/init.sql", "CREATE USER 'loans'@'%' IDENTIFIED BY 'pwdloans';\n"),
        (
            "deploy/setup.sh",
            "sudo -u postgres psql -c \"CREATE ROLE scoring WITH LOGIN PASSWORD 'scoring';\"\n",
        ),
        (
            "src/Db.java",
            'Connection c = DriverManager.getConnection("jdbc:mysql://localhost/q", "root", "root");\n',
        ),
        (
            "src/Db.java",
            'Connection c = DriverManager.getConnection("jdbc:mysql://localhost/q", "loans", "123456");\n',
        ),
    ],
)
def test_a_weak_password_given_to_its_account_is_a_weak_password(path: str, text: str) -> None:
    found = detected_with_severity(path, text)
    assert found and all(sev == "low" for _, sev in found), found
    assert all(d.startswith("weak-") for d, _ in found), found


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("db/init.sql", "CREATE ROLE qarz_app WITH LOGIN PASSWORD :'app_password';\n"),
        ("db/init.sql", "CREATE USER 'loans'@'%' IDENTIFIED BY 'password';\n"),
        ("src/Db.java", "Connection c = DriverManager.getConnection(url, user, password);\n"),
        (
            "src/Db.java",
            'Connection c = DriverManager.getConnection("jdbc:mysql://localhost/q", "root", "");\n',
        ),
        (
            "src/Db.java",
            'Connection c = DriverManager.getConnection("jdbc:mysql://localhost/q", "loans", "12");\n',
        ),
    ],
)
def test_placeholders_and_references_there_are_not(path: str, text: str) -> None:
    assert detected_with_severity(path, text) == []
