"""Keys written in an encoding and decoded by a call, and keys typed to a cipher's key length.

A key kept as hex, base32 or base64 and turned into bytes where it is used (`decodeHex("...")`,
`"...".decodeHex()`, `Hex.decode`, `bytes.fromhex`, `binascii.unhexlify`, `hex.DecodeString`,
`base64.b32decode`, `hex2bin`, a base32 secret written in groups of four with its spaces removed
by `.replace(...)`) is reported when the name it is given to, or the call that takes it
(`new SecretKeySpec(...)`, `hmac.new(...)`), says it is a key. Its hex digits say little of its
strength (the hex of text has few distinct digits), so the decoded bytes are judged instead: not
a run of one byte, not consecutive bytes rising or falling (a test vector's `000102...`),
eight bytes or more.

A key of an AES key's length (16, 24 or 32 characters) typed by hand and given to a cipher a few
lines below (`@key = '...'` then `aes.key = @key`) is reported with the entropy of typed text,
under a name that is a key's.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re

from aiscan.secrets import context as cx
from aiscan.secrets import validate as v
from aiscan.secrets.detectors import Placeholders
from aiscan.secrets.pairs import lines_around

# The name a decoded value is given to: `secret = `, `ByteString secret = Type.`,
# `val secret: ByteArray = `, `key, _ := `, `"key": `, `$key = `, `@key = `.
_ASSIGNED = re.compile(
    r"""(?P<name>[A-Za-z_$@][\w$@.-]*)["']?(?:[ \t]*:[ \t]*[\w.<>\[\]?]+)?(?:[ \t]*,[ \t]*_)?"""
    r"""[ \t]*(?:=>|:=|=|:)[ \t]*(?:new[ \t]+)?(?:[A-Za-z_][\w]*(?:\.|::))*\Z"""
)
# The calls that take a key as their first argument.
_KEY_CALL = re.compile(
    r"(?:SecretKeySpec|KeyParameter|hmac\.new|HMAC|createHmac\([^,()]{1,40},|createCipheriv\([^,()]{1,40},"
    r"|AES\.new|Fernet|hmacSha(?:1|256|512)|HmacKey)[ \t]*\([ \t]*(?:[A-Za-z_][\w]*(?:\.|::))*\Z"
)
# A name whose last word is a key's: `secret`, `signing_key`, `hmacKey`, `otpSecret`, `seed`.
_KEY_NAME = re.compile(
    r"(?:key|secret|token|pass(?:word|phrase)?|pwd|seed|psk)(?:[_.-]?(?:bytes|hex|b32|raw))?$", re.I
)
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_BASE32 = re.compile(r"^[A-Z2-7]+=*$|^[a-z2-7]+=*$")


def _decoded(value: str, encoding: str) -> bytes | None:
    """The bytes a value decodes to, or None when it is not of that encoding."""
    compact = value.replace(" ", "")
    try:
        if encoding == "hex":
            return bytes.fromhex(compact) if _HEX.match(compact) and len(compact) % 2 == 0 else None
        if encoding == "base32":
            if not _BASE32.match(compact):
                return None
            bare = compact.rstrip("=").upper()
            return base64.b32decode(bare + "=" * (-len(bare) % 8))
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (ValueError, binascii.Error):
        return None


def key_bytes_ok(raw: bytes) -> bool:
    """Eight bytes or more that are not a run of one byte nor consecutive bytes, rising or
    falling (`000102...`, `0f0e0d...`: a test vector's counting pattern)."""
    if len(raw) < 8 or len(set(raw)) < 4:
        return False
    steps = sum(1 for a, b in itertools.pairwise(raw) if abs(b - a) == 1)
    return steps < 0.7 * (len(raw) - 1)


def encoding_of(call: str, value: str) -> str:
    """`hex`, `base32` or `base64`, from the decoding call's name, else from the value."""
    low = call.lower()
    if "32" in low or " " in value:
        return "base32"
    if "hex" in low or "16" in low or _HEX.match(value):
        return "hex"
    return "base64"


def named_as_key(text: str, start: int) -> bool:
    """The decoding call at `start` is given to a name of a key, or is the first argument of a
    call that takes a key."""
    head = cx.line_head(text, start)
    if _KEY_CALL.search(head):
        return True
    m = _ASSIGNED.search(head)
    if m is None:
        return False
    name = m.group("name").lstrip("$@").rsplit(".", 1)[-1]
    return bool(_KEY_NAME.search(name)) and v.name_strength(name) != "none"


def decoded_key_ok(value: str, call: str, text: str, call_start: int, placeholders: Placeholders) -> bool:
    """A value decoded by `call` (starting at `call_start`) that is a key: named as one, not a
    placeholder, and decoding to bytes a key could be."""
    if v.is_placeholder(value, placeholders) or len(value.replace(" ", "")) < 16:
        return False
    raw = _decoded(value, encoding_of(call, value))
    return raw is not None and key_bytes_ok(raw) and named_as_key(text, call_start)


# A key's use by a cipher: the words of cipher APIs in the lines around a typed key.
_CIPHER_USE = re.compile(
    r"\b(?:AES|aes(?:[-_]\d{3})?|Cipher|cipher|encrypt|decrypt|Blowfish|DESede|chacha20|secretbox|"
    r"SecretKeySpec|createCipheriv|createDecipheriv)\b|\.key[ \t]*=|Cipher\.new|\bcrypt\("
)
_AES_LENGTHS = frozenset({16, 24, 32})
_TYPED = re.compile(r"^[A-Za-z0-9]+$")


