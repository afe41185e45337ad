"""Classes the CredData parts from position 102 to 218 showed missed, written as our own cases
(values made here, from a seeded generator, or dummy words anyone uses) before the rules changed
for them, each with near-miss decoys:

- a key written as a list of byte values (`new byte[]{12, -34, ...}`, `[]byte{0x3f, ...}`,
  `bytes([...])`, `new Uint8Array([...])`, a C array) under a key's, a secret's or an IV's name:
  a key by its structure, judged by its bytes;
- weak and dummy passwords hard-coded under a password's name (`changeme`, `qwerty123`,
  `secret7`, `root` given to a connection call): their own finding kind, `weak-password`, low
  (medium for a vendor's default outside tests), reported but not blocking;
- example and template files (`.env.dist`, `.env.example`, `*.template`): a copy of them is the
  configuration that runs, so a password set in them is reported as a weak password (low), and a
  machine-made value as before.
"""

from __future__ import annotations

import random
from pathlib import Path

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE, lone_finding

_RNG = random.Random(20261209)


def _signed_bytes(n: int) -> list[int]:
    return [_RNG.randint(-128, 127) for _ in range(n)]


def _unsigned_bytes(n: int) -> list[int]:
    return [_RNG.randint(0, 255) for _ in range(n)]


def _dec(values: list[int]) -> str:
    return ", ".join(str(b) for b in values)


def _hex(values: list[int]) -> str:
    return ", ".join(f"0x{b:02x}" for b in values)


def _hits(path: str, text: str) -> list[tuple[str, str]]:
    return [(d.detector.id, d.value) for d in ENGINE.scan(path, text).detections]


def _findings(path: str, text: str):  # type: ignore[no-untyped-def]
    return detection_findings(ENGINE.scan(path, text), ENGINE)


# -- 1. keys written as byte lists -------------------------------------------------------------

BYTE_KEYS = [
    (
        "src/main/java/kz/qarz/crypto/TokenCipher.java",
        "class TokenCipher {\n"
        f"    private static final byte[] SECRET_KEY = new byte[]{{{_dec(_signed_bytes(16))}}};\n}}\n",
    ),
    (
        "internal/proxy/conf_test.go",
        'var users = []User{\n\t{\n\t\tName:   "a",\n'
        f"\t\tSecret: []byte{{{_dec(_unsigned_bytes(16))}}},\n\t}},\n}}\n",
    ),
    (
        "pkg/session/keys.go",
        f"func keys() {{\n\tkey := []byte{{{_hex(_unsigned_bytes(32))}}}\n\t_ = key\n}}\n",
    ),
    ("app/crypto.py", f"AES_KEY = bytes([{_dec(_unsigned_bytes(16))}])\n"),
    (
        "Services/Vault.cs",
        "static class Vault\n{\n"
        f"    private static readonly byte[] Iv = {{ {_hex(_unsigned_bytes(16))} }};\n}}\n",
    ),
    ("src/sign.js", f"const hmacSecret = new Uint8Array([{_dec(_unsigned_bytes(32))}]);\n"),
    (
        "firmware/keys.c",
        "static const unsigned char aes_key[16] = {\n"
        f"    {_hex(_unsigned_bytes(8))},\n    {_hex(_unsigned_bytes(8))}\n}};\n",
    ),
    ("app/src/main/kotlin/Keys.kt", f"val signingKey = byteArrayOf({_dec(_signed_bytes(16))})\n"),
]


def test_a_key_written_as_a_byte_list_is_reported() -> None:
    for path, text in BYTE_KEYS:
        ids = [i for i, _ in _hits(path, text)]
        assert "byte-array-key" in ids, (path, _hits(path, text))


def test_a_byte_list_key_is_masked_and_high_outside_tests() -> None:
    path, text = BYTE_KEYS[0]
    (finding,) = _findings(path, text)
    assert finding.severity is Severity.HIGH
    numbers = text.split("{", 2)[2].split("}", 1)[0]
    assert numbers not in finding.location.snippet
    assert numbers.split(", ")[5] + ", " + numbers.split(", ")[6] not in str(finding.properties)


BYTE_DECOYS = [
    # a public key, a magic number, key codes, counters: not secrets' names
    ("pkg/tls/pub.go", f"var publicKey = []byte{{{_hex(_unsigned_bytes(32))}}}\n"),
    ("pkg/png/magic.go", "var magic = []byte{0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a}\n"),
    ("src/keys.js", f"const keyCodes = [{_dec([_RNG.randint(48, 90) for _ in range(12)])}];\n"),
    ("src/div.js", f"const div = [{_dec(_unsigned_bytes(16))}];\n"),
    ("src/priv.js", f"const priv = [{_dec(_unsigned_bytes(16))}];\n"),
    # a test vector's counting bytes, one byte repeated, a list too short for a key
    (
        "src/test/java/KeyTest.java",
        "byte[] key = new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};\n",
    ),
    ("crypto/zero.py", "iv = bytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])\n"),
    ("crypto/short.go", "key := []byte{12, 200, 7}\n"),
    # numbers that are not bytes, and an empty key buffer
    ("src/keys.py", f"key = [{_dec([_RNG.randint(1000, 9000) for _ in range(16)])}]\n"),
    ("src/Alloc.java", "byte[] key = new byte[16];\n"),
    ("src/sizes.py", "key_sizes = [16, 24, 32, 48, 64, 96, 128, 256]\n"),
]


