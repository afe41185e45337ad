"""Classes the second CredData part still showed missed, written as our own cases (values made
here, from a seeded generator) before the rules changed for them, each with near-miss decoys:

- credentials passed as container and command environment flags (`docker run -e NAME=value`,
  `--env NAME=value`) in shell, Makefiles, CI files and documents;
- a password answered to a prompt (an expect script's `send` after an `expect` naming a
  password; a shell prompt that states the default password it assigns);
- base64 `user:password` under a user or registry setting of a Kubernetes Secret, and the
  registry credentials inside a Secret's `.dockerconfigjson`;
- AWS unique ids other than access key ids (`AIDA`, `AROA`, `AIPA`...): identifiers, not secrets;
- tokens in JSON arrays and YAML lists under a name of secrets (`"tokens": [...]`);
- signed JSON Web Tokens whatever their claims (`{"foo": "bar"}`), but not unsigned ones
  (`alg: none`) nor example claims in documentation;
- nested YAML whose key takes its meaning from its parent (`jwt:` / `secret:`, `secret:` /
  `access:`).
"""

from __future__ import annotations

import base64
import json
import random
import string

import pytest

from aiscan.secrets import structure as st
from aiscan.secrets import validate as v
from aiscan.secrets.detectors import load_ruleset
from tests.secrets_holdout import ENGINE, assert_detections_at_their_value, detector_ids

_RNG = random.Random(20261204)
PH = load_ruleset().placeholders


def _password(n: int = 11) -> str:
    """A typed password: letters of both cases, digits and a sign."""
    chars = [_RNG.choice(string.ascii_lowercase) for _ in range(n - 4)]
    chars += [_RNG.choice(string.ascii_uppercase), _RNG.choice(string.digits), _RNG.choice(string.digits)]
    chars.insert(3, _RNG.choice("#!%^"))
    return "".join(chars)


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url_json(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def _jwt(claims: dict[str, object], alg: str = "HS256", sig_bytes: int = 32) -> str:
    head = _b64url_json({"alg": alg, "typ": "JWT"})
    if alg == "none":
        return f"{head}.{_b64url_json(claims)}."
    sig = base64.urlsafe_b64encode(_RNG.randbytes(sig_bytes)).decode().rstrip("=")
    return f"{head}.{_b64url_json(claims)}.{sig}"


P1, P2, P3 = _password(), _password(12), _password(10)
SIGNING_A, SIGNING_B = _password(16), _password(18)
HEX16A, HEX16B, HEX32 = _hex(16), _hex(16), _hex(32)
TOKEN = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(28))


def _found(path: str, text: str, value: str) -> bool:
    return any(value in d.value or d.value in value for d in ENGINE.scan(path, text).detections)


# -- a. container and command environment flags -------------------------------------------------

ENV_FLAG_FOUND = [
    (
        "ci/.gitlab-ci.yml",
        f"test:\n  script:\n    - docker run -d -e MYSQL_ROOT_PASSWORD={P1} -p 3306:3306 mysql\n",
        P1,
    ),
    ("Makefile", f"db:\n\tdocker run --rm --env POSTGRES_PASSWORD={P2} -d postgres:16\n", P2),
    ("scripts/dev-db.sh", f'docker run -d --env="REDIS_PASSWORD={P3}" redis:7\n', P3),
    ("README.md", f"```\ndocker run -e POSTGRES_PASSWORD={P1} -d postgres\n```\n", P1),
    ("docs/install.md", f"    podman run -e KEYCLOAK_ADMIN_PASSWORD={P2} quay.io/keycloak/keycloak\n", P2),
    # a built-in account's default password set in a CI or shell file, options after it
    (
        "ci/.travis.yml",
        "script:\n  - docker run -e MYSQL_ROOT_PASSWORD=root -e MYSQL_DATABASE=app mysql\n",
        "root",
    ),
    ("ci/.github/workflows/test.yml", f"    - run: docker run -e API_TOKEN={TOKEN} -e DEBUG=1 svc\n", TOKEN),
]


