"""A literal credential written as the default of a configuration library's setting.

django-environ's `env("SECRET_KEY", default="...")` and `env.str(...)`, python-decouple's
`config("API_TOKEN", default="...", cast=str)`, a pydantic settings field under a secret's name
(`jwt_secret: str = Field(default="...")`) and Spring's `@Value("${jwt.secret:...}")`: when the
setting is not given, the application runs with the literal, so a real-looking literal is a
committed secret. It is judged as a value assigned to the setting's name: a name that says
nothing of a secret, a placeholder or an empty default is not reported as a secret. Values made
up for these tests.
"""

from __future__ import annotations

import pytest

from tests.secrets_holdout import (
    ENGINE,
    assert_detections_at_their_value,
    detected_with_severity,
    secret_detector_ids,
)

PW = "Qz7#kLm2Wr9x"  # letters of both cases, digits and a sign
TOKEN = "f3Kq9ZLm2TxV8pRw4hYd7Nc2"

LIBRARY_DEFAULTS = [
    ("config/settings/base.py", f'SECRET_KEY = env("DJANGO_SECRET_KEY", default="{TOKEN}")\n'),
    ("config/settings/base.py", f"SECRET_KEY = env.str('DJANGO_SECRET_KEY', default='{TOKEN}')\n"),
    ("config/settings/base.py", f'x = env("DB_PASSWORD", default="{PW}")\n'),
    ("svc/settings.py", f'SECRET_KEY = config("SECRET_KEY", default="{TOKEN}")\n'),
    ("svc/settings.py", f'token = config("API_TOKEN", cast=str, default="{TOKEN}")\n'),
    ("svc/settings.py", f'token = config("API_TOKEN", default="{TOKEN}", cast=str)\n'),
    ("svc/config.py", f'    jwt_secret: str = Field(default="{TOKEN}")\n'),
    ("svc/config.py", f'    db_password: SecretStr = Field(default="{PW}", env="DB_PASSWORD")\n'),
    ("svc/config.py", f'    jwt_secret: str = Field("{TOKEN}", description="signing key")\n'),
    (
        "src/main/java/kz/qarz/JwtService.java",
        f'    @Value("${{jwt.secret:{TOKEN}}}")\n    private String secret;\n',
    ),
    ("src/main/java/kz/qarz/Db.java", f'    @Value("${{app.datasource.password:{PW}}}") String pw;\n'),
    (
        "src/main/kotlin/kz/qarz/Jwt.kt",
        f'    @Value("\\${{jwt.secret:{TOKEN}}}") lateinit var secret: String\n',
    ),
]

NOT_SECRETS = [
    # placeholders and empty defaults
    (
        "config/settings/local.py",
        'SECRET_KEY = env("DJANGO_SECRET_KEY", default="!!!SET DJANGO_SECRET_KEY!!!")\n',
    ),
    ("config/settings/local.py", 'SECRET_KEY = env("DJANGO_SECRET_KEY", default="changeme")\n'),
    ("svc/settings.py", "EMAIL_HOST_PASSWORD = config('EMAIL_HOST_PASSWORD', default='')\n"),
    ("svc/config.py", '    jwt_secret: str = Field(default="<your-jwt-secret>")\n'),
    ("src/main/java/kz/qarz/Jwt.java", '    @Value("${jwt.secret:}") private String secret;\n'),
    ("src/main/java/kz/qarz/Jwt.java", '    @Value("${jwt.secret:${JWT_SECRET}}") private String secret;\n'),
    # a setting whose name says nothing of a secret
    ("svc/settings.py", 'DEBUG_HOST = env("DATABASE_HOST", default="db.internal.lan")\n'),
    ("svc/settings.py", 'MODE = config("APP_MODE", default="Qz7kLm2Wr9xProd")\n'),
    ("svc/config.py", '    region: str = Field(default="eu-central-1")\n'),
    ("src/main/java/kz/qarz/A.java", '    @Value("${server.port:8443}") int port;\n'),
    # a default that is a reference, not a literal
    ("svc/settings.py", 'SECRET_KEY = env("DJANGO_SECRET_KEY", default=get_random_secret_key())\n'),
]


@pytest.mark.parametrize(("path", "text"), LIBRARY_DEFAULTS)
def test_a_literal_default_of_a_configuration_library_is_a_committed_secret(path: str, text: str) -> None:
    found = detected_with_severity(path, text)
    assert {("config-default-secret", "high"), ("spring-value-default-secret", "high")} & set(found)
    assert_detections_at_their_value(path, text)
    [det] = [d for d in ENGINE.scan(path, text).detections if d.detector.id.endswith("default-secret")]
    assert det.value in (PW, TOKEN)


@pytest.mark.parametrize(("path", "text"), NOT_SECRETS)
def test_placeholders_settings_and_references_are_not_secrets(path: str, text: str) -> None:
    assert secret_detector_ids(path, text) == []


def test_in_test_code_the_default_is_reported_below_the_gate() -> None:
    text = f'SECRET_KEY = env("DJANGO_SECRET_KEY", default="{TOKEN}")\n'
    assert ("config-default-secret", "medium") in detected_with_severity("tests/settings.py", text)


def test_a_weak_password_as_a_default_is_not_reported_as_a_secret() -> None:
    text = 'DB_PASSWORD = config("DB_PASSWORD", default="qwerty123")\n'
    assert secret_detector_ids("svc/settings.py", text) == []


SCHEMA_DEFAULTS = [
    (
        "src/config.js",
        f'  jwtSecret: {{\n    doc: "Signing key",\n    format: String,\n    default: "{TOKEN}",\n'
        '    env: "JWT_SECRET",\n    sensitive: true,\n  },\n',
    ),
    ("src/config.js", f'  db: {{ password: {{ format: String, default: "{PW}", env: "DB_PASSWORD" }} }},\n'),
    ("src/config.ts", f"  'apiKey': {{ format: String, default: '{TOKEN}' }},\n"),
]

SCHEMA_NOT_SECRETS = [
    ("src/config.js", '  jwtSecret: {\n    format: String,\n    default: "",\n    sensitive: true,\n  },\n'),
    ("src/config.js", '  port: { format: "port", default: "Qz7kLm2Wr9xProd" },\n'),
    (
        "src/config.js",
        "  jwtSecret: {\n    format: String,\n    default: null,\n  },\n"
        '  name: { default: "Qz7kLm2Wr9x" },\n',
    ),
]


@pytest.mark.parametrize(("path", "text"), SCHEMA_DEFAULTS)
def test_a_literal_default_of_a_schema_entry_named_as_a_secret_is_reported(path: str, text: str) -> None:
    assert ("config-default-secret", "high") in detected_with_severity(path, text)
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(("path", "text"), SCHEMA_NOT_SECRETS)
def test_an_empty_default_or_another_entrys_default_is_not_reported(path: str, text: str) -> None:
    assert secret_detector_ids(path, text) == []
