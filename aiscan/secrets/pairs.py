"""A short password written as a plain word is judged by the user written beside it.

A plain word under a password's name is more often a label, a type or a rule than a password, so
alone it is reported only in configuration and only from five letters on (validate.py). Written
next to the user it belongs to it is a credential pair: `{username: "...", password: "..."}` in
an object literal or a dict of code, `proxyUser = ...` then `proxyPassword = ...` in
configuration (commented out or not). Labels, translations, schemas and validation rules hold
the same two names, so the user's value must be a literal that is not such a word either.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.secrets import validate as v
from aiscan.secrets.detectors import Placeholders

# A plain lower-case word of four letters or more, a few digits after it allowed.
_SHORT_WORD = re.compile(r"[a-z]{4,24}[0-9]{0,4}")
# A member or setting naming a user, and its value, on a line near the password.
_USER_MEMBER = re.compile(
    r"""(?<![\w.$@-])["']?(?P<prefix>[\w.-]*?)(?i:user(?:[_-]?name)?|login)["']?[ \t]*(?:=>|:=|=|:)[ \t]*"""
    r"""(?P<q>["']?)(?P<user>[A-Za-z0-9_.@+-]{2,64})(?P=q)(?=[ \t]*(?:[,;}\]#]|$))""",
    re.M,
)
# The words labels, schemas, types and validation rules give a user and a password field, and
# "password" in the languages a form is translated into.
_FIELD_WORDS = frozenset(
    {
        "auto", "file", "pass", "text", "char", "varchar", "email", "login", "user", "name", "type",
        "field", "input", "label", "value", "string", "number", "secret", "env", "test", "none",
        "null", "true", "false", "unset", "empty", "blank", "nopass", "nologin", "anonymous",
        "passwort", "kennwort", "motdepasse", "clave", "lozinka", "geslo",
        "wachtwoord", "senha", "contrasena", "parola", "haslo", "heslo", "jelszo",
        "salasana", "losenord", "passord", "adgangskode", "sifre", "parol", "sandi", "katasandi",
        "gebruikersnaam", "benutzername", "usuario", "utilisateur", "nomeutente", "identifiant",
    }
)  # fmt: skip
_LOCALE_PATH = v.LOCALE_PATH


# The names other modules judge by (aiscan/secrets/weak.py).
FIELD_WORDS = _FIELD_WORDS
LOCALE_PATH = _LOCALE_PATH


def _plain_field_word(value: str, placeholders: Placeholders) -> bool:
    """A word a field takes that is not anyone's credential (a type, a label, a placeholder)."""
    low = value.lower().rstrip("0123456789")
    return (
        low in _FIELD_WORDS
        or low in v.SETTING_WORDS
        or v.is_placeholder(value, placeholders)
        or v.NOT_A_SECRET.search(value) is not None
    )


def lines_around(text: str, start: int, before: int, after: int) -> str:
    """The lines around `start`: `before` lines above its line, `after` lines below."""
    lo = text.rfind("\n", 0, start) + 1
    for _ in range(before):
        if lo <= 0:
            break
        lo = text.rfind("\n", 0, lo - 1) + 1
    hi = text.find("\n", start)
    for _ in range(after):
        if hi < 0:
            break
        hi = text.find("\n", hi + 1)
    return text[lo : hi if hi >= 0 else len(text)]


def user_beside(text: str, start: int, code: bool, placeholders: Placeholders) -> str | None:
    """The user written beside a password at `start`: in code a quoted literal in the same
    object (its line or the two around it), in configuration a user setting among the three
    lines around; None when there is none, or when it is a field's word rather than a user."""
    span = 2 if code else 3
    for m in _USER_MEMBER.finditer(lines_around(text, start, span, span)):
        user = m.group("user")
        if code and not m.group("q"):
            continue  # `username: name`: an expression, not a literal
        if _plain_field_word(user, placeholders) or user[0] in "$%{<":
            continue
        return user
    return None


def plain_password_beside_user(
    key: str,
    value: str,
    quoted: bool,
    path: str,
    placeholders: Placeholders,
    op: str,
    after: str,
    text: str,
    start: int,
) -> bool:
    """A plain-word password (four letters or more) given with its user: a literal pair in an
    object of code, or a user setting beside it in configuration. Not in documentation, example
    files or translation files, whose pairs are the example's or a form's labels."""
    role = v.file_role(path)
    if role not in ("code", "config") or _LOCALE_PATH.search(str(PurePosixPath(path).parent)):
        return False
    if not v.PASSWORD_SETTING.search(key.strip("\"'[]$@:")) or v.name_strength(key) != "password":
        return False
    if op.strip().strip("\"'").strip() not in ("=", ":", ":=", "=>"):
        return False
    if not _SHORT_WORD.fullmatch(value) or _plain_field_word(value, placeholders):
        return False
    if value in key.lower():
        return False
    code = role == "code"
    if code and not quoted:
        return False  # an expression
    rest = after.strip().strip(",;").strip()
    if not code and rest and not rest.startswith("#"):
        return False  # a setting's value ends its line
    return user_beside(text, start, code, placeholders) is not None
