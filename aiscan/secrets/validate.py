"""The named checks a candidate value must pass before it is reported. Pure functions."""

from __future__ import annotations

import base64
import binascii
import html
import itertools
import json
import math
import re
from collections import Counter
from pathlib import PurePosixPath
from urllib.parse import unquote

from aiscan.secrets import context, pii, structure
from aiscan.secrets.detectors import Placeholders


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


# Letters written as digits or signs (`pa55w0rd`, `s3cr3t`, `P@ssw0rd`).
_LEET = str.maketrans("4@3105$7", "aaeiosst")
# What a person adds at the end of a word to make it a password (`letmein1`, `Secret123!`).
_ADDED_AT_END = "0123456789!@#$%^&*+.?"


def dummy_word(value: str, placeholders: Placeholders) -> bool:
    """A placeholder word written in digits and signs or with a few added at its end
    (`pa55w0rd`, `P@55w0rd1`, `secr3t123`, `letmein1`): the same dummy, not a chosen password."""
    low = value.lower()
    core = low.rstrip(_ADDED_AT_END)
    if len(low) - len(core) > 4 or sum(c.isalpha() for c in core) < 4:
        return False
    return core in placeholders.exact or core.translate(_LEET) in placeholders.exact


# A type name marked optional or nullable (`?string`, Flow's maybe type; `string?`, C#'s and
# Kotlin's nullable types): a schema's type for the field, written where its value goes.
_OPTIONAL_TYPE = re.compile(r"\?[A-Za-z]+|[A-Za-z]+\?")
_TYPE_WORDS = frozenset(
    {"string", "str", "number", "boolean", "bool", "int", "integer", "long", "double", "float"}
    | {"object", "any", "date", "datetime", "char", "byte", "bytes", "uuid"}
)


def is_placeholder(value: str, placeholders: Placeholders) -> bool:
    v = value.strip()
    if not v or v.lower() in placeholders.exact or dummy_word(v, placeholders):
        return True
    if _OPTIONAL_TYPE.fullmatch(v) and v.strip("?").lower() in _TYPE_WORDS | placeholders.exact:
        return True  # `password: '?string'`: the field's type, not its value
    if len(v) >= 3 and _ALPHABET.startswith(v.lower()):
        return True  # `abcd`, `abcdefg`: the start of the alphabet, as `abcdef` and `1234` are
    if _alphabet_and_count(v):
        return True  # `ABCDEFG123456`: the two stand-ins joined
    if placeholders.patterns.search(v):
        return True
    if placeholders.words.search(v) and not random_beside_fake(v, placeholders):
        return True
    if encoded_placeholder(v, placeholders):
        return True
    if repeated_blocks(v):
        return True
    # One character repeated, or a run of one character making up most of the value.
    return len(set(v)) <= 2 or max(Counter(v).values()) > 0.6 * len(v)


_BLOCKS_MAX = 4  # runs of one character a filler is typed in
_BLOCK_MIN = 3  # a run's length


def repeated_blocks(value: str) -> bool:
    """A few runs of one character each making up the whole value, base64 padding `=` apart
    (`GGGGGGGGHHHHHHHHJJJJJJJJ`, `KKKKKKKKLLLLLLLL=`, `000011112222`): a filler typed in blocks, as
    one character repeated is. At most four runs, each of three or more characters; a random
    key does not hold three such runs end to end."""
    core = value.rstrip("=")
    runs = [len(list(group)) for _, group in itertools.groupby(core)]
    return 0 < len(runs) <= _BLOCKS_MAX and min(runs) >= _BLOCK_MIN


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_LETTERS_DIGITS = re.compile(r"([a-z]{3,})([0-9]{3,})|([0-9]{3,})([a-z]{3,})")


def _alphabet_and_count(value: str) -> bool:
    """The start of the alphabet and a count from 0 or 1, one after the other (`abcdef123456`,
    `ABCDEFG123456`, `123456abcdef`): a stand-in made of two."""
    m = _LETTERS_DIGITS.fullmatch(value.lower())
    if m is None:
        return False
    letters, digits = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return _ALPHABET.startswith(letters) and (
        "1234567890".startswith(digits) or "0123456789".startswith(digits)
    )


def _counts_on(a: str, b: str) -> int:
    """+1 when `b` follows `a` counting up (digits wrap from 9 to 0, letters go by the alphabet in
    either case), -1 counting down, 0 otherwise."""
    if a.isdigit() and b.isdigit():
        step = (int(b) - int(a)) % 10
        return 1 if step == 1 else -1 if step == 9 else 0
    if a.isascii() and b.isascii() and a.isalpha() and b.isalpha():
        step = ord(b.lower()) - ord(a.lower())
        return step if step in (1, -1) else 0
    return 0


def _counting_runs(value: str) -> list[tuple[int, bool]]:
    """The runs of characters that count up or down, one way within a run (`7890123`, `zyxw`,
    `3210`), each as (length, digits alone); a character alone is a run of one."""
    runs: list[tuple[int, bool]] = []
    start, way = 0, 0
    for i, (a, b) in enumerate(itertools.pairwise(value), 1):
        step = _counts_on(a, b)
        if step and (i - start == 1 or step == way):
            way = step
            continue
        end = i - 1 if step else i  # a run that turns hands its last character to the next one
        runs.append((end - start, value[start:end].isdigit()))
        start, way = end, step
    runs.append((len(value) - start, value[start:].isdigit()))
    return [r for r in runs if r[0] > 0]


_TYPED_RUN = 8  # digits counting this long anywhere: typed (an issued key holds them about never)
_TYPED_PART = 4  # runs of digits or letters this long ...
_TYPED_SHARE = 0.5  # ... covering this share of a value of _TYPED_FROM characters or more
_TYPED_FROM = 12


def typed_in_order(value: str) -> bool:
    """A value counted out rather than issued: eight digits or more counting up or down
    (`12345678`, `89012345`, `76543210`) anywhere, or runs of four or more digits or letters
    counting (`1234`, `abcd`, `zyxw`) making up half the value or more (`1234567890abcdef`,
    `abcd1234efgh5678`, `9876543210zyxw`), whichever digit a run starts from and whichever way it
    counts. A random key may hold a short run (`a3f91234c7e5b2d8`): four characters of sixteen is
    not half. Letters alone are left to spells_alphabet, which asks twelve in a row."""
    runs = _counting_runs(value)
    if any(length >= _TYPED_RUN and digits for length, digits in runs):
        return True
    covered = sum(length for length, _ in runs if length >= _TYPED_PART)
    return len(value) >= _TYPED_FROM and covered >= _TYPED_SHARE * len(value)


_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_PRINTABLE = re.compile(r"[ -~]+")


def encoded_placeholder(value: str, placeholders: Placeholders) -> bool:
    """Base64 of plain text that is a placeholder (`ZHVtbXkgdGV4dA==`, base64 of `dummy text`):
    encoding a stand-in does not make it a key. Only a decoding that is printable text counts (a
    key's random bytes are not)."""
    if len(value) % 4 or not _BASE64_TEXT.fullmatch(value):
        return False
    try:
        text = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    if not _PRINTABLE.fullmatch(text):
        return False
    return (
        text.lower() in placeholders.exact
        or bool(placeholders.words.search(text))
        or bool(placeholders.patterns.search(text))
    )


_FAKE = re.compile(r"fake", re.I)
_FAKE_IN_RANDOM_MIN = 40  # the value's length
_FAKE_REST_MIN = 32  # the random rest's length


def random_beside_fake(value: str, placeholders: Placeholders) -> bool:
    """`fake` inside a long value whose rest is random text (`sntrys_eyJ...FAKE...`, a word that
    base64 holds by chance or one typed into a generated value): the rest is what a key is, so
    the word does not make the value a placeholder. A value that is the word, words, a mask or a
    counting run beside it (`FAKE_TOKEN`, `fake-api-token-0001`, `ghp_FAKE000...`,
    `eyFake1.eyJFake2...`) stays one, as does any value holding another placeholder word."""
    if len(value) < _FAKE_IN_RANDOM_MIN or "fake" not in value.lower():
        return False
    rest = _FAKE.sub("", value)
    if len(rest) < _FAKE_REST_MIN or len(value) - len(rest) > 8:
        return False  # mostly the word, or the word more than twice
    if placeholders.words.search(rest) or placeholders.patterns.search(rest):
        return False
    return machine_made(rest.replace("_", "").replace("=", "").replace("+", "").replace("/", ""))


# Files whose unquoted values are literals (configuration, environment, shell), not code.
_CONFIG_SUFFIXES = frozenset(
    {
        ".env",
        ".properties",
        ".ini",
        ".cfg",
        ".cf",
        ".conf",
        ".config",
        ".yaml",
        ".yml",
        ".toml",
        ".json",
        ".xml",
        ".plist",
        ".sh",
        ".bash",
        ".zsh",
        ".txt",
        ".tfvars",
        ".npmrc",
        ".pypirc",
        ".netrc",
        ".pgpass",
        ".sql",
        ".cnf",
        ".xcconfig",
        ".http",
        ".rest",
    }
)
_CONFIG_NAMES = frozenset(
    {"dockerfile", "makefile", "procfile", "vagrantfile", ".npmrc", ".pypirc", ".netrc"}
)
# A dot file with no suffix of its own (`.s3cfg`, `.boto`, `.pgpass`): a tool's configuration.
_DOT_CONFIG = re.compile(r"^\.[a-z0-9_-]+$")


# The suffix an example or template copy of a file adds to the file's own name
# (`production.env.example`, `settings.yml.sample`, `app.properties.dist`).
_EXAMPLE_SUFFIX = re.compile(r"\.(?:example|sample|dist|template|tmpl)$", re.I)


def is_config_file(path: str) -> bool:
    p = PurePosixPath(path)
    name = p.name.lower()
    copied = _EXAMPLE_SUFFIX.sub("", name)
    if copied != name and _names_config(copied):
        return True  # the example copy of a configuration file is copied to become it
    if _names_config(name) or name in _CONFIG_NAMES:
        return True
    if _DOT_CONFIG.match(name):
        return True
    if name.startswith("dockerfile") or name.endswith(".dockerfile"):
        return True  # `Dockerfile.prod`, and `app.dockerfile`, `prod.Dockerfile`: named by the suffix
    return not p.suffix and "." not in name


def _names_config(name: str) -> bool:
    """A dotenv file's name (`.env`, `.env.prod`, `app.env`) or one with a configuration
    suffix (`settings.yml`, `app.properties`)."""
    return name.startswith(".env") or name.endswith(".env") or PurePosixPath(name).suffix in _CONFIG_SUFFIXES


# The longest value an assignment is judged on (a long base64 API key, an Azure SAS token, a long
# access token: an identity provider's access tokens run past a thousand characters).
MAX_VALUE = 4096
# Past this length a value whose format has a detector of its own (a Jenkins-encrypted secret,
# `{AQAAAB...}`: jenkins-encrypted-secret) is left to it, as it was before values that long were
# read here: its finding keeps the rule that names what it is.
_OWN_FORMAT_FROM = 1000
_PASSWORD_KEY = re.compile(r"pass|pwd|pword|psw|(?:^|[_.-])pw(?:$|[_.-])|парол", re.I)
_EXPRESSION = re.compile(r"""^(?:[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*(?:\(.*\)?|\[.*\]?)?;?)$""")
# A dotted name (`app.settings.KEY`), or an object identifier (ASN.1, SNMP: `1.2.840.113549.1.9.7`,
# the OID of PKCS #9's challengePassword attribute): a reference, not a secret.
_DOTTED = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|^[0-2](?:\.\d+){3,}$")
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
# Keys their services publish to browsers and apps by design, told apart from the secret keys of
# the same services by their prefix: Stripe's publishable keys (`pk_live_`, `pk_test_`; the
# secret ones are `sk_`/`rk_`) and PostHog's project keys (`phc_`; personal keys are `phx_`).
PUBLIC_CLIENT_KEY = re.compile(r"^(?:pk_(?:live|test)_[A-Za-z0-9]{16,}|phc_[A-Za-z0-9]{30,})$")
# An escaped line end (`\n` in a JSON string holding a settings file) ends the value it follows.
_ESCAPED_LINE_END = re.compile(r"\\[nr]")


