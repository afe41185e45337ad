"""A signing, encryption or API secret whose value reads like words (`'qarz-jwt-signing-key-2025!'`,
`"ultrasecretkey77"`) hard-coded under a name of such a secret: its own finding kind,
`guessable-secret` (CWE-798, CWE-521), medium outside tests and example files, low in them.
Whoever reads the source signs tokens or calls the API with it, however human-made it looks.
Cases written here, each class with near-miss decoys.
"""

from __future__ import annotations

from pathlib import Path

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE, lone_finding


def _hits(path: str, text: str) -> list[tuple[str, str]]:
    return [(d.detector.id, d.value) for d in ENGINE.scan(path, text).detections]


def _findings(path: str, text: str):  # type: ignore[no-untyped-def]
    return detection_findings(ENGINE.scan(path, text), ENGINE)


GUESSABLE = [
    (
        "src/auth/tokens.js",
        "const JWT_SECRET = 'qarz-jwt-signing-key-2025!';\n",
        "qarz-jwt-signing-key-2025!",
    ),
    ("lending/settings.py", 'SECRET_KEY = "ultrasecretkey77"\n', "ultrasecretkey77"),
    (
        "Api/Startup.cs",
        'var jwtSigningKey = "ThisIsOurVeryLongJwtKeyForLoans2025!";\n',
        "ThisIsOurVeryLongJwtKeyForLoans2025!",
    ),
    ("src/config.ts", "export default { webhookSecret: 'whsec_local_qarzdev' };\n", "whsec_local_qarzdev"),
    ("svc/client.py", "SERVICE_TOKEN = 'svc_scoring_token_kz'\n", "svc_scoring_token_kz"),
    ("app/oauth.go", 'var clientSecret = "loans-portal-secret-2025"\n', "loans-portal-secret-2025"),
    ("config/app.yml", "auth:\n  app_secret: mysupersecretappsecret\n", "mysupersecretappsecret"),
    (".env", "STRIPE_API_KEY=test-key-for-billing\n", "test-key-for-billing"),
    (
        "src/main/java/kz/qarz/Hmac.java",
        'private static final String HMAC_KEY = "HmacKeyForQarz";\n',
        "HmacKeyForQarz",
    ),
    ("src/payments.py", 'client = Payments(api_key="scoring_api_key_2025")\n', "scoring_api_key_2025"),
    # wrapped in a conversion to bytes, as the generic rules read it
    ("app/crypto.py", 'secretKey = bytes("qarzloansdeskey", "utf-8")\n', "qarzloansdeskey"),
    ("src/hmac.js", "const hmacSecret = Buffer.from('qarz-hmac-words-2025');\n", "qarz-hmac-words-2025"),
]


def test_a_word_like_signing_or_api_secret_is_its_own_kind() -> None:
    for path, text, value in GUESSABLE:
        assert _hits(path, text) == [("guessable-secret", value)], (path, _hits(path, text))


def test_a_guessable_secret_is_medium_masked_and_says_why() -> None:
    for path, text, value in GUESSABLE:
        (finding,) = _findings(path, text)
        assert finding.severity is Severity.MEDIUM, (path, finding.severity)
        assert "CWE-798" in finding.cwe
        assert "made of words" in finding.message
        assert value not in finding.message
        assert value not in finding.location.snippet


def test_a_guessable_secret_in_a_test_or_an_example_file_is_low() -> None:
    cases = [
        ("tests/test_tokens.py", 'JWT_SECRET = "integration-jwt-secret-value"\n'),
        (".env.example", "SESSION_SECRET=sessions-are-signed-with-this\n"),
    ]
    for path, text in cases:
        assert [i for i, _ in _hits(path, text)] == ["guessable-secret"], (path, _hits(path, text))
        (finding,) = _findings(path, text)
        assert finding.severity is Severity.LOW, (path, finding.severity)


