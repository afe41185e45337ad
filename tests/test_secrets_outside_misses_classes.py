"""Classes that the measurements from outside (CredSweeper's samples, Samsung's CredData) showed
missed, written as our own cases (own values, made up for these tests) before the rules changed
for them, each with decoys of the same shape:

- a password whose literal stands on the line after `String password =` (Java, C#, JavaScript);
- a private key in base64 DER cut into string pieces joined over several lines;
- Korean password words (`비밀번호`, `비번`, `암호`, `패스워드`) before a password in a note;
- a `.pgpass` line (`host:port:database:user:password`) written outside a `.pgpass` file: echoed
  into it by a script, or quoted in a document that names it.
"""

from __future__ import annotations

import base64
import random

import pytest

from tests.secrets_holdout import ENGINE, secret_detector_ids


def lines_reported(path: str, text: str) -> set[int]:
    """Every line a secret finding covers."""
    out: set[int] = set()
    for d in ENGINE.scan(path, text).detections:
        if d.detector.id != "weak-password":
            out.update(range(d.line, d.end_line + 1))
    return out


# -- a literal on the line after its name ---------------------------------------------------------

JAVA_CONSTANT = 'class Db {\n    private static final String PASSWORD =\n        "Vq7#nR2kLw9x";\n}\n'
CSHARP_CONSTANT = 'class Mailer {\n    private const string SmtpSecret =\n        "Zp4mW8qT2vXc";\n}\n'
NEXT_LINE = [
    ("src/main/java/app/Db.java", JAVA_CONSTANT, 3),
    ("src/main/java/app/Db.java", 'class Db {\n    String dbPassword =\n            "Vq7nR2kLw9xT";\n}\n', 3),
    ("Services/Mailer.cs", CSHARP_CONSTANT, 3),
    ("src/config.js", "const apiToken =\n  'f3Kq9ZLm2TxV8pRw';\n", 2),
]


@pytest.mark.parametrize(("path", "text", "line"), NEXT_LINE)
def test_literal_on_the_line_after_its_name_is_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/main/java/app/Db.java", 'String password =\n        System.getenv("DB_PASSWORD");\n'),
        ("src/main/java/app/Db.java", 'class Db {\n    String password =\n        "changeme";\n}\n'),
        ("src/main/java/app/Db.java", 'class Db {\n    String message =\n        "Vq7#nR2kLw9x";\n}\n'),
        ("src/main/java/app/Db.java", 'String passwordLabel =\n        "Enter your password";\n'),
        ("src/main/java/app/Db.java", 'class Db {\n    String password =\n        "${DB_PASSWORD}";\n}\n'),
        # a comparison, not an assignment
        ("src/main/java/app/Db.java", 'if (password ==\n    "Vq7#nR2kLw9x") {}\n'),
    ],
)
def test_next_line_decoys_are_not_reported(path: str, text: str) -> None:
    assert secret_detector_ids(path, text) == []


# -- a private key cut into string pieces ---------------------------------------------------------


def _der(head: bytes, seed: int, size: int = 310) -> str:
    rng = random.Random(seed)
    return base64.b64encode(head + bytes(rng.randrange(256) for _ in range(size))).decode()


def _java_pieces(b64: str, joiner: str = "+") -> str:
    pieces = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    body = f"{joiner}\n".join(f'            "{p}"' for p in pieces)
    return (
        "class Keys {\n"
        "    static byte[] key() {\n"
        "        return Base64.getMimeDecoder().decode(\n"
        f"{body});\n"
        "    }\n"
        "}\n"
    )


PKCS1 = b"\x30\x82\x01\x3a\x02\x01\x00\x02\x41\x00"  # SEQUENCE, version 0, the modulus
PKCS8 = b"\x30\x82\x01\x54\x02\x01\x00\x30\x0d\x06\x09"  # SEQUENCE, version 0, an algorithm
PUBLIC = b"\x30\x82\x01\x22\x30\x0d\x06\x09"  # SEQUENCE, then the algorithm: a public key
ENCRYPTED = b"\x30\x82\x01\xbd\x30\x57\x06\x09"  # an encrypted PKCS #8 key: unusable alone


