"""Classes the third CredData part continued (positions 40 to 68) showed missed, written as our
own cases (values made here, from a seeded generator) before the rules changed for them, each
with near-miss decoys:

- a short password written as a plain word beside the user it belongs to: a user/password pair
  of literals in one object literal or dict of code (`{username: "...", password: "..."}`), or
  a four-letter password next to its user setting in configuration, commented out or not;
- a key written as hex, base32 or base64 and decoded by a call (`decodeHex("...")`,
  `"...".decodeHex()`, `Hex.decode`, `bytes.fromhex`, `Buffer.from(..., "hex")`,
  `base64.b32decode`, a spaced base32 secret with its spaces removed), under a name of a secret
  or given to a key's constructor;
- a key of an AES key's length typed by hand and given to a cipher a few lines below (`@key =
  '...'` then `aes.key = @key`);
- six-digit one-time codes in test tables: not secrets (the decision is a decoy here).
"""

from __future__ import annotations

import base64
import random
import string

import pytest

from tests.secrets_holdout import ENGINE, assert_detections_at_their_value, detector_ids, secret_detector_ids

_RNG = random.Random(20261205)


def _letters(n: int, alphabet: str = "bcdfghjklmnpqrstvwxz") -> str:
    """A short made-up word: consonants and vowels alternating, lower case."""
    vowels = "aeiou"
    return "".join(_RNG.choice(alphabet if i % 2 == 0 else vowels) for i in range(n))


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


def _text_hex(n_bytes: int) -> str:
    """The hex of printable lower-case text: few distinct hex digits, low entropy as hex."""
    return "".join(_RNG.choice(string.ascii_lowercase) for _ in range(n_bytes)).encode().hex()


def _b32(n_bytes: int) -> str:
    return base64.b32encode(_RNG.randbytes(n_bytes)).decode().rstrip("=")


def _typed_key(n: int) -> str:
    """A key typed by hand to an AES key's length: lower-case letters and digits from a small set,
    so its entropy (about 3.2 bits) stays under that of random text."""
    chars = [_RNG.choice("asdfklmn") for _ in range(n - 6)] + [_RNG.choice("2348") for _ in range(6)]
    _RNG.shuffle(chars)
    return "".join(chars)


def _found(path: str, text: str, value: str) -> bool:
    return any(value in d.value or d.value in value for d in ENGINE.scan(path, text).detections)


USER_A, USER_B, USER_C = _letters(4), _letters(5), _letters(6)
PW4A, PW4B, PW5, PW6 = _letters(4), _letters(4), _letters(5), _letters(6)
HEX_TEXT, HEX32A, HEX32B, HEX64 = _text_hex(12), _hex(32), _hex(32), _hex(64)
B32 = _b32(20)
B32_SPACED = " ".join(B32.lower()[i : i + 4] for i in range(0, len(B32), 4))
AES32, AES16, AES24 = _typed_key(32), _typed_key(16), _typed_key(24)


# -- a. a plain-word password beside its user, in an object literal of code ---------------------

PAIR_FOUND = [
    (
        "test/npm-conf.test.js",
        f'const config = npmConf({{\n  username: "{USER_A}",\n  _password: "{PW4A}",\n}});\n',
        PW4A,
    ),
    (
        "test/auth.test.js",
        f'expect(result.auth).toMatchObject({{\n  username: "{USER_A}",\n  password: "{PW4B}",\n}});\n',
        PW4B,
    ),
    ("app/seed.py", f'ACCOUNT = {{"username": "{USER_B}", "password": "{PW5}"}}\n', PW5),
    ("spec/login_spec.rb", f"let(:creds) {{ {{ login: '{USER_C}', password: '{PW6}' }} }}\n", PW6),
    ("src/client.ts", f"const opts = {{ user: '{USER_B}', pass: '{PW6}', host: 'db' }};\n", PW6),
]