@pytest.mark.parametrize(("path", "text", "value"), ENV_FLAG_FOUND)
def test_env_flag_credentials_are_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ci/.gitlab-ci.yml", "script:\n  - docker run -e MYSQL_PASSWORD=$MYSQL_PASSWORD mysql\n"),
        ("ci/.gitlab-ci.yml", "script:\n  - docker run -e MYSQL_PASSWORD=${DB_PASS} mysql\n"),
        ("ci/.gitlab-ci.yml", "script:\n  - docker run -e MYSQL_PASSWORD -e MYSQL_USER=app mysql\n"),
        ("Makefile", "db:\n\tdocker run -e POSTGRES_PASSWORD=$(PG_PASSWORD) postgres\n"),
        ("README.md", "docker run -e POSTGRES_PASSWORD=<your-password> -d postgres\n"),
        ("README.md", "docker run -e POSTGRES_PASSWORD=changeme -d postgres\n"),
        ("README.md", "docker run -e POSTGRES_PASSWORD=root -d postgres\n"),  # a document's example
        ("ci/.travis.yml", "script:\n  - docker run -e MYSQL_ALLOW_EMPTY_PASSWORD=yes mysql\n"),
        ("ci/.travis.yml", "script:\n  - docker run -e POSTGRES_HOST_AUTH_METHOD=trust postgres\n"),
        ("ci/.travis.yml", "script:\n  - docker run -e POSTGRES_PASSWORD_FILE=/run/secrets/pg postgres\n"),
        ("scripts/run.sh", "docker run -e SECRET_NAME=billing-db-credentials svc\n"),
        ("docs/env.md", "Pass `-e MYSQL_PASSWORD=...` to set the password of the account.\n"),
        ("deploy/.env.example", f"# docker run -e POSTGRES_PASSWORD={P1} postgres\n"),
    ],
)
def test_env_flag_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


# -- b. passwords answered to a prompt -----------------------------------------------------------

PROMPT_FOUND = [
    ("scripts/login.exp", f'spawn ssh deploy@10.4.0.7\nexpect "*assword:"\nsend "{P1}\\r"\n', P1),
    ("ops/vpn.exp", f'expect {{\n  "Password:" {{ send "{P2}\\r" }}\n}}\n', P2),
    ("ops/sftp.sh", f'/usr/bin/expect <<EOF\nexpect "password:"\nsend -- "{P3}\\r"\nEOF\n', P3),
    ("ops/ssh_login.py", f"child.expect('Password:')\nchild.sendline('{P1}')\n", P1),
    ("install/mysql.sh", 'read -p "(Default password: TULPARBEK):" dbpwd\n', "TULPARBEK"),
    ("install/mysql.sh", f'read -p "Root password [default: {P2}]: " rootpw\n', P2),
]


@pytest.mark.parametrize(("path", "text", "value"), PROMPT_FOUND)
def test_prompt_answers_are_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("scripts/login.exp", 'expect "*assword:"\nsend "$password\\r"\n'),
        ("scripts/login.exp", 'expect "*assword:"\nsend "$env(DEPLOY_PASS)\\r"\n'),
        ("scripts/login.exp", 'expect "Are you sure you want to continue connecting"\nsend "yes\\r"\n'),
        ("scripts/login.exp", f'expect "login:"\nsend "{P1}\\r"\n'),  # a user name's prompt
        ("ops/ssh_login.py", "child.expect('Password:')\nchild.sendline(password)\n"),
        ("install/mysql.sh", 'read -p "Enter the root password: " rootpw\n'),
        ("install/mysql.sh", 'read -p "(Default password: password):" dbpwd\n'),
        ("install/mysql.sh", 'read -p "(Default password: ${DEFAULT_PW}):" dbpwd\n'),
        ("install/mysql.sh", 'read -p "(Default password length: 16):" n\n'),
        ("README.md", "The default password is printed on the first start.\n"),
        ("README.md", "Default password: admin\n"),
    ],
)
def test_prompt_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


# -- c. base64 credentials in Kubernetes Secrets -------------------------------------------------

CRED = _b64(f"svc-billing:{P1}")
DOCKERCONFIG = _b64(json.dumps({"auths": {"registry.qarz.kz": {"auth": _b64(f"ci-pusher:{P2}")}}}))
DOCKER_SECRET = "kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n"
DOCKERCONFIG_PW = _b64(json.dumps({"auths": {"registry.qarz.kz": {"username": "ci", "password": P3}}}))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"apiVersion: v1\nkind: Secret\ndata:\n  username: {CRED}\n", CRED),
        (f"kind: Secret\ntype: Opaque\ndata:\n  proxy-user: {CRED}\n", CRED),
        (f"{DOCKER_SECRET}  .dockerconfigjson: {DOCKERCONFIG}\n", DOCKERCONFIG),
        (f"{DOCKER_SECRET}  .dockerconfigjson: {DOCKERCONFIG_PW}\n", DOCKERCONFIG_PW),
    ],
)
def test_kubernetes_secret_credentials_are_reported(text: str, value: str) -> None:
    assert _found("deploy/k8s/secret.yaml", text, value), text
    assert_detections_at_their_value("deploy/k8s/secret.yaml", text)


