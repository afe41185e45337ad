"""Values of a shape that cannot be a secret, found after a word naming one: sudo's command tags
(`NOPASSWD:SETENV:` in a sudoers rule, where `PASSWD` is a tag, not a password); an OpenPGP v4 key
fingerprint written `0x…` (public by design); the word `passphrase` standing for the value in a
usage text (`-Dgpg.passphrase=PASSPHRASE`, as `PASSWORD` already did). And names for a condition
on a secret (`CONNECT_PASSWORD_ISNULL`, `NET_PASSWORD_TOO_LONG`: error codes), which hold no
secret. A real password beside each is still reported."""

from __future__ import annotations

import pytest

from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE


def _found(path: str, text: str) -> list[tuple[int | None, str]]:
    return [
        (f.location.start_line, f.severity.value) for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "%loans ALL = NOPASSWD:SETENV: /usr/bin/lxc-*, /usr/bin/timeout\n",
        "%loans ALL=(root) NOPASSWD: /usr/sbin/service loans restart\n",
        "loans ALL = (ALL) NOPASSWD:NOEXEC:SETENV: /usr/bin/loansctl\n",
        "Defaults:loans !authenticate\nloans ALL = PASSWD:NOSETENV: ALL\n",
    ],
)
def test_sudo_tags_are_no_password(line: str) -> None:
    assert _found("etc/sudoers.d/loans", line) == []


def test_a_password_in_a_sudoers_neighbour_is_still_reported() -> None:
    assert _found("etc/loans/db.conf", "db_password = Qw7kLz2vRm9X\n") != []


@pytest.mark.parametrize(
    "line",
    [
        "X-DELETE-KEY: 0x5E2A91C7D04B83F6A1E9C2B7D58F036E4A1C9B27\n",
        "X-FETCH-KEY: 0x5e2a91c7d04b83f6a1e9c2b7d58f036e4a1c9b27\n",
    ],
)
def test_an_openpgp_fingerprint_is_no_secret(line: str) -> None:
    assert _found("conf/lists.yml", line) == []


@pytest.mark.parametrize(
    "line",
    [
        # a 256-bit hex key after 0x is a key, not a fingerprint
        "signing_key: 0x5E2A91C7D04B83F6A1E9C2B7D58F036E4A1C9B275E2A91C7D04B83F6A1E9C2B7\n",
        # a 64-bit constant after 0x may be a key
        "signing_key: 0xA1E9C2B7D58F036E\n",
        # without the 0x a 40-digit hex string can be a token
        "api_key: 5E2A91C7D04B83F6A1E9C2B7D58F036E4A1C9B27\n",
    ],
)
def test_other_hex_values_are_still_reported(line: str) -> None:
    assert _found("conf/lists.yml", line) != []


def test_the_secret_words_own_name_in_capitals_is_a_placeholder() -> None:
    text = "    invoke Maven with -Dgpg.passphrase=PASSPHRASE.\n"
    assert _found("maven/README.txt", text) == []
    assert _found("maven/README.txt", "    -Dgpg.passphrase=Qw7kLz2vRm9X\n") != []


@pytest.mark.parametrize(
    "line",
    [
        '    String CONNECT_PASSWORD_ISNULL = "08001.C.8";\n',
        '    String NET_PASSWORD_TOO_LONG = "08001.C.12";\n',
        '    String LOGIN_PASSWORD_MISSING = "28P01.L.3";\n',
        '    String API_KEY_INVALID = "42K01.A.1";\n',
    ],
)
def test_a_name_for_a_condition_on_the_secret_is_no_secret(line: str) -> None:
    assert _found("src/main/java/kz/mfo/loans/SqlStates.java", line) == []


def test_a_name_with_other_words_after_the_secret_is_still_reported() -> None:
    line = '    String DB_PASSWORD_PROD = "Qw7kLz2vRm9X";\n'
    assert _found("src/main/java/kz/mfo/loans/Settings.java", line) != []


# The name of an environment variable in the value: node-config's custom-environment-variables
# file maps each setting to the variable that holds it, and an entrypoint script's comment shows
# a stand-in (`mypass`, as `mypassword` already was).
@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "config/custom-environment-variables.json",
            '{\n  "httpAuth": {\n    "username": "HTTP_USER",\n    "password": "HTTP_PASSWORD"\n  }\n}\n',
        ),
        ("config/custom-environment-variables.yaml", "db:\n  password: LOANS_DB_PASSWORD_1\n"),
        ("docker/entrypoint.sh", "# set $LOANS_CONFIG_ENV=LOANS_PASS_1 and env LOANS_PASS_1=mypass\n"),
    ],
)
def test_an_environment_variable_name_is_no_secret(path: str, text: str) -> None:
    assert _found(path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"password": "Loans_Adm1n_Kz"}\n',
        '{"password": "QW7KLZ2VRM9X"}\n',
        'db_password = "LOANS_ADMIN_Qw7kLz2v"\n',
    ],
)
def test_a_password_in_capitals_is_still_reported(text: str) -> None:
    assert _found("config/production.json", text) != []


@pytest.mark.parametrize(
    ("path", "line"),
    [
        # the gap between two string literals joined by a call: code, not a quoted value
        (
            "lib/LoanAuth.php",
            '$errors[] = "Set \'SetEnv loans_secret ".sha1(mt_rand().microtime())."\' in the server.";\n',
        ),
        ("src/setup.js", "msg = 'set loans_secret '+crypto.randomHex(32)+' in .env';\n"),
    ],
)
def test_a_call_joined_between_two_strings_is_no_secret(path: str, line: str) -> None:
    assert _found(path, line) == []


def test_a_secret_between_joins_is_still_reported() -> None:
    line = '$cfg = "loans_secret ".\'Kq8vZ2mWx7Lr4TbN9pQs\'."";\n'
    assert _found("lib/LoanAuth.php", line) != []