def test_byte_list_decoys_are_not_reported() -> None:
    for path, text in BYTE_DECOYS:
        assert _hits(path, text) == [], (path, _hits(path, text))


# -- 2. weak and dummy passwords ---------------------------------------------------------------

WEAK_FOUND = [
    ("src/test/resources/app/db.conf", 'db.other.password="secret7"\n'),
    ("modules/db/main.tf", 'resource "db_user" "app" {\n  name      = "app"\n  password  = "changeme"\n}\n'),
    ("test/fixtures/user/main.tf", 'resource "db_user" "t" {\n  password  = "qwerty123"\n}\n'),
    ("spec/requests/users_spec.rb", '@user = User.create!(name: "Joe", password: "sekret")\n'),
    ("tests/test_smtp.py", 'CONFIG = {\n    "host": "localhost",\n    "password": "dooH",\n}\n'),
    ("conf/application.properties", "db.default.user=dev\ndb.default.password=dev2020\n"),
    ("src/main/resources/tls.properties", "certKeyStorePassword=mypassword\n"),
    ("tests/server/test_amqp.py", "user = 'guest'\npassword = 'guest'\n"),
    ("test/fixtures/state.tfstate", '{\n  "attributes": {\n    "password": "foobarbaz"\n  }\n}\n'),
]


def test_weak_and_dummy_passwords_are_their_own_low_kind() -> None:
    for path, text in WEAK_FOUND:
        hits = _hits(path, text)
        assert [i for i, _ in hits] == ["weak-password"], (path, hits)
        (finding,) = _findings(path, text)
        assert finding.severity is Severity.LOW, (path, finding.severity)
        assert "weak or dummy password" in finding.message


def test_a_vendor_default_given_in_code_is_medium() -> None:
    path = "scripts/load_dump.py"
    text = 'con = pymysql.Connect(host="127.0.0.1", user="root", password="root", charset="utf8mb4")\n'
    assert [i for i, _ in _hits(path, text)] == ["weak-password"]
    (finding,) = _findings(path, text)
    assert finding.severity is Severity.MEDIUM
    assert "default" in finding.message


def test_a_weak_password_does_not_block_and_a_strong_one_is_still_a_secret() -> None:
    assert Severity.LOW.rank < Severity.HIGH.rank
    hits = _hits("config/app.yml", "db:\n  password: 'Kd8#mPq2!zLw'\n")
    assert [i for i, _ in hits] == ["generic-secret-assignment"]


WEAK_DECOYS = [
    # the field's own word, placeholders by their shape, references, masks, empty values
    ("src/forms.py", 'PASSWORD = "password"\nfields = {"password": "Password"}\n'),
    ("config/app.yml", 'db:\n  password: "<your-password>"\n'),
    ("config/app.yml", "db:\n  password: ${DB_PASSWORD}\n"),
    ("config/app.yml", 'db:\n  password: "********"\n'),
    ("config/app.yml", "db:\n  password: xxxx\n"),
    ("config/app.yml", 'db:\n  password: ""\n'),
    ("src/settings.py", 'DB_PASSWORD = "your_password_here"\n'),
    ("src/settings.py", 'DB_PASSWORD = "REPLACE_ME"\n'),
    ("src/settings.py", 'DB_PASSWORD = "redacted"\n'),
    # rules, types, casts, error codes, input types
    ("app/Http/Requests/Login.php", "return ['password' => 'required|min:8'];\n"),
    ("app/Models/User.php", "protected $casts = ['password' => 'hashed'];\n"),
    ("src/schema.ts", 'const schema = { password: "string" };\n'),
    ("src/errors.js", "const errors = { password: 'invalid' };\n"),
    ("src/login.html.js", 'const field = { type: "password", name: "password" };\n'),
    # expressions in code, translations, documentation, a trust store's default
    ("src/db.py", 'password = request.form["password"]\nother_password = get_password()\n'),
    ("src/locales/de.yml", "login:\n  password: Passwort\n"),
    ("README.md", "Log in with:\n\n    password: changeme\n"),
    ("conf/ssl.properties", "javax.net.ssl.trustStorePassword=changeit\n"),
    # values of other settings: booleans, numbers, None
    ("src/settings.py", "PASSWORD = None\nREQUIRE_PASSWORD = True\n"),
    ("config/app.yml", "auth:\n  password: true\n"),
]


def test_weak_password_decoys_are_not_reported() -> None:
    for path, text in WEAK_DECOYS:
        assert _hits(path, text) == [], (path, _hits(path, text))


