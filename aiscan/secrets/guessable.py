"""Signing, encryption and API secrets whose value reads like words: their own finding kind.

A secret that signs tokens, sessions, cookies or webhooks, encrypts data or calls an API, written
in the source as words (`'qarz-jwt-signing-key-2025!'`, `"ultrasecretkey77"`,
`'whsec_local_qarzdev'`), is a leak however human-made it looks: whoever reads the source signs
tokens the application accepts or calls the API as it does. The generic rules score a value's
randomness and leave such values out as labels or placeholders; this kind reports them,
`guessable-secret` (CWE-798, CWE-521), medium outside tests and example files and low in them,
with the reason in the message.

Only names of such secrets count, qualified by what the secret is for (`JWT_SECRET`,
`SECRET_KEY`, `jwtSigningKey`, `webhookSecret`, `client_secret`, `SERVICE_TOKEN`, `api_key`,
an object store's `AWS_SECRET_ACCESS_KEY`);
a bare `secret` or `token`, a password (the `weak-password` kind's), a public, cache or sort key,
a session's or a cookie's key or token (`SESSION_KEY`: where a value is stored)
are not. A literal given as the fallback of an environment look-up
(`process.env.JWT_SECRET || '...'`) counts: it is what runs wherever the variable is unset.

Left out: values shorter than 8 characters, values with spaces (labels, sentences), the name
itself given as its value (`jwtSecret: 'jwt-secret'`; the product word before the secret's
words is not the name: `MINIO_SECRET_KEY=minio` and digits is reported), the name of a field, a
setting, a header or a variable (`'client_secret'`, `'x-api-key'`, `'SCORING_API_KEY'`,
`settings.KEY`), type and rule words, placeholders (`<your-secret>`, `changeme`,
`replace-with-...`, `xxxx`, `${ENV}`, and the exact stand-ins every detector leaves out),
references and look-ups, and anything in comments, docstrings or translations.

In documentation text (a Markdown, reStructuredText, AsciiDoc or Org page, a package's long
description; not notes, `.txt`, nor HTML), such a secret set as a line of an example (a compose
or shell excerpt, a literal block: the name opening its line) is reported at low: it is what a
reader who copies the example runs with, and CredData's labellers count it as a secret. A
setting named inside a sentence of prose stays out. Measured on the documentation of 51 PyPI and
npm packages, this added no finding (docs/measurements/secrets.md, "Secrets in documentation").
"""

from __future__ import annotations

import bisect
import functools
import re

from aiscan.secrets import validate as v
from aiscan.secrets import weak as wk
from aiscan.secrets.detectors import Placeholders

# The operators that set a secret: `=`, `:`, `:=`, `=>` (a setter's `(` sets a password, not these).
_SETTING_OPS = ("=", ":", ":=", "=>")