@pytest.mark.parametrize(("path", "text", "value"), PAIR_FOUND)
def test_plain_word_password_beside_its_user_is_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # labels of a form, and their translations
        ("src/i18n/en.js", "export default { username: 'Username', password: 'Password' };\n"),
        ("src/i18n/de.js", "export default { username: 'Benutzername', password: 'Passwort' };\n"),
        ("src/i18n/nl.js", "export default { username: 'gebruikersnaam', password: 'wachtwoord' };\n"),
        ("src/i18n/pt.js", "module.exports = { user: 'usuario', password: 'senha' };\n"),
        ("src/components/login.js", "const labels = { username: 'benutzer', password: 'kennwort' };\n"),
        # schemas, validation rules, input types
        ("src/schema.js", "const schema = { username: 'string', password: 'string' };\n"),
        ("src/rules.js", "const rules = { username: 'required', password: 'required' };\n"),
        ("src/rules.js", "const rules = { username: 'required', password: 'required|min:8' };\n"),
        ("src/form.js", "const types = { username: 'text', password: 'hidden' };\n"),
        ("src/model.js", "const fields = { username: 'varchar', password: 'char' };\n"),
        # empty, references, placeholders
        ("src/login.js", "const empty = { username: '', password: '' };\n"),
        ("src/login.js", "const c = { username: process.env.DB_USER, password: process.env.DB_PASS };\n"),
        ("src/login.js", "const c = { user: 'bob', password: '${PASS}' };\n"),
        ("src/login.js", "const c = { username: 'dead', password: 'changeme' };\n"),
        ("test/login.test.js", "const c = { username: 'testuser', password: 'testpassword' };\n"),
        # a fixture user whose password is made from its own name
        ("test/login.test.js", "const c = { username: 'alice', password: 'alice' };\n"),
        # a plain word with no user beside it stays a word in code
        ("src/app.js", f"const password = '{PW6}';\n"),
        ("src/app.js", f"const opts = {{ retries: 3, password: '{PW5}' }};\n"),
        # the user's value is no literal
        ("src/app.js", f"const c = {{ username: name, password: '{PW5}' }};\n"),
        # prose in a comment
        ("src/app.js", "// username: the login, password: the user's password\n"),
    ],
)
def test_plain_word_pair_decoys_are_not(path: str, text: str) -> None:
    # no secret; a weak or dummy password may be reported as such (low, not blocking)
    assert not secret_detector_ids(path, text), text


# -- b. a four-letter password beside its user setting in configuration -------------------------

CONFIG_PAIR_FOUND = [
    (
        "conf/application.conf",
        f"# http.proxyHost = localhost\n# http.proxyPort = 3128\n# http.proxyUser = {USER_A}\n"
        f"# http.proxyPassword = {USER_A}\n",
        USER_A,
    ),
    ("conf/application.conf", f"http.proxyUser = {USER_B}\nhttp.proxyPassword = {PW4A}\n", PW4A),
    ("config/proxy.properties", f"proxy.user={USER_C}\nproxy.password={PW4B}\n", PW4B),
    ("config/settings.ini", f"[proxy]\nhost = 10.0.0.4\nuser = {USER_B}\npassword = {PW4A}\n", PW4A),
]


@pytest.mark.parametrize(("path", "text", "value"), CONFIG_PAIR_FOUND)
def test_short_config_password_beside_its_user_is_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("conf/application.conf", f"http.proxyPassword = {PW4A}\n"),  # no user beside it
        ("conf/application.conf", f"http.proxyUser = {USER_A}\nhttp.proxyPassword = none\n"),
        ("conf/application.conf", f"http.proxyUser = {USER_A}\nhttp.proxyPassword = null\n"),
        ("conf/application.conf", f"http.proxyUser = {USER_A}\nhttp.proxyPassword = true\n"),
        ("conf/application.conf", f"http.proxyUser = {USER_A}\nhttp.proxyPassword = auto\n"),
        ("conf/application.conf", f"http.proxyUser = {USER_A}\nhttp.proxyPassword = pass\n"),
        ("conf/application.conf", f"http.proxyUser = {USER_A}\nhttp.proxyPassword = file\n"),
        ("conf/application.conf", "http.proxyUser = ${?PROXY_USER}\nhttp.proxyPassword = ${?PROXY_PASS}\n"),
        ("config/proxy.properties", f"proxy.user={USER_C}\nproxy.password_min_length=8\n"),
        ("config/proxy.properties", f"proxy.user={USER_C}\nproxy.password=\n"),
        ("docs/proxy.md", f"proxy.user={USER_C}\nproxy.password={PW4B}\n"),
        ("config/app.example.properties", f"proxy.user={USER_C}\nproxy.password={PW4B}\n"),
    ],
)
def test_short_config_password_decoys_are_not(path: str, text: str) -> None:
    # no secret; a weak or dummy password may be reported as such (low, not blocking)
    assert not secret_detector_ids(path, text), text


# -- c. keys decoded from hex, base32 or base64 by a call ------------------------------------------

DECODED_FOUND = [
    ("src/sample/Hmac.java", f'ByteString secret = ByteString.decodeHex("{HEX_TEXT}");\n', HEX_TEXT),
    ("src/sample/Hmac.kt", f'val secret = "{HEX_TEXT}".decodeHex()\n', HEX_TEXT),
    ("src/main/java/Crypto.java", f'byte[] key = Hex.decode("{HEX32A}");\n', HEX32A),
    ("app/crypto.py", f'SECRET = bytes.fromhex("{HEX32B}")\n', HEX32B),
    ("app/crypto.py", f'signing_key = binascii.unhexlify("{HEX32A}")\n', HEX32A),
    ("lib/crypto.js", f'const key = Buffer.from("{HEX64}", "hex");\n', HEX64),
    ("app/otp.py", f'secret = base64.b32decode("{B32}")\n', B32),
    ("test/otp.test.js", f"const secret = '{B32_SPACED}'.replace(/ /g, '');\n", B32_SPACED),
    ("cmd/sign.go", f'key, _ := hex.DecodeString("{HEX32B}")\n', HEX32B),
    (
        "src/main/java/Aes.java",
        f'SecretKeySpec spec = new SecretKeySpec(Hex.decode("{HEX32A}"), "AES");\n',
        HEX32A,
    ),
    ("src/Crypto.php", f"$key = hex2bin('{HEX64}');\n", HEX64),
]