def typed_cipher_key(
    key: str, value: str, quoted: bool, text: str, start: int, placeholders: Placeholders
) -> bool:
    """A quoted value of an AES key's length, typed by hand (letters and digits only, the entropy
    of typed text), assigned to a key's name and used by a cipher within three lines."""
    if not quoted or len(value) not in _AES_LENGTHS or not _TYPED.match(value):
        return False
    name = key.strip("\"'[]$@:").rsplit(".", 1)[-1]
    if not _KEY_NAME.search(name) or v.name_strength(name) not in ("strong", "weak"):
        return False
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if v.is_placeholder(value, placeholders) or v.mostly_words(value) or v.is_alphabet(value):
        return False
    if v.is_wordy(value) or len(set(value)) < 6 or v.entropy(value) < 2.5:
        return False
    return _CIPHER_USE.search(lines_around(text, start, 3, 3)) is not None


# -- keys written as lists of byte values --------------------------------------------------------

# What stands before a list of byte values: a name, maybe a C array's size or a type
# annotation, an assignment, and the list's maker (`new byte[]`, `[]byte`, `bytes(`,
# `new Uint8Array(`, `byteArrayOf(`, `Buffer.from(`), or nothing (`byte[] key = {`).
_LIST_HEAD = re.compile(
    r"""(?P<name>[A-Za-z_$@][\w$@]*)["']?[ \t]*(?:\[[\w \t]*\])?[ \t]*"""
    r"""(?::[ \t]*&?[\w.\[\]; <>]{1,30}?[ \t]*)?"""
    r"""(?::=|=|:)[ \t]*&?(?P<make>(?:new[ \t]+)?[\w.\[\]]*[ \t]*\(?)[ \t]*\Z"""
)
_BYTE_MAKER = re.compile(r"byte|uint8|int8|u8|char|buffer\.from", re.I)
# The name's last word is a key's, a secret's or an initialisation vector's, at a word boundary
# (`SECRET_KEY`, `aesIv`, `signingKey`, `keyBytes`; not `monkey`, `div`, `priv`).
_BYTE_KEY_NAME = re.compile(
    r"(?:^|[_.-]|(?<=[a-z0-9])(?=[A-Z]))(?i:key|secret|token|seed|psk|iv|password|passphrase)"
    r"(?:[_-]?(?i:bytes|raw|data))?$"
)
# A test's expected output (`expectedDerivedKey`, `wantKey`), not a key anyone uses.
_EXPECTED = re.compile(r"^(?:expected|expect|want|got|result)", re.I)
# An initialisation vector of a cipher is 8, 12 or 16 bytes; a hash function's initial values
# (SHA-512's 64 bytes, often named `iv`) are published constants.
_IV_NAME = re.compile(r"(?:^|[_.-]|(?<=[a-z0-9])(?=[A-Z]))(?i:iv)(?:[_-]?(?i:bytes|raw|data))?$")
_IV_LENGTHS = frozenset({8, 12, 16})
_BYTE_ITEM = re.compile(r"(?:\(byte\)[ \t]*)?(-?)(0[xX][0-9a-fA-F]{1,2}|\d{1,3})")


def list_bytes(value: str) -> bytes | None:
    """The bytes a list of byte values holds (`12, -34, 0x7f`), or None when an item is not one."""
    out = []
    for item in value.split(","):
        m = _BYTE_ITEM.fullmatch(item.strip())
        if m is None:
            return None
        n = int(m.group(2), 0 if m.group(2)[:2].lower() == "0x" else 10)
        n = -n if m.group(1) else n
        if not -128 <= n <= 255:
            return None
        out.append(n & 0xFF)
    return bytes(out)


def byte_list_key_ok(value: str, text: str, start: int) -> bool:
    """A list of byte values (`value`, its bracket at `start`) given to a key's, a secret's or an
    IV's name, made by a byte type or written bare, whose bytes a key could be."""
    head = cx.line_head(text, start)[-200:]
    m = _LIST_HEAD.search(head)
    if m is None:
        return False
    make = m.group("make").strip()
    if make and not _BYTE_MAKER.search(make):
        return False  # `sizes = range(` , `key = lookup(`: another call's arguments
    name = m.group("name").lstrip("$@")
    if not _BYTE_KEY_NAME.search(name) or v.name_strength(name) == "none" or _EXPECTED.match(name):
        return False
    raw = list_bytes(value)
    if raw is None or (_IV_NAME.search(name) and len(raw) not in _IV_LENGTHS):
        return False
    return key_bytes_ok(raw) and not spells_words(raw)


# Printable ASCII: the bytes of text typed on a keyboard.
_PRINTABLE = frozenset(range(0x20, 0x7F))


def spells_words(raw: bytes) -> bool:
    """Bytes that are all printable ASCII and read as words (`Bitcoin seed`, BIP-32's label of
    its master key, written as bytes): text, judged as the same text in quotes would be, not the
    random bytes of a key. One byte outside printable text makes them bytes again."""
    if not _PRINTABLE.issuperset(raw):
        return False
    text = raw.decode("ascii")
    return v.mostly_words(text) or v.is_wordy(text)
