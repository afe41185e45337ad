"""Two classes the twelfth CredData part showed, with values made here from a seeded generator
and near-miss decoys.

- A weak password that repeats a word of its setting's namespace (`canal.instance.dbPassword=canal`,
  `redis.cache.password=redis`): the namespace names the product, and the product's name typed
  as its password is the weak password it looks like. A value that repeats the setting's own
  word (`spring.datasource.password=password`, `pass: 'pass'`) stays a field's word.
- Base64 of a public key's DER (SubjectPublicKeyInfo: a SEQUENCE opening with the algorithm's
  identifier) is published by design, whatever the name it is set under says
  (`pwdPublicKey=MFww...`, the key that decrypts a configured password). A private key's DER
  and random base64 under the same name stay reported.
"""

from __future__ import annotations

import base64
import random

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261212)
_RSA_OID = bytes.fromhex("06092a864886f70d0101010500")  # rsaEncryption, NULL parameters
_EC_OID = bytes.fromhex("06072a8648ce3d020106082a8648ce3d030107")  # id-ecPublicKey, P-256


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        return bytes([tag, n]) + body
    width = (n.bit_length() + 7) // 8
    return bytes([tag, 0x80 | width]) + n.to_bytes(width, "big") + body


def _random_bytes(n: int) -> bytes:
    return bytes(_RNG.randrange(256) for _ in range(n))


def _rsa_public_key(bits: int) -> str:
    modulus = b"\x00\xc1" + _random_bytes(bits // 8 - 1)
    key = _der(0x30, _der(0x02, modulus) + _der(0x02, b"\x01\x00\x01"))
    spki = _der(0x30, _der(0x30, _RSA_OID) + _der(0x03, b"\x00" + key))
    return base64.b64encode(spki).decode()


def _ec_public_key() -> str:
    point = b"\x04" + _random_bytes(64)
    spki = _der(0x30, _der(0x30, _EC_OID) + _der(0x03, b"\x00" + point))
    return base64.b64encode(spki).decode()


def _rsa_private_key() -> str:
    parts = b"".join(_der(0x02, b"\x00\xc3" + _random_bytes(63)) for _ in range(8))
    pkcs1 = _der(0x30, _der(0x02, b"\x00") + parts)
    pkcs8 = _der(0x30, _der(0x02, b"\x00") + _der(0x30, _RSA_OID) + _der(0x04, pkcs1))
    return base64.b64encode(pkcs8).decode()


def _product() -> str:
    return _RNG.choice(["canal", "otter", "ledger", "kassa", "zebra"])


def test_a_password_repeating_its_settings_namespace_is_a_weak_password() -> None:
    for _ in range(4):
        word = _product()
        for path in ("conf/instance.properties", "src/main/resources/application.properties"):
            premise = _ids(path, f"app.db.password={word}\n")
            assert premise == ["generic-secret-assignment"], premise  # a plain word typed as a password
            text = f"{word}.instance.dbUsername={word}\n{word}.instance.dbPassword={word}\n"
            assert _ids(path, text) == premise, (path, text)
            assert _ids(path, f"{word}.redis.password={word}\n") == premise


def test_a_password_repeating_the_settings_own_word_stays_out() -> None:
    for text in (
        "spring.datasource.password=password\n",
        "app.db.pass=pass\n",
        "canal.instance.dbPassword=dbPassword\n",
        "canal.passwd=passwd\n",
        "db_password=db_password\n",
    ):
        assert _ids("conf/app.properties", text) == [], text


def test_a_namespace_word_in_documentation_stays_out() -> None:
    word = _product()
    assert _ids("docs/setup.md", f"Set `{word}.instance.dbPassword={word}` first.\n") == []
    assert _ids("README.md", f"    {word}.instance.dbPassword={word}\n") == []


def test_a_public_keys_der_under_a_passwords_name_is_not_a_secret() -> None:
    for value in (_rsa_public_key(512), _rsa_public_key(2048), _ec_public_key()):
        for line in (
            f"canal.instance.pwdPublicKey={value}\n",
            f"#canal.instance.pwdPublicKey={value}\n",
            f"db.password.key={value}\n",
        ):
            assert _ids("conf/instance.properties", line) == [], line
        assert _ids("src/config.py", f'PASSWORD_KEY = "{value}"\n') == []


def test_a_private_keys_der_or_random_base64_under_the_same_name_stays_reported() -> None:
    private = _rsa_private_key()
    assert _ids("conf/instance.properties", f"canal.instance.pwdPublicKey={private}\n") != []
    noise = base64.b64encode(_random_bytes(48)).decode()
    assert _ids("conf/instance.properties", f"db.passwordKey={noise}\n") != []