# -- 3. example and template files -------------------------------------------------------------


def test_a_password_in_an_example_or_template_file_is_a_low_weak_password() -> None:
    cases = [
        (".env.dist", "MSSQL_USER=sa\nMSSQL_PASSWORD=Admin12345\n"),
        (".env.example", "DB_HOST=localhost\nDB_PASSWORD=secret\n"),
        ("deploy/stack.template", '{\n  "Properties": {\n    "Password": "myP@ssW0rd"\n  }\n}\n'),
    ]
    for path, text in cases:
        hits = _hits(path, text)
        assert [i for i, _ in hits] == ["weak-password"], (path, hits)
        (finding,) = _findings(path, text)
        assert finding.severity is Severity.LOW
        assert "example or template" in finding.message


def test_a_machine_made_value_in_an_example_file_is_still_a_secret() -> None:
    text = "API_TOKEN=KS0rJSdSRmZGJd7dXf6JY8sJiOsVcbHd\n"
    assert [i for i, _ in _hits(".env.example", text)] == ["generic-secret-assignment"]


def test_example_file_placeholders_stay_unreported() -> None:
    text = (
        "DB_PASSWORD=your-db-password\nSMTP_PASSWORD=\nREDIS_PASSWORD=${REDIS_PASSWORD}\n"
        "ADMIN_PASSWORD=<admin-password>\nJWT_SIGNING_KEY=change_me\n"
    )
    assert _hits(".env.example", text) == []


def test_earlier_plain_word_decoys_are_weak_passwords_not_secrets() -> None:
    """A decision changed: a plain word set as a password in code or configuration, alone or
    beside its user, was left unreported; it is now a weak password (low), still no secret."""
    cases = [
        ("src/app.js", "const password = 'nuxevo';\n"),
        ("src/app.js", "const opts = { retries: 3, password: 'nacel' };\n"),
        ("conf/application.conf", "http.proxyPassword = waqo\n"),
        ("tests/fixtures/users.json", '[{"login": "alice", "password": "alice123"}]\n'),
    ]
    for path, text in cases:
        assert [i for i, _ in _hits(path, text)] == ["weak-password"], (path, _hits(path, text))
        assert all(f.severity is Severity.LOW for f in _findings(path, text))


def test_weak_passwords_in_docstrings_and_comments_are_examples() -> None:
    docstring = 'def connect():\n    """Connect.\n\n    connect(user="scott", password="tiger")\n    """\n'
    assert _hits("lib/db.py", docstring) == []
    assert _hits("src/db.js", " *   UserModel.create({ name: 'Joe', password: 'secret' })\n") == []
    assert _hits("docs/examples.md", 'client.bind({ password: "abook" })\n') == []


# -- 4. a password's name followed by the account it belongs to ----------------------------------


def test_a_password_name_qualified_by_its_account_is_a_password_name() -> None:
    assert [i for i, _ in _hits(".env", "DB_PASSWORD_ROOT=Kd8#mPq2!zLw\n")] == ["generic-secret-assignment"]
    assert [i for i, _ in _hits("config/db.properties", "oracle.passwordSys=Rt5$vNq8!x\n")] == [
        "generic-secret-assignment"
    ]
    assert [i for i, _ in _hits(".env.dist", "ORACLE_PasswordSys=Wordoc_db7\n")] == ["weak-password"]


def test_a_password_name_followed_by_other_words_is_not_qualified() -> None:
    assert _hits(".env.dist", "ORACLE_PASSWORD_SYSTEM_PROPERTY=Wordoc_db7\n") == []
    assert _hits("config/app.yml", 'passwordAdminUrl: "Kd8#mPq2!zLw"\n') == []


def test_a_weak_password_alone_is_listed_and_does_not_block(tmp_path: Path) -> None:
    text = 'DB = {"user": "app", "password": "qwerty123"}\n'
    code, finding, written = lone_finding(tmp_path, "tests/test_db.py", text, "weak-password")
    assert code == 0, written
    assert finding["severity"] == "low"
    assert "qwerty123" not in written


def test_translation_files_are_labels_not_passwords() -> None:
    assert _hits("src/main/resources/messages_et.properties", "login.password=Parool\n") == []
    assert (
        _hits("app/src/main/res/values-fi/strings.xml", '<string name="password">"Salakala"</string>\n') == []
    )
    assert _hits("locale/et/LC_MESSAGES/django.po", 'msgid "password"\nmsgstr "Parool"\n') == []


def test_only_templates_of_configuration_are_copied() -> None:
    """`.env.dist`, `config.sample.yml`, `stack.template` are copied to become configuration; an
    API's documented request examples (`examples-1.json`) are documentation."""
    assert [i for i, _ in _hits("deploy/config.sample.yml", "db:\n  password: secret7\n")] == [
        "weak-password"
    ]
    doc = '{\n  "input": {\n    "MasterUserPassword": "mypassword"\n  }\n}\n'
    assert _hits("data/rds/2014-10-31/examples-1.json", doc) == []