# What the secret is for, then the secret's word: `jwt_secret`, `SECRET_KEY`, `jwtSigningKey`,
# `webhookSecret`, `client_secret`, `SERVICE_TOKEN`, `apiKey`, `x-api-key`. The qualifier starts
# a part of the name (after a separator, at a capital, or at the start).
_QUALIFIED_NAME = re.compile(
    r"(?:^|(?<=[^A-Za-z])|(?<=[a-z0-9])(?=[A-Z]))"
    r"(?:(?i:api|app|application|auth|oauth|client|consumer|jwt|signing|sign|hmac|encryption|encrypt|"
    r"cipher|aes|crypto|webhook|service|integration|partner|merchant|bot|secret|token)"
    r"[_.-]?(?i:(?:secret|signing|token)[_.-]?key|key|secret|token)"
    # a session's or a cookie's key or token names where a value is stored; their secret signs
    r"|(?i:session|cookie)[_.-]?(?i:secret)"
    # an object store's secret access key (`AWS_SECRET_ACCESS_KEY`, `secretAccessKey`): its id
    # (`AWS_ACCESS_KEY_ID`) names the account
    r"|(?i:secret)[_.-]?(?i:access)[_.-]?(?i:key))$"
)
# Words that say a value is to be filled in or stands for one: `<your-secret>`, `replace-me`.
_STAND_IN = re.compile(
    r"example|sample|dummy|fake|placeholder|change[_-]?(?:me|it|this)|replace|redact|your|insert|"
    # a request to fill the value in: `please-set-me`, `set_this`, `fill-me-in`
    r"(?<![a-z])(?:set|fill)[_-]?(?:me|this)(?![a-z])|"
    r"enter|lorem|ipsum|mock|not[_-]?(?:a[_-]?)?(?:real|secret)|fixture|(?<![a-z])foo(?:bar)?(?![a-z])|"
    r"invalid|bogus|todo|tbd|fixme|xxx|\*|\.\.\.|j(?:ohn|ane)[ _]?doe|(?<![a-z])payload(?![a-z])|"
    # a redaction marker (`key-omitted`, `token_removed`) and a filler word (`blah-blah`), as in
    # the placeholder words of rulesets/secrets/placeholders.yaml
    r"(?<![a-z])(?:removed|omitted|scrubbed|filtered|elided|withheld|censored|sanitized)(?![a-z])|"
    r"(?<![g-z])blah|"
    # a value that says it is for CI, development or a local run only (`ci-only-secret-...`)
    r"(?<![a-z])(?:ci|dev|development|local|test)[_-]only(?![a-z])|"
    # "your key", "your secret" written in Portuguese, Spanish, French or German
    # (`sua-chave-jwt-...`, `tu-clave-...`, `votre-cle-...`, `dein-schluessel-...`)
    r"(?<![a-z])(?:sua|seu|tua|teu|tu|su|votre|ton|dein|deine|ihr)[_-]"
    r"(?:chave|senha|segredo|clave|contrase|secreto|cle|mot|schluessel|schlussel|geheim|passwort|"
    r"jwt|api|token|key|secret)",
    re.I,
)
# A field's, a setting's or a header's name given as the value: words joined by `_`, `-` or `.`
# whose last word is a secret's (`client_secret`, `x-api-key`, `stripe_api_key`, `jwt.secret`).
_NAMES_A_SECRET = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*[_.-](?i:key|secret|token|id)$")
_WORDS_A_SECRET_TAKES = frozenset({"jwt", "hmac", "aes", "rsa", "hs256", "base64", "hex", "bearer"})
_DOTTED_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[\w$]+)+")
_MIN_LENGTH = 8
_MAX_LENGTH = 64


def names_a_guessable_secret(key: str) -> bool:
    """A name of a signing, encryption or API secret, qualified by what it is for."""
    name = key.strip("\"'[]$@:").rsplit("::", 1)[-1]
    return _QUALIFIED_NAME.search(name) is not None and v.name_strength(name) == "strong"


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _secret_words(name: str) -> str:
    """The words of a name that say what the secret is (`SECRET_KEY` of `MINIO_SECRET_KEY`,
    `jwtSecret`)."""
    m = _QUALIFIED_NAME.search(name)
    return m.group(0) if m else name


def _product_word_typed(name: str, value: str) -> bool:
    """The product word a name starts with, before the secret's words, typed with digits as the
    value (`MINIO_SECRET_KEY=minio` and digits): the product's name as its secret, a guessable
    one. Other words of the name given as the value (`DATA_API_KEY = '.data-api'`) stay a name."""
    first = re.split(r"[_.-]|(?<=[a-z])(?=[A-Z])", name.strip("_."))[0].lower()
    bare = value.rstrip("0123456789")
    return bare != value and bare.lower() == first and first not in _letters(_secret_words(name))


# A run of the symbols over the digit keys (`!@#$%^&*`), three different ones or more: typed
# along the keyboard as part of the value, where a `*` alone or repeated (`****`) masks one.
_SYMBOL_ROW = re.compile(r"[!@#$%^&*()]{3,}")


def _typed_symbols(value: str) -> str:
    """The value without its runs of keyboard-row symbols, for the stand-in checks."""
    return _SYMBOL_ROW.sub(lambda m: "" if len(set(m.group())) >= 3 else m.group(), value)


# The names of HTTP's authentication headers, kept in a constant named for the key they carry.
_AUTH_HEADER_NAME = re.compile(r"(?i:(?:proxy-)?authori[sz]ation|www-authenticate)")


