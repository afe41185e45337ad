"""Candidates found by the structure around a value rather than by an assignment on one line,
and the checks that tell public values from secrets written in the same shapes.

- A value on its own line inside an XML element named after a secret (`<password>` then the
  value then `</password>`), and a property list's `<key>name</key>` / `<string>value</string>`.
- CSV: the credential column a header names (`login,password,host`), and `name,value,` rows.
- Names that hold a secret's word without ending in it (`apiKeyForPayments`,
  `secret_value_prod`), told from names of what is derived from a secret or describes it
  (`passwordHashSalt`, `password_min_length`, `secretName`, `apiKeyHeader`).
- Unquoted values of configuration files that run to the end of the line with `;`, `<` or `,`
  inside them (`DB_PASSWORD=f9;^ooZ`), where shell and code would end the value there.
- HTTP Basic values of any length that decode to `user:password`, OpenShift `sha256~` tokens,
  curl credentials pasted into a template's braces (`--user "{<key>}":"{<secret>}"`).
- A credential object serialised into a string under a secret's name (`"Apitoken":
  "{\\"name\\":\\"root\\",\\"sig\\":\\"<hex>\\"}"`): its member that is not an identifier.
- Values that look like secrets and are not: a documentation site's search-only key (published
  in every page that searches), a container's published ports (`-p 27017:27017`), a password of
  a test fixture made from the fixture user's own name (`alice` / `alice123`), a JSON Web Token
  whose claims authorise nothing.
"""

from __future__ import annotations

import base64
import binascii
import csv
import functools
import io
import re
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

_SECRET_WORD = re.compile(r"key|secret|token|pass(?:word|wd|phrase)?|pwd|psw|credentials?|creds", re.I)
# A secret's name written as one word, of no case style to split it by: `apikey`, `secretkey`,
# `privatekey`, `accesstoken`, `SECRETKEY` (the qualifiers the engine accepts before `key` when
# a name is written so).
_ONE_WORD_NAME = re.compile(
    r"(?:api|auth|access|secret|private|client|bot|session|refresh)(?:key|secret|token)", re.I
)

# Words after a secret's word that make the name a property of the secret, or of something
# else, rather than the secret itself: its hash, length, name, header, address, lifetime...
_DESCRIPTORS = frozenset(
    """hash hashed hashes digest checksum fingerprint salt length len size min max minimum maximum
    count counts limit limits policy policies rule rules regex pattern format type types kind mode
    name names label labels title hint prompt placeholder text message msg error errors field fields
    input column col header headers param parameter id ids uid ref refs reference arn path paths file
    files dir folder location url uri urls endpoint endpoints host port region manager store vault
    provider source env var variable variables ttl timeout expire expiry expires expiration lifetime
    seconds secs minutes hours days age interval version versions enabled enable disabled required
    visible visibility reset changed change updated created rotated rotation at date time timestamp
    attempts retries strength valid validation validator check method methods algorithm algo alg
    scheme schemes prefix suffix separator length size bits encoding index sort cache encryption
    encrypt encrypted cipher crypt protocol mechanism
    isnull null empty missing long short invalid mismatch expired wrong incorrect""".split()  # noqa: SIM905
)
# (the last line: a condition on the secret, as an error code's or a message's name says it:
# `CONNECT_PASSWORD_ISNULL`, `NET_PASSWORD_TOO_LONG`)
DESCRIPTORS = _DESCRIPTORS  # words after a secret's word that describe it (`name`, `ttl`)
# Capitals before a secret's word in lower case are a word of their own (`JWTsecret`,
# `APItoken`, `SECRETkey`), where capitals before a hump lend it their last letter (`HTTPServer`).
_NAME_PARTS = re.compile(
    r"[A-Z]+(?=(?:key|secret|token|pass(?:word|wd|phrase)?|pwd|credentials?|creds)(?![a-z]))"
    r"|[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+"
)


def name_parts(name: str) -> list[str]:
    """The words of a name in any case style, lower-cased (`apiKeyForPayments` -> api key for payments)."""
    return [p.lower() for chunk in re.split(r"[^A-Za-z0-9]+", name) for p in _NAME_PARTS.findall(chunk)]