def test_a_literal_fallback_after_an_environment_lookup_is_hard_coded() -> None:
    """`process.env.JWT_SECRET || '...'`: the literal is what runs wherever the variable is unset."""
    text = "const jwtSecret = process.env.JWT_SECRET || 'fallback-signing-secret-qarz';\n"
    assert _hits("src/auth.js", text) == [("guessable-secret", "fallback-signing-secret-qarz")]
    text = "const apiKey = process.env['SCORING_API_KEY'] ?? 'scoring-dev-key-local';\n"
    assert _hits("src/scoring.ts", text) == [("guessable-secret", "scoring-dev-key-local")]


def test_a_machine_made_value_is_still_a_secret() -> None:
    hits = _hits("src/auth.js", "const JWT_SECRET = 'KS0rJSdSRmZGJd7dXf6JY8sJiOsVcbHd';\n")
    assert [i for i, _ in hits] == ["generic-secret-assignment"]


DECOYS = [
    # placeholders and values to be filled in
    ("src/auth.js", "const JWT_SECRET = '<your-jwt-secret>';\n"),
    ("src/auth.js", "const JWT_SECRET = 'your-secret-here';\n"),
    ("lending/settings.py", 'SECRET_KEY = "changeme"\n'),
    ("lending/settings.py", 'SECRET_KEY = "replace-with-a-real-secret"\n'),
    ("config/app.yml", "auth:\n  client_secret: xxxxxxxxxxxx\n"),
    # references and look-ups
    ("config/app.yml", "auth:\n  client_secret: ${CLIENT_SECRET}\n"),
    ("lending/settings.py", 'SECRET_KEY = os.environ["SECRET_KEY"]\n'),
    ("src/auth.js", "const JWT_SECRET = process.env.JWT_SECRET;\n"),
    ("src/auth.js", "const jwtSecret = config.get('auth.jwtSecret');\n"),
    ("lending/settings.py", 'API_KEY = "SCORING_API_KEY"\n'),
    ("config/app.yml", 'jwt:\n  secret_key: "{{ jwt_secret_key }}"\n'),
    # the name repeated, a field's, a header's or a setting's name, type and rule words
    ("src/auth.js", "const JWT_SECRET = 'jwt-secret';\n"),
    ("src/forms.ts", "const fields = { apiKey: 'apiKey', clientSecret: 'client_secret' };\n"),
    ("src/http.js", "const API_KEY_HEADER = 'x-api-key'; const apiKey = 'x-api-key';\n"),
    ("src/settings.py", 'SECRET_KEY_SETTING = "secret_key"\nAPI_KEY = "stripe_api_key"\n'),
    ("src/schema.ts", "const schema = { apiKey: 'string', clientSecret: 'required' };\n"),
    ("src/keys.py", 'API_KEY = "settings.SCORING_KEY"\n'),
    ("src/crypto.js", "const encryptionKey = 'aes-256-cbc'; const hmacKey = 'hmac-sha256';\n"),
    ("tools/render.py", "TEMPLATE = \"'encryption_key' => 'base64:{b64:43}=',\"\n"),
    # short values, names that are no secret's, bare `secret` and `token`
    ("src/auth.js", "const JWT_SECRET = 'kazna';\n"),
    ("src/cache.py", 'cache_key = "loans-by-client"\nsort_key = "created-at-desc"\n'),
    ("src/app.py", 'token = "nothing-special-here"\nsecret = "IAmSensitive"\n'),
    ("src/keys.js", "const publicKey = 'loans-public-key-file';\n"),
    # documentation, comments, docstrings, translations
    ("README.md", "Set `JWT_SECRET = 'my-local-signing-secret'` before starting.\n"),
    ("src/auth.js", "// const JWT_SECRET = 'old-signing-secret-words';\n"),
    ("lib/client.py", 'def make():\n    """Usage:\n\n    Client(api_key="demo-scoring-api-key")\n    """\n'),
    ("src/locales/en.json", '{ "apiKey": "Scoring-service-API-key" }\n'),
    # keys a session or a cache stores values under (written after a production tree showed them)
    ("web/auth/session.py", 'SESSION_KEY = "_qarz_client_id"\nLOANS_SESSION_TOKEN = "_loan_offer_token"\n'),
    ("web/middleware.py", 'CSRF_SESSION_KEY = "_csrfguard"\nOFFER_CACHE_KEY = "_offerscache"\n'),
    # spaces: a label or a sentence
    ("src/ui.ts", "const labels = { clientSecret: 'Client secret of the portal' };\n"),
]


