"""Classes the third CredData part continued again (positions 69 to 101) showed missed, written
as our own cases (values made here, from a seeded generator) before the rules changed for them,
each with near-miss decoys:

- a vendor's well-known default password (`changeit`, `tomcat`, `guest`, `postgres`) set as the
  value of a password setting in configuration: its own finding kind, `default-password`, at
  medium severity (low when the setting is commented out or in a test path), never in code,
  documentation or example files, nor for a trust store (whose `changeit` guards public
  certificates);
- a password made of a word and a password word (`<project>-pass`) set in configuration or
  quoted in code;
- a value already reported as a secret in a file, recurring in the same file under another
  secret's name (`MYSQL_PASSWORD: v` reported, `WORDPRESS_DB_PASSWORD: v` too): reported with
  the reason that it recurs; a value never reported is never reported this way.

Decisions written as decoys: a password equal to its setting's word (`password: 'password'`) and
`user:password` in a URL stay placeholders.
"""

from __future__ import annotations

import random

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261206)


def _word(n: int) -> str:
    """A made-up lower-case word: consonants and vowels alternating."""
    return "".join(_RNG.choice("bcdfghjklmnprstvz" if i % 2 == 0 else "aeiou") for i in range(n))


PROJECT_A, PROJECT_B, PROJECT_C = _word(7), _word(8), _word(6)
SHARED_WORD = _word(7)


def _hits(path: str, text: str) -> list[tuple[str, str]]:
    return [(d.detector.id, d.value) for d in ENGINE.scan(path, text).detections]


def _ids_for(path: str, text: str, value: str) -> set[str]:
    return {i for i, v in _hits(path, text) if v == value}


def _findings(path: str, text: str):  # type: ignore[no-untyped-def]
    return detection_findings(ENGINE.scan(path, text), ENGINE)


# -- 1. well-known default passwords in configuration ------------------------------------------

DEFAULT_FOUND = [
    (
        "src/main/resources/application.properties",
        "server.port=8443\nserver.ssl.key-store-password=changeit\n",
    ),
    (
        "config/application.yml",
        "server:\n  ssl:\n    key-store-password: changeit\n    key-password: changeit\n",
    ),
    ("deploy/eventstore.yml", 'node:\n  tcpPort: 1113\n  tcpPassword: "changeit"\n'),
    ("conf/tomcat-users.properties", "manager.user=tomcat\nmanager.password=tomcat\n"),
    ("docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n"),
    (".env", "RABBITMQ_DEFAULT_USER=guest\nRABBITMQ_DEFAULT_PASS=guest\n"),
    ("etc/oracle.conf", "db_user = system\ndb_password = oracle\n"),
    ("config/keystore.properties", "keystore.password=changeit\n"),
]


def test_default_passwords_in_configuration_are_their_own_kind() -> None:
    for path, text in DEFAULT_FOUND:
        ids = [i for i, _ in _hits(path, text)]
        assert ids and set(ids) == {"default-password"}, (path, _hits(path, text))


def test_a_default_password_is_medium_and_says_it_is_a_well_known_default() -> None:
    path, text = DEFAULT_FOUND[0]
    (finding,) = _findings(path, text)
    assert finding.severity is Severity.MEDIUM
    assert "well-known default" in finding.properties["severity_reason"]
    assert "changeit" not in finding.message and "changeit" not in finding.location.snippet


def test_a_commented_out_default_is_reported_low() -> None:
    text = "# cas.webflow.keystore.password=changeit\n#server.ssl.key-password=changeit\n"
    found = _findings("etc/cas/config/cas.properties", text)
    assert [f.rule_id for f in found] == ["default-password", "default-password"]
    assert {f.severity for f in found} == {Severity.LOW}
    assert all("commented out" in f.properties["severity_reason"] for f in found)


def test_a_default_password_in_a_test_configuration_is_low() -> None:
    (finding,) = _findings("src/test/resources/application.properties", "keystore.password=changeit\n")
    assert finding.rule_id == "default-password" and finding.severity is Severity.LOW


DEFAULT_NOT_FOUND = [
    # references, empty values
    ("config/application.yml", "server:\n  ssl:\n    key-store-password: ${KEYSTORE_PASSWORD}\n"),
    ("config/application.yml", "spring:\n  datasource:\n    password: ''\n"),
    ("src/main/resources/application.properties", "server.ssl.key-store-password=\n"),
    # documentation and example or template files: the example's password
    ("README.md", "The default password is changeit, change it before going live.\n"),
    ("docs/setup.rst", "keystore.password=changeit\n"),
    (".env.example", "KEYSTORE_PASSWORD=changeit\n"),
    ("config/application.yml.dist", "keystore:\n  password: changeit\n"),
    # code: the JDK's cacerts default opens a trust store of public certificates
    (
        "src/main/java/Tls.java",
        'String keystorePassword = "changeit";\nks.load(in, "changeit".toCharArray());\n',
    ),
    # trust stores: their default guards public certificates
    ("src/main/resources/application.properties", "javax.net.ssl.trustStorePassword=changeit\n"),
    ("config/application.yml", "server:\n  ssl:\n    trust-store-password: changeit\n"),
    # a schema or a form describing the field, a default under another name
    ("schema/user.json", '{"password": {"type": "string", "default": "changeme"}}\n'),
    ("config/app.yml", "username: admin_user\nprompt: changeit\n"),
    # a longer value that starts with a default word is a password of its own, not the default
    ("config/app.properties", "admin.note=changeit later\n"),
]


