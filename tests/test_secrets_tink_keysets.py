"""Tink keysets kept in clear text (docs/measurements/secrets.md, "Secrets from outside, second
part: the other detector tests of Veles"): the JSON Tink's writer and `tinkey` produce, escaped
inside another JSON string, or in base64. Every value here is made up."""

from __future__ import annotations

import base64

from tests.secrets_holdout import detected_with_severity, secret_detector_ids

# A made-up Tink keyset in clear text, as Tink's JSON writer and `tinkey` write it, and in base64.
TINK = (
    '{"primaryKeyId":1835072617,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesSivKey",'
    '"value":"GhACJpCpfAKpgfYQ0YmHHYCm","keyMaterialType":"SYMMETRIC"},"status":"ENABLED","keyId":1835072617,'
    '"outputPrefixType":"TINK"}]}'
)
TINK_PRETTY = """{
  "primaryKeyId": 1835072617,
  "key": [
    {
      "keyData": {
        "typeUrl": "type.googleapis.com/google.crypto.tink.AesSivKey",
        "value": "GhACJpCpfAKpgfYQ0YmHHYCm",
        "keyMaterialType": "SYMMETRIC"
      },
      "status": "ENABLED",
      "keyId": 1835072617,
      "outputPrefixType": "TINK"
    }
  ]
}
"""
TINK_B64 = (
    "eyJwcmltYXJ5S2V5SWQiOjE4MzUwNzI2MTcsImtleSI6W3sia2V5RGF0YSI6eyJ0eXBlVXJsIjoidHlwZS5nb29nbGVhcGlzLmNvbS9nb29n"
    "bGUuY3J5cHRvLnRpbmsuQWVzU2l2S2V5IiwidmFsdWUiOiJHaEFDSnBDcGZBS3BnZllRMFltSEhZQ20iLCJrZXlNYXRlcmlhbFR5cGUiOiJT"
    "WU1NRVRSSUMifSwic3RhdHVzIjoiRU5BQkxFRCIsImtleUlkIjoxODM1MDcyNjE3LCJvdXRwdXRQcmVmaXhUeXBlIjoiVElOSyJ9XX0="
)


def test_tink_keysets_in_clear_text_are_reported() -> None:
    assert "tink-cleartext-keyset" in secret_detector_ids("keys/aead.json", TINK + "\n")
    assert "tink-cleartext-keyset" in secret_detector_ids("keys/aead.json", TINK_PRETTY)
    escaped = TINK.replace('"', '\\"')
    assert "tink-cleartext-keyset" in secret_detector_ids("config/app.json", f'{{"keyset": "{escaped}"}}\n')
    assert "tink-cleartext-keyset" in secret_detector_ids("config/app.yaml", f"keyset: {TINK_B64}\n")


def test_tink_encrypted_or_public_keysets_are_not_reported() -> None:
    public = TINK.replace("AesSivKey", "EcdsaPublicKey").replace("SYMMETRIC", "ASYMMETRIC_PUBLIC")
    encrypted = (
        '{"encryptedKeyset":"AQx9vQ7kWm2bZrT4pL8sYc3NdHfJ6gEaK1uVwXoP5iB0qRtM","keysetInfo":{"primaryKeyId":1835072617,'
        '"keyInfo":[{"typeUrl":"type.googleapis.com/google.crypto.tink.AesSivKey","status":"ENABLED",'
        '"keyId":1835072617,"outputPrefixType":"TINK"}]}}'
    )
    elided = TINK.replace("GhACJpCpfAKpgfYQ0YmHHYCm", "<key material>")
    for text in (public, encrypted, elided):
        assert "tink-cleartext-keyset" not in secret_detector_ids("keys/aead.json", text + "\n"), text[:40]


def test_tink_keyset_written_over_lines_then_base64_is_reported() -> None:

    encoded = base64.b64encode(TINK_PRETTY.encode()).decode()
    assert encoded.startswith("ewogIC")
    assert "tink-cleartext-keyset" in secret_detector_ids(
        "deploy/secret.yaml", f"data:\n  keyset: {encoded}\n"
    )
    other = base64.b64encode(
        b'{\n  "name": "loans-api",\n  "replicas": 3,\n  "image": "registry.local/loans:1.4"\n}'
    ).decode()
    assert "tink-cleartext-keyset" not in secret_detector_ids(
        "deploy/secret.yaml", f"data:\n  app: {other}\n"
    )


