"""A literal credential written as the default of an environment or configuration look-up.

`System.getenv("KEYSTORE_PASSWORD") ?: "..."` in a Gradle script, `project.findProperty(...) ?:`,
`Optional.ofNullable(System.getenv(...)).orElse("...")`, `os.getenv("X") or "..."`,
`cmp.Or(os.Getenv("X"), "...")`, `getenv('X') ?: '...'`, `ENV['X'] || '...'`,
`Environment.GetEnvironmentVariable("X") ?? "..."`: whenever the variable or the property is
unset, the build or the application runs with the literal, so a real-looking literal is a
committed secret. It is judged as a value assigned to the variable's name: a name that says
nothing of a secret (`PORT`), a placeholder or an empty string is not reported as a secret.
The forms that give the default as a second argument (`os.getenv("X", "...")`,
`System.getProperty("x", "...")`, `ENV.fetch`, `${X:-...}`) were reported before; they are
kept here so that they stay so. Values made up for these tests.
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

OPERATOR_FALLBACKS = [
    ("app/build.gradle.kts", f'storePassword = System.getenv("KEYSTORE_PASSWORD") ?: "{PW}"\n'),
    ("app/build.gradle.kts", f'keyPassword = System.getenv("KEY_PASSWORD")\n    ?: "{PW}"\n'),
    (
        "app/build.gradle.kts",
        f'keyPassword = (project.findProperty("signing.key.password") as String?) ?: "{PW}"\n',
    ),
    ("app/build.gradle.kts", f'val pw = providers.environmentVariable("STORE_PASSWORD").orNull ?: "{PW}"\n'),
    ("app/build.gradle.kts", f'val pw = providers.gradleProperty("storePassword").getOrElse("{PW}")\n'),
    ("app/build.gradle", f"storePassword System.getenv('KEYSTORE_PASSWORD') ?: '{PW}'\n"),
    ("app/build.gradle", f"def apiKey = project.findProperty('apiKey') ?: '{TOKEN}'\n"),
    ("src/main/kotlin/app/Config.kt", f'val token = System.getenv("API_TOKEN") ?: "{TOKEN}"\n'),
    (
        "src/main/java/app/Db.java",
        f'String pw = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("{PW}");\n',
    ),
    ("svc/settings.py", f'PASSWORD = os.getenv("DB_PASSWORD") or "{PW}"\n'),
    ("svc/main.go", f'pw := cmp.Or(os.Getenv("DB_PASSWORD"), "{PW}")\n'),
    ("config/app.rb", f"token = ENV['SMS_GATEWAY_TOKEN'] || '{TOKEN}'\n"),
    ("src/auth.js", f"const secret = config.get('jwt.secret') || '{TOKEN}';\n"),
    ("src/db.ts", f'const pw = config.get("db.password") ?? "{PW}";\n'),
    ("app/config.php", f"$pw = getenv('DB_PASSWORD') ?: '{PW}';\n"),
    ("src/App.cs", f'var pw = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "{PW}";\n'),
]

# Reported before this class was written down: the default as a second argument, the shell's
# `${X:-...}`, JavaScript's `||` / `??` after `process.env`, Python's `os.environ.get(...) or`.
ALREADY_REPORTED = [
    ("src/main/java/app/Db.java", f'String pw = System.getProperty("db.password", "{PW}");\n'),
    ("src/main/java/app/Db.java", f'String pw = System.getenv().getOrDefault("DB_PASSWORD", "{PW}");\n'),
    ("svc/settings.py", f'PASSWORD = os.getenv("DB_PASSWORD", "{PW}")\n'),
    ("svc/settings.py", f'PASSWORD = os.environ.get("DB_PASSWORD", "{PW}")\n'),
    ("svc/settings.py", f'PASSWORD = os.environ.get("DB_PASSWORD") or "{PW}"\n'),
    ("src/server.js", f'const secret = process.env.JWT_SECRET || "{TOKEN}";\n'),
    ("src/server.ts", f"const key = process.env['PAYMENT_API_KEY'] ?? '{TOKEN}';\n"),
    ("deploy/run.sh", f'PW="${{DB_PASSWORD:-{PW}}}"\n'),
    ("deploy/docker-compose.yml", f"      DB_PASS: ${{DB_PASSWORD:-{PW}}}\n"),
    ("config/app.rb", f"token = ENV.fetch('SMS_GATEWAY_TOKEN', '{TOKEN}')\n"),
    ("app/config.php", f"'password' => env('DB_PASSWORD', '{PW}'),\n"),
]

NOT_SECRETS = [
    # placeholders and empty defaults: nothing a build or an application could run with
    ("app/build.gradle.kts", 'storePassword = System.getenv("KEYSTORE_PASSWORD") ?: ""\n'),
    ("app/build.gradle.kts", 'storePassword = System.getenv("KEYSTORE_PASSWORD") ?: "changeme"\n'),
    ("app/build.gradle.kts", 'val token = System.getenv("API_TOKEN") ?: "dev-key"\n'),
    ("app/build.gradle.kts", 'val token = System.getenv("API_TOKEN") ?: "secret"\n'),
    ("app/build.gradle.kts", 'val token = System.getenv("API_TOKEN") ?: "<your-api-token>"\n'),
    ("app/build.gradle", "storePassword System.getenv('KEYSTORE_PASSWORD') ?: '${storePass}'\n"),
    ("svc/main.go", 'pw := cmp.Or(os.Getenv("DB_PASSWORD"), "")\n'),
    ("app/config.php", "$pw = getenv('DB_PASSWORD') ?: 'password';\n"),
    # a variable whose name says nothing of a secret: its default is a setting
    ("app/build.gradle.kts", 'val flavor = System.getenv("BUILD_FLAVOR") ?: "Qz7kLm2Wr9xProd"\n'),
    ("svc/main.go", 'addr := cmp.Or(os.Getenv("LISTEN_ADDR"), "0.0.0.0:8443")\n'),
    ("src/App.cs", 'var env = Environment.GetEnvironmentVariable("APP_ENV") ?? "Production";\n'),
    ("src/main/java/A.java", 'String h = Optional.ofNullable(System.getenv("DB_HOST")).orElse("db.lan");\n'),
    # the fallback is another look-up, not a literal
    ("app/build.gradle.kts", 'storePassword = System.getenv("STORE_PASSWORD") ?: props["storePassword"]\n'),
    ("svc/settings.py", 'PASSWORD = os.getenv("DB_PASSWORD") or read_secret("db")\n'),
    ("src/db.js", 'const host = config.get("db.host") || "Qz7kLm2Wr9x.lan";\n'),
    ("svc/settings.py", 'PASSWORD = config.get("db", "password") or "changeme"\n'),
]


@pytest.mark.parametrize(("path", "text"), OPERATOR_FALLBACKS)
def test_a_literal_fallback_of_a_look_up_is_a_committed_secret(path: str, text: str) -> None:
    found = detected_with_severity(path, text)
    assert ("env-fallback-secret", "high") in found
    assert_detections_at_their_value(path, text)
    [det] = [d for d in ENGINE.scan(path, text).detections if d.detector.id == "env-fallback-secret"]
    assert det.value in (PW, TOKEN)


@pytest.mark.parametrize(("path", "text"), ALREADY_REPORTED)
def test_the_forms_reported_before_stay_reported(path: str, text: str) -> None:
    assert secret_detector_ids(path, text) != []
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(("path", "text"), NOT_SECRETS)
def test_placeholders_settings_and_look_ups_are_not_secrets(path: str, text: str) -> None:
    assert secret_detector_ids(path, text) == []


def test_in_test_code_the_fallback_is_reported_below_the_gate() -> None:
    text = f'val token = System.getenv("API_TOKEN") ?: "{TOKEN}"\n'
    found = detected_with_severity("src/test/kotlin/app/ConfigTest.kt", text)
    assert ("env-fallback-secret", "medium") in found


WORDY_FALLBACKS = [
    ("app/build.gradle.kts", 'val jwtSecret = System.getenv("JWT_SECRET") ?: "qarz-jwt-signing-key-2025"\n'),
    ("svc/settings.py", 'JWT_SECRET = os.getenv("JWT_SECRET") or "qarz-jwt-signing-key-2025"\n'),
    ("app/config.php", "$apiKey = getenv('SCORING_API_KEY') ?: 'scoring-partner-key-2025';\n"),
    ("app/build.gradle", "def apiKey = project.findProperty('apiKey') ?: 'scoring-partner-key-2025'\n"),
]


@pytest.mark.parametrize(("path", "text"), WORDY_FALLBACKS)
def test_a_signing_secret_made_of_words_as_a_fallback_is_guessable(path: str, text: str) -> None:
    assert ("guessable-secret", "medium") in detected_with_severity(path, text)
    assert_detections_at_their_value(path, text)


def test_a_placeholder_of_words_as_a_fallback_is_not_guessable() -> None:
    text = 'val jwtSecret = System.getenv("JWT_SECRET") ?: "replace-with-your-jwt-secret"\n'
    assert detected_with_severity("app/build.gradle.kts", text) == []


WEAK_FALLBACKS = [
    ("app/build.gradle.kts", 'storePassword = System.getenv("KEYSTORE_PASSWORD") ?: "android"\n'),
    ("svc/settings.py", 'DB_PASSWORD = os.getenv("DB_PASSWORD") or "qwerty123"\n'),
    ("src/server.js", 'const dbPassword = process.env.DB_PASSWORD || "password1";\n'),
    ("app/build.gradle", 'storePassword = project.findProperty("storePassword") ?: "testkey"\n'),
]


@pytest.mark.parametrize(("path", "text"), WEAK_FALLBACKS)
def test_a_weak_password_as_a_fallback_is_reported_low_as_any_weak_password(path: str, text: str) -> None:
    assert detected_with_severity(path, text) == [("weak-password", "low")]
    assert_detections_at_their_value(path, text)