def inner_secret_name(name: str) -> str | None:
    """For a name with a secret's word inside it and other words after (`apiKeyForPayments`,
    `secret_value_prod`, `todo_secret_do_not_commit`), the name cut after that word (`apiKey`),
    which the assignment check then judges; None when a word after it describes a property of
    the secret or of something else (`passwordHashSalt`, `secretName`, `apiKeyHeader`)."""
    spans = list(_NAME_PARTS.finditer(name))
    parts = [m.group(0).lower() for m in spans]
    positions = [i for i, p in enumerate(parts) if _SECRET_WORD.fullmatch(p)]
    if not positions or positions[-1] == len(parts) - 1:
        return None
    if any(p in _DESCRIPTORS for p in parts[positions[0] + 1 :]):
        return None
    return name[: spans[positions[-1]].end()]


def secret_name(name: str) -> str | None:
    """The name a value is judged by: the whole name when its last word is a secret's
    (`DB_PASSWORDToken`, `apiToken`, `apikey`), the name cut after an inner secret word
    (`apiKeyForPayments` -> `apiKey`), None for other names (`passwordPolicy`, `tokenLifetime`)."""
    parts = name_parts(name)
    if parts and (_SECRET_WORD.fullmatch(parts[-1]) or _ONE_WORD_NAME.fullmatch(parts[-1])):
        return name
    return inner_secret_name(name)


_WEAK_LAST_WORDS = frozenset({"access", "private"})


def access_name(name: str) -> str | None:
    """A name whose last word is a bare `access` or `private` (`weatherly ACCESS`, `geo.access`,
    `ratesACCESS`, `vapid.private`): a key's weak name, judged like `server_key` (only a value no
    person would type counts); None for other names (`access_level`, `accessMode`, `privateRepo`)."""
    parts = name_parts(name)
    return name if parts and parts[-1] in _WEAK_LAST_WORDS else None


_MEMBER_AFTER_MODIFIER = re.compile(r"[ \t]+(?:[A-Za-z_$\"'`]|$)")


def access_modifier(name: str, op: str) -> bool:
    """`private` alone, then a space and a member's name or a quote (`private hash = "..."` in
    TypeScript, `private "x": string`): the access modifier of a declaration, whose member is
    named by its own name, not a key named `private` (`private: "..."`, `private = "..."`)."""
    return name.lower() == "private" and _MEMBER_AFTER_MODIFIER.match(op) is not None


_PASSWORD_HASH_NAME = re.compile(r"(?:pass(?:word|wd)?|pwd)[_.-]?(?:hash(?:ed|ing)?|digest)", re.I)


def names_password_hash(name: str) -> bool:
    """A name for what a stored password hash is made of (`passwordHashSalt`, `pwd_hash_key`):
    kept beside the hash, not a secret by itself."""
    return _PASSWORD_HASH_NAME.search(name) is not None


# -- CSV -----------------------------------------------------------------------------------------

_CSV_SUFFIXES = frozenset({".csv", ".tsv", ".psv"})
_HEADER_CELL = re.compile(r"[A-Za-z_$][\w $.-]{0,60}")