def _not_a_secret(name: str, value: str, placeholders: Placeholders) -> bool:
    """A value that is no secret at all: a placeholder, a reference, a name, a word a setting
    takes, the name repeated."""
    low = value.lower()
    if not _MIN_LENGTH <= len(value) <= _MAX_LENGTH or not value.isascii() or any(c.isspace() for c in value):
        return True
    if sum(c.isalpha() for c in value) < 4 or len(set(low)) <= 3:
        return True
    typed = _typed_symbols(value)
    if low in placeholders.exact or placeholders.patterns.search(value) or _STAND_IN.search(typed):
        return True
    if wk.NOT_A_VALUE.search(typed) or v.NOT_A_SECRET.search(value) or v.is_reference(value):
        return True
    if v.encoded_placeholder(value, placeholders):
        return True  # base64 of `...EXAMPLEKEY`: a stand-in, encoded
    if "{" in value or "}" in value:
        return True  # `base64:{b64:43}=`: a template's field
    bare = low.rstrip("0123456789")
    if bare in v.SETTING_WORDS or bare in wk.STATE_WORDS or bare in _WORDS_A_SECRET_TAKES:
        return True
    if _letters(value) in _letters(name) and not _product_word_typed(name, value):
        return True  # `jwtSecret: 'jwt-secret'`, `API_KEY = "apiKey"`: the setting's own name
    if v.ENV_NAME.match(value) or _NAMES_A_SECRET.match(value) or value.startswith("_"):
        return True  # `SCORING_API_KEY`, `client_secret`, `x-api-key`, `_csrftoken`: a name
    if _AUTH_HEADER_NAME.fullmatch(value):
        return True  # `API_KEY = "Authorization"`: the header the key is sent in, by its name
    # a file, an algorithm (`aes-256-cbc`), a dotted name (`settings.SCORING_KEY`)
    return v.is_path(value) or _names_algorithm(value) or _DOTTED_NAME.fullmatch(value) is not None


def _names_algorithm(value: str) -> bool:
    """An algorithm's name (`aes-256-cbc`, `hmac-sha256`): at most one word beside the
    algorithm's parts and numbers, where words with an algorithm inside
    (`qarz-hmac-words-2025`) are a phrase."""
    if not v.names_algorithm(value):
        return False
    words = [p for p in re.split(r"[-_]", value.lower()) if p.isalpha() and not v.ALGORITHM_PART.fullmatch(p)]
    return len(words) <= 1


# A bare secret's name (`Key`, `Secret`) that a configuration section qualifies: ASP.NET Core's
# `"Jwt": { "Key": ... }`, `"JwtSettings": { "Secret": ... }`, Spring's `jwt:` / `secret:`.
_BARE_NAME = re.compile(r"(?i:key|secret)")
# The section names that say the secret signs tokens: `Jwt`, `JwtSettings`, `JwtOptions`,
# `token_signing`, `Hmac`.
_SIGNING_SECTION = re.compile(r"(?i:jwt|signing|hmac)")
# A YAML line that opens a mapping: `jwt:`, `  token_signing:` (nothing after the colon).
_YAML_BLOCK_KEY = re.compile(
    r"^(?P<indent>[ ]*)(?:-[ ]+)?[\"']?(?P<name>[A-Za-z_][\w.-]*)[\"']?[ \t]*:[ \t]*(?:#.*)?$"
)
_CONFIG_SUFFIXES = (".json", ".yml", ".yaml", ".toml", ".ini", ".cfg")
# What an example or template copy of a configuration file adds after its own suffix
# (`teller.ini.example`, `config.toml.dist`).
_COPY_SUFFIX = re.compile(r"\.(?:example|sample|dist|template|tmpl|default)$")
# A TOML table or INI section header line: `[jwt]`, `[auth.jwt]`, `[[servers]]`, `["jwt"]`.
_SECTION_HEADER = re.compile(r"^[ \t]*\[\[?[ \t]*(?P<name>[^\[\]\n]+?)[ \t]*\]\]?[ \t]*(?:[#;].*)?$", re.M)


def _config_suffix(path: str) -> str:
    """The suffix of a configuration file's format, an example copy's suffix left off, or ""."""
    low = _COPY_SUFFIX.sub("", path.lower())
    return next((s for s in _CONFIG_SUFFIXES if low.endswith(s)), "")


def config_section(text: str, pos: int, path: str) -> str:
    """The name of the JSON object, YAML mapping, TOML table or INI section that holds the
    setting at `pos` in a configuration file (`Jwt` for `"Jwt": { "Key": ... }`, `jwt` for
    `[auth.jwt]`), or "" at the root, in other files and where the structure cannot be read."""
    suffix = _config_suffix(path)
    if suffix == ".json":
        return _json_section(text, pos)
    if suffix in (".yml", ".yaml"):
        return _yaml_section(text, pos)
    if suffix:
        starts, names = _header_sections(text)
        return names[bisect.bisect_right(starts, pos) - 1]
    return ""


@functools.lru_cache(maxsize=4)
def _header_sections(text: str) -> tuple[list[int], list[str]]:
    """Where each TOML table or INI section of a text starts (after its header line), and the last
    part of its name (`jwt` of `[auth.jwt]`, `cache` of `[jwt.cache]`), read once per file; ""
    before the first header."""
    starts: list[int] = [0]
    names: list[str] = [""]
    for m in _SECTION_HEADER.finditer(text):
        starts.append(m.end())
        names.append(m.group("name").rsplit(".", 1)[-1].strip(" \t\"'"))
    return starts, names


