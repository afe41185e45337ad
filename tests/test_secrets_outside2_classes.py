"""Classes that Whispers' test fixtures (measured from outside) showed missed, written as our own
cases (own values, made up for these tests) before the rules changed for them, each with decoys
of the same shape:

- a name/value entry whose name is given in a `key` field (`- key: SMTP_PASSWORD` then
  `value: ...` in YAML) or in XML elements (`<key>password</key>` then `<value>...</value>`, also
  `<name>`);
- curl's other credential options: `--proxy-user` / `-U` with `user:password`, and the TLS key
  passphrase options `--pass`, `--tlspassword`, `--proxy-tlspassword`;
- a credential compared with a literal (`if password == "..."`, `token !== "..."`): a password
  built into the code as the one accepted.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

# -- the name in a `key` field or an XML element ---------------------------------------------------

NAME_VALUE = [
    ("deploy/values.yml", "secrets:\n  - key: SMTP_PASSWORD\n    value: Qm7#vLp2Xw9k\n", 3),
    ("deploy/values.yml", "secrets:\n  - key: partner.api_token\n    value: 'tR8zK2mQ4vXn7LpW'\n", 3),
    ("ci/vars.yaml", 'variables:\n  - key: DEPLOY_PASS\n    value: "Hq3%nW8rTz5m"\n', 3),
    (
        "config/credentials.xml",
        "<entries>\n  <entry>\n    <key>smtp_password</key>\n"
        "    <value>Qm7#vLp2Xw9k</value>\n  </entry>\n</entries>\n",
        4,
    ),
    (
        "config/app.config",
        "<settings>\n  <setting>\n    <name>PartnerSecret</name>\n"
        "    <value>tR8zK2mQ4vXn7LpW</value>\n  </setting>\n</settings>\n",
        4,
    ),
]


@pytest.mark.parametrize(("path", "text", "line"), NAME_VALUE)
def test_name_in_a_key_field_or_element_is_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("deploy/values.yml", "secrets:\n  - key: LOG_LEVEL\n    value: debug\n"),
        ("deploy/values.yml", "secrets:\n  - key: SMTP_PASSWORD\n    value: ${SMTP_PASSWORD}\n"),
        ("deploy/values.yml", "secrets:\n  - key: SMTP_PASSWORD\n    value: changeme\n"),
        ("template.yml", "Tags:\n  - Key: Name\n    Value: loans-web\n"),
        ("config/credentials.xml", "<entry>\n  <key>username</key>\n  <value>svc_loans</value>\n</entry>\n"),
        ("config/credentials.xml", "<entry>\n  <key>password</key>\n  <value></value>\n</entry>\n"),
        (
            "config/credentials.xml",
            "<entry>\n  <key>password</key>\n  <value>${env.SMTP_PASSWORD}</value>\n</entry>\n",
        ),
        ("config/app.config", "<setting>\n  <name>Theme</name>\n  <value>dark</value>\n</setting>\n"),
    ],
)
def test_name_value_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- curl's proxy and TLS credential options --------------------------------------------------------

CURL = [
    (
        "scripts/fetch.sh",
        "curl -k --proxy-user ops:Hq3%nW8rTz5m --proxy https://proxy.qarz.kz:8080 https://x.qarz.kz\n",
        1,
    ),
    ("scripts/fetch.sh", "curl -U ops:Hq3%nW8rTz5m -x proxy.qarz.kz:3128 https://x.qarz.kz\n", 1),
    ("scripts/fetch.sh", "curl -k -v \\\n    --proxy-user ops:Hq3%nW8rTz5m \\\n    https://x.qarz.kz\n", 2),
    ("scripts/fetch.sh", "curl --cert client.pem --pass Kw9#pT4zLm2q https://x.qarz.kz\n", 1),
    ("scripts/fetch.sh", "curl --tlsuser ops --tlspassword Kw9#pT4zLm2q https://x.qarz.kz\n", 1),
    ("scripts/fetch.sh", "curl --proxy-tlspassword Kw9#pT4zLm2q https://x.qarz.kz\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), CURL)
def test_curl_proxy_and_tls_credentials_are_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


@pytest.mark.parametrize(
    "text",
    [
        "curl --proxy-user $PROXY_USER:$PROXY_PASS https://x.qarz.kz\n",
        "curl -U ops https://x.qarz.kz\n",
        "curl --tlspassword https://localhost\n",
        'curl --tlspassword "$TLS_PASSWORD" https://x.qarz.kz\n',
        "curl --pass ${CERT_PASS} --cert client.pem https://x.qarz.kz\n",
        "curl --proxy-user user:password https://x\n",
    ],
)
def test_curl_option_decoys_are_not_reported(text: str) -> None:
    assert not lines_reported("scripts/fetch.sh", text)


# -- a credential compared with a literal -----------------------------------------------------------

COMPARED = [
    ("app/auth.py", 'def ok(password):\n    if password == "Zk3x#QwPl9":\n        return True\n', 2),
    ("app/auth.py", 'if user == "admin" and password == "Qm7#vLp2Xw9k":\n    grant()\n', 1),
    ("src/auth.js", 'if (apiToken === "tR8zK2mQ4vXn7LpW") { next(); }\n', 1),
    ("src/Auth.cs", 'if (adminPassword != "Hq3%nW8rTz5m") { return false; }\n', 1),
]


@pytest.mark.parametrize(("path", "text", "line"), COMPARED)
def test_credential_compared_with_a_literal_is_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("app/auth.py", 'if password == "":\n    raise ValueError\n'),
        ("app/auth.py", 'if password == "changeme":\n    warn()\n'),
        ("app/auth.py", 'if password == os.environ["ADMIN_PASSWORD"]:\n    grant()\n'),
        ("app/auth.py", 'if token_type == "Bearer":\n    pass\n'),
        ("app/auth.py", 'if password_policy == "strong":\n    pass\n'),
        ("app/auth.py", 'if token is None or token == "null":\n    abort()\n'),
        ("src/auth.js", 'if (typeof secret === "string") { use(secret); }\n'),
        ("app/auth.py", "if password != password_confirm:\n    abort()\n"),
    ],
)
def test_comparison_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)
