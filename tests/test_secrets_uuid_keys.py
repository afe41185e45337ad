"""UUID-shaped values beside key words: which are secrets and which are identifiers.

The measurement behind these cases (docs/secrets.md, "UUIDs beside key words"): in the public
labelled benchmark's samples and in production trees, a UUID beside a key word is almost always
an identifier (a collection's, an item's or a KMS key's id, a tenant, a Terraform lineage, an
idempotency or concurrency token, the request id an API client adds); the UUIDs that are
credentials stand under a secret's name (`api_key`, `token`, `client_secret`, `_authToken`,
`X-Api-Key`, `Authorization`). Written before the rules changed:

- a UUID given to a `secret_id` is reported: a HashiCorp Vault AppRole SecretID is such a UUID
  and logs in with its role id. The plain name is medium (listed, below the default `fail_on`):
  other tools call an identifier `secret_id`; a name that says Vault or AppRole is high;
- the `Postman-Token` header (a per-request UUID the Postman client adds to every request it
  sends) and update tokens (`UpdateToken`, an optimistic-concurrency token of AWS APIs) are
  identifiers, like the change, request and idempotency tokens already left out.
"""

from __future__ import annotations

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

U = "6f1c2b9e-4d8a-4c3e-9b7a-2e5d8f0a1c34"  # made here


def _hits(path: str, text: str) -> list[tuple[str, int]]:
    return sorted((d.detector.id, d.line) for d in ENGINE.scan(path, text).detections)


def _severities(path: str, text: str) -> list[Severity]:
    return [f.severity for f in detection_findings(ENGINE.scan(path, text), ENGINE)]


# --- the measured decision: a secret's name makes a UUID a secret, an id's name does not --------

UUID_SECRETS = [
    ("deploy/.env", f"HEROKU_API_KEY={U}\n"),
    ("config/app.yml", f"heroku_api_key: {U}\n"),
    ("src/config.json", f'{{\n  "apiKey": "{U}"\n}}\n'),
    ("src/client.py", f'headers = {{"Authorization": "Bearer {U}"}}\n'),
    ("scripts/call.sh", f'curl -H "X-Auth-Token: {U}" https://api.qarz.kz/v1\n'),
    ("src/settings.py", f'CLIENT_SECRET = "{U}"\n'),
    ("src/api.js", f"const token = '{U}';\n"),
    ("src/Pay.cs", f'client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "{U}");\n'),
    ("main.go", f'apiKey := "{U}"\n'),
    ("src/Svc.java", f'String accessToken = "{U}";\n'),
    ("Web.config", f'<appSettings>\n  <add key="ApiKey" value="{U}" />\n</appSettings>\n'),
    ("config/app.php", f"return ['api_key' => '{U}'];\n"),
    ("src/cli.py", f'client = PartnerClient(api_key="{U}")\n'),
    ("req.http", f"GET https://api.qarz.kz/v1\nAuthorization: Bearer {U}\n"),
    ("ci/.gitlab-ci.yml", f"variables:\n  SENTRY_AUTH_TOKEN: {U}\n"),
    ("terraform.tfvars", f'datadog_api_key = "{U}"\n'),
    ("src/Auth.java", f'request.addHeader("X-Api-Key", "{U}");\n'),
    (".npmrc", f"//registry.npmjs.org/:_authToken={U}\n"),
]

UUID_IDENTIFIERS = [
    ("src/settings.py", f'TENANT_ID = "{U}"\nclient_id = "{U}"\nrequest_id = "{U}"\n'),
    ("src/t.js", f"const traceId = '{U}';\nconst apiKeyId = '{U}';\n"),
    ("src/c.cs", f'var correlationId = Guid.Parse("{U}");\n'),
    ("infra/main.tf", f'subscription_id = "{U}"\n'),
    ("col.json", f'{{\n  "info": {{\n    "_postman_id": "{U}"\n  }},\n  "id": "{U}"\n}}\n'),
    ("state.tfstate", f'{{\n  "key_id": "{U}",\n  "lineage": "{U}"\n}}\n'),
    ("kms.json", f'{{\n  "KeyId": "{U}",\n  "kms_key_id": "{U}"\n}}\n'),
    ("aws.json", f'{{\n  "ChangeToken": "{U}",\n  "ClientRequestToken": "{U}"\n}}\n'),
    ("app.manifest", f'<supportedOS Id="{{{U}}}" />\n'),
    ("src/i.py", f'idempotency_key = "{U}"\nuuid = "{U}"\nsession_id = "{U}"\n'),
    ("src/m.js", f'if (idTokenClaims?.tid === "{U}") {{\n'),
    ("req.http", f"GET https://api.qarz.kz/v1\nX-Request-ID: {U}\nX-Correlation-ID: {U}\n"),
    ("src/keys.py", f'cache_key = "{U}"\npartition_key = "{U}"\n'),
]


def test_a_uuid_under_a_secrets_name_is_reported() -> None:
    for path, text in UUID_SECRETS:
        assert _hits(path, text), (path, text)


def test_a_uuid_under_an_identifiers_name_is_not_reported() -> None:
    for path, text in UUID_IDENTIFIERS:
        assert _hits(path, text) == [], (path, _hits(path, text))