def _json_section(text: str, pos: int) -> str:
    """The key of the innermost JSON object open at `pos`."""
    starts, names = _json_sections(text)
    at = bisect.bisect_right(starts, pos) - 1
    return names[at] if at >= 0 else ""


@functools.lru_cache(maxsize=4)
def _json_sections(text: str) -> tuple[list[int], list[str]]:
    """Where the innermost open JSON object changes in a text, and its key from there on (""
    at the root or in an array), read once per file (strings and escapes skipped)."""
    stack: list[str] = []
    starts: list[int] = [0]
    names: list[str] = [""]
    last_string = ""
    pending = ""  # a string followed by `:` names the value that comes next
    i = 0
    while i < len(text):
        c = text[i]
        if c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            last_string = text[i + 1 : j]
            i = j + 1
            continue
        if c == ":":
            pending = last_string
        elif c in "{[":
            stack.append(pending if c == "{" else "")
            pending = ""
            starts.append(i + 1)
            names.append(stack[-1])
        elif c in "}]":
            if stack:
                stack.pop()
            pending = ""
            starts.append(i + 1)
            names.append(stack[-1] if stack else "")
        elif c == ",":
            pending = ""
        i += 1
    return starts, names


def _yaml_section(text: str, pos: int) -> str:
    """The key of the YAML mapping the line at `pos` is indented under."""
    starts, parents = _yaml_sections(text)
    return parents[bisect.bisect_right(starts, pos) - 1]


@functools.lru_cache(maxsize=4)
def _yaml_sections(text: str) -> tuple[list[int], list[str]]:
    """Where each line of a text starts, and the key of the mapping it is indented under: the
    nearest line above with less indent, when that line opens a mapping ("" at the root or
    under anything else). Read once per file, keeping the lines above that may still be a
    parent (each less indented than the one after it)."""
    starts: list[int] = []
    parents: list[str] = []
    open_lines: list[tuple[int, str]] = []  # (indent, the key it opens or "")
    at = 0
    for line in text.split("\n"):
        starts.append(at)
        at += len(line) + 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            parents.append("")  # no setting on a blank or comment line
            continue
        own = len(line) - len(line.lstrip(" "))
        while open_lines and open_lines[-1][0] >= own:
            open_lines.pop()
        parents.append(open_lines[-1][1] if own and open_lines else "")
        m = _YAML_BLOCK_KEY.match(line)
        open_lines.append((own, m.group("name") if m else ""))
    return starts, parents


def names_a_signing_section(text: str, path: str) -> bool:
    """Whether a configuration file names a signing section anywhere: only then is a bare
    name's section looked up (read once per file, as the look-up is)."""
    return bool(_config_suffix(path)) and _names_signing(text)


@functools.lru_cache(maxsize=4)
def _names_signing(text: str) -> bool:
    return _SIGNING_SECTION.search(text) is not None


def section_qualifies(name: str, section: str) -> bool:
    """A bare `Key` or `Secret` inside a section named for signing tokens (`Jwt`, `JwtSettings`)."""
    return _BARE_NAME.fullmatch(name) is not None and _SIGNING_SECTION.search(section) is not None


def guessable_secret_ok(
    key: str,
    value: str,
    quoted: bool,
    path: str,
    placeholders: Placeholders,
    op: str,
    after: str,
    head: str,
    section: str = "",
) -> bool:
    """A word-like literal set under a name of a signing, encryption or API secret in code,
    configuration, a test, or an example or template file, which the generic rules leave out
    (they report it as a secret themselves when it looks machine-made). `section`: the
    configuration section the setting is written in, which qualifies a bare `Key` or `Secret`."""
    name = key.strip("\"'[]$@:")
    if section_qualifies(name, section):
        name = f"{section}.{name}"
    elif not names_a_guessable_secret(name):
        return False
    if wk.is_documentation_text(path):
        if op.strip().strip("\"']").strip() not in _SETTING_OPS:
            return False
        if not wk.documented_setting(path, op, quoted, after, head):
            return False  # prose naming a setting, a comment, a translation
    elif not wk.literal_setting(path, op, quoted, after, head, _SETTING_OPS):
        return False
    if _not_a_secret(name, value, placeholders) or v.PUBLIC_CLIENT_KEY.match(value):
        return False
    return not v.assignment_ok(name, value, quoted, path, placeholders, op)