def is_csv(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in _CSV_SUFFIXES


def _dialect(header: str) -> str | None:
    for delim in (",", ";", "\t", "|"):
        if header.count(delim) >= 1:
            return delim
    return None


def csv_values(path: str, header: str, body: str, body_start: int) -> Iterator[tuple[str, str, int]]:
    """The (name, value, offset) of every credential in a CSV text: the cells of the columns a
    header names, else, in a .csv file, the second cell of `name,value,` rows. A file of
    another name counts as a table only when its header is a row of names and every row has
    as many cells."""
    found = list(_column_values(header, body, body_start, strict=not is_csv(path)))
    if found or not is_csv(path):
        yield from found
        return
    yield from _pair_values(header + "\n" + body, body_start - len(header) - 1)


def _column_values(header: str, body: str, body_start: int, strict: bool) -> Iterator[tuple[str, str, int]]:
    delim = _dialect(header)
    if delim is None:
        return
    names = next(csv.reader([header], delimiter=delim), [])
    if len(names) < 2 or not all(_HEADER_CELL.fullmatch(n.strip()) for n in names):
        return
    wanted = [i for i, n in enumerate(names) if secret_name(n.strip())]
    if not wanted:
        return
    rows = []
    offset = body_start
    for line in io.StringIO(body, newline=""):
        row_text = line.rstrip("\r\n")
        cells = next(csv.reader([row_text], delimiter=delim), []) if row_text.strip() else []
        if cells and len(cells) != len(names) and strict:
            return  # not a table
        rows.append((row_text, cells, offset))
        offset += len(line)
    for row_text, cells, row_start in rows:
        if len(cells) != len(names):
            continue
        for i in wanted:
            at = _cell_offset(row_text, delim, i)
            if cells[i] and at is not None:
                quote = 1 if row_text[at : at + 1] == '"' else 0
                if row_text[at + quote :].startswith(cells[i]):
                    yield secret_name(names[i].strip()) or names[i], cells[i], row_start + at + quote


# `name,value,`: the value runs to the row's own delimiter (`;` inside a comma-separated row is
# part of the value).
_PAIR_ROW = re.compile(
    r"""^["']?(?P<name>[A-Za-z_$][\w.$-]{0,80})["']?(?P<d>[,;\t])"""
    r"""["']?(?P<value>(?:(?!(?P=d))[^\s"']){1,300})["']?(?P=d)?[ \t]*\r?$""",
    re.M,
)


def _pair_values(text: str, text_start: int) -> Iterator[tuple[str, str, int]]:
    for m in _PAIR_ROW.finditer(text):
        name = secret_name(m.group("name").lstrip("$"))
        if name:
            yield name, m.group("value"), text_start + m.start("value")


def _cell_offset(row: str, delim: str, index: int) -> int | None:
    """Where cell `index` starts in a row without delimiters inside quotes."""
    if '"' in row and row.count('"') % 2:
        return None
    pos = 0
    for _ in range(index):
        nxt = _next_delim(row, delim, pos)
        if nxt < 0:
            return None
        pos = nxt + 1
    return pos


def _next_delim(row: str, delim: str, pos: int) -> int:
    quoted = False
    for i in range(pos, len(row)):
        c = row[i]
        if c == '"':
            quoted = not quoted
        elif c == delim and not quoted:
            return i
    return -1


# -- public values -----------------------------------------------------------------------------

_SEARCH_CONFIG = re.compile(r"index_?name|indexName|INDEX_NAME", re.I)
_SEARCH_SERVICE = re.compile(r"algolia|docsearch|typesense|meilisearch", re.I)
_PRIVILEGED = re.compile(r"admin|write|master|private|secret|management|server", re.I)


def public_search_key(name: str, text: str) -> bool:
    """The key a documentation or shop site gives its search box (Algolia DocSearch, Typesense,
    Meilisearch): search-only by design and published in every page that searches, so not a
    secret. Told by the file: a search service named, with an index name; never an admin, write
    or master key."""
    parts = set(name_parts(name))
    if "key" not in parts or _PRIVILEGED.search(name):
        return False
    return _configures_search(text)


@functools.lru_cache(maxsize=8)
def _configures_search(text: str) -> bool:
    """Once per file (a str caches its hash): a search service named, with an index name."""
    return _SEARCH_SERVICE.search(text) is not None and _SEARCH_CONFIG.search(text) is not None


_PORT_MAP = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3}){3}:)?\d{1,5}(?:-\d{1,5})?:\d{1,5}(?:-\d{1,5})?(?:/(?:tcp|udp))?$"
)


def is_port_mapping(value: str) -> bool:
    """`27017:27017`, `127.0.0.1:8080:80`, `5000-5010:5000-5010/udp`: a container's published
    ports (`docker run -p`), not a password given with `-p`."""
    return _PORT_MAP.match(value) is not None


_LOGIN_NEARBY = re.compile(
    r"""(?:login|user(?:_?name)?|email|e-mail|account|name)["']?\s*[:=]\s*["']?(?P<login>[^"'\s,;@]{3,64})""",
    re.I,
)


