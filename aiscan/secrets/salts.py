"""A password's salt stored beside the password's digest.

An account or client record kept as data (an import file, a seeded default account) holds the
password's digest and the salt it was made with: `passwordHash: '<128 hex digits>'`,
`passwordSalt: '...'`. The salt is stored in the clear beside the digest by design; it is not a
secret, though its name starts with a password's. It is taken as such only when a sibling key of
the same record holds the password's digest: a key naming the password's hash or digest whose
value is one (`validate.is_password_hash`: crypt formats, Django's PBKDF2, bare hex digests), on
a line of the same indentation with no line of a lower one nor a brace between, at most 12 lines
away; or, for a record written on one line (a minified file too), inside the same braces. A salt
under a password's name without one (Flask-Security's `SECURITY_PASSWORD_SALT`, an HMAC key,
beside `SECURITY_PASSWORD_HASH = "bcrypt"`, an algorithm's name) is still judged as before.

Pure: a key's full name, the file's text and where the name starts in; yes or no out.
"""

from __future__ import annotations

import re

from aiscan.secrets import validate as v

_SALT_NAME = re.compile(r"(?:pass(?:word|wd)?|pwd)[_.-]?salt$", re.I)
_HASH_NAME = re.compile(r"(?:pass(?:word|wd)?|pwd)[_.-]?(?:hash(?:ed)?|digest)$", re.I)
_PAIR = re.compile(r"""["']?([A-Za-z_$][\w$.-]*)["']?\s*(?:=>|:|=)\s*["']([^"'\s]+)["']""")
_WINDOW = 12


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _holds_digest(line: str) -> bool:
    return any(_HASH_NAME.search(k) and v.is_password_hash(val) for k, val in _PAIR.findall(line))


def salt_beside_digest(name: str, text: str, name_start: int) -> bool:
    """Whether `name` (starting at `name_start` in `text`) names a password's salt and its record
    holds the password's digest (see the module's text)."""
    if not _SALT_NAME.search(name.strip("\"'[]$@:")):
        return False
    lines = text.split("\n")
    index = text.count("\n", 0, name_start)
    if "{" in lines[index] or "}" in lines[index]:
        # a record written on one line (or a minified file): only the braces around the name
        line_start = text.rfind("\n", 0, name_start) + 1
        at = name_start - line_start
        line = lines[index]
        opened = line.rfind("{", 0, at) + 1
        closed = line.find("}", at)
        return _holds_digest(line[opened : closed if closed >= 0 else len(line)])
    own = _indent(lines[index])
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(lines) and abs(i - index) <= _WINDOW:
            line = lines[i]
            if line.strip():
                if _indent(line) < own or "{" in line or "}" in line:
                    break
                if _indent(line) == own and _holds_digest(line):
                    return True
            i += step
    return False