# --- a Vault AppRole SecretID --------------------------------------------------------------------

PLAIN_SECRET_IDS = [
    ("deploy/approle.tf", f'resource "vault_approle_auth_backend_login" "app" {{\n  secret_id = "{U}"\n}}\n'),
    ("config/login.json", f'{{\n  "role_id": "app",\n  "secret_id": "{U}"\n}}\n'),
    ("src/vault_login.py", f'SECRET_ID = "{U}"\n'),
    ("src/login.ts", f"const creds = {{ roleId: 'app', secretId: '{U}' }};\n"),
    ("deploy/.env", f"SECRET_ID={U}\n"),
]

VAULT_SECRET_IDS = [
    ("deploy/.env", f"VAULT_SECRET_ID={U}\n"),
    ("ansible/group_vars/all.yml", f"vault_approle_secret_id: {U}\n"),
    ("src/settings.py", f'APPROLE_SECRET_ID = "{U}"\n'),
]


def test_a_uuid_given_to_a_secret_id_is_reported() -> None:
    for path, text in PLAIN_SECRET_IDS + VAULT_SECRET_IDS:
        assert len(_hits(path, text)) == 1, (path, _hits(path, text))


def test_a_plain_secret_id_is_medium_and_a_vault_one_high() -> None:
    for path, text in PLAIN_SECRET_IDS:
        assert _severities(path, text) == [Severity.MEDIUM], (path, _severities(path, text))
    for path, text in VAULT_SECRET_IDS:
        assert _severities(path, text) == [Severity.HIGH], (path, _severities(path, text))


def test_a_secret_id_in_a_test_is_lower() -> None:
    assert _severities("tests/test_login.py", f'SECRET_ID = "{U}"\n') == [Severity.LOW]
    assert _severities("tests/test_login.py", f'VAULT_SECRET_ID = "{U}"\n') == [Severity.MEDIUM]


SECRET_ID_DECOYS = [
    # the accessor names a SecretID without being one; the TTL and use count are settings
    ("config/login.json", f'{{\n  "secret_id_accessor": "{U}",\n  "secret_id_ttl": "24h"\n}}\n'),
    (
        "deploy/approle.tf",
        "secret_id_num_uses = 10\nsecret_id = vault_approle_auth_backend_role_secret_id.app.secret_id\n",
    ),
    # AWS Secrets Manager calls a secret's name or ARN its secret id
    ("deploy/db.tf", 'secret_id = "prod/loans/db"\n'),
    (
        "src/fetch.py",
        'client.get_secret_value(SecretId="arn:aws:secretsmanager:eu-central-1:111122223333:secret:db-Xy1")\n',
    ),
    # placeholders and references
    ("deploy/.env.example", "VAULT_SECRET_ID=00000000-0000-0000-0000-000000000000\n"),
    ("deploy/.env", "VAULT_SECRET_ID=${VAULT_SECRET_ID}\n"),
    # Entra ID shows a client secret's "Secret ID" (a GUID naming the secret) beside its value
    ("deploy/.env", f"AZURE_CLIENT_SECRET_ID={U}\n"),
    # the role id is the AppRole's public half
    ("config/role.yml", f"role_id: {U}\n"),
]


def test_a_secret_ids_accessor_name_or_reference_is_not_reported() -> None:
    for path, text in SECRET_ID_DECOYS:
        assert _hits(path, text) == [], (path, _hits(path, text))


# --- request ids and concurrency tokens named `token` ------------------------------------------

POSTMAN_TOKENS = [
    (
        "postman/collection.json",
        '{\n  "header": [\n    {\n      "key": "Postman-Token",\n'
        f'      "name": "Postman-Token",\n      "value": "{U}"\n    }}\n  ]\n}}\n',
    ),
    ("postman/response.json", f'{{\n  "headers": {{\n    "Postman-Token": "{U}"\n  }}\n}}\n'),
    ("docs/call.sh", f"curl https://api.qarz.kz/v1 -H 'Postman-Token: {U}' -H 'cache-control: no-cache'\n"),
]

UPDATE_TOKENS = [
    ("aws/firewall.py", f'self.update_token = "{U}"\n'),
    ("aws/examples.json", f'{{\n  "UpdateToken": "{U}"\n}}\n'),
]


def test_postman_tokens_and_update_tokens_are_identifiers() -> None:
    for path, text in POSTMAN_TOKENS + UPDATE_TOKENS:
        assert _hits(path, text) == [], (path, _hits(path, text))


def test_a_real_token_beside_a_postman_token_is_still_reported() -> None:
    text = (
        '{\n  "header": [\n'
        f'    {{ "key": "Postman-Token", "value": "{U}" }},\n'
        '    { "key": "X-Auth-Token", "value": "7c0e5a1b-93d2-4f6e-a8b4-1d2c3e4f5a6b" }\n'
        "  ]\n}\n"
    )
    assert len(_hits("postman/collection.json", text)) == 1, _hits("postman/collection.json", text)
    text = f'self.update_api_token = "{U}"\n'
    assert _hits("aws/client.py", text), _hits("aws/client.py", text)