def public_client_key(value: str) -> bool:
    """A key its service publishes by design (PUBLIC_CLIENT_KEY), up to an escaped line end:
    not a secret, whichever detector reads it."""
    return PUBLIC_CLIENT_KEY.match(_ESCAPED_LINE_END.split(value, 1)[0]) is not None


# An unquoted variable with a member or an element after it (PHP, Perl): `$row['pw']`,
# `$Config::pass`, and `$node->value`, whose value stops at `>` (`$node-`); a password that
# starts with `$` and ends in `-` (`$almaty7372-`) is not one.
_VARIABLE_ACCESS = re.compile(r"^[$@][A-Za-z_]\w*(?:::|\[)")
_VARIABLE_DASH = re.compile(r"^[$@][A-Za-z_]\w*-$")
# Words joined by separators, and snake_case names: labels and identifiers.
_WORDS = re.compile(r"^[A-Za-z]+(?:[_\-. /][A-Za-z]+)+$|^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
# A version (`1.2.3`, `v2.0.1-rc`), a date or printf format (`%d-%m-%Y`): not a password.
_VERSION = re.compile(r"^v?\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.]+)?$")
_FORMAT = re.compile(r"%[A-Za-z]")
# Digits, alone or in groups joined by `-`, `_`, `.`, `:` or a space.
_DIGIT_GROUPS = re.compile(r"[0-9]+(?:[-_.: ][0-9]+)*")
_DIGIT_RUN = re.compile(r"0123|1234|2345|3456|4567|5678|6789|9876|8765|7654|6543|5432|4321|(\d)\1\1\1")
_NOT_A_SECRET = re.compile(
    r"""^(?:[a-z][a-z0-9+.-]*://(?![^/\s]*:[^/\s]*@)|[A-Za-z]:\\)"""  # URL, Windows path
    r"""|^urn:|^[\w.+-]+@[\w-]+\.[\w.]+$"""  # URN, e-mail address
    r"""|^(?:true|false|null|none|nil|undefined|yes|no|on|off|required|optional|string|bool|int)$"""
    # a rate limit under a password's or a token's name (`'password_reset': '12/hour'`)
    r"""|^\d+\s*/\s*(?:\d*\s*)?(?:s|sec|second|m|min|minute|h|hr|hour|d|day|week|month)s?$""",
    re.I,
)
_YAML_TAG = re.compile(r"^!{1,2}[A-Za-z]")
# A value a tool encrypted with a key it keeps elsewhere: hiera-eyaml's `ENC[PKCS7,...]`, Jasypt's
# `ENC(...)`, SOPS's `ENC[AES256_GCM,data:...,iv:...]`. The ciphertext is no secret.
_ENCRYPTED_VALUE = re.compile(r"^ENC(?:\[[A-Z][A-Z0-9_-]*,[^\[\]]+\]|\([A-Za-z0-9+/=_:.-]{8,}\))$")
# A password Maven encrypted with its master password (`{...}` around the base64 of the cipher):
# Maven decrypts it with the master password kept in `settings-security.xml`, so it stands for
# the password itself.
_MAVEN_ENCRYPTED = re.compile(r"^\{(?P<cipher>[A-Za-z0-9+/]{22,}={0,2})\}$")
_PATH_START = re.compile(r"^(?:/|\./|\.\./|~/|classpath:|file:)")


def encrypted_value(value: str) -> bool:
    """`ENC[PKCS7,...]`, `ENC(...)`, `ENC[AES256_GCM,...]`: ciphertext, its key kept by the tool
    that wrote it."""
    return _ENCRYPTED_VALUE.match(value) is not None


def jenkins_secret_ok(value: str) -> bool:
    """Jenkins' encrypted-secret layout (`{AQAAABAAAA...}`): a version byte (1), the vector's
    length (16) and the ciphertext's length, followed by exactly that vector and that many bytes
    of AES output (whole 16-byte blocks)."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) < 9 or raw[0] != 1 or int.from_bytes(raw[1:5], "big") != 16:
        return False
    size = int.from_bytes(raw[5:9], "big")
    return size > 0 and size % 16 == 0 and len(raw) == 9 + 16 + size


def is_path(value: str) -> bool:
    """A file path (`/run/secrets/db`, `./keys/app.pem`), not a base64 key that happens to start
    with a slash (`/g9hTA0...+06soD`)."""
    if not _PATH_START.match(value):
        return False
    if value.count("/") <= 1 and len(value) >= 20 and "." not in value and entropy(value) >= 3.5:
        return False
    return "+" not in value or value.count("/") >= 2


def _classes(value: str) -> int:
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


_CAMEL_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def _wordy(value: str) -> bool:
    """A word, a label or a code name rather than a random string: words joined by separators,
    snake_case, and letters-only values that are short, single-case or camel-case words. Long
    random letters in mixed case (`FYSJYgOuwgzzVfBPbxnt`) are not wordy, nor is such a run
    beside a prefix or another part (`b_FYSJYgOuwgzzVfBPbxntqBIGkyOo`, `v9sswdzc2it8axf4jxw_1f3`)."""
    if _WORDS.match(value):
        return not any(_random_run(part) for part in _SEPARATORS.split(value))
    if value.isalpha():
        return len(value) < 16 or value.islower() or value.isupper() or _is_identifier(value)
    return False


_SEPARATORS = re.compile(r"[_\-. /]")


def _random_run(part: str) -> bool:
    """A part of 16 characters or more that no one would write as a word or a name: letters
    and digits, or mixed-case letters that do not break into words, with the entropy of random
    text. A hex run of 24 characters or more is held to the bar of a bare hex string (entropy
    3.0): the sixteen hex digits give random hex less entropy than letters and digits give
    random text (`key_b440cf77...`, `tok_79d89a0d...`)."""
    if len(part) >= 24 and _HEX.match(part) and not part.isdigit():
        return entropy(part) >= 3.0
    if len(part) < 16 or part.isdigit() or entropy(part) < 3.5:
        return False
    if part.isalpha() and (part.islower() or part.isupper() or _is_identifier(part)):
        return False
    return not mostly_words(part)


_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A pronounceable part: vowels with at most three consonants between them.
_SYLLABLES = re.compile(r"^(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiou]+)+[bcdfghjklmnpqrstvwxyz]{0,3}$", re.I)


is_wordy = _wordy  # a label or a name made of words: `db_user`, `Secret`


def mostly_words(value: str) -> bool:
    """Made of words (`LicenseRef-scancode-3com-microcode`, `r2c-internal-project-depends-on`):
    at least two pronounceable parts of four letters or more, covering 70% of the value.
    Random text of letters and digits rarely has both."""
    words = [
        p
        for p in _PART.findall(value)
        if len(p) >= 3 and _SYLLABLES.match(p) and (not p.isupper() or len(p) <= 5)  # acronyms are short
    ]
    covered = sum(len(p) for p in words)
    return covered >= 0.7 * len(value) and sum(1 for p in words if len(p) >= 4) >= 2


def _is_slug(value: str) -> bool:
    """Words and numbers joined by - _ . (`389-exception`, `LicenseRef-scancode-x11vnc-2.0`):
    a name. Half of the parts or more are words, and none is a long run of random
    letters and digits."""
    parts = [p for p in re.split(r"[-_.]", value) if p]
    if len(parts) < 2 or not any(p.isalpha() and len(p) >= 4 for p in parts):
        return False
    words = sum(1 for p in parts if p.isdigit() or (p.isalpha() and _SYLLABLES.match(p)) or mostly_words(p))
    random_run = any(len(p) > 12 and not p.isalpha() and not p.isdigit() for p in parts)
    return words * 2 >= len(parts) and not random_run


def _is_identifier(value: str) -> bool:
    """A code name in camel or snake case (`_EllipticCurvePrivateKey`): words of three letters
    or more, where random text breaks into many short runs."""
    core = value.strip("_")
    if not re.fullmatch(r"[A-Za-z][A-Za-z_]*", core):
        return False
    parts = [p for chunk in core.split("_") for p in _CAMEL_PARTS.findall(chunk)]
    # `idMappingTableSummaries`, `ComplianceByConfigRules`: a few short words are allowed.
    return len(parts) >= 2 and sum(1 for p in parts if len(p) < 3) <= max(1, len(parts) // 3)


# Validation rules a form or a model gives a field (Laravel, Vee-Validate): `required|min:8`.
_VALIDATION_RULES = re.compile(
    r"^(?:required|nullable|sometimes|string|confirmed|present|filled|bail)(?:\|[a-z_]+(?::[\w.,-]*)?)+$"
)


# A regular expression between delimiters, anchored at both ends, with a construct of its own
# (a class, an escape, a repetition): `'#^[a-z0-9+/-]+$#i'`, `'/^[A-Za-z0-9_-]{20,64}$/'`.
_DELIMITED_PATTERN = re.compile(r"^([/#~!@%|])\^.*[\[\\+*?{(].*\$\1[imsxuADSUXJ]*$")
# A Windows batch variable (`%ADMIN_PW%`).
_BATCH_VARIABLE = re.compile(r"%[A-Za-z_][\w.-]*%")


# What lies between two string literals of a list or an object (`"Password:",rememberLabel:"`),
# read as a quoted value when the name is the text of the first string.
_BETWEEN_STRINGS = re.compile(r"^[,;][ \t]*[A-Za-z_$][\w$]*[ \t]*[:=]?$")
# One word ended by a colon (`"one_time_password": "Engangskode:"`, `"Passwort:"`): the label a
# form prints before its field, in a translation file.
_FIELD_LABEL = re.compile(r"[A-Za-z][a-z]{2,}:")
# The gap between two string literals joined to a call: `"... secret ".sha1(mt_rand()).""`,
# `'... secret '+crypto.randomHex(32)+'...'`: what the code computes, not a quoted value.
_JOINED_CALL = re.compile(r"^[.+][A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*\(.*\)[.+]$")


# An HTML character reference: `&#259;`, `&#x142;`, `&ntilde;`.
_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# A numeric character reference at a bare value's end, cut there at its own `;`.
_CUT_CHAR_REFERENCE = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6})$")


# An SNMPv3 key written as data beside a flag that says it is localized (`password: '0x…'` then
# `localized_key: true`, as network automation modules write a device's SNMP users; NX-OS's
# `localizedkey`): a key derived from the password and the engine id, not the password. Six
# lines either way: a listing sorted by key puts the flag four lines above the privacy key.
_LOCALIZED_FLAG = re.compile(
    r"""(?i)\blocalized[_-]?key\b["']?[ \t]*[:=][ \t]*["']?(?:true|yes)\b|\blocalizedkey\b"""
)
_HEX_KEY = re.compile(r"0x[0-9A-Fa-f]{16,128}")


def snmp_localized_key(value: str, text: str, at: int) -> bool:
    """A `0x` hexadecimal value with a localized-key flag within six lines of it (the flag
    covers the privacy key nested below the authentication key)."""
    if not _HEX_KEY.fullmatch(value):
        return False
    start = at
    for _ in range(7):
        start = text.rfind("\n", 0, start)
        if start < 0:
            start = 0
            break
    end = at
    for _ in range(7):
        end = text.find("\n", end + 1)
        if end < 0:
            end = len(text)
            break
    return _LOCALIZED_FLAG.search(text, start, end) is not None


def assignment_ok(
    key: str,
    value: str,
    quoted: bool,
    path: str,
    placeholders: Placeholders,
    op: str = "=",
    key_quoted: bool = False,
    after: str = "",
) -> bool:
    """A literal assigned to a password/secret/token/key name that looks like a real one.
    `op` is the text between the name and the value; `key_quoted` whether the name is the quoted
    first argument of a call; `after` the rest of the line after the value."""
    if _QUERY_STRING.fullmatch(value):
        # `AZURE_SAS_TOKEN=st=...&se=...&sr=c`: parameters, secret only through one named for a
        # secret (`sig=`, `password=`); the SAS's scope and dates alone are no credential
        params = [part.split("=", 1) for part in value.split("&")]
        return any(
            assignment_ok(name, val, True, path, placeholders, "=")
            for name, val in params
            if name.lower() in _SIGNATURE_PARAMETERS or name_strength(name) in ("password", "strong")
        )
    value = query_value(value, op)
    if joined_at_run_time(value, quoted, path, after):
        return False
    if _STRIPE_OBJECT_ID.fullmatch(value):
        return False  # `pi_3Rk8...`, `cus_Q7sm...`: a payment record's id, not a secret
    if not quoted and after.startswith(";") and _CUT_CHAR_REFERENCE.search(value):
        value += ";"  # `<string name="ic_password">&#xf07f5;</string>`: the reference ends at its `;`
    if _CHAR_REFERENCE.search(value) and html.unescape(value) != value:
        # `'Password' => 'Parol&#259;'`: text for a page, judged as the text it encodes
        decoded = html.unescape(value)
        return assignment_ok(key, decoded, quoted, path, placeholders, op, key_quoted, after)
    if weak_config_password(key, value, path, placeholders, op, after):
        return True
    if weak_signing_secret(key, value, path, placeholders, op, after):
        return True
    if len(value) < 6 or len(value) > MAX_VALUE or not value.isascii() or any(c.isspace() for c in value):
        return False
    if len(value) > _OWN_FORMAT_FROM and value[:1] == "{" and jenkins_secret_ok(value[1:].rstrip("}")):
        return False
    role = file_role(path)
    if not quoted and role == "code":
        return False  # in code, an unquoted right-hand side is an expression
    if role == "example" and not is_config_file(path) and not quoted:
        return False
    bare = op.strip().strip("\"']").strip()
    if bare == "-":
        # `razorpay token - '...'` in notes: a dash says less than `=`, so only a value no person
        # would type counts (not `'Kd7?mW2x...'`, a description or a placeholder).
        return machine_made(value) and not is_placeholder(value, placeholders)
    if bare in ("(", ",") and not quoted:
        return False  # setPassword(x), f(password, x): an argument, not a literal
    if named_password(key, value, role, placeholders):
        return True
    if bare == "," and not key_quoted:
        return False  # only put("password", "...") pairs, not lists of words
    if is_placeholder(value, placeholders) or _NOT_A_SECRET.search(value) or is_path(value):
        return False
    maven = _MAVEN_ENCRYPTED.match(value)
    if maven and name_strength(key) in ("password", "strong") and not names_stand_in(key):
        return machine_made(maven.group("cipher"))  # `<password>{...}</password>` in Maven settings
    if PUBLIC_CLIENT_KEY.match(value):
        return False  # published in every page the key serves: a client's key, not a secret
    if encrypted_value(value):
        return False  # Jasypt's `ENC(…)`, decrypted at start: the encryptor's key is the secret
    if der_public_key(value):
        return False  # `pwdPublicKey=MFww...`: a public key is published, whatever its name says
    if _VALIDATION_RULES.match(value) or _DELIMITED_PATTERN.match(value):
        return False  # `'required|min:8'`, `'#^[a-z0-9+/-]+$#i'`: the field's validation rule
    if _BATCH_VARIABLE.search(value) and not re.search(r"[A-Za-z0-9]", _BATCH_VARIABLE.sub("", value)):
        return False  # `'**%ADMIN_PW%'`: a marker and a script's variable, nothing written here
    if _FIELD_LABEL.fullmatch(value):
        return False  # `"password": "Passwort:"`: the field's label
    if _BETWEEN_STRINGS.match(value) or (quoted and _JOINED_CALL.match(value)):
        return False  # `"Password:",next:"`: the gap between two strings read as a quoted value
    if quoted and _JOINED_VARIABLE.match(value):
        return False  # `'?pass='.$_SESSION['password']`: the code after the literal, not a value
    if _TYPE_NAME.fullmatch(value):
        return False  # `'Password' => 'SOAP::WSDL::XSD::Typelib::Builtin::string'`: the field's type
    if names_algorithm(value) or names_openpgp_key_id(key, value):
        return False
    if not quoted and _YAML_TAG.match(value) and PurePosixPath(path).suffix.lower() in (".yml", ".yaml"):
        return False  # `!vault |`, `!Ref DbPassword`: a YAML tag, the value is elsewhere
    if _ENV_NAME.match(value) or "{" in value or "}" in value:
        return False
    if not quoted and _EXPRESSION.match(value) and "(" in value:
        return False
    member = _VARIABLE_ACCESS.match(value) or (_VARIABLE_DASH.match(value) and after.startswith(">"))
    if member and not quoted:
        return False  # `$pw= $referral->attributes...`: a variable's member, cut at `>`
    if value.lower() in key.lower() or holds_own_name(key, value):
        return False
    if _DOTTED.match(value) and not _opaque_token(value) and not _dotted_token(value):
        return False
    if _VERSION.match(value):
        return False
    strength = name_strength(key)
    if strength == "none" or names_stand_in(key):
        return False
    if _PHC_DIGEST.match(value):
        return False  # `client_secret: $pbkdf2-sha512$310000$...`: the secret's digest
    if strength == "weak" and names_service_key(key) and role != "example" and (quoted or role != "docs"):
        # `FLICKRKEY`, `flickrKey`: a service's key, as `flickrSecret` is its secret; its issued
        # value may be as short as 16 random characters
        return machine_made(value) or short_service_key(value)
    if strength == "weak" or role == "example" or (not quoted and role == "docs"):
        # `server_key`, `tls.key`, `salt`, a value in an example file or a bare value in
        # documentation: only a value no person would type (a UUID, a long hex or base64
        # string) is a secret there; a password in `.env.example` is the example's.
        return machine_made(value)
    if strength == "password":
        if _CRYPT_HASH.match(value):
            return False  # a password's hash (bcrypt, sha-crypt...), stored where a password goes
        if value.isdigit():  # a numeric password or PIN, unless a run such as 12345678
            return len(value) >= 8 and entropy(value) >= 2.5 and not _DIGIT_RUN.search(value)
        if _wordy(value) and not (any(c.isdigit() for c in value) and _WORDS.match(value)):
            return False  # `kazna_517d0k` is a password, `db_user` or `Secret` a label
        if _classes(value) >= 3 and len(set(value)) >= 4 and not _FORMAT.search(value):
            return True  # `k@777111`: letters, digits and a sign, however few distinct characters
        return _classes(value) >= 2 and entropy(value) >= 2.5
    if _wordy(value) or _is_slug(value) or _is_identifier(value) or mostly_words(value):
        return False
    if _DIGIT_GROUPS.fullmatch(value) and _DIGIT_RUN.search(value):
        # `1234567890123456`, `12345678-1234-1234-1234-12345678901` under a token's name: a run,
        # as under a password's
        return False
    return machine_made(value) or (
        len(value) >= 12 and entropy(value) >= 3.0 and (any(c.isdigit() for c in value) or len(value) >= 20)
    )


def joined_at_run_time(value: str, quoted: bool, path: str, after: str) -> bool:
    """`String tempPassword = "Repay@" + digits;`: in code, a literal joined to a name, a call or
    a variable is the fixed part of a value the code builds when it runs, not the secret. A long
    random literal (`machine_made`) is a key however it is joined, and stays reported."""
    if not quoted or not _JOINED_AT_RUN_TIME.match(after):
        return False
    return file_role(path) == "code" and not machine_made(value)


def holds_own_name(key: str, value: str) -> bool:
    """The value holds its setting's own name (`password=password_01`, `pw=my_pw_2024`): a
    placeholder or a test value. A name of three letters or fewer (`pw`, `key`, `psw`) is found by
    chance inside a random value (`pw=Xq7pwR4t...`), so there it voids the value only at the
    value's edge or beside a separator (`pw123456`, `my_pw_2024`), in a short or low-entropy
    value (`mypw1234`), or in a value made of words (`"key": "sourceEncryptionKeySha256"`)."""
    name = key.lower().strip("_-.\"':")
    if not name or name not in value.lower():
        return False
    if len(name) > 3:
        return True
    word = re.escape(name)
    if re.search(rf"(?:^|[^a-z0-9]){word}|{word}(?:$|[^a-z0-9])", value.lower()):
        return True
    if len(value) < 12 or entropy(value) < 3.0:
        return True
    return _wordy(value) or mostly_words(value) or _is_identifier(re.sub(r"\d", "", value))


# A word and a password word: `terraboard-pass`, `smtp_password`, `kafka-pwd`.
_WORD_AND_PASSWORD = re.compile(r"(?P<word>[a-z]{4,24})[-_](?:pass|password|passwd|pwd)", re.I)


def named_password(key: str, value: str, role: str, placeholders: Placeholders) -> bool:
    """A password made of a word and a password word (`<project>-pass`), set as a password:
    the password a test or a development configuration was given, not a label. Not in
    documentation or example files, and not when the word is a placeholder's (`user-pass`,
    `your-pass`) or a setting's."""
    m = _WORD_AND_PASSWORD.fullmatch(value)
    if m is None or role in ("docs", "example") or name_strength(key) != "password":
        return False
    if "_" in value and role != "config":
        return False  # `"smtp_password"` in code: more often a name than a password
    if re.sub(r"[-_.]", "", value.lower()) in re.sub(r"[-_.]", "", key.lower()):
        return False  # `smtp_password: smtp-password`: the setting's own name
    if placeholders.patterns.search(value):
        return False  # `"password": "HTTP_PASSWORD"`: the environment variable that holds it
    word = m.group("word").lower()
    return not (is_placeholder(word, placeholders) or word in _SETTING_WORDS or word in _LABEL_WORDS)


# Words that make `<word>-pass` a field's or a form's name rather than a password.
_LABEL_WORDS = frozenset(
    {
        "your", "user", "users", "login", "input", "field", "form", "enter", "confirm", "repeat",
        "current", "reset", "forgot", "show", "hide", "toggle", "label", "mock", "test", "sample",
        "some", "this", "that", "with",
    }
)  # fmt: skip


# A setting whose whole name ends in a password word: `password`, `DB_PASS`, `postgresPassword`,
# `bind_pw`.
_PASSWORD_SETTING = re.compile(r"(?:pass(?:word|wd)?|pwd|(?:^|[_.-])pw)$", re.I)
# A word in one case, with at most a few digits after it: `koktem`, `kazbank2019`, `KARAGANDA`.
_PLAIN_WORD = re.compile(r"[a-z]{5,24}[0-9]{0,4}|[A-Z]{5,24}[0-9]{0,4}")
# The passwords built-in accounts ship with: set in configuration they are the account's
# password (CWE-1392), whatever the placeholder list says of the same words elsewhere.
_DEFAULT_PASSWORDS = frozenset(
    {"admin", "administrator", "root", "toor", "guest", "manager", "sysadmin", "supervisor"}
)
# Words a password setting takes that are not passwords: hashing schemes, sources, modes, types.
_SETTING_WORDS = frozenset(
    {
        "bcrypt", "scrypt", "argon2", "argon2i", "argon2id", "pbkdf2", "plain", "plaintext", "clear",
        "cleartext", "hashed", "digest", "crypt", "prompt", "random", "generated", "generate", "disabled",
        "enabled", "required", "optional", "inherit", "inherited", "default", "vault", "keyring",
        "keychain", "environment", "variable", "stdin", "secure", "insecure", "number", "integer",
        "boolean", "hidden", "masked", "sensitive", "confirmed", "nullable", "sometimes", "present",
    }
)  # fmt: skip


# The names other modules judge by (aiscan/secrets/pairs.py, decoded.py).
SETTING_WORDS = _SETTING_WORDS
PASSWORD_SETTING = _PASSWORD_SETTING
NOT_A_SECRET = _NOT_A_SECRET
ENV_NAME = _ENV_NAME


# The rest of an inline map after a value (`{user: bob, password: s3cret, permissions: $admin}`,
# HOCON and NATS objects, YAML's flow mapping): more `name: value` pairs, then the closing brace
# ending the line. A value there ends at its comma, as a value ending its line does.
_REST_OF_INLINE_MAP = re.compile(
    r"^[ \t]*(?:,[ \t]*[\"']?[A-Za-z_$][\w.$-]*[\"']?[ \t]*[:=][^,{}\[\]\"'#]*)*,?[ \t]*\}[ \t]*[,\]]?[ \t]*$"
)


def ends_setting(after: str) -> bool:
    """What follows a value on its line ends the setting: nothing, a comment, or the rest of an
    inline map; not prose (`password: meadow, then log in with it`)."""
    rest = after.strip().strip(",;").strip()
    return not rest or rest.startswith("#") or _REST_OF_INLINE_MAP.match(after) is not None


# A URL's next query parameter (`&scope=`): a password given in a query string ends before it.
_NEXT_PARAMETER = re.compile(r"&[A-Za-z_][\w.\[\]-]*=")
# A value that is itself a query string of two or more parameters (`sv=...&se=...&sr=c`).
_QUERY_STRING = re.compile(r"[A-Za-z_][\w.-]*=[^&=\s]*(?:&[A-Za-z_][\w.-]*=[^&=\s]*)+")
_SIGNATURE_PARAMETERS = frozenset({"sig", "signature", "x-amz-signature", "x-goog-signature"})
# Stripe's object ids (PaymentIntent, SetupIntent, PaymentMethod, customer, charge, event,
# connected account, invoice, subscription...): the record's id, stored beside it everywhere.
_STRIPE_OBJECT_ID = re.compile(
    r"(?:pi|seti|pm|cus|ch|py|sub|si|price|prod|evt|txn|acct|src|card|in|ii|po|tr|ba|cn|dp|du|il|sku|plink)"
    r"_[A-Za-z0-9]{14,32}"
)


def query_value(value: str, op: str) -> str:
    """The value of a `name=value` query parameter, cut before the next parameter
    (`123456&scope=all` is `123456`): what follows the `&` is not part of the password."""
    found = _NEXT_PARAMETER.search(value) if op.strip() == "=" else None
    return value[: found.start()] if found else value


def setting_leaf(name: str) -> str:
    """The setting's own name without its namespace: `dbPassword` of `canal.instance.dbPassword`.
    A namespace names the product, and the product's name typed as its password is a weak
    password, not the setting's word."""
    return re.split(r"[.:/]", name)[-1] or name


def weak_config_password(
    key: str, value: str, path: str, placeholders: Placeholders, op: str = "=", after: str = ""
) -> bool:
    """A weak password a person typed into configuration (docker-compose, YAML, `.env`,
    properties, INI): a plain lower-case word such as a service's name, or six or seven digits,
    assigned to a setting named for a password. In code such a word is more often a rule, a type
    or a label, and in documentation and examples it is the example's, so only configuration
    files count, and only a setting (`name=value`, `name: value`) whose value ends the line, not
    a word after the name in prose (`password, token`, `password: never share it`); placeholders,
    runs of digits and the words settings take are left out. A built-in account's default
    password (`admin`, `root`, `guest`) set there is reported even though it is a placeholder
    elsewhere: it is the password the account runs with."""
    if op.strip().strip("\"'").strip() not in ("=", ":", ":="):
        return False
    if not ends_setting(after):
        return False
    if file_role(path) != "config" or not _PASSWORD_SETTING.search(key.strip("\"'[]$@:")):
        return False
    if in_translations(path):
        return False  # `"Password": "Salasana"`: a field's label, translated
    if value.lower() in _DEFAULT_PASSWORDS:
        return True
    if is_placeholder(value, placeholders) or _NOT_A_SECRET.search(value):
        return False
    if value.lower() in setting_leaf(key.strip("\"'[]$@:")).lower():
        return False  # `password: password`: the setting's own word
    if value.isdigit():
        return (
            len(value) in (6, 7) and value[0] != "0" and len(set(value)) >= 4 and not _DIGIT_RUN.search(value)
        )
    return bool(_PLAIN_WORD.fullmatch(value)) and value.rstrip("0123456789").lower() not in _SETTING_WORDS


# Names of the secrets that sign tokens, sessions and cookies: `JWT_SECRET`, `SESSION_SECRET`,
# `NEXTAUTH_SECRET`, `COOKIE_SECRET`, `SECRET_KEY` (Django, Flask; Rails' `SECRET_KEY_BASE`),
# `jwt.secret`, `jwt.signing-key`, `HMAC_SECRET`. A `secret_key` with another prefix
# (`AWS_SECRET_KEY`) is some service's credential, not a signing key.
_SIGNING_NAME = re.compile(
    r"(?:^|[._-])(?:jwt|session|cookie|signing|sign|hmac|(?:next)?auth)[_.-]?secret$"
    r"|(?:^|\.)(?:(?:app|django|flask|rails)[_-]?)?secret[_-]?key(?:[_-]?base)?$"
    r"|(?:^|[._-])(?:jwt|signing|hmac)[_.-]?key$"
    r"|(?:^|[._-])(?:jwt|token|signing|sign|hmac)[_.-]?secret[_.-]?key$",
    re.I,
)
# A dictionary word, a few digits after it allowed, or a short phrase: `access`, `altyn2024`,
# `keyboard cat`; or one run of letters longer than a word, typed or repeated
# (`asdfqwerzxcv...`, `reallyreally...safe`): a signing secret whatever its strength.
_WEAK_PHRASE = re.compile(r"[a-z]{4,64}[0-9]{0,4}(?: [a-z]{2,24}){0,3}")
# The signing secrets frameworks' guides and tutorials print, which configurations keep: a
# placeholder in a document, the key itself once set in configuration.
_DEFAULT_SIGNING_SECRETS = re.compile(
    r"(?:my|super|top)?secret(?:key)?[0-9]{0,4}|keyboard cat|s+h+|s3cr3t|sekrit"
)
_TRAILING_WORDS = re.compile(r"(?: [a-z]{2,24}){1,3}")


def is_weak_signing_value(key: str, value: str) -> bool:
    """A word or a short phrase (or a guide's default) given to a name of a signing secret."""
    if not _SIGNING_NAME.search(key.strip("\"'[]$@:")):
        return False
    phrase = value.strip().lower()
    return bool(_DEFAULT_SIGNING_SECRETS.fullmatch(phrase) or _WEAK_PHRASE.fullmatch(phrase))


def signing_phrase_tail(key: str, path: str, after: str) -> str:
    """The words of an unquoted phrase that continue a signing secret's value past its first
    word (` cat` of `SESSION_SECRET=keyboard cat`), so that the whole phrase is the detected
    value and masked; empty for any other setting, file or line."""
    if file_role(path) != "config" or not _SIGNING_NAME.search(key.strip("\"'[]$@:")):
        return ""
    rest = after.split(" #", 1)[0].rstrip().rstrip(",;")
    return rest if _TRAILING_WORDS.fullmatch(rest) else ""


# Folders of translation files, whose values are the labels of fields (`src/lang/fi.json`).
LOCALE_PATH = re.compile(
    r"(?:^|/)(?:i18n|l10n|locales?|lang|langs|languages|translations?|messages)(?:/|$)", re.I
)


def in_translations(path: str) -> bool:
    """A file in a folder of translations: its values are labels, not settings."""
    return LOCALE_PATH.search(str(PurePosixPath(path).parent)) is not None


def weak_signing_secret(
    key: str, value: str, path: str, placeholders: Placeholders, op: str = "=", after: str = ""
) -> bool:
    """A dictionary word or a short phrase typed into configuration as the secret that signs
    JSON Web Tokens, sessions or cookies (`JWT_SECRET=access`, `SESSION_SECRET=keyboard cat`):
    whoever guesses it signs tokens the application accepts. As for weak passwords, only
    configuration files count (code, documentation and examples hold the example's value),
    only a setting whose value ends the line (an unquoted phrase of up to four words included),
    and not references, placeholders (`changeme`, `<secret>`, `your-secret-here`), the words
    settings take or the setting's own name (`SECRET_KEY: secret`). A guide's default
    (`secret123`, `keyboard cat`, `shhhhh`) set there is reported although it is a placeholder
    elsewhere."""
    if op.strip().strip("\"'").strip() not in ("=", ":", ":="):
        return False
    if file_role(path) != "config" or not _SIGNING_NAME.search(key.strip("\"'[]$@:")):
        return False
    if in_translations(path):
        return False  # `"SecretKey": "Salainen avain"`: a field's label, translated
    rest = after.split(" #", 1)[0].rstrip().rstrip(",;")
    if rest and not rest.lstrip().startswith("#"):
        if not _TRAILING_WORDS.fullmatch(rest):
            return False
        value += rest  # `SESSION_SECRET=keyboard cat`: an unquoted phrase in `.env` or YAML
    phrase = value.strip().lower()
    if phrase in key.lower():
        return False  # `SECRET_KEY: secret`, `JWT_SECRET=jwt`: the setting's own name, a placeholder
    if _DEFAULT_SIGNING_SECRETS.fullmatch(phrase):
        return True
    if is_placeholder(value, placeholders) or _NOT_A_SECRET.search(value):
        return False
    if phrase.rstrip("0123456789") in _SETTING_WORDS:
        return False
    return bool(_WEAK_PHRASE.fullmatch(phrase))


# The name of an algorithm or of an authentication plugin (`sha512`, `scram-sha-256`,
# `caching_sha2_password`, `client_ed25519`, `aes-256-cbc`): what a setting uses, not a secret.
_ALGORITHM_PART = re.compile(
    r"sha\d*|md[245]|aes\d*|3?des|rsa\d*|e?c?dsa|ed(?:25519|448)|x(?:25519|448)|hmac|blake2[bs]?\d*|"
    r"pbkdf2|argon2(?:id|i|d)?|scrypt|bcrypt|scram|chacha\d*|poly1305|ripemd\d*|gost\d*"
)


ALGORITHM_PART = _ALGORITHM_PART


def names_algorithm(value: str) -> bool:
    """Parts joined by `-` or `_`, in one case, holding a digit: an algorithm's name, numbers
    and words (`caching`, `client`, `cbc`). Mixed case or a sign other than the separators is a
    password that only contains an algorithm's letters (`Sha256!Tulpar`)."""
    if not any(c.isdigit() for c in value) or not (value.islower() or value.isupper()):
        return False
    parts = re.split(r"[-_]", value.lower())
    if not all(p.isdigit() or p.isalpha() or _ALGORITHM_PART.fullmatch(p) for p in parts):
        return False
    return any(_ALGORITHM_PART.fullmatch(p) for p in parts)


# A GPG/PGP key's id or fingerprint (`GPG_KEY=<40 hex digits>`, `pgp_key: 0x<16 hex digits>`):
# the name of a public key, published on key servers. A key's secret parts are a key block or a
# passphrase, never its id.
_OPENPGP_NAME = re.compile(r"gpg|pgp|gnupg", re.I)
_OPENPGP_KEY_ID = re.compile(r"(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})")


# The code between two string literals, read as the quoted value of the name that ends the first
# (`';Password=',parameters('pw'),'`): an operator or a comma, then a call's name and its
# opening parenthesis, the next literal being its argument.
BETWEEN_LITERALS = re.compile(r"^[ \t]*[,+&.][ \t]*[A-Za-z_$][\w$.]*[ \t]*\($")
# What follows a string literal in code: an operator, a comma, a closing bracket.
_AFTER_LITERAL = re.compile(r"[.,;+)|&?:\]}]")
# Code between two literals, whatever the quotes before it: it starts as code after a literal does,
# holds a bracket and ends as code before a literal does (`,l=(0,y.default)(u,6),h=`,
# `.concat(n?`, `)||(console.warn(`).
_CODE_GAP = re.compile(r"[.,;+)|&?:\]}]\S*\(\S*[(,?:=+\[{&|!]")


def closes_literal(head: str, quote: str, value: str) -> bool:
    """The quote before the value closes the string literal the name is written in (`var
    a="Session token ",b=(0,m.default)(h,"id")`, `"x-jwt-token=")||(...)`, minified code): the
    "value" is the code between two literals. `head` is the line up to that quote. The value starts
    as code after a literal does, and either the head holds an odd number of the same quote (an
    escaped one, or an apostrophe between two letters or digits, not counted) or the value is code
    from end to end (a long minified line holds quotes in regular expressions and templates, which
    spoil the count). A gap holding a literal of the other quote (`"loans_secret ".'<key>'."`) is a
    value joined between two literals, judged as one."""
    if not _AFTER_LITERAL.match(value) or "'" in value or '"' in value:
        return False
    if _CODE_GAP.fullmatch(value):
        return True
    escaped = head.count("\\" + quote) - head.count("\\\\" + quote)
    inside_words = len(re.findall(f"(?<=[A-Za-z0-9]){re.escape(quote)}(?=[A-Za-z0-9])", head))
    return (head.count(quote) - escaped - inside_words) % 2 == 1


# An AWS resource name up to its resource type (`arn:aws:secretsmanager:eu-west-2:123456789012:`):
# the `secret:` or `key/` after it is the type of the resource named, not a setting.
ARN_LEAD = re.compile(r"\barn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{0,12}:$")
# An open CloudFormation dynamic reference (`{{resolve:secretsmanager:prod/db:SecretString:`):
# a `password:` after it names the member of the secret to fetch, and holds no value.
DYNAMIC_REFERENCE_LEAD = re.compile(r"\{\{resolve:[a-z-]+:[^{}\s]*$")
# The words just before a name that make it a GPG key's (`Release GPG key: <fingerprint>`).
OPENPGP_LEAD = re.compile(r"(?:gpg|pgp|gnupg)\s+(?:[a-z]+\s+)?$", re.I)


def names_openpgp_key_id(key: str, value: str) -> bool:
    if not _OPENPGP_NAME.search(key) or re.search(r"priv|secret|pass", key, re.I):
        return False
    return _OPENPGP_KEY_ID.fullmatch(value) is not None


# Names whose value is a secret whatever it looks like (within the checks above).
_STRONG_NAME = re.compile(
    r"(?:api|access|auth|secret|private|signing|sign|encryption|encrypt|crypt|cipher|aes|hmac|jwt|"
    r"oauth|master|client|app|consumer|session|account|admin|root|bot|webhook|refresh|service|db|"
    r"database|smtp|sms|deploy|personal|subscription|server|merchant|rest|"
    r"integration|partner|application|bearer|x[_.-]?api|s3|aws|storage|minio)[_.-]?(?:key|secret|token)$"
    r"|secret$|token$|credentials?$",
    re.I,
)
# `*key` names that are not about secrets: a public key, a database or cache key, a map key.
_NON_CREDENTIAL_NAMES = (
    r"(?:(?:public|pub|publishable|site|web_?site|primary|foreign|sort|cache|mem_?cached?|partition|row|index|"
    r"lookup|unique|idempotency|"
    r"dedup|group|routing|message|i18n|translation|label|field|column|table|map|dict|object|"
    r"hot|short|shortcut|keyboard|sign_?in|form|local_?storage|storage_?key_?prefix|item|"
    r"entry|state|query|react|list|node|registry|redis|next|prev|composite|natural|surrogate|"
    r"result|input|output|foreign|join|api_?version)[_.-]?key$"
    # a key named public with a word between (`PUBLIC_API_KEY`, `publicClientKey`): published
    r"|(?:public|publishable)[_.-]?(?:api|client|app|site|web|browser)[_.-]?key$"
    # pagination, idempotency, concurrency and form tokens, and the request id the Postman client
    # adds to every request (`Postman-Token`): not credentials
    r"|(?:public|publishable|next|page|pagination|continuation|change|request|idempotency|lifecycle_?action|cancel|"
    r"update|postman|"
    r"sync|resume|input|output|result|start|starting|end|csrf|xsrf|form|marker|cursor|paging)"
    r"[_.-]?token$"
    # a strong-named .NET assembly's public key token: the short hash of its public key
    r"|public[_.-]?key[_.-]?token$)"
)
_NOT_SECRET_NAME = re.compile(_NON_CREDENTIAL_NAMES, re.I)
# ... where the word starts a part of the name: at its start, after a separator or a digit, at a
# change of case (`loginFormKey`, `XMLFormKey`); not at the end of a longer word (`platform_key`,
# `backend_token`, `SENTRY_KEY`: the names of secrets).
_NOT_SECRET_PART = re.compile(
    r"(?:^|(?<=[^A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))(?i:" + _NON_CREDENTIAL_NAMES + ")"
)


def _names_no_secret(core: str) -> bool:
    """`cache_key`, `nextPageToken`, `public_key`: a key or token name that is not a secret's. In a
    name written as one word (`nextpagetoken`, `CACHEKEY`) the parts cannot be told apart, and the
    word is read wherever it ends."""
    if _NOT_SECRET_NAME.search(core) is None:
        return False
    one_word = core.isalnum() and (core.islower() or core.isupper())
    return one_word or _NOT_SECRET_PART.search(core) is not None


# MySQL's and MariaDB's authentication plugins, named in a handshake or a plugin table.
_AUTH_PLUGIN_NAME = re.compile(
    r"^(?:mysql_(?:native|old|clear)|caching_sha2|sha256|sha2|ed25519)_password$", re.I
)


# Words of a name that say its value stands in for a secret: `dummyPassword`, `FAKE_API_KEY`.
_STAND_IN_WORDS = frozenset({"dummy", "fake", "bogus", "placeholder", "mock"})
_NAME_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def names_stand_in(name: str) -> bool:
    """A secret's name with a word of its own saying the value stands in for one (`dummyPassword`,
    `fake_api_key`, `placeholderSecret`, `BOGUS_TOKEN`): a value shown or compared instead of a
    stored secret, no credential. A word inside another (`mockup`) does not count."""
    core = name.strip("\"'[]$@:").rsplit("::", 1)[-1]
    return any(part.lower() in _STAND_IN_WORDS for part in _NAME_PART.findall(core))


def name_strength(name: str) -> str:
    """`password` for password names, `strong` for names of secrets (`api_key`, `token`),
    `weak` for any other key name (`server_key`, `tls.key`, `salt`), `none` for names of keys
    that are not secrets (`public_key`, `cache_key`)."""
    core = name.strip("\"'[]$@:").rsplit("::", 1)[-1]
    if structure.names_password_hash(core):
        return "none"  # `passwordHashSalt`: kept beside a stored hash
    if _AUTH_PLUGIN_NAME.search(core):
        return "none"  # `writeString('mysql_native_password', ...)`: a plugin's name, not a password's
    if _PASSWORD_KEY.search(core):
        return "password"
    if _names_no_secret(core):
        return "none"
    if _STRONG_NAME.search(core):
        return "strong"
    return "weak"


# `<service>Key`: one word and the word key, in any of the usual cases (`FLICKRKEY`, `flickrKey`,
# `FlickrKey`, `FLICKR_KEY`, `flickr_key`).
_SERVICE_KEY = re.compile(r"(?P<word>[A-Z][a-z]{2,}|[a-z]{3,}|[A-Z]{3,})[_-]?(?:key|Key|KEY)")
# English words that end in `key` and name no key (`MONKEY`, `hotkey`, a keyboard shortcut).
_WORDS_ENDING_IN_KEY = frozenset(
    {"monkey", "donkey", "turkey", "jockey", "hockey", "whiskey", "lackey", "malarkey"}
    | {"passkey", "latchkey", "turnkey", "hotkey", "keykey"}
)
# First words that say what the key indexes in the program's own data, or which key material
# it is (a file's, a host's), rather than whose credential it is (`hashKey`, `userKey`,
# `SSH_KEY`, `gpgKey`).
_DATA_KEY_WORDS = frozenset(
    {"hash", "id", "uid", "user", "users", "data", "file", "type", "name", "value", "values", "config"}
    | {"setting", "settings", "pref", "prefs", "event", "route", "view", "model", "tab", "menu", "tree"}
    | {"page", "image", "icon", "color", "colour", "theme", "lang", "locale", "font", "text", "title"}
    | {"record", "order", "tag", "task", "job", "link", "url", "path", "mode", "option", "options"}
    | {"filter", "search", "parent", "child", "ref", "cookie", "header", "param", "attr", "prop"}
    | {"meta", "store", "asset", "context", "current", "default", "last", "first", "random", "sort"}
    | {"ssh", "tls", "ssl", "gpg", "pgp", "rsa", "dsa", "ecdsa", "host", "cert", "file", "public"}
)


def names_service_key(name: str) -> bool:
    """A key named by one word and the word key (`FLICKRKEY`, `flickrKey`, `FLICKR_KEY`): the word
    names whose key it is, a service's, unless it is an English word ending in key (`monkey`) or
    a word for the program's own data or for key material (`hashKey`, `userKey`, `SSH_KEY`).
    Names of keys that are no credential (`cacheKey`, `primaryKey`) are ruled out before."""
    core = re.split(r"\.|::|->|/", name.strip("\"'[]$@:"))[-1]
    m = _SERVICE_KEY.fullmatch(core)
    if m is None or core.lower() in _WORDS_ENDING_IN_KEY or _names_no_secret(core):
        return False
    return m.group("word").lower() not in _DATA_KEY_WORDS


_SHORT_KEY_MIN = 16


def short_service_key(value: str) -> bool:
    """A service's key of 16 characters or more: random hex digits (entropy 3.0 or more, eight
    different digits, letters among them) or random letters and digits (entropy 3.5, a digit
    and a letter). Digits alone are a number; letters alone, words or a run typed in order are
    what a person writes."""
    if len(value) < _SHORT_KEY_MIN or not value.isascii() or not value.isalnum():
        return False
    if value.isdigit() or value.isalpha() or typed_in_order(value):
        return False
    if _HEX.match(value):
        return entropy(value) >= 3.0 and len(set(value)) >= 8
    return not (_wordy(value) or mostly_words(value)) and entropy(value) >= 3.5


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9+/=_.~:-]+$")


