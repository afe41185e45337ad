"""Accounts a SQL script seeds with a password written as typed.

`INSERT INTO users (username, password) VALUES ('admin', 'admin123')` in a schema, seed or
migration script makes every installation start with that account and that password: a default
credential (CWE-1392) stored as typed (CWE-256). The value need not look chosen (`admin`,
`123456`, `password` are the usual ones), so the secret validators' tests of a value do not
apply; what is asked instead is that the table reads as an account table, the column as a
password, and the value is a literal that is neither a hash nor a template's placeholder.

The statement is read from its `VALUES` (one row or several) or its `SELECT` list (`INSERT ...
SELECT 'admin', 'admin' WHERE NOT EXISTS (...)`), over as many lines as it takes, with SQL's
quoting (`''` and MySQL's `\\'` inside a literal; `E'...'`, `N'...'`) and comments.

The same rows hold machine credentials when the table keeps them: an OAuth client's secret
(Laravel Passport's `oauth_clients.secret`, Spring's `oauth_client_details.client_secret`) or an
API key (`api_keys.key`) dumped with the database is the credential itself when it is
machine-made; a hash of it (what newer releases keep), a word, NULL or a column of another table
is not.

A script is read once from start to end (`Script`): each statement's tokens are read up to its
end and no further, and an `INSERT` written inside a statement already read (a string literal,
a comment) starts nothing, so a dump of any length, its statements of any length, is read whole
in time proportional to its size.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from aiscan.secrets import validate as v

# Scripts only: in a program's source the same text is a string whose pieces the program joins.
SQL_SUFFIXES = frozenset({".sql", ".ddl", ".dml", ".pgsql", ".psql", ".mysql"})
# A CREATE TABLE's column list is looked for this far (a dump's column-less INSERT reads it).
MAX_TABLE_DEFINITION_CHARS = 200_000

# The table's last name part (`public.users`, `[dbo].[AppUser]`) names accounts.
_ACCOUNT_TABLE = re.compile(
    r"user|account|admin|member|operator|login|credential|staff|employee|customer|principal|person|people"
    r"|^auth",
    re.I,
)
# A column holding the password itself; a column named for a hash or a password's metadata
# (`password_hash`, `encrypted_password`, `password_changed_at`) is not it.
_PASSWORD_COLUMN = re.compile(r"[a-z0-9]*_?(?:password|passwd|passwort|pwd|pass|pw)", re.I)
_NOT_PLAIN_COLUMN = re.compile(
    r"hash|crypt|digest|salt|md5|sha|token|reset|hint|question|expir|date|time", re.I
)
# A table that keeps machine credentials: OAuth clients and their details, API keys, applications
# and integrations given a key (the table's last name part).
_CLIENT_TABLE = re.compile(r"oauth|client|api_?keys?|application|integration", re.I)
# The column holding the credential itself (`secret`, `client_secret`, `api_key`, `key`, `token`).
_CLIENT_SECRET_COLUMN = re.compile(
    r"(?:client_?|app_?|api_?)?secret|(?:api_?|secret_?|access_?|app_?)?key|(?:api_?|access_?|auth_?)?token",
    re.I,
)
# Hashes where a password goes: any crypt format (`$2a$`, `$argon2id$`, `$P$` phpass, `$y$`),
# a scheme in braces (Spring's `{bcrypt}`, LDAP's `{SSHA}`), Django's and Werkzeug's forms.
_HASH = re.compile(
    r"^\$[A-Za-z0-9-]{1,20}\$|^\{(?!noop\})[A-Za-z0-9-]{2,20}\}|^(?:pbkdf2|scrypt|sha\d*|md5|bcrypt|argon2)[\w-]*[$:]",
    re.I,
)
# Values a tool fills in (`@ADMIN_PASSWORD@`, `${admin.password}`, `{{ pw }}`, `%s`, `:pw`, `?`).
_TEMPLATE = re.compile(
    r"^(?:@@?\w+@@?|__\w+__|%+\w+%+|<[^<>]+>|\[[^\[\]]+\]|:\w+|\?|\$\d+)$|\$\{|#\{|\{\{|\{%|%\(\w+\)s|^%s$",
)

_TOKEN = re.compile(
    r"""(?P<ws>\s+)|(?P<comment>--[^\n]*|\#[^\n]*|/\*.*?(?:\*/|\Z))"""
    r"""|(?P<str>[EeNn]?'(?:[^'\\]|''|\\.)*(?:'|\Z))|(?P<dq>"(?:[^"]|"")*(?:"|\Z))|(?P<bq>`[^`]*(?:`|\Z))"""
    r"""|(?P<word>[A-Za-z0-9_.$@:?-]+)|(?P<punct>.)""",
    re.S,
)
_END_OF_SELECT = frozenset({"from", "where", "union", "on", "limit", "order", "group", "returning"})