def fixture_password_from_login(text: str, value_start: int, value: str) -> bool:
    """A password made from the user's own name in the same record (`alice` / `alice123`,
    `saule2024`, `dala!1`): what test fixtures write for made-up users. Looked for on the
    password's line and the two lines before it."""
    line_start = text.rfind("\n", 0, value_start) + 1
    window_start = line_start
    for _ in range(2):
        if window_start > 0:
            window_start = text.rfind("\n", 0, window_start - 1) + 1
    window = text[window_start:value_start]
    low = value.lower()
    for m in _LOGIN_NEARBY.finditer(window):
        login = m.group("login").lower()
        if len(login) >= 3 and low.startswith(login):
            rest = low[len(login) :]
            if len(rest) <= 6 and not any(c.isalpha() for c in rest):
                return True
    return False


# Claims that say whom or what a token authorises; a payload with none of them (a JWT-shaped
# value holding data such as {"confidence": 0.8}) is not a credential.
AUTH_CLAIMS = frozenset(
    """sub iss aud exp nbf iat jti azp scope scp roles role user user_id userid uid username
    email client_id cid sid session tenant tid oid account permissions groups name""".split()  # noqa: SIM905
)


def authorises(payload: dict[str, object]) -> bool:
    return any(k.lower() in AUTH_CLAIMS for k in payload)


# -- values that run to the end of a configuration line -----------------------------------------

# Files whose unquoted values run to the end of the line: `;`, `<`, `,` and brackets are part of
# the value there. Not shell, Dockerfiles or Makefiles (`;` ends a command), code, JSON, XML, SQL.
_LINE_VALUE_SUFFIXES = frozenset(
    {".env", ".properties", ".ini", ".cfg", ".conf", ".cnf", ".yaml", ".yml", ".txt", ".npmrc", ".pypirc"}
)
_LINE_VALUE_NAMES = frozenset({".npmrc", ".pypirc", ".env", "gradle.properties"})
# What a value has that the one-line assignment rule reads as its end.
_INNER_STOPS = re.compile(r"[;<>,(){}\[\]]")
# Only a name, then the value: `KEY=`, `export KEY=`, `- KEY=`, `  key:` (the name starts the line).
_LINE_HEAD = re.compile(r"""^[ \t]*(?:export[ \t]+|-[ \t]+)?["']?\$?$""")


def runs_to_line_end(path: str) -> bool:
    """A file whose unquoted values run to the end of the line (`.env`, INI, YAML, ...)."""
    p = PurePosixPath(path)
    name = p.name.lower()
    if name in _LINE_VALUE_NAMES or name.startswith(".env.") or name.endswith(".env"):
        return True
    return p.suffix.lower() in _LINE_VALUE_SUFFIXES


# `".substr($ids,1)."`, `'.implode(',', $t).'`, `"+makeToken(u)+"`: a string the program
# closes, an expression it concatenates, the string opened again
_CODE_SPLICE = re.compile(r"""^(["'])[.+].*[.+]\1$""", re.DOTALL)


def is_code_splice(value: str) -> bool:
    """The value is the code that builds the text around it, not a value kept in the file."""
    return _CODE_SPLICE.match(value) is not None


def holds_inner_stop(value: str) -> bool:
    """The value holds a character the one-line assignment rule reads as the value's end."""
    return _INNER_STOPS.search(value) is not None


def name_starts_line(text: str, name_start: int) -> bool:
    """Only the name's lead (`export`, `- `, a quote) comes before it on its line."""
    line_start = text.rfind("\n", 0, name_start) + 1
    return _LINE_HEAD.match(text[line_start:name_start]) is not None


_SERVICE_BEFORE_NAME = re.compile(r"^[ \t]*(?:export[ \t]+|-[ \t]+)?(?P<word>[A-Za-z][A-Za-z0-9]{1,30}) $")


def service_before_name(text: str, name_start: int) -> str | None:
    """The one word before a secret's name on its line, a single space between (`relay SECRET
    <value>`: the service the secret is for), when nothing else comes before; None otherwise."""
    line_start = text.rfind("\n", 0, name_start) + 1
    m = _SERVICE_BEFORE_NAME.match(text[line_start:name_start])
    return m.group("word") if m else None


def line_value_candidate(text: str, name_start: int, value: str) -> bool:
    """The name starts its line and the value holds a character the one-line rule stops at
    before its end: a value ended by `,` or `;` (`AllowUsersToChangePassword: false,` in a YAML
    block of JavaScript) is the one-line rule's to judge, without them."""
    return name_starts_line(text, name_start) and holds_inner_stop(value.rstrip(",;"))