def is_uuid(value: str) -> bool:
    """A UUID in its usual 8-4-4-4-12 form."""
    return bool(_UUID.match(value))


def machine_made(value: str) -> bool:
    """A value no person would type: a UUID, a long hex string, or a long string of letters and
    digits (base64, base64url, random alphanumerics) with the entropy of random text."""
    if _UUID.match(value):
        return not _DIGIT_RUN.search(value.replace("-", "")[:12]) and entropy(value) >= 3.0
    if not _TOKEN_CHARS.match(value) or len(value) < 16:
        return False
    if _HEX.match(value):
        return len(value) >= 24 and not value.isdigit() and entropy(value) >= 3.0
    if _wordy(value) or _is_slug(value) or _is_identifier(value) or value.count(".") > 2:
        return False
    if mostly_words(value) or is_alphabet(value):
        return False
    letters_digits = sum(1 for c in value if c.isalnum()) >= 0.85 * len(value)
    has_digit = any(c.isdigit() for c in value)
    classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value), has_digit))
    # Random text of 20 characters or more from letters and digits almost always holds a digit;
    # letters alone are names (`ExclusiveStartShardId`) unless the value is long.
    return (
        letters_digits
        and classes >= 2
        and (has_digit or len(value) >= 32)
        and len(value) >= 20
        and entropy(value) >= 3.5
    )


