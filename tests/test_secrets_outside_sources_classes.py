"""The classes that Nosey Parker's rule examples and CredSweeper's test samples showed missed,
written as our own cases (own values, generated for these tests) before the rules changed for
them: tokens of services whose documented prefixes no detector knew (Docker and Docker Swarm,
CircleCI, Cloudflare, Contentful, Doppler, Dropbox, Dynatrace, Clojars, Defined Networking), a
password written after its name with only a space or in parentheses (`Password Kd8#mPq2z`,
`PW(...)`), and passwords given to command-line tools that take them as an option (`psexec -u
NAME -p PASSWORD`, `gpg --passphrase`), a literal fallback of a secret environment variable
(`process.env.JWT_SECRET || "..."`), the gap between two string literals read as a value, and a
user and a password after a label naming both (`ID/PW ops/...`, `логин/пароль`); with decoys of
the same shapes: placeholders, counting runs, references, words, column types, the same names
with no value."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import (
    TOKEN_PLACES,
    assert_detections_at_their_value,
    assert_token_reported,
    detector_ids,
)

TOKENS = {
    "docker-token": [
        "dckr_pat_Y9tHHI0aWa2HizXuqbuwHusfOjq",
        "dckr_oat_nddHM-mUb_gchfBOihWyALv0I7NemGXw",
    ],
    "docker-swarm-token": [
        "SWMTKN-1-tmu0v0uhyww32bitf3btr8caz7b9cv9rp7sx0ssaeqg0qn8xe1-jow15ppihdb1lyzd8785pswyq",
        "SWMKEY-1-FRfrdBGNC/DeSOGPCO2bxhB3TfKU0908Zviy1EFuQL7",
    ],
    "circleci-token": ["CCIPAT_elLUrU2N8pyZtT9zjyZ6Z6_66f6d48ea237938b64f54df7b58e264e24840d0c"],
    "cloudflare-token": ["cfut_Edo9GBczFPhSNGgHyPowoec71zdoXnqKOKnQPCjb8fd0d364"],
    "contentful-token": ["CFPAT-75aoZ7lC4lGUg8j1j7nfMbSebREDRd0ROohW8XlpcpP"],
    "doppler-token": ["dp.st.prd.GEWyVfddAKQKgX0zqdAV7ip3qbzEC9XSuS7aAYm63Mc"],
    "dropbox-token": [
        "sl.AYI_8F9DBlMT_3IEbsaX_4kvNeByanYzGuaUa6RqRJ4QW2w6Ttdhi9nG5oTvCZywqSbsgLO5cn_Wx5oA_QpQoI8JY2e"
        "IUhvXkKLZ_17mDb4kN9BlAT39z4KiMKX8b_Ch_gndAhN"
    ],
    "dynatrace-token": [
        "dt0c01.L2VA855GXK75WUH2WIU7GJ6G.B9I054LO7MCDUGN91AWP1WW93MDQGRVBLUTAMUSDYU1119V93TOHI6IOBPBFYMR8"
    ],
    "clojars-token": ["CLOJARS_rjxsnghoc98oafxl8lfutx2cp1yts19lj0nu09vi91oiasjm9d43w3i6apgy"],
    "defined-networking-key": [
        "dnkey-N4B070MTB1984CN0S5256WP2V3-O067I0MEX2FOJE1CKT9MATGY5G3D2SI06CS58BWDUYJOERTCSZ13"
    ],
}


@pytest.mark.parametrize(("detector", "token"), [(d, t) for d, ts in TOKENS.items() for t in ts])
@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_prefixed_service_tokens_are_reported(detector: str, token: str, path: str, line: str) -> None:
    assert_token_reported(detector, token, path, line)


@pytest.mark.parametrize(
    "text",
    [
        "dckr_pat_EXAMPLE-EXAMPLE-EXAMPLE-000\n",
        "SWMKEY-1-7c37Cc8654o6pExampleKeyOnlyForDocsZEgtKxZu8\n",
        "CCIPAT_anEXAMPLEFAKEAPITOKENs_59ac51208f391a632497980f77e60cf7daf29ced\n",
        "cfut_Edo9GBczFPhSNGgHyPowoec71zdoXnqKOKnQPC00000000\n",  # the checksum zeroed
        "CFPAT-A7O2nZsU4oCP2GGNt24_LKEpxH5CTdQhKjr-EXAMPLE\n",
        "CLOJARS_0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab\n",  # a counting run
        "dapi123456789abcdef123456789abcdef00\n",
        "CLOJARS_TOKEN=${CLOJARS_TOKEN}\n",
        "dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
    ],
)
def test_prefixed_placeholders_and_runs_are_not_reported(text: str) -> None:
    assert detector_ids("notes.txt", text) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ops/access.txt", "Password BzW#jk45A7\n"),
        ("ops/access.txt", "db01 admin password BzW#jk45A7\n"),
        ("ops/access.txt", "PW BzW#jk45A7\n"),
        ("ops/access.txt", "-pw BzW#jk45A7\n"),
        ("ops/access.txt", "PASSWORD(BzW#jk45A7)\n"),
        ("ops/access.txt", "passwords:BzW#jk45A7\n"),
        ("docs/servers.md", "ssh ops@10.0.4.2 password BzW#jk45A7\n"),
    ],
)
def test_password_after_its_name_is_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) != []
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ops/access.txt", "Password reset links expire after 24 hours.\n"),
        ("ops/access.txt", "password 12345678\n"),
        ("ops/access.txt", "Password (required)\n"),
        ("ops/access.txt", "password $DB_PASSWORD\n"),
        ("ops/access.txt", "password <your-password>\n"),
        ("ops/access.txt", "PW hash_v2\n"),
        ("db/schema.sql", "  password VARCHAR(255) NOT NULL,\n"),
        ("src/auth.py", "def check(user, password):\n    return password == stored\n"),
        ("scripts/run.sh", 'cd "$(pwd)/build2"\n'),
        ("ops/access.txt", "Password Policy\n"),
    ],
)
def test_password_word_decoys_are_not_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("scripts/deploy.bat", "psexec \\\\10.2.0.7 -u OPS\\deployer -p Kd8mPq2zL cmd /c deploy.cmd\n"),
        ("scripts/deploy.ps1", "PsExec64.exe \\\\app01 -u Administrator -p 'Vb5$kLm9Qa' -i hostname\n"),
        ("scripts/backup.sh", "gpg --batch --passphrase Tulpar2183x --symmetric dump.sql\n"),
        ("scripts/backup.sh", "gpg --batch --passphrase='Tulpar!2183' -d dump.sql.gpg\n"),
    ],
)
def test_passwords_given_to_command_line_tools_are_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) != []
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("scripts/deploy.bat", "psexec \\\\10.2.0.7 -u %ADMIN_USER% -p %ADMIN_PASS% cmd\n"),
        ("scripts/deploy.ps1", "psexec \\\\app01 -u $user -p $Password -i hostname\n"),
        ("scripts/deploy.bat", "psexec \\\\app01 -u DOMAIN\\ADMIN -p PASSWORD cmd\n"),
        ("scripts/backup.sh", "gpg --batch --passphrase-fd 0 -d dump.sql.gpg\n"),
        ("scripts/backup.sh", 'gpg --batch --passphrase "$GPG_PASSPHRASE" -d dump.sql.gpg\n'),
        ("scripts/backup.sh", "gpg --passphrase-file /run/secrets/gpg -d dump.sql.gpg\n"),
    ],
)
def test_command_line_references_are_not_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/server.js", 'const secret = process.env.JWT_SECRET || "k8Jd02jdLq9xPz";\n'),
        ("src/server.ts", "const key = process.env['PAYMENT_API_KEY'] ?? 'Zt7pLq2WmKd8mPq2';\n"),
        ("svc/settings.py", 'PASSWORD = os.environ.get("DB_PASSWORD") or "Kd8#mPq2zL"\n'),
        ("svc/settings.py", 'db = connect(password=os.getenv("DB_PASSWORD", "Kd8#mPq2zL"))\n'),
        ("config/app.rb", "token = ENV.fetch('SMS_GATEWAY_TOKEN', 'i3vqEBPttruYJ4iAZsq9095S')\n"),
    ],
)
def test_a_literal_fallback_for_a_secret_from_the_environment_is_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) != []
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/server.js", 'const secret = process.env.JWT_SECRET || "changeme";\n'),
        ("src/server.js", 'const port = process.env.PORT || "8080";\n'),
        ("src/server.js", 'const s = process.env.SESSION_SECRET || "keyboard cat";\n'),
        ("src/server.js", 'const t = process.env.API_TOKEN || "";\n'),
        ("svc/settings.py", 'LEVEL = os.environ.get("LOG_LEVEL") or "INFO-verbose2"\n'),
        ("svc/settings.py", 'PASSWORD = os.getenv("DB_PASSWORD", "${DB_PASSWORD}")\n'),
    ],
)
def test_fallbacks_that_are_not_secrets_are_not_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("web/i18n.txt", 'userLabel:"Username:",passwordLabel:"Password:",rememberLabel:"Remember me:"\n'),
        ("web/labels.js", "const t = {pwd: 'Password:', next: 'Next'};\n"),
    ],
)
def test_the_gap_between_two_strings_is_not_a_value(path: str, text: str) -> None:
    assert detector_ids(path, text) == []


def test_a_value_after_a_label_string_is_still_reported() -> None:
    assert detector_ids("ops/app.txt", 'label:"Password:",password:"Kd8#mPq2zL"\n') != []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ops/access.txt", "ID/PW: deployer/Kd8#mPq2zL\n"),
        ("ops/access.txt", "db01 id/pw ops/Kd8#mPq2zL\n"),
        ("docs/servers.md", "User/Password admin01/Kd8#mPq2zL\n"),
        ("docs/kassa.md", "Вход в кассу: логин/пароль kassir/Qw7#zLp2Mn\n"),
        ("ops/access.txt", "ID / PW : deployer / Kd8#mPq2zL\n"),
    ],
)
def test_user_and_password_after_a_label_naming_both_are_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) != []
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ops/access.txt", "ID/PW: <user>/<password>\n"),
        ("ops/access.txt", "id/pw admin/admin\n"),
        ("ops/access.txt", "ID/PW are kept in the vault under ops/db01-credentials\n"),
        ("ops/access.txt", "The login/password form posts to /api/v2/session\n"),
        ("src/cli.py", 'print("user/pass: %s/%s" % (user, pw))\n'),
        ("ops/access.txt", "user/password: ops/$DB_PASSWORD\n"),
    ],
)
def test_label_pair_decoys_are_not_reported(path: str, text: str) -> None:
    assert detector_ids(path, text) == []