@pytest.mark.parametrize(("path", "text", "value"), DECODED_FOUND)
def test_decoded_keys_are_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("app/hashes.py", f'digest = bytes.fromhex("{_hex(40)}")\n'),
        ("src/Test.java", f'byte[] expected = Hex.decode("{HEX32A}");\n'),
        ("app/keys.py", f'public_key = bytes.fromhex("{HEX64}")\n'),
        ("app/keys.py", 'key = bytes.fromhex("deadbeef")\n'),
        ("app/keys.py", 'key = bytes.fromhex("000102030405060708090a0b0c0d0e0f")\n'),
        ("app/keys.py", 'key = bytes.fromhex("00000000000000000000000000000000")\n'),
        ("app/keys.py", 'key = unhexlify("0F0E0D0C0B0A09080706050403020100")\n'),
        ("app/otp.py", "secret = base64.b32decode(encoded)\n"),
        ("lib/cache.js", f'const cacheKey = Buffer.from("{HEX32A}", "hex");\n'),
        ("lib/msg.js", "const token = 'ab cd'.replace(/ /g, '');\n"),
        ("lib/msg.js", "const message = 'hello world again'.replace(/ /g, '');\n"),
        ("lib/msg.js", "const key = Buffer.from('hello world', 'utf8');\n"),
        ("lib/msg.js", "const secret = 'the user secret'.replace(/ /g, '-');\n"),
        ("app/keys.py", f'key_id = bytes.fromhex("{_hex(32)}")\n'),
    ],
)
def test_decoded_key_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


# -- d. a typed key of an AES key's length, given to a cipher ------------------------------------

CIPHER_FOUND = [
    (
        "spec/encryptor_spec.rb",
        "  before(:all) do\n    aes = OpenSSL::Cipher.new('AES-256-ECB')\n    aes.encrypt\n"
        f"    @key = '{AES32}'\n    aes.key = @key\n",
        AES32,
    ),
    (
        "app/box.py",
        f'key = "{AES16}"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n',
        AES16,
    ),
    (
        "lib/box.js",
        f"const secretKey = '{AES32}';\nconst c = crypto.createCipheriv('aes-256-cbc', secretKey, iv);\n",
        AES32,
    ),
    ("src/Box.java", f'String key = "{AES24}";\nCipher cipher = Cipher.getInstance("AES");\n', AES24),
]


@pytest.mark.parametrize(("path", "text", "value"), CIPHER_FOUND)
def test_typed_cipher_keys_are_reported(path: str, text: str, value: str) -> None:
    assert _found(path, text, value), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "spec/cache_spec.rb",
            "aes = OpenSSL::Cipher.new('AES-256-ECB')\n@key = 'user_session_cache_key_pre'\n",
        ),
        ("spec/cache_spec.rb", f"@key = '{AES32}'\nexpect(store.fetch(@key)).to be_nil\n"),
        ("app/box.py", 'key = "abcdefghijklmnop"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n'),
        ("app/box.py", 'key = "0123456789abcdef"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n'),
        ("app/box.py", 'key = "mysecretkey12345"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n'),
        ("app/box.py", f'key = "{AES32[:20]}"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n'),
        ("app/box.py", f'cache_key = "{AES16}"\ncipher = AES.new(k, AES.MODE_ECB)\n'),
        ("app/box.py", 'key = "aaaaaaaaaaaaaaaa"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n'),
        ("app/box.py", 'key = "SomeKeyName_v2_x"\ncipher = AES.new(key.encode(), AES.MODE_ECB)\n'),
    ],
)
def test_typed_cipher_key_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


# -- e. one-time codes: derived, short-lived, not secrets ---------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("test/totp.test.ts", "  {\n    epoch: 1565103854545,\n    token: '566155'\n  },\n"),
        ("test/otp_test.py", 'CASES = [{"counter": 3, "token": "969429"}]\n'),
        ("test/otp_spec.rb", "expect(totp.verify('287082')).to be_truthy\n"),
    ],
)
def test_one_time_codes_are_not_secrets(path: str, text: str) -> None:
    assert not detector_ids(path, text), text