@pytest.mark.parametrize(
    "text",
    [
        f"kind: Secret\ndata:\n  username: {_b64('svc-billing')}\n",  # a user name alone
        f"kind: Secret\ndata:\n  username: {_b64('admin:admin')}\n",
        f"kind: Secret\ndata:\n  username: {_b64('user:password')}\n",
        f"kind: ConfigMap\ndata:\n  username: {CRED}\n",  # not a Secret: a ConfigMap's value is text
        "kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: "
        + _b64(json.dumps({"auths": {"registry.qarz.kz": {"auth": _b64("user:password")}}}))
        + "\n",
        f"kind: Secret\ndata:\n  .dockerconfigjson: {_b64('not json')}\n",
    ],
)
def test_kubernetes_secret_decoys_are_not(text: str) -> None:
    assert not detector_ids("deploy/k8s/secret.yaml", text), text


# -- h. one check of `user:password` -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"berik:{P1}", True),
        ("berik:k9oCA", True),
        ("browser:", True),
        ("oauth2:oauth2", True),
        ("admin:", False),
        ("admin:admin", False),
        ("user:password", False),
        ("berik:$PASSWORD", False),
        ("berik", False),
    ],
)
def test_one_basic_credentials_check(raw: str, expected: bool) -> None:
    value = _b64(raw)
    placeholder = lambda part: v.is_placeholder(part, PH)  # noqa: E731
    assert st.basic_credentials(value, placeholder) is expected
    assert v.basic_auth_ok(value, PH) is expected


# -- d. AWS unique ids that are not access keys --------------------------------------------------


@pytest.mark.parametrize("prefix", ["AIDA", "AROA", "AIPA", "ANPA", "ANVA", "AGPA", "APKA"])
def test_aws_unique_ids_are_identifiers(prefix: str) -> None:
    uid = prefix + "".join(_RNG.choice(string.ascii_uppercase + "234567") for _ in range(17))
    text = f'{{\n  "Account": "123456789012",\n  "UserId": "{uid}"\n}}\n'
    assert not detector_ids("src/caller.json", text), text


def test_an_access_key_id_beside_its_secret_stays_critical() -> None:
    key_id = "AKIA" + "".join(_RNG.choice(string.ascii_uppercase + "234567") for _ in range(16))
    secret = "".join(_RNG.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
    text = f"[default]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"
    found = {d.value: d.detector.severity.value for d in ENGINE.scan("deploy/credentials", text).detections}
    assert found.get(key_id) == "critical"
    assert found.get(secret) == "critical"


# -- e. tokens in arrays and lists ---------------------------------------------------------------

LIST_FOUND = [
    ("spec/cassettes/car.yml", f'  string: \'{{"id":7,"tokens":["{HEX16A}","{HEX16B}"]}}\'\n', HEX16A),
    ("config/clients.json", f'{{\n  "api_keys": [\n    "{HEX32}",\n    "{TOKEN}"\n  ]\n}}\n', TOKEN),
    ("config/app.yml", f"partner:\n  tokens:\n    - {HEX32}\n    - {TOKEN}\n", HEX32),
    ("config/app.yml", f'db:\n  passwords: ["{P1}", "{P2}"]\n', P2),
    ("src/settings.py", f'ADMIN_TOKENS = ["{TOKEN}"]\n', TOKEN),
]


@pytest.mark.parametrize(("path", "text", "value"), LIST_FOUND)
def test_tokens_in_lists_are_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("nlp/tokenize.py", 'tokens = ["hello", "world", "kazakh"]\n'),
        ("nlp/vocab.json", '{"special_tokens": ["<pad>", "<s>", "</s>", "[CLS]"]}\n'),
        ("config/app.yml", "auth:\n  tokens:\n    - ${PARTNER_TOKEN}\n    - <token>\n"),
        ("config/app.json", '{"keys": ["name", "email", "phone"]}\n'),
        ("config/app.json", f'{{"keys": ["{HEX16A}"]}}\n'),  # `keys` alone: ids of records
        ("src/policy.py", f'COMMON_PASSWORDS = ["qwerty", "123456", "{P1}"]\n'),
        ("config/app.yml", "secrets:\n  - name: db-credentials\n  - name: api-credentials\n"),
        ("src/lexer.py", "tokens = [IDENT, NUMBER, STRING]\n"),
        ("src/auth.py", f'ADMIN_PASSWORDS = [u("{P1}"), b"{P2}"]\n'),  # expressions, not literals
        # DKIM and domain-verification tokens are published in DNS records
        ("mail/identity.py", f'result = {{"DkimTokens": ["{TOKEN.lower()}", "{HEX32}"]}}\n'),
        ("mail/domains.json", f'{{"verification_tokens": ["{HEX32}"]}}\n'),
    ],
)
def test_list_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


# -- f. signed JSON Web Tokens whatever their claims ---------------------------------------------