def is_alphabet(value: str) -> bool:
    """An alphabet or a run of consecutive characters (`ABC...XYZabc...xyz0123456789`, the
    characters of an encoding table), not a key: most neighbours follow each other."""
    steps = sum(1 for a, b in itertools.pairwise(value) if ord(b) - ord(a) == 1)
    return len(value) >= 16 and steps >= 0.7 * (len(value) - 1)


def spells_alphabet(value: str) -> bool:
    """A run of 12 or more letters in alphabetical order (`abcdefghijklmnopqrstuvwxyz`, the
    capitals likewise): an alphabet typed out, which no issued token holds. Not a counting run or
    the hexadecimal digits (`1234567890abcdef`, at most 10 and 6 in a row), which issued-looking
    examples keep."""
    run = 1
    for a, b in itertools.pairwise(value):
        run = run + 1 if ord(b) - ord(a) == 1 and b.isalpha() else 1
        if run >= 12:
            return True
    return False


def dash_groups_ok(value: str, placeholders: Placeholders) -> bool:
    """A key written in groups between dashes (`A3-...-...`, `1PRK-....-....`), judged with its
    groups joined as a token is: a filler (`XXXXXX`, a run per group), an alphabet typed across
    the dashes (`ABCD-EFGH-IJKL`) or a body of a few characters is an example, not an issued key."""
    joined = value.replace("-", "")
    return not (
        is_placeholder(value, placeholders)
        or is_placeholder(joined, placeholders)
        or spells_alphabet(joined)
        or entropy(joined) < 3.5
    )