def test_guessable_secret_decoys_are_not_reported() -> None:
    for path, text in DECOYS:
        assert _hits(path, text) == [], (path, _hits(path, text))


def test_a_guessable_secret_alone_is_listed_and_does_not_block(tmp_path: Path) -> None:
    text = "const JWT_SECRET = 'qarz-jwt-signing-key-2025!';\n"
    code, finding, written = lone_finding(tmp_path, "src/auth.js", text, "guessable-secret")
    assert code == 0, written
    assert finding["severity"] == "medium"
    assert "qarz-jwt-signing-key-2025!" not in written


def test_an_earlier_code_decoy_is_now_a_guessable_secret() -> None:
    """A decision changed: a signing secret made of words in code was left out as an example's
    value (tests/test_secrets_creddata3_classes.py); it is what the code signs with, so it is now
    a guessable secret (medium), still not a generic secret (high)."""
    hits = _hits("src/auth.py", 'JWT_SECRET = "zhetysuzhetysuzhetysuaksai"\n')
    assert [i for i, _ in hits] == ["guessable-secret"]


# A bare `Key` or `Secret` is qualified by the configuration section it is written in: ASP.NET
# Core's `"Jwt": { "Key": ... }`, Spring's `jwt:\n  secret: ...` (written after a production set
# showed a C# loan API's `JwtSettings.Secret` typed as words in appsettings.json).
SECTION_QUALIFIED = [
    (
        "Branch.Api/appsettings.json",
        '{\n  "Jwt": {\n    "Key": "branch-ledger-signing-phrase-2024",\n    "Issuer": "Branch"\n  }\n}\n',
        "branch-ledger-signing-phrase-2024",
    ),
    (
        "Branch.Api/appsettings.Production.json",
        '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "JwtSettings": {\n'
        '    "Issuer": "Branch",\n    "Secret": "ThisIsOurTellerSecretKeyasdfghjkl2025!@#$%^&*"\n  }\n}\n',
        "ThisIsOurTellerSecretKeyasdfghjkl2025!@#$%^&*",
    ),
    (
        "src/main/resources/application.yml",
        "spring:\n  application:\n    name: tellers\njwt:\n  secret: branch-ledger-signing-phrase-2024\n"
        "  expiration: 3600\n",
        "branch-ledger-signing-phrase-2024",
    ),
    (
        "config/settings.yaml",
        "security:\n  token_signing:\n    key: 'teller-desk-signing-words'\n",
        "teller-desk-signing-words",
    ),
    # a blank line and a comment between the section and its key
    (
        "config/app.yaml",
        "jwt:\n  issuer: branch\n\n  # rotated yearly\n  secret: teller-desk-signing-words\n",
        "teller-desk-signing-words",
    ),
]

SECTION_DECOYS = [
    # a section that is no signing secret's: a cache's, a queue's key
    ("Branch.Api/appsettings.json", '{\n  "Cache": {\n    "Key": "loans-by-branch-region"\n  }\n}\n'),
    ("config/app.yml", "redis:\n  key: loans-by-branch-region\n"),
    # the JWT section closed before the key: the key is the root's
    (
        "Branch.Api/appsettings.json",
        '{\n  "Jwt": { "Issuer": "Branch" },\n  "Key": "loans-by-branch-region"\n}\n',
    ),
    ("config/app.yml", "jwt:\n  issuer: branch\ncache:\n  key: loans-by-branch-region\n"),
    # a stand-in in the JWT section, a setting that is no secret, a reference
    ("Branch.Api/appsettings.json", '{\n  "Jwt": {\n    "Key": "your-jwt-signing-key-here"\n  }\n}\n'),
    ("Branch.Api/appsettings.json", '{\n  "Jwt": {\n    "Issuer": "branch-ledger-issuer-name"\n  }\n}\n'),
    ("config/app.yml", "jwt:\n  secret: ${JWT_SECRET}\n"),
    # a mask of the value
    ("Branch.Api/appsettings.json", '{\n  "Jwt": {\n    "Key": "********************"\n  }\n}\n'),
    # in code a bare `key` is not read through a section
    ("src/app.py", 'jwt = {\n    "key": "branch-ledger-signing-phrase-2024",\n}\n'),
]