# -- HTTP Basic values ---------------------------------------------------------------------------

_PLACEHOLDER_ACCOUNTS = frozenset(
    """user username login admin administrator root test guest anonymous name foo bar
    email account client id client_id""".split()  # noqa: SIM905
)
_PLACEHOLDER_PASSWORDS = frozenset(
    """password pass passwd pwd secret changeme changeit test xxx client_secret""".split()  # noqa: SIM905
)


def decoded_text(value: str) -> str | None:
    """The UTF-8 text a base64 value (padding optional) encodes; None when it is not one."""
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def decodes_to_credentials(value: str) -> bool:
    """The value is base64 of printable text with a `:` in it (`user:password`)."""
    raw = decoded_text(value)
    return raw is not None and ":" in raw and raw.isprintable()


def basic_credentials(value: str, placeholder: Callable[[str], bool] = lambda _: False) -> bool:
    """A Basic value that decodes to printable `user:password` that is not a placeholder: the
    encoding shows the header was built from real credentials, so a short or plain password
    counts (`berik:k9oCA`); an empty password only with a user that names someone
    (`browser:`, not `admin:`); a password equal to its user only when the user is not a
    placeholder account (`oauth2:oauth2`, not `admin:admin`). `placeholder` tells documented
    example values (the OAuth RFCs' `s6BhdRkqt3:gX1fBat3bV`)."""
    raw = decoded_text(value)
    if raw is None:
        return False
    user, sep, password = raw.partition(":")
    if not sep or not raw.isprintable() or len(raw) < 4:
        return False
    if placeholder(password or user):
        return False  # a placeholder password, or an empty one beside a placeholder user
    if user.lower() in _PLACEHOLDER_ACCOUNTS and (not password or password.lower() in _PLACEHOLDER_PASSWORDS):
        return False
    if password.lower() in _PLACEHOLDER_PASSWORDS:
        return False
    if password.lower() == user.lower() and user.lower() in _PLACEHOLDER_ACCOUNTS:
        return False  # admin:admin, test:test; a service's own account (oauth2:oauth2) counts
    if not password:
        return len(user) >= 3 and user.lower() not in _PLACEHOLDER_ACCOUNTS
    return not password.startswith(("$", "%", "{", "<"))


def name_ends_at(text: str, start: int, word: str) -> bool:
    """`word` at `start` is the last word of a name: after a separator or a camel-case hump
    (`user_auth`, `basicAuth`), not inside a word (`oauth`, `preauth`)."""
    prev = text[start - 1 : start]
    return not prev.isalnum() or (prev.islower() and word[:1].isupper())


# -- OpenShift tokens ----------------------------------------------------------------------------

_OPENSHIFT_FULL = re.compile(r"sha256~[A-Za-z0-9_-]{43}")
_TOKEN_CONTEXT = re.compile(r"authorization|bearer|token|oc[ \t]+login", re.I)


def openshift_token(value: str, line: str) -> bool:
    """`sha256~` and 43 base64url characters anywhere; a shorter or other value only on a line
    that names an authorization header or a token."""
    if _OPENSHIFT_FULL.fullmatch(value):
        return True
    rest = value.partition("~")[2]
    return (
        _TOKEN_CONTEXT.search(line) is not None
        and any(c.isdigit() for c in rest)
        and any(c.isalpha() for c in rest)
        and len(set(rest)) >= 8
    )


# Members of a serialised object that name or identify something rather than hold a secret:
# the account (`name`, `user`), the request (`request_id`), a digest of public content.
_IDENTIFYING_MEMBERS = frozenset(
    """name user username login email account owner subject sub iss aud kid nonce etag sha
    commit revision trace request correlation""".split()  # noqa: SIM905
)


def credential_member(member: str) -> bool:
    """A member of a serialised credential object that may hold the credential (`sig`, `token`,
    `secret`), not one that names or identifies (`name`, `request_id`, `digest`)."""
    parts = name_parts(member)
    return bool(parts) and parts[-1] not in _DESCRIPTORS and parts[-1] not in _IDENTIFYING_MEMBERS