def test_tink_keyset_in_a_test_file_is_reported_at_medium() -> None:
    found = detected_with_severity("aead/keyset_reader_test.py", f"KEYSET = '''{TINK_PRETTY}'''\n")
    assert [s for d, s in found if d == "tink-cleartext-keyset"] == ["medium"]
    found = detected_with_severity("aead/keyset_reader.py", f"KEYSET = '''{TINK_PRETTY}'''\n")
    assert [s for d, s in found if d == "tink-cleartext-keyset"] == ["critical"]


# Made-up keysets in Tink's binary form (a protobuf), base64-encoded: an AES-GCM key, a public key.
TINK_BINARY = (
    "COTglpAKElQKSAowdHlwZS5nb29nbGVhcGlzLmNvbS9nb29nbGUuY3J5cHRvLnRpbmsuQWVzR2NtS2V5EhIaEIK3Du5/GlA5vvB+wjR/"
    "Bm4YARABGOTglpAKIAE="
)
TINK_BINARY_PUBLIC = (
    "COTglpAKElkKTQo1dHlwZS5nb29nbGVhcGlzLmNvbS9nb29nbGUuY3J5cHRvLnRpbmsuRWNkc2FQdWJsaWNLZXkSEhoQ0I9dx1EkR+NA"
    "QwACa25UVRgDEAEY5OCWkAogAQ=="
)
# base64 of a log line naming a key type, no key.
TYPE_IN_TEXT = (
    "ZXJyb3I6IG5vIGtleSBtYW5hZ2VyIGZvciB0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5jcnlwdG8udGluay5BZXNHY21LZXkgcmVn"
    "aXN0ZXJlZA=="
)


def test_tink_binary_keyset_in_base64_is_reported() -> None:
    assert "tink-cleartext-keyset" in secret_detector_ids(
        "deploy/secret.yaml", f"data:\n  keyset: {TINK_BINARY}\n"
    )
    assert "tink-cleartext-keyset" in secret_detector_ids("config/app.env", f"TINK_KEYSET={TINK_BINARY}\n")
    for text in (TINK_BINARY_PUBLIC, TYPE_IN_TEXT):
        assert "tink-cleartext-keyset" not in secret_detector_ids("config/app.env", f"KEYSET={text}\n"), text[
            :12
        ]


# The same keyset as string pieces joined in code, the key material cut between two pieces: Java's
# and JavaScript's `+`, and Python's adjacent literals.
TINK_JAVA_PIECES = (
    "  private static final String KEYSET =\n"
    '      "{"\n'
    '          + "\\"primaryKeyId\\": 1835072617,"\n'
    '          + "\\"key\\": [{"\n'
    '          + "\\"keyData\\": {"\n'
    '          + "\\"typeUrl\\": \\"type.googleapis.com/google.crypto.tink.AesSivKey\\","\n'
    '          + "\\"keyMaterialType\\": \\"SYMMETRIC\\","\n'
    '          + "\\"value\\": \\"GhACJpCpfAKp"\n'
    '          + "gfYQ0YmHHYCm\\""\n'
    '          + "},"\n'
    '          + "\\"status\\": \\"ENABLED\\""\n'
    '          + "}]}";\n'
)
TINK_PY_PIECES = (
    "KEYSET = (\n"
    '    \'{"primaryKeyId": 1835072617, "key": [{"keyData": {\'\n'
    '    \'"typeUrl": "type.googleapis.com/google.crypto.tink.AesSivKey", \'\n'
    '    \'"keyMaterialType": "SYMMETRIC", "value": "GhACJpCpfAKp\'\n'
    '    \'gfYQ0YmHHYCm"}, "status": "ENABLED"}]}\'\n'
    ")\n"
)


def test_tink_keyset_in_string_pieces_with_its_value_cut_is_reported() -> None:
    assert "tink-cleartext-keyset" in secret_detector_ids("src/main/java/Keys.java", TINK_JAVA_PIECES)
    assert "tink-cleartext-keyset" in secret_detector_ids("app/keys.py", TINK_PY_PIECES)


def test_tink_public_keyset_in_string_pieces_is_not_reported() -> None:
    public = TINK_JAVA_PIECES.replace("AesSivKey", "EcdsaPublicKey").replace("SYMMETRIC", "ASYMMETRIC_PUBLIC")
    assert "tink-cleartext-keyset" not in secret_detector_ids("src/main/java/Keys.java", public)
    masked = TINK_PY_PIECES.replace("GhACJpCpfAKp'\n    'gfYQ0YmHHYCm", "xxxxxxxxxxxx'\n    'xxxxxxxxxxxx")
    assert "tink-cleartext-keyset" not in secret_detector_ids("app/keys.py", masked)
