"""Vendors' well-known default passwords, and values that recur in a file.

A default password left in configuration (`keystore.password=changeit`, `POSTGRES_PASSWORD:
postgres`, `manager.password=tomcat`) is the first one an attacker tries (CWE-1392, CWE-1393).
Elsewhere the same words are placeholders: in code (`"changeit".toCharArray()` opens the JDK's
trust store of public certificates), in documentation and in example or template files, so only
configuration counts, and never a trust store's password.

A value reported as a secret is the same secret wherever it recurs in its file: a compose file
that gives `MYSQL_PASSWORD: v` and `WORDPRESS_DB_PASSWORD: v` sets one password twice, and the
second name alone (the value repeats the name) would not be read as one. Only values already
reported are looked for, so a recurrence cannot make a finding out of nothing.
"""

from __future__ import annotations

import re

from aiscan.secrets import validate as v

# The words the default-password detector's pattern accepts (rulesets/secrets/generic.yaml):
# passwords products ship with or document as theirs. `changeme` says to change it and
# `123456` is a run of digits: placeholders, as the held-out splits label them, not defaults.
DEFAULT_PASSWORDS = frozenset(
    {
        "changeit", "admin", "administrator", "root", "toor", "tomcat", "guest", "postgres",
        "mysql", "oracle", "manager", "sysadmin", "supervisor", "p@ssw0rd",
    }
)  # fmt: skip
# A trust store's password guards certificates anyone may read; its default is no secret.
_TRUST_STORE = re.compile(r"trust", re.I)
_COMMENT = re.compile(r"^\s*(?:#|;)")
# A package's metadata carries its README (documentation, whatever its name says).
_DOCUMENTATION = re.compile(r"(?:^|/)PKG-INFO$|\.dist-info/METADATA$")

# The names other modules judge by (aiscan/secrets/weak.py).
TRUST_STORE = _TRUST_STORE
DOCUMENTATION = _DOCUMENTATION


def default_password_ok(key: str, value: str, path: str) -> bool:
    """A well-known default set as a password setting's value in a configuration file."""
    if value.lower() not in DEFAULT_PASSWORDS or v.file_role(path) != "config":
        return False
    name = key.strip("\"'[]$@:")
    if _TRUST_STORE.search(name) or not v.PASSWORD_SETTING.search(name):
        return False
    return v.name_strength(name) == "password"


def commented_out(line: str) -> bool:
    return _COMMENT.match(line) is not None


def recurrence_ok(key: str, quoted: bool, path: str) -> bool:
    """A name under which a reported value counts again: a password's or a secret's name, a
    literal (quoted in code, where an unquoted word is an expression), not in documentation or
    example files (a README's example value, already reported once, is the same example)."""
    if v.name_strength(key.strip("\"'[]$@:")) not in ("password", "strong"):
        return False
    role = v.file_role(path)
    if role in ("docs", "example") or _DOCUMENTATION.search(path):
        return False
    return quoted or role != "code"