@pytest.mark.parametrize(
    ("path", "claims", "alg", "sig"),
    [
        ("test/verify.js", {"foo": "bar", "iat": 1426546919}, "HS256", 32),
        ("src/client.ts", {"foo": "bar"}, "HS256", 32),
        ("src/client.py", {"confidence": 0.8}, "HS384", 48),
        ("tests/test_auth.py", {"data": "kazna"}, "RS256", 256),
        ("config/app.yml", {"num": 1234567}, "ES256", 64),
    ],
)
def test_signed_jwts_are_tokens_whatever_their_claims(
    path: str, claims: dict[str, object], alg: str, sig: int
) -> None:
    token = _jwt(claims, alg, sig)
    text = f"data = '{token}'\n"
    assert _found(path, text, token), text


def test_a_jwt_in_an_interactive_session_transcript_is_documentation() -> None:
    token = _jwt({"k": "value"})
    transcript = f">>> encoded = jwt.encode({{'k': 'value'}}, key)\n>>> encoded\n'{token}'\n"
    assert not detector_ids("pkg-1.0.dist-info/METADATA", transcript)
    assert not detector_ids("src/pkg/README.txt", f"    >>> print(encoded)\n    {token}\n")
    assert detector_ids("src/pkg/client.py", f"data = '{token}'\n")


@pytest.mark.parametrize(
    ("path", "token"),
    [
        ("src/client.ts", _jwt({"foo": "bar", "admin": True}, "none")),
        ("src/client.ts", _jwt({"foo": "bar"}, "HS256", 5)),  # a signature too short for its algorithm
        ("docs/auth.md", _jwt({"sub": "1234567890", "name": "John Doe", "iat": 1516239022})),
        ("docs/auth.md", _jwt({"foo": "bar"})),
        ("README.md", _jwt({"user": "example", "iat": 1516239022})),
        ("src/client.ts", _jwt({"sub": "1234567890", "name": "John Doe", "iat": 1516239022})),
    ],
)
def test_unsigned_and_example_jwts_are_not(path: str, token: str) -> None:
    text = f"data = '{token}'\n"
    assert not detector_ids(path, text), text


# -- g. nested YAML secrets ----------------------------------------------------------------------

NESTED_FOUND = [
    ("svc/application.yml", "jwt:\n  secret: altyn2024\n", "altyn2024"),
    ("svc/application.yml", "security:\n  jwt:\n    expiration: 3600\n    secret: koktemsai\n", "koktemsai"),
    ("svc/config.yaml", f"secret:\n  access: {SIGNING_A}\n  refresh: {SIGNING_B}\n", SIGNING_A),
    ("svc/config.yaml", f"secret:\n  access: {SIGNING_A}\n  refresh: {SIGNING_B}\n", SIGNING_B),
    ("svc/config.yaml", f"token:\n  admin: {TOKEN}\n", TOKEN),
    ("svc/config.yaml", "session:\n  secret: keyboard cat\n", "keyboard cat"),
]


@pytest.mark.parametrize(("path", "text", "value"), NESTED_FOUND)
def test_nested_yaml_secrets_are_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("svc/application.yml", "jwt:\n  secret: ${JWT_SECRET}\n"),
        ("svc/application.yml", "jwt:\n  secret: changeme\n"),
        ("svc/application.yml", "jwt:\n  expiration: 86400\n  header: Authorization\n"),
        ("svc/application.yml", "jwt:\n  secret:\n    name: jwt-signing\n"),
        ("svc/config.yaml", "secret:\n  name: billing-db-credentials\n  key: password\n"),
        ("svc/config.yaml", "secret:\n  enabled: true\n  ttl: 3600\n"),
        ("svc/config.yaml", "token:\n  expiry: 15m\n  issuer: https://auth.qarz.kz\n"),
        ("svc/config.yaml", "secret:\n  access: kazna\n"),  # a plain word under `secret`
        ("deploy/k8s/deploy.yaml", "valueFrom:\n  secretKeyRef:\n    name: db\n    key: password\n"),
        ("docs/config.md", "jwt:\n  secret: altyn2024\n"),
    ],
)
def test_nested_yaml_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


def test_a_nested_signing_secret_in_an_example_file_is_weighed_like_a_flat_one() -> None:
    # The nested rule leaves example files out; a JWT section's `secret` is read as the signing
    # secret it names, which the guessable-secret rule reports in an example file as it does
    # `jwt_secret:` written flat.
    nested = detector_ids("svc/application.example.yml", "jwt:\n  secret: altyn2024\n")
    flat = detector_ids("svc/application.example.yml", "jwt_secret: altyn2024\n")
    assert "nested-yaml-secret" not in nested
    assert nested == flat == ["guessable-secret"]