def test_default_password_decoys() -> None:
    for path, text in DEFAULT_NOT_FOUND:
        assert "default-password" not in [i for i, _ in _hits(path, text)], (path, text, _hits(path, text))


# -- 2. a word and a password word, set as a password -------------------------------------------

NAMED_FOUND = [
    ("test/config.yml", f"db:\n  user: {PROJECT_A}\n  password: {PROJECT_A}-pass\n", f"{PROJECT_A}-pass"),
    (
        "state/db_test.go",
        f'cfg := Config{{\n\tUser:     "{PROJECT_A}",\n\tPassword: "{PROJECT_A}-pass",\n}}\n',
        f"{PROJECT_A}-pass",
    ),
    ("config/settings.yml", f"smtp:\n  password: {PROJECT_B}-password\n", f"{PROJECT_B}-password"),
    (".env", f"REDIS_PASSWORD={PROJECT_C}_pwd\n", f"{PROJECT_C}_pwd"),
]


def test_a_word_and_a_password_word_is_a_password() -> None:
    for path, text, value in NAMED_FOUND:
        assert _ids_for(path, text, value), (path, _hits(path, text))


NAMED_NOT_FOUND = [
    ("config/settings.yml", "smtp:\n  password: user-pass\n"),
    ("config/settings.yml", "smtp:\n  password: your-pass\n"),
    ("config/settings.yml", "smtp:\n  password: my-pass\n"),
    ("config/settings.yml", f"smtp:\n  password: {PROJECT_B}-password-file\n"),
    ("charts/values.yaml", f"auth:\n  existingSecret: {PROJECT_C}-secret\n  secretName: {PROJECT_C}-pass\n"),
    ("src/form.js", f'const field = {{ name: "password", id: "{PROJECT_A}-pass" }};\n'),
    ("src/app.py", f"password = {PROJECT_A}_pass\n"),
    ("README.md", f"password: {PROJECT_A}-pass\n"),
]


def test_word_and_password_word_decoys() -> None:
    for path, text in NAMED_NOT_FOUND:
        assert _hits(path, text) == [], (path, text, _hits(path, text))


# -- 3. a reported value recurring under another secret's name in the same file ----------------

COMPOSE = (
    "services:\n"
    "  db:\n"
    "    environment:\n"
    f"      MYSQL_PASSWORD: {SHARED_WORD}\n"
    f"      MYSQL_USER: {SHARED_WORD}\n"
    f"      MYSQL_DATABASE: {SHARED_WORD}\n"
    "  app:\n"
    "    environment:\n"
    f"      {SHARED_WORD.upper()}_DB_USER: {SHARED_WORD}\n"
    f"      {SHARED_WORD.upper()}_DB_PASSWORD: {SHARED_WORD}\n"
    f"      {SHARED_WORD.upper()}_DB_NAME: {SHARED_WORD}\n"
)


def test_a_reported_value_is_reported_where_it_recurs_under_a_secret_name() -> None:
    fs = ENGINE.scan("docker-compose.yml", COMPOSE)
    lines = sorted(d.line for d in fs.detections)
    assert lines == [4, 10], [(d.detector.id, d.line) for d in fs.detections]
    recurring = [f for f in detection_findings(fs, ENGINE) if f.location.start_line == 10]
    assert [f.rule_id for f in recurring] == ["recurring-secret"]
    assert "line 4" in recurring[0].properties["severity_reason"]
    assert SHARED_WORD not in recurring[0].message


def test_recurrence_creates_nothing_from_nothing() -> None:
    unreported = [
        ("docker-compose.yml", "MYSQL_PASSWORD: ${DB_PASSWORD}\nWORDPRESS_DB_PASSWORD: ${DB_PASSWORD}\n"),
        ("docker-compose.yml", "MYSQL_PASSWORD: ''\nWORDPRESS_DB_PASSWORD: ''\n"),
        ("config/app.yml", f"name: {SHARED_WORD}\nuser: {SHARED_WORD}\ndb_password_file: {SHARED_WORD}\n"),
        # in documentation the value is the example's: not reported, so it does not recur either
        ("README.md", f"password: {SHARED_WORD}\napi_password: {SHARED_WORD}\n"),
    ]
    for path, text in unreported:
        assert _hits(path, text) == [], (path, text, _hits(path, text))


def test_a_recurring_value_under_a_name_that_is_no_secret_is_not_reported() -> None:
    fs = ENGINE.scan("docker-compose.yml", COMPOSE)
    assert all(d.key.upper().endswith("PASSWORD") for d in fs.detections)


# -- decisions kept: the setting's own word, and `user:password` in a URL ------------------------


def test_placeholder_pairs_stay_unreported() -> None:
    for path, text in [
        (
            "test/security/server/login.spec.js",
            "const user = {\n    username: 'jo',\n    password: 'password',\n};\n",
        ),
        ("test/test_proxy.py", "FTP = 'ftp://user:password@host:23'\n"),
    ]:
        assert _hits(path, text) == [], (path, _hits(path, text))


def test_a_documented_example_value_does_not_recur() -> None:
    """Added after the rules: a README's quoted example token, reported once (at the lower
    documentation severity), is not reported again where the example repeats it."""
    token = "".join(_RNG.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(24))
    text = (
        f"```\n{{\n  '//registry.example.org/:_password': '{token}'\n}}\n```\n\n"
        f"```\n{{\n  'registry:_authToken': '{token}'\n}}\n```\n"
    )
    assert "recurring-secret" not in [i for i, _ in _hits("README.md", text)]