def sql_script(path: str) -> bool:
    return PurePosixPath(path.lower()).suffix in SQL_SUFFIXES


def account_table(table: str) -> bool:
    return _ACCOUNT_TABLE.search(_last_name(table)) is not None


def password_column(name: str) -> bool:
    name = name.strip().strip("`\"[]'")
    return _PASSWORD_COLUMN.fullmatch(name) is not None and _NOT_PLAIN_COLUMN.search(name) is None


def client_table(table: str) -> bool:
    return _CLIENT_TABLE.search(_last_name(table)) is not None


def client_secret_column(name: str) -> bool:
    return _CLIENT_SECRET_COLUMN.fullmatch(name.strip().strip("`\"[]'")) is not None


def machine_secret(value: str) -> bool:
    """A literal that is a machine-made credential, not a crypt-format hash of one. Hexadecimal
    is a key's usual form here (`api_keys.key`), not read as a digest as in a password column."""
    value = value.strip()
    return _HASH.search(value) is None and v.machine_made(value)


def plaintext_password(value: str) -> bool:
    """A literal that is the password itself: not empty, not a hash, not a placeholder."""
    value = value.strip()
    if not value or not any(c.isalnum() for c in value) or _TEMPLATE.search(value):
        return False
    if value.lower().startswith("{noop}"):  # Spring's prefix for a password kept as typed
        return bool(value[6:].strip())
    return _HASH.search(value) is None and not v.is_password_hash(value)


class Script:
    """One SQL script, its INSERT statements read in the order they are written."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._read_to = 0  # where the last statement read ended
        self._client_read_to = 0  # the same, for the rows of machine credentials
        # Where block comments open and close: whether an offset is inside one is looked up,
        # not searched for backwards from it.
        self._opens = [m.start() for m in re.finditer(r"/\*", text)]
        self._closes = [m.start() for m in re.finditer(r"\*/", text)]

    def commented_out(self, offset: int) -> bool:
        """Whether text[offset] is inside a block comment or after a line comment's mark."""
        opened = bisect.bisect_left(self._opens, offset)
        if opened and self._opens[opened - 1] > _last_before(self._closes, offset):
            return True
        line = self.text[self.text.rfind("\n", 0, offset) + 1 : offset]
        return any(m.lastgroup == "comment" for m in _TOKEN.finditer(line))

    def seeded_passwords(
        self, table: str, columns: str | None, start: int, statement: int
    ) -> Iterator[tuple[str, int]]:
        """(value, offset in text) of each row's password literal, for the statement at
        text[statement] whose column list is `columns` (None: the columns the script's own
        CREATE TABLE gives, as a dump writes it) and whose VALUES or SELECT starts at
        text[start]. Statements are asked for in the order they are written."""
        if statement < self._read_to or not account_table(table) or self.commented_out(statement):
            return
        text = self.text
        names = _split_columns(columns) if columns is not None else defined_columns(text, table)
        wanted = [i for i, n in enumerate(names) if password_column(n)]
        if len(wanted) != 1:
            return
        reader = _Statement(text, start)
        for row in reader.rows():
            item = row[wanted[0]] if len(row) > wanted[0] else None
            if item is not None and plaintext_password(item[0]):
                yield item
        self._read_to = reader.end

    def seeded_client_secrets(
        self, table: str, columns: str | None, start: int, statement: int
    ) -> Iterator[tuple[str, int]]:
        """(value, offset in text) of each row's machine-made secret, for a table that keeps
        OAuth clients' secrets or API keys; asked for as `seeded_passwords` is."""
        if statement < self._client_read_to or not client_table(table) or self.commented_out(statement):
            return
        text = self.text
        names = _split_columns(columns) if columns is not None else defined_columns(text, table)
        wanted = [i for i, n in enumerate(names) if client_secret_column(n)]
        if len(wanted) != 1:
            return
        reader = _Statement(text, start)
        for row in reader.rows():
            item = row[wanted[0]] if len(row) > wanted[0] else None
            if item is not None and machine_secret(item[0]):
                yield item
        self._client_read_to = reader.end


def _last_before(offsets: list[int], offset: int) -> int:
    i = bisect.bisect_left(offsets, offset)
    return offsets[i - 1] if i else -1


