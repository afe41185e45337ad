"""Classes the fourth CredData part's continuation (4c) showed, written as our own cases before
the rules changed for them, each with near-miss decoys:

- a .NET assembly's public key token (`publicKeyToken="…"` in a configuration file, an
  application manifest, a dependency list or an assembly-qualified type name) is the short
  hash of a strong-named assembly's public key: public by design, printed in every binding
  redirect; a private key's token or an API key's token is still a secret;
- the example access token of the OAuth bearer-token RFC (6750, `mF_9.B5f-4.1JqM`), quoted by
  client libraries' tests, is a published example like the OAuth RFCs' other example values;
  a token of the same shape that is not the RFC's is still reported.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE

TOKEN = "3f9c0a7de41b6852"  # 16 hex digits, made here


def _lines(path: str, text: str) -> list[tuple[str, int]]:
    return sorted((d.detector.id, d.line) for d in ENGINE.scan(path, text).detections)


# --- a strong-named assembly's public key token -----------------------------------------------

PUBLIC_KEY_TOKENS = [
    (
        "App/web.config",
        "<configuration>\n  <runtime>\n    <dependentAssembly>\n"
        f'      <assemblyIdentity name="Contoso.Data" publicKeyToken="{TOKEN}" culture="neutral" />\n'
        "    </dependentAssembly>\n  </runtime>\n</configuration>\n",
    ),
    (
        "Tool/app.manifest",
        '<assemblyIdentity\n    type="win32"\n    name="Contoso.Tool"\n    version="1.0.0.0"\n'
        f'    publicKeyToken="{TOKEN}"\n  />\n',
    ),
    ("deploy/assemblies.yml", f"assemblies:\n  - name: Contoso.Data\n    publicKeyToken: {TOKEN}\n"),
    ("Tool/deps.json", f'{{\n  "Contoso.Data": {{\n    "PublicKeyToken": "{TOKEN}"\n  }}\n}}\n'),
    (
        "src/Loader.cs",
        'var t = Type.GetType("Contoso.Data.Loader, Contoso.Data, Version=1.0.0.0, Culture=neutral, '
        f'PublicKeyToken={TOKEN}");\nconst string PublicKeyToken = "{TOKEN}";\n',
    ),
    ("build/sign.props", f"<Project>\n  <PropertyGroup>\n    <public_key_token>{TOKEN}</public_key_token>\n"),
]


def test_an_assemblys_public_key_token_is_not_a_secret() -> None:
    for path, text in PUBLIC_KEY_TOKENS:
        assert _lines(path, text) == [], (path, _lines(path, text))


def test_a_private_or_api_keys_token_is_still_reported() -> None:
    text = 'apiKeyToken = "Zq81nVd0Lr5TxG2kPw7Ys3Hc"\nprivateKeyToken = "Lr5TxG2kPw7Ys3HcZq81nVd0"\n'
    assert _lines("src/settings.py", text) == [
        ("generic-secret-assignment", 1),
        ("generic-secret-assignment", 2),
    ]
    # a key's token that does not say the key is public
    key_token = 'keyToken = "Hk3LqZp8Vn2Rt6Yw9Bx4Cm7D"\n'
    assert _lines("src/keys.py", key_token) == [("generic-secret-assignment", 1)]


# --- the bearer-token RFC's example access token ----------------------------------------------

RFC_EXAMPLE = (
    "        return [\n"
    '            "case" =>\n'
    "                [\n"
    '                    "token" => "mF_9.B5f-4.1JqM",\n'
    '                    "expectedHeaders" => ["Authorization" => "Bearer mF_9.B5f-4.1JqM",],\n'
    "                ],\n"
    "        ];\n"
)


def test_the_bearer_token_rfcs_example_token_is_an_example() -> None:
    assert _lines("tests/AuthTest.php", RFC_EXAMPLE) == []
    assert _lines("src/client.js", 'const accessToken = "mF_9.B5f-4.1JqM";\n') == []


def test_a_token_of_the_same_shape_is_still_reported() -> None:
    other = RFC_EXAMPLE.replace("mF_9.B5f-4.1JqM", "qW_3.Z8k-9.4RtN")
    assert _lines("tests/AuthTest.php", other) == [("generic-secret-assignment", 4)]
    access_token = 'const accessToken = "pR_7.K2d-8.9WxZ";\n'
    assert _lines("src/client.js", access_token) == [("generic-secret-assignment", 1)]