# The same for the sections of TOML tables and INI/`.cfg` files: `[jwt]` / `[auth.jwt]` then
# `secret = "..."`. Java `.properties` already name the section in the key (`jwt.secret=`).
SECTION_QUALIFIED += [
    (
        "config/teller.toml",
        '[server]\nport = 8080\n\n[jwt]\nsecret = "branch-ledger-signing-phrase-2024"\n',
        "branch-ledger-signing-phrase-2024",
    ),
    (
        "config/teller.toml",
        "[auth.jwt]\nissuer = 'branch'\nkey = 'teller-desk-signing-words'\n",
        "teller-desk-signing-words",
    ),
    (
        "deploy/teller.ini",
        "[JWT]\n; rotated yearly\nsecret = teller-desk-signing-words\n",
        "teller-desk-signing-words",
    ),
    ("setup.cfg", "[token_signing]\nkey: teller-desk-signing-words\n", "teller-desk-signing-words"),
    (
        "src/main/resources/application.properties",
        "jwt.secret=branch-ledger-signing-phrase-2024\n",
        "branch-ledger-signing-phrase-2024",
    ),
    # an example file's copy: reported (low) as the flat `jwt_secret` is there
    (
        "config/teller.example.toml",
        '[jwt]\nsecret = "teller-desk-signing-words"\n',
        "teller-desk-signing-words",
    ),
    ("deploy/teller.ini.example", "[jwt]\nsecret = teller-desk-signing-words\n", "teller-desk-signing-words"),
]

SECTION_DECOYS += [
    # a cache's key, a table under `jwt` that is no signing secret's
    ("config/teller.toml", '[cache]\nkey = "loans-by-branch-region"\n'),
    ("config/teller.toml", '[jwt.cache]\nkey = "loans-by-branch-region"\n'),
    # the JWT table closed by a later table before the key
    ("config/teller.toml", '[jwt]\nissuer = "branch"\n\n[redis]\nkey = "loans-by-branch-region"\n'),
    ("deploy/teller.ini", "[jwt]\nissuer = branch\n[redis]\nkey = loans-by-branch-region\n"),
    # a reference, a stand-in
    ("config/teller.toml", '[jwt]\nsecret = "${JWT_SECRET}"\n'),
    ("deploy/teller.ini", "[jwt]\nsecret = changeme\n"),
    ("src/main/resources/application.properties", "jwt.secret=${JWT_SECRET}\n"),
    ("src/main/resources/application.properties", "cache.key=loans-by-branch-region\n"),
    # a bare key before any table is the root's
    ("config/teller.toml", 'key = "loans-by-branch-region"\n\n[jwt]\nissuer = "branch"\n'),
]


def test_a_section_secret_in_an_example_file_is_weighed_like_the_flat_name() -> None:
    for path in ("config/teller.example.toml", "deploy/teller.ini.example", "deploy/teller.ini.dist"):
        flat = "jwt_secret = teller-desk-signing-words\n"
        nested = "[jwt]\nsecret = teller-desk-signing-words\n"
        assert _hits(path, nested) == _hits(path, flat) == [("guessable-secret", "teller-desk-signing-words")]
        assert [f.severity for f in _findings(path, nested)] == [Severity.LOW], path


def test_a_bare_key_or_secret_in_a_jwt_section_of_configuration_is_a_guessable_secret() -> None:
    for path, text, value in SECTION_QUALIFIED:
        assert _hits(path, text) == [("guessable-secret", value)], (path, _hits(path, text))


def test_a_bare_key_outside_a_signing_section_is_not_reported() -> None:
    for path, text in SECTION_DECOYS:
        assert _hits(path, text) == [], (path, _hits(path, text))