_DOC_SUFFIXES = frozenset({".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".html", ".htm", ".org"})


_EXAMPLE_NAME = re.compile(r"(?:^|[._-])(?:examples?|samples?|templates?|dist|tmpl)(?:[._-]|$)", re.I)


def file_role(path: str) -> str:
    """`config` when unquoted values are literals (environment, YAML, properties, shell),
    `docs` for documentation, `example` for files named as examples or templates
    (`.env.example`, `examples-1.json`, `config.sample.yml`), `code` otherwise."""
    p = PurePosixPath(path)
    if _EXAMPLE_NAME.search(p.name):
        return "example"
    if p.suffix.lower() in _DOC_SUFFIXES:
        return "docs"
    return "config" if is_config_file(path) else "code"


_JWT_SHAPE = re.compile(r"^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}$")


def _opaque_token(value: str) -> bool:
    """Three dot-separated base64url parts of random text whose middle part is not JSON (an
    opaque signed token; a JSON Web Token is judged by its claims, `jwt_ok`), not a dotted name:
    `accounts.tokens.DefaultTokenGenerator` has words."""
    if _JWT_SHAPE.match(value) is None or _b64url_json(value.split(".")[1]) is not None:
        return False
    return machine_made(value.replace(".", ""))


def _dotted_token(value: str) -> bool:
    """Dotted parts one of which, after the first, is random letters and digits (`b10ck5.<32>.<36>`,
    `vk1.a.<80>`): a token behind a type prefix, not a dotted reference, whose parts are names
    (`settings.ledgerApiKey`, `com.qarz.ledger.SecretKeyProvider`); or a machine-made first part
    with every later part a random run (`<32 hex>.<16 letters and digits>`), too short to be
    machine-made alone but no name (`<32 hex>.json` is a file). A JSON Web Token is judged by
    its claims (`jwt_ok`), not here."""
    parts = value.split(".")
    if _JWT_SHAPE.match(value) and _b64url_json(parts[1]) is not None:
        return False
    if any(machine_made(part) for part in parts[1:]):
        return True
    return machine_made(parts[0]) and all(_random_run(part) for part in parts[1:])


def spaced_value_ok(name: str, value: str, placeholders: Placeholders) -> bool:
    """A value written after its name with only spaces between (`partnerKEY <value>` in a note,
    `signing.secret <value>` in `.properties`): with no operator to go by, only a machine-made
    value under a name of a secret or a key counts."""
    if name_strength(name) == "none" or names_stand_in(name) or is_placeholder(value, placeholders):
        return False
    return machine_made(value)


def jwt_header_alone(value: str) -> bool:
    """`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.`: a JSON Web Token's header with no claims and no
    signature after it (a document showing the token's shape); it names an algorithm and
    authorises nothing."""
    head, _, rest = value.partition(".")
    if rest or not head.startswith("eyJ"):
        return False
    header = _b64url_json(head)
    return isinstance(header, dict) and "alg" in header


def token_ok(value: str, placeholders: Placeholders) -> bool:
    """A bearer token, a key member or a flag's value with no name to go by: machine-made (or
    three dot-separated base64url parts, a JSON Web Token whose header need not decode)."""
    if is_placeholder(value, placeholders) or value.startswith(("$", "%", "{", "<")):
        return False
    return machine_made(value) or _JWT_SHAPE.match(value) is not None


_HEADER_LINE = re.compile(r"(?i)(?:^|\s)(?:-H|--header)[\s=]|header|^\s*[\"']?(?:[a-z]+-)*token[\"']?\s*:")
_SHORT_TOKEN = re.compile(r"^[A-Za-z0-9_~+/=.-]{10,64}$")


def header_token_ok(value: str, line: str, path: str, placeholders: Placeholders) -> bool:
    """A token under a header named `Token` (`Api-Token`, `X-Auth-Token`) too short for the
    name-only rules: the line must be a header (curl -H, a headers map, a REST client file)
    and the value random-looking letters and digits, not a word, a number or a version."""
    if is_placeholder(value, placeholders) or is_reference(value) or not _SHORT_TOKEN.match(value):
        return False
    in_rest_file = PurePosixPath(path).suffix.lower() in (".http", ".rest")
    if not (in_rest_file or _HEADER_LINE.search(line)):
        return False
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if _wordy(value) or mostly_words(value) or _is_slug(value) or _DOTTED.match(value):
        return False
    alnum = sum(c.isalnum() for c in value)
    return entropy(value) >= 2.7 and len(set(value)) >= 8 and alnum >= 0.9 * len(value)


def key_as_user_ok(value: str, placeholders: Placeholders) -> bool:
    """`curl -u "<key>:"`, a key given as the user with an empty password: a machine-made value,
    or one no user name looks like (ten characters or more of three classes)."""
    if is_placeholder(value, placeholders):
        return False
    typed = len(value) >= 10 and _classes(value) >= 3 and entropy(value) >= 3.0
    if not token_ok(value, placeholders) and not typed:
        return False
    return not _wordy(value) and not mostly_words(value)


def basic_credentials_ok(value: str, placeholders: Placeholders) -> bool:
    """Base64 of `user:password` that is a real credential (structure.basic_credentials, the one
    check every Basic value, registry `auth` and Secret member goes through)."""
    return structure.decodes_to_credentials(value) and structure.basic_credentials(
        value, lambda part: is_placeholder(part, placeholders)
    )


def basic_auth_ok(value: str, placeholders: Placeholders) -> bool:
    """HTTP basic credentials, base64 of `user:password` (a registry's `auth`, an
    `Authorization: Basic` header): the decoded credentials must pass `basic_credentials_ok`.
    A value that does not decode to `user:password` counts if it is machine-made."""
    if structure.decodes_to_credentials(value):
        return basic_credentials_ok(value, placeholders)
    return token_ok(value, placeholders) and len(value) >= 16


_PERCENT_REFERENCE = re.compile(r"%(?:[A-Za-z_][\w.-]*%|\d|~|\(|[sd%*]$)")
_DOLLAR_LITERAL = re.compile(r"\$[0-9#!%&*^~+=.,;?@-][A-Za-z0-9#!%&*^~+=.,;?@_-]{3,}$")


def is_reference(value: str, quote: str = "") -> bool:
    """A variable, a format slot or a template rather than a literal: `$VAR`, `${VAR}`, `$(cmd)`,
    `%VAR%`, `{0}`, `@param`. In single quotes a shell or PowerShell string is literal, so a
    password that starts with `$` (`'$#2326Berik'`) is a password there, unless it is a whole
    variable name or a template that tools substitute in any quotes."""
    if not value.startswith(("$", "%", "{", "@")):
        return False
    if quote == "'" and value.startswith("$"):
        return value.startswith(("${", "$(")) or re.fullmatch(r"\$[A-Za-z_][A-Za-z0-9_:]*", value) is not None
    if value.startswith("%"):
        # `%VAR%`, `%1`, `%~dp0`, `%(name)s`, `%s`; a value that only starts with `%` is literal
        return _PERCENT_REFERENCE.match(value) is not None
    # `$1` or `$#` alone is a positional or special parameter; followed by more text
    # (`$8053berikYVm`, `$#Saule3504`) it is a password that starts with `$`: no one writes a
    # parameter glued to letters and digits on a command line.
    return _DOLLAR_LITERAL.match(value) is None


# A dotenv file (`.env`, `.env.test`, `app.env`) never expands a single-quoted value: docker
# compose, Symfony's and python-dotenv's readers agree. `APP_SECRET='$ecr3t...'` is a value that
# starts with `$` there; an environment variable's name (`'$APP_SECRET'`), `${...}` and `$(...)`
# stay references, and shell scripts and compose files (which substitute `$NAME` in any quotes,
# or run it later) are not read this way.
_DOTENV_FILE = re.compile(r"(?:^|/)(?:\.env(?:\.[\w.-]+)?|[\w.-]+\.env)$", re.I)
_ENV_VARIABLE = re.compile(r"\$[A-Z_][A-Z0-9_]*")


def dotenv_literal(value: str, quote: str, path: str) -> bool:
    """A single-quoted value of a dotenv file that starts with `$` and is no variable."""
    if quote != "'" or not value.startswith("$") or value.startswith(("${", "$(")):
        return False
    return _DOTENV_FILE.search(path) is not None and _ENV_VARIABLE.fullmatch(value) is None


def as_judged(value: str, quote: str, path: str) -> str:
    """The value as the checks read it: a dotenv literal's leading `$` is a plain sign there,
    judged as one (`!`) so that no check takes it for a variable; the value reported is
    unchanged."""
    return "!" + value[1:] if dotenv_literal(value, quote, path) else value


# In a URL's query, names of keys sent in the clear by design: an OAuth 1 consumer key (its
# secret is `oauth_consumer_secret`), a captcha's site key, a public or publishable key.
_PUBLIC_QUERY_KEY = re.compile(r"(?:consumer|site|public|publishable)[_-]?key$", re.I)
# A stand-in that names the field it stands for: `my-client-id`, `your-access-token`,
# `client_secret`: lower-case words joined by `-` or `_`, the last one a field's word.
_NAMES_A_FIELD = re.compile(r"[a-z]+(?:[-_][a-z]+)*[-_](?:id|key|secret|token|password|pass)")


def url_query_secret_ok(name: str, value: str, placeholders: Placeholders) -> bool:
    """A key or token in a URL's query (`?api_key=...`, `&oauth_token_secret=...`): not a key
    public by design, not a stand-in that names its field, and a literal as in a connection
    string."""
    if _PUBLIC_QUERY_KEY.search(name) or _NAMES_A_FIELD.fullmatch(value):
        return False
    if is_path(value):
        return False  # `?pwd=/home/loans`: a working directory, not a password
    if value.startswith(";"):
        return False  # `"access_token=;expires=..."`: a cookie cleared, an empty value and its attributes
    return connection_ok(value, placeholders)


# What an injection payload is made of: a quote closing a string before SQL (`' OR '1`), comment
# markers (`/*`, `*/`, `--`), a script tag.
_PAYLOAD = re.compile(r"(?i)'\s*\)*\s*(?:or|and|union|like|select|;)(?![a-z])|/\*|\*/|--|<script")


def _injection_payload(decoded: str) -> bool:
    """A percent-decoded value that is an injection payload: punctuation only, or the pieces of
    one (`' OR '1' LIKE '1`, `*/OR/*`), as pages that teach or test injection link them."""
    return not any(c.isalnum() for c in decoded) or _PAYLOAD.search(decoded) is not None


# Typographic quotes closing a value in prose (`password=whatever”`): not part of it.
_CLOSING_QUOTES = "\u201d\u201c\u2019\u2018\u00bb\u00ab"
# A regular expression in a password's place, matching the line the password sits on:
# a character class or an escape class with a repeat (`[\w]+`, `[^;]+`, `\S+`).
_PATTERN_VALUE = re.compile(r"\[\^?[^\]]{1,12}\][+*]|\\[wWdDsS][+*]")


def connection_ok(value: str, placeholders: Placeholders, quote: str = "") -> bool:
    """A password in a connection string: not a placeholder, a variable, a bare word or a
    regular expression."""
    value = value.rstrip(_CLOSING_QUOTES)
    if len(value) < 3 or is_reference(value, quote) or is_placeholder(value, placeholders):
        return False
    if _PATTERN_VALUE.search(value):
        return False  # `password=[\w]+\"` in a Perl match over a configuration line
    if structure.is_port_mapping(value):
        return False  # `docker run -p 27017:27017`: published ports, not a password
    if "%" in value and _injection_payload(unquote(value)):
        return False  # `password=%27%2F*` decodes to `'/*`: an injection payload, not a password
    if _PROPERTY_CHAIN.fullmatch(value):
        return False  # `r.password=r.number=r.tel=`: one value set on several properties (code)
    return not re.fullmatch(r"[A-Za-z_][A-Za-z_.]*", value)


# A string literal joined, in code, to an operand that is not another literal: a name, a call,
# a member or a PHP variable after `+` (most languages) or `.` (PHP): `"Repay@" + digits`,
# `'Repay@' . $n`. The value is composed at run time; the literal is only its fixed part.
_JOINED_AT_RUN_TIME = re.compile(r"^[ \t]*(?:\+|\.(?!\.))[ \t]*(?:\$|[A-Za-z_(])")

# The gap after a string literal ending in `pass=` that code joins a PHP variable to, directly
# or through calls (`'?pass='.$_SESSION['password']`, `'&password='.urlencode(isset($pw) ...`):
# a query string built from a variable, read as a quoted value up to the next quote.
_JOINED_VARIABLE = re.compile(r"^[.+][ \t]*(?:[a-z_]+\([ \t]*)*\$[A-Za-z_]\w*")


# A type or package named by its namespace (Perl, PHP, Ruby, C++: `SOAP::WSDL::XSD::string`), as
# a SOAP or ORM type map gives each field's type; a password holds no run of `::`-joined names.
_TYPE_NAME = re.compile(r"[A-Za-z_]\w*(?:::[A-Za-z_]\w*){2,}")


# Properties assigned in a chain (`renderInputType.number=renderInputType.tel=`), each a dotted
# name: what follows `x.password=` in code, minified or not; a password with `=` or `.` in it
# (`Qw7kLz2vR=`, `gT4.xP9m=2k`) is not a chain of dotted names.
_PROPERTY_CHAIN = re.compile(
    r"(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+=)+(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)?"
)


# Hashes stored where a password goes: crypt formats (bcrypt, sha-crypt, Apache MD5, argon2,
# PBKDF2 as Django writes it) and bare hex digests.
_PASSWORD_HASH = re.compile(
    r"^(?:\$(?:2[abxy]?|[156]|apr1|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt)\$|pbkdf2_sha\d+\$|sha\d+\$|md5\$)"
    r"|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$|^[0-9a-fA-F]{128}$|^\*[0-9A-Fa-f]{40}$"
)


# A password's hash in a password's place: crypt formats, and MySQL's `PASSWORD()` (`*` and 40
# hex digits).
_CRYPT_HASH = re.compile(r"^\$(?:2[abxy]?|[156]|apr1|argon2(?:id|i|d))\$[^$\s]{1,60}\$|^\*[0-9A-Fa-f]{40}$")
# A secret's digest in the PHC string form, `$<algorithm>$<parameters>$<salt>$<hash>` (PBKDF2,
# scrypt, argon2, bcrypt, sha-crypt), where a client's or an API's secret goes: what the server
# compares a presented secret against, which cannot be presented in its place.
_PHC_DIGEST = re.compile(
    r"^\$(?:2[abxy]?|[56]|argon2(?:id|i|d)|pbkdf2(?:-sha\d+)?|scrypt)\$[^$\s]{1,60}\$[A-Za-z0-9./+=,$-]{16,}$"
)


def is_password_hash(value: str) -> bool:
    return _PASSWORD_HASH.match(value) is not None


_SQL_ITEM = re.compile(r"""\s*(?:'((?:[^']|'')*)'|"([^"]*)"|([^,'"]*))\s*(?:,|$)""")


def sql_password_span(columns: str, values: str) -> tuple[int, int] | None:
    """Where, in the VALUES list, the literal of the column named as a password is (its quotes
    left out), or None when no column is a password or its value is not a quoted literal."""
    names = [c.strip().strip('`"[]').lower() for c in columns.split(",")]
    wanted = [i for i, n in enumerate(names) if re.fullmatch(r"(?:\w+_)?(?:password|passwd|pwd|pass)", n)]
    if len(wanted) != 1:
        return None
    pos = 0
    for index, m in enumerate(_SQL_ITEM.finditer(values)):
        if m.start() != pos or (m.end() == m.start()):
            return None
        if index == wanted[0]:
            group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 0
            return m.span(group) if group else None
        pos = m.end()
    return None


_PIECE = re.compile(r"""["']([^"'\r\n]*)["']""")


def joined_pieces(region: str) -> str:
    """The value that string pieces written over several lines make together."""
    return "".join(_PIECE.findall(region))


def prose_password_ok(value: str, placeholders: Placeholders) -> bool:
    """A password named in a sentence (`the password for the jump host is X`): only a value a
    person made to be a password, letters, digits and a symbol or both cases, never a word,
    a path, a URL, a placeholder or a reference."""
    value = value.rstrip(".,;:!?)")
    if len(value) < 8 or is_reference(value) or is_placeholder(value, placeholders):
        return False
    if _NOT_A_SECRET.search(value) or is_path(value) or any(c in value for c in "()[]<>=/\\"):
        return False
    has_letter = any(c.isalpha() for c in value)
    has_digit = any(c.isdigit() for c in value)
    return has_letter and has_digit and _classes(value) >= 3 and entropy(value) >= 3.0


def password_after_name_ok(value: str, path: str, placeholders: Placeholders) -> bool:
    """A password written after its name with only a space, a colon or a parenthesis between
    (`password Kd8#mPq2z`, `PW(...)`): in notes, documents, configuration and files with no
    suffix, not in code (where `password (...)` is a call or a parameter list); a value a person
    made to be a password, as in a sentence, and not an identifier in one case
    (`raw_password_2`)."""
    if file_role(path) == "code" and PurePosixPath(path).suffix:
        return False
    if not prose_password_ok(value, placeholders):
        return False
    identifier = re.fullmatch(r"[A-Za-z0-9_.-]+", value) is not None
    return not identifier or (any(c.islower() for c in value) and any(c.isupper() for c in value))


_NOTE_SUFFIXES = frozenset({".txt", ".log", ""})


def note_file(path: str) -> bool:
    """Notes and documents, where people write access lists in prose: plain text, logs,
    Markdown and the other documentation formats, and files with no suffix that are not dot
    files (`.env`, `.netrc`, read as configuration)."""
    p = PurePosixPath(path)
    if p.name.startswith("."):
        return False
    suffix = p.suffix.lower()
    return suffix in _NOTE_SUFFIXES or suffix in _DOC_SUFFIXES


def pair_in_note_ok(user: str, value: str, path: str, placeholders: Placeholders) -> bool:
    """A user and a password written together in a note (`10.0.0.7 loans/...`, `ID:loans/...`):
    in notes and documents only, the password judged as a password after its name, and not the
    user's name again."""
    if not note_file(path) or value.lower() == user.lower():
        return False
    return password_after_name_ok(value, path, placeholders)


# Hosts reserved for documentation (RFC 2606), placeholders, and the fictitious companies of
# Microsoft's documentation (Contoso, Fabrikam, ...): credentials there are examples.
_EXAMPLE_HOST = re.compile(
    r"(?:^|\.)(?:example\.(?:com|org|net)|example|invalid|test|host|hostname|domain\.com"
    r"|(?:contoso|fabrikam|adventure-works|northwindtraders|wingtiptoys|tailspintoys)\.com"
    # `example.com` as translated help texts write it (French, German, Spanish, Italian,
    # Portuguese, Dutch, Polish, the Nordic languages), under any top-level domain
    r"|(?:exemple|beispiel|ejemplo|esempio|exemplo|voorbeeld|przyklad|eksempel|exempel|esimerkki)"
    r"\.[a-z]{2,3})$",
    re.I,
)


def is_example_host(host: str) -> bool:
    return _EXAMPLE_HOST.search(host) is not None


# A service's default account written into a URL (`rabbit:rabbit@`, `postgres:postgres@`): a
# plain word of four letters or more as both user and password.
_ACCOUNT_WORD = re.compile(r"[A-Za-z]{4,24}")


def url_credentials_ok(
    user: str, password: str, placeholders: Placeholders, host: str = "", path: str = ""
) -> bool:
    """A password in a URL. One equal to the user is a service's default account: reported in a
    configuration file (where it is what the service runs with), not in code, documentation or
    examples, nor when the word is a placeholder (`user:user@`, `test:test@`). A built-in
    account's default password as both (`guest:guest@`, `admin:admin@`) is reported there too,
    as in a password setting: it is what the account runs with."""
    if host and is_example_host(host):
        return False
    if _DIGEST_ALGORITHM.fullmatch(host):
        return False  # `docker://node:20-slim@sha256:...`: an image's name, tag and digest
    if _REGEX_SYNTAX.search(user) or _REGEX_SYNTAX.search(password):
        return False  # `(postgis://.*:)(.*)(@.*)`: a regular expression that matches such URLs
    if password.lower() == user.lower() and password.lower() in _DEFAULT_PASSWORDS:
        return bool(path) and file_role(path) == "config"
    if len(password) < 3 or is_placeholder(password, placeholders) or password.startswith(("$", "%", "{")):
        return False
    if password.lower() == user.lower():
        return bool(path) and file_role(path) == "config" and bool(_ACCOUNT_WORD.fullmatch(password))
    if password.lower() in {
        "password",
        "pass",
        "passwd",
        "pwd",
        "psw",
        "secret",
    }:
        return False
    if _CAMEL_FIELD.fullmatch(password) or _NAMES_A_FIELD.fullmatch(password):
        return False  # `twilio://AccountSid:AuthToken@From`, `user:sasl_token@`: a template's parts
    return not _ENV_NAME.match(password)


# The algorithm of a content digest where a URL's host goes: an image reference pinned by its
# digest (`name:tag@sha256:<hex>`) names no user, password or host.
_DIGEST_ALGORITHM = re.compile(r"sha(?:1|224|256|384|512)", re.I)

# A regular expression's syntax where a URL's user or password goes: any character repeated
# (`.*`, `.+`), a group's options (`(?:`), a negated class (`[^@]`), a class escape (`\S+`).
_REGEX_SYNTAX = re.compile(r"\.[*+?]|\(\?|\[\^|\\[sSwWdD][*+?{]")

# A field's name in CamelCase ending in a secret's word (`AuthToken`, `ApiKey`, `ClientSecret`),
# written where a URL template's password goes.
_CAMEL_FIELD = re.compile(r"(?:[A-Z][a-z]+)+(?:Token|Key|Secret)")


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]{16,}")


def _der_header_end(raw: bytes) -> int:
    """The offset after a DER SEQUENCE's tag and length, 0 when `raw` does not open one."""
    if len(raw) < 8 or raw[0] != 0x30:
        return 0
    if raw[1] < 0x80:
        return 2
    width = raw[1] & 0x7F
    return 2 + width if width in (1, 2, 3) else 0


def der_public_key(value: str) -> bool:
    """Base64 of a public key's DER without its PEM lines (SubjectPublicKeyInfo): a SEQUENCE
    whose first element is a SEQUENCE opening with an object identifier (the key's algorithm),
    followed by a BIT STRING (the key). A private key's SEQUENCE opens with a version number, a
    certificate's with the SEQUENCE of its signed part."""
    if len(value) < 60:
        return False
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    at = _der_header_end(raw)
    if not at or raw[at : at + 1] != b"\x30":
        return False
    inner = _der_header_end(raw[at:])
    if not inner or raw[at + inner : at + inner + 1] != b"\x06":
        return False
    algorithm_length = raw[at + 1] if raw[at + 1] < 0x80 else 0
    after = at + 2 + algorithm_length
    return algorithm_length > 0 and raw[after : after + 1] == b"\x03"


def der_private_key_ok(value: str) -> bool:
    """Base64 of a private key's DER without its PEM lines: a SEQUENCE opening with a version
    number, 0 (PKCS #8, PKCS #1) or 1 (SEC1 elliptic-curve keys), followed by an algorithm
    identifier (PKCS #8), the modulus (PKCS #1) or the key's octets (SEC1). A public key's
    SEQUENCE opens with its algorithm and a certificate's with another SEQUENCE, not a version."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    at = _der_header_end(raw)
    if not at or len(raw) < at + 5 or raw[at : at + 2] != b"\x02\x01":
        return False
    version, following = raw[at + 2], raw[at + 3]
    if version == 0:
        return following in (0x30, 0x02)  # PKCS #8 algorithm identifier, PKCS #1 modulus
    return version == 1 and following == 0x04  # SEC1: the private key's octets


_PIECE_JOIN = re.compile(r"""(?:\\[rn])*["'][ \t]*[+.&,]?[ \t]*\r?\n[ \t]*[+.&]?[ \t]*["']""")


def der_key_pieces_ok(region: str) -> bool:
    """A private key's base64 DER cut into string literals over several lines (`"MIIB..." +` then
    `"..."`): the pieces joined, without their `\\n` escapes, make a private key (see
    `der_private_key_ok`) at least as long as a bare one must be."""
    joined = _PIECE_JOIN.sub("", region)
    joined = re.sub(r"""(?:\\[rn])*["']$""", "", joined)
    return len(joined) >= 80 and der_private_key_ok(joined)


def private_key_ok(body: str, placeholders: Placeholders) -> bool:
    """The body of a PEM/OpenSSH/PuTTY block: enough base64 to be a key, not an ellipsis."""
    chunks = _BASE64_LINE.findall(body.replace("\\n", "\n"))
    material = "".join(chunks)
    if len(material) < 64:
        return False
    return not is_placeholder(material[:64], placeholders) and entropy(material) > 4.0


_PEM_PRIVATE_BLOCK = re.compile(
    r"-----BEGIN[ A-Z0-9]{0,24} PRIVATE KEY(?: BLOCK)?-----(?P<body>.*?)-----END[ A-Z0-9]{0,24} PRIVATE KEY",
    re.S,
)


def base64_pem_key_ok(value: str, placeholders: Placeholders) -> bool:
    """A PEM block kept as base64, on one line or wrapped: decoded, it holds a private key's
    armour around a body `private_key_ok` accepts."""
    compact = re.sub(r"\s+", "", value).rstrip("=")
    compact = compact[: len(compact) - len(compact) % 4]
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return False
    block = _PEM_PRIVATE_BLOCK.search(raw.decode("ascii", "replace"))
    return block is not None and private_key_ok(block.group("body"), placeholders)


# The tokens `github-token` reports (its pattern, whole).
_GITHUB_TOKEN = re.compile(r"gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{80,}")


def base64_github_token_ok(value: str, placeholders: Placeholders) -> bool:
    """A GitHub token kept in base64: the run decodes, a trailing newline aside, to a whole
    token of GitHub's shapes with the entropy `github-token` asks of one, not a placeholder nor an
    alphabet typed in order (as the token itself is judged)."""
    try:
        bare = value.rstrip("=")
        raw = base64.b64decode(bare + "=" * (-len(bare) % 4), validate=True)
        token = raw.decode("ascii").rstrip("\r\n")
    except (binascii.Error, ValueError):
        return False
    return (
        _GITHUB_TOKEN.fullmatch(token) is not None
        and entropy(token) >= 3.5
        and not (is_placeholder(token, placeholders) or spells_alphabet(token))
    )


# Where one string piece ends and the next begins in code: `" + "` (Java, JavaScript, C#) or two
# literals on two lines (Python, C), in double or single quotes; a quote escaped is no end.
_TINK_PIECE_JOIN = re.compile(r"""(?<!\\)(["'])(?:\s*\+\s*|[ \t]*\r?\n\s*)\1""")
_TINK_TYPE = re.compile(r'"typeUrl"\s*:\s*"type\.googleapis\.com/google\.crypto\.tink\.\w+"')
_TINK_MATERIAL = re.compile(r'"keyMaterialType"\s*:\s*"(?:SYMMETRIC|ASYMMETRIC_PRIVATE)"')
_TINK_VALUE = re.compile(r'"value"\s*:\s*"([A-Za-z0-9+/_-]{16,}={0,2})"')


def tink_keyset_ok(value: str, placeholders: Placeholders) -> bool:
    """A Tink key in clear text: a `keyData` object (or a whole keyset kept in base64, decoded)
    that names a Tink key type, a SYMMETRIC or ASYMMETRIC_PRIVATE material type and a `value` of
    random base64. Quotes escaped at any depth (a backslash or more before them) are read as quotes."""
    text = value
    if not value.lstrip("\\").startswith('"'):  # a base64 run: JSON or Tink's binary form
        bare = value.rstrip("=")
        try:
            raw = base64.b64decode(bare + "=" * (-len(bare) % 4), validate=True)
        except (binascii.Error, ValueError):
            return False
        if b"keyMaterialType" not in raw:
            return _tink_binary_key(raw)
        text = raw.decode("utf-8", "replace")
    text = _TINK_PIECE_JOIN.sub("", text)  # string pieces joined in code, a value cut between two
    text = re.sub(r'\\+"', '"', text)
    if not (_TINK_TYPE.search(text) and _TINK_MATERIAL.search(text)):
        return False
    return any(
        entropy(m.group(1)) >= 3.0 and not is_placeholder(m.group(1), placeholders)
        for m in _TINK_VALUE.finditer(text)
    )


# A `KeyData` message of Tink's binary keyset: field 1, the type URL.
_TINK_KEY_DATA = re.compile(rb"\x0a([\x10-\x7f])type\.googleapis\.com/google\.crypto\.tink\.")


def _varint(raw: bytes, at: int) -> tuple[int, int]:
    """The protobuf varint at `at` and the index past it ((-1, at) when cut short)."""
    value, shift = 0, 0
    while at < len(raw) and shift < 35:
        byte = raw[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if byte < 0x80:
            return value, at
        shift += 7
    return -1, at


def _tink_binary_key(raw: bytes) -> bool:
    """A `KeyData` in a binary keyset: the type URL (field 1), the key material (field 2, sixteen
    bytes or more, not a run of a few bytes), then SYMMETRIC (1) or ASYMMETRIC_PRIVATE (2) as its
    material type (field 3)."""
    for m in _TINK_KEY_DATA.finditer(raw):
        at = m.start(1) + 1 + m.group(1)[0]
        if raw[at : at + 1] != b"\x12":
            continue
        size, at = _varint(raw, at + 1)
        material = raw[at : at + size]
        kind, _ = _varint(raw, at + size + 1) if raw[at + size : at + size + 1] == b"\x18" else (-1, 0)
        if size >= 16 and len(material) == size and len(set(material)) >= 8 and kind in (1, 2):
            return True
    return False


def _b64url_json(part: str) -> object:
    padded = part + "=" * (-len(part) % 4)
    try:
        return json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError):
        return None


# jwt.io's example token (`John Doe`, signed with a published secret), printed everywhere.
_PUBLISHED_JWT = re.compile(r"j(?:ohn|ane)[ _]?doe", re.I)


_CLAIM_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?([A-Za-z0-9.-]+)", re.I)


def _for_example_host(payload: dict[str, object]) -> bool:
    """The token's audience or issuer is a documentation host (`https://contoso.com`)."""
    named: list[object] = []
    for claim in ("aud", "iss"):
        value = payload.get(claim)
        named.extend(value if isinstance(value, list) else [value])
    hosts = (_CLAIM_HOST.match(v) for v in named if isinstance(v, str))
    return any(h is not None and is_example_host(h.group(1)) for h in hosts)


def jwt_ok(token: str, placeholders: Placeholders, path: str = "", transcript: bool = False) -> bool:
    """A JSON Web Token: the header decodes to JSON naming an algorithm and the payload to a JSON
    object. In code and configuration a token signed as its algorithm signs is one whatever its
    claims (`{"foo": "bar"}`); an unsigned one (a signature of the wrong length) only when its
    claims name whom it authorises; `alg: none` never. In documentation, example files and an
    interactive interpreter's transcript (`>>>`), the claims must name whom it authorises and not be
    placeholder words. jwt.io's published token is an example everywhere."""
    parts = token.split(".")
    if len(parts) < 3:
        return False
    header = _b64url_json(parts[0])
    payload = _b64url_json(parts[1])
    if not isinstance(header, dict) or "alg" not in header or not isinstance(payload, dict):
        return False
    if str(header["alg"]).lower() == "none":
        return False
    claims = json.dumps(payload, ensure_ascii=False)
    if _PUBLISHED_JWT.search(claims) or _for_example_host(payload):
        return False
    if transcript or file_role(path) in ("docs", "example"):
        return structure.authorises(payload) and not placeholders.words.search(claims)
    # claims that name no subject, issuer, expiry or scope authorise nothing unless signed
    return context.signed(header["alg"], parts[2]) or structure.authorises(payload)


def base64_key_ok(value: str) -> bool:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return len(raw) >= 16 and entropy(value) >= 4.0


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def pii_ok(validator: str, value: str) -> bool:
    if validator == "iin":
        return pii.is_valid_iin(value)
    if validator == "bin":
        return pii.is_valid_bin(value)
    if validator == "kz-iban":
        return pii.is_valid_kz_iban(value)
    if validator == "card":
        return pii.is_card_number(digits(value))
    if validator == "kz-mobile":
        return pii.normalise_kz_mobile(value) is not None
    raise ValueError(validator)


def normalise_pii(validator: str, value: str) -> str:
    """The canonical form used to count distinct identifiers."""
    if validator == "kz-mobile":
        return pii.normalise_kz_mobile(value) or value
    if validator == "kz-iban":
        return re.sub(r"[\s-]", "", value).upper()
    return digits(value)