_CREATE_TABLE = re.compile(r"(?i:create\s+table)\s+(?i:if\s+not\s+exists\s+)?([\w.\"`\[\]]{1,120})\s*\(")
_NOT_A_COLUMN = frozenset(
    {"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext", "spatial", "exclude"}
)


@functools.lru_cache(maxsize=32)
def defined_columns(text: str, table: str) -> list[str]:
    """The column names, in order, of the script's CREATE TABLE of `table` (none if absent)."""
    wanted = _last_name(table)
    for m in _CREATE_TABLE.finditer(text):
        if _last_name(m.group(1)) != wanted:
            continue
        names: list[str] = []
        depth, first = 0, True
        for t in _TOKEN.finditer(text, m.end(), min(len(text), m.end() + MAX_TABLE_DEFINITION_CHARS)):
            tok = t.group()
            if t.lastgroup in ("ws", "comment"):
                continue
            if depth == 0 and tok in (")", ";"):
                break
            if first and depth == 0 and tok.lower().strip('`"[]') not in _NOT_A_COLUMN:
                names.append(tok)
            first = depth == 0 and tok == ","
            depth += (tok == "(") - (tok == ")")
        return names
    return []


def _last_name(table: str) -> str:
    return re.split(r"\.(?=[^.]*$)", table)[-1].strip("`\"[]'").lower()


def _split_columns(columns: str) -> list[str]:
    return [c.strip() for c in columns.split(",")]


def _literal(token: str, offset: int) -> tuple[str, int] | None:
    quote = token.index("'")
    body = token[quote + 1 : -1] if len(token) > quote + 1 and token.endswith("'") else None
    if body is None:
        return None
    if "''" in body or "\\" in body:
        return None  # an escaped quote: the text is not the value as written; left out
    return body, offset + quote + 1


Token = tuple[str | None, str, int]


class _Statement:
    """A statement's tokens from its VALUES or SELECT, read one by one up to its end."""

    def __init__(self, text: str, start: int) -> None:
        self._tokens = (
            (m.lastgroup, m.group(), m.start())
            for m in _TOKEN.finditer(text, start)
            if m.lastgroup not in ("ws", "comment")
        )
        self.end = start  # the end of the last token read

    def next(self) -> Token | None:
        token = next(self._tokens, None)
        if token is not None:
            self.end = token[2] + len(token[1])
        return token

    def rows(self) -> Iterator[list[tuple[str, int] | None]]:
        """Each row's items: a lone string literal as (value, offset), anything else None."""
        first = self.next()
        keyword = first[1].lower() if first else ""
        if keyword == "select":
            yield self._items(None)[0]
            return
        token = self.next() if keyword == "values" else None
        while token is not None and token[1] == "(":
            row, stop = self._items(")")
            yield row
            if stop is None or stop[1] != ")":
                return
            after = self.next()
            if after is None or after[1] != ",":
                return
            token = self.next()

    def _items(self, closing: str | None) -> tuple[list[tuple[str, int] | None], Token | None]:
        """One row: its items up to `closing` (a row's parenthesis) or, for a SELECT list, up to
        its FROM, WHERE or the statement's end; and the token it stopped at (None: the text's
        end)."""
        items: list[tuple[str, int] | None] = []
        current: list[Token] = []
        depth = 0
        while (token := self.next()) is not None:
            kind, tok, _ = token
            if depth == 0 and (
                tok == ";"
                or (closing is not None and tok == closing)
                or (closing is None and kind == "word" and tok.lower() in _END_OF_SELECT)
            ):
                break
            depth += (tok == "(") - (tok == ")")
            if depth < 0:
                break
            if depth == 0 and tok == ",":
                items.append(_one_literal(current))
                current = []
            else:
                current.append(token)
        items.append(_one_literal(current))
        return items, token


# Functions the database hashes a password with as it stores it: the password is still written
# as typed in the script (`PASSWORD('test123')`, `crypt('demo', gen_salt('bf'))`).
_HASHING_CALL = frozenset({"password", "md5", "sha", "sha1", "sha2", "crypt", "encrypt", "old_password"})


def _one_literal(item: list[Token]) -> tuple[str, int] | None:
    """A lone string literal, or the literal a hashing call's first argument is."""
    call = len(item) >= 4 and item[0][1].lower() in _HASHING_CALL and item[1][1] == "("
    if call and item[2][0] == "str" and item[3][1] in (",", ")"):
        return _literal(item[2][1], item[2][2])
    if len(item) == 1 and item[0][0] == "str":
        return _literal(item[0][1], item[0][2])
    return None