@pytest.mark.parametrize(("head", "joiner"), [(PKCS1, "+"), (PKCS8, "+"), (PKCS1, " +")])
def test_der_key_in_string_pieces_is_reported(head: bytes, joiner: str) -> None:
    text = _java_pieces(_der(head, 7), joiner)
    assert 4 in lines_reported("src/main/java/app/Keys.java", text)


def test_der_key_in_pieces_with_newline_escapes_is_reported() -> None:
    b64 = _der(PKCS8, 11)
    pieces = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    text = "const KEY =\n" + "\n".join(f'  "{p}\\n" +' for p in pieces[:-1]) + f'\n  "{pieces[-1]}";\n'
    assert 2 in lines_reported("src/keys.js", text)


@pytest.mark.parametrize("head", [PUBLIC, ENCRYPTED])
def test_public_and_encrypted_keys_in_pieces_are_not_reported(head: bytes) -> None:
    assert secret_detector_ids("src/main/java/app/Keys.java", _java_pieces(_der(head, 5))) == []


def test_short_base64_pieces_are_not_a_key() -> None:
    text = 'String s =\n    "MIIBOgIBAAJBAL1" +\n    "abc";\n'
    assert secret_detector_ids("src/main/java/app/Keys.java", text) == []


# -- Korean password words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "비밀번호:Tm4#qLz8Rw",
        "비밀번호: Tm4#qLz8Rw",
        "비밀번호 Tm4#qLz8Rw",
        "비번:Tm4#qLz8Rw",
        "비번 Tm4#qLz8Rw",
        "암호:Tm4#qLz8Rw",
        "패스워드:Tm4#qLz8Rw",
        "패스워드(Tm4#qLz8Rw)",
        "아이디:deploy 비밀번호:Tm4qLz8Rwx",
        "계정:deploy 암호:Tm4qLz8Rwx",
    ],
)
def test_korean_password_words_are_read(line: str) -> None:
    assert 2 in lines_reported("docs/접속정보.txt", f"서버 접속 정보\n{line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "비밀번호: <password>",
        "비밀번호 변경은 관리자에게 문의하세요",
        "비밀번호 재설정 링크는 24시간 후 만료됩니다",
        "암호화 AES256 사용",
        "secret 암호화 Tm4qLz8Rwx12",
        "비밀번호 ${DB_PASSWORD}",
        "패스워드: ********",
    ],
)
def test_korean_password_decoys_are_not_reported(line: str) -> None:
    assert secret_detector_ids("docs/접속정보.txt", f"서버 접속 정보\n{line}\n") == []


# -- .pgpass lines outside a .pgpass file ---------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "text", "line"),
    [
        ("deploy/setup.sh", 'echo "db.internal:5432:billing:app:Hn6#rT3wKq" > ~/.pgpass\nchmod 600 x\n', 1),
        ("deploy/setup.sh", "cat > ~/.pgpass <<EOF\n10.20.0.4:5432:*:replicator:Hn6rT3wKqP2\nEOF\n", 2),
        ("docs/db.md", "Add to `~/.pgpass`:\n\n    pg.prod.local:6432:loans:report:Hn6rT3wKqP2\n", 3),
        ("ansible/db.yml", "- copy:\n    dest: /root/.pgpass\n    content: '*:*:*:pg:Hn6rT3wKqP2'\n", 3),
    ],
)
def test_pgpass_line_outside_its_file_is_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


@pytest.mark.parametrize(
    "text",
    [
        # the format itself, in the PostgreSQL manual's words
        "Each line of ~/.pgpass is hostname:port:database:username:password\n",
        'echo "localhost:5432:*:postgres:*" > ~/.pgpass\n',
        'echo "db:5432:app:app:${PGPASSWORD}" > ~/.pgpass\n',
        'echo "$PGHOST:$PGPORT:$PGDATABASE:$PGUSER:$PGPASSWORD" > ~/.pgpass\n',
        'echo "db:5432:app:app:password" > ~/.pgpass\n',
        # a line of five fields in a file that never names .pgpass
        "10:20:30:40:Hn6rT3wKqP2\n",
    ],
)
def test_pgpass_decoys_are_not_reported(text: str) -> None:
    assert secret_detector_ids("deploy/setup.sh", text) == []
