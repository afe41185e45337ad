"""A password's salt stored in the same record as the password's digest (an account or client
record: `passwordHash` with a hex or crypt digest, `passwordSalt` beside it) is kept in the clear
beside the digest by design: it is not a secret, and is not reported. A salt under a password's
name without a digest in its record (Flask-Security's `SECURITY_PASSWORD_SALT`, an HMAC key, often
beside `SECURITY_PASSWORD_HASH = "bcrypt"`), and any password beside a digest, are still reported."""

from __future__ import annotations

from tests.secrets_holdout import ENGINE

_SHA512 = ("bb1f8a8d974592540687ab4583a0d5c3" * 4)[:128]
_PBKDF2 = "pbkdf2_sha256$600000$Qw7kLz2vRm9X$Kd8mPq2zLwhbkXNNvhOV48vQz9Pr0d2021kzA1b2C3d4="


def _lines(path: str, text: str) -> list[int]:
    return sorted(d.line for d in ENGINE.scan(path, text).detections)


def _json_record(digest: str, salt_key: str = "passwordSalt", hash_key: str = "passwordHash") -> str:
    return (
        '{\n  "Clients": [\n    {\n      "clientID": "scoring",\n'
        '      "name": "Scoring Service",\n      "passwordAlgorithm": "sha512",\n'
        f'      "{hash_key}": "{digest}",\n'
        f'      "{salt_key}": "acc04fcd4ebc5336d04fe562a2eccd79",\n'
        '      "roles": ["scoring"]\n    }\n  ]\n}\n'
    )


def test_a_salt_beside_its_digest_in_an_import_record_is_not_reported() -> None:
    assert _lines("deploy/import/loans-insert.json", _json_record(_SHA512)) == []
    assert (
        _lines("deploy/import/loans-insert.json", _json_record(_PBKDF2, "password_salt", "password_hash"))
        == []
    )


def test_a_salt_beside_its_digest_in_code_is_not_reported_and_the_password_is() -> None:
    text = (
        "  const rootUser = {\n"
        "    email: 'root@lender.kz',\n"
        "    passwordAlgorithm: 'sha512',\n"
        f"    passwordHash: '{_SHA512}',\n"
        "    passwordSalt: 'd9bcb40e-ae65-478f-962e-5e5e5e7d0a01',\n"
        "    groups: ['admin']\n"
        "  }\n"
        "  // password = 'Qw7kLz2vRm9X-root'\n"
    )
    assert _lines("src/server.js", text) == [8]


def test_a_salt_without_a_digest_in_its_record_is_still_reported() -> None:
    flask = 'SECURITY_PASSWORD_HASH = "bcrypt"\nSECURITY_PASSWORD_SALT = "Kd8mPq2zLwhbkXNNvhOV48vQ"\n'
    assert _lines("lending/config.py", flask) == [2]
    assert _lines("lending/config.py", 'PASSWORD_SALT = "Kd8mPq2zLwhbkXNNvhOV48vQ"\n') == [1]
    # the hash key's value is no digest
    assert _lines("deploy/import/loans-insert.json", _json_record("Qw7kLz2vRm9X-changeme")) != []


def test_a_digest_in_another_record_does_not_count() -> None:
    text = (
        "const accounts = [\n"
        "  {\n"
        f"    passwordHash: '{_SHA512}',\n"
        "  },\n"
        "  {\n"
        "    passwordSalt: 'Kd8mPq2zLwhbkXNNvhOV48vQ',\n"
        "  },\n"
        "]\n"
    )
    assert _lines("src/accounts.js", text) == [6]


def test_a_password_beside_a_digest_is_still_reported() -> None:
    text = f"    passwordHash: '{_SHA512}',\n    password: 'Qw7kLz2vRm9X-root',\n"
    assert _lines("src/server.js", text) == [2]


def test_records_written_on_one_line_each_are_apart() -> None:
    apart = (
        f"const accounts = [\n  {{ passwordHash: '{_SHA512}' }},\n"
        "  { passwordSalt: 'Kd8mPq2zLwhbkXNNvhOV48vQ' },\n]\n"
    )
    assert _lines("src/accounts.js", apart) == [3]
    together = f"const root = {{ passwordHash: '{_SHA512}', passwordSalt: 'Kd8mPq2zLwhbkXNNvhOV48vQ' }}\n"
    assert _lines("src/accounts.js", together) == []
    minified = f"var a={{passwordHash:'{_SHA512}'}},b={{passwordSalt:'Kd8mPq2zLwhbkXNNvhOV48vQ'}};\n"
    assert _lines("static/app.min.js", minified) == [1]
