"""Icon fonts' code points and GUIDs a type declares: values written under a secret-like name that
are not secrets.

An icon font puts its glyphs in a Unicode Private Use Area, and the font's glyph map names each
glyph (`"form-textbox-password": 985077`, `"onepassword": 985217`): a number there is a
character, not a numeric password. One such number alone is not enough (`"password": 985079` in a
database configuration is a password); a glyph map holds its neighbours' code points too, so the
entry counts only with another Private Use Area code point on the line above or below.

A GUID converted to its type (`new Guid("...")`, `Guid.Parse("...")`, `UUID.fromString("...")`)
under a key name that is not a secret's (`RotationKey`, `PROPERTY_KEY`: a media attribute's or a
property bag's id) is an identifier the code looks things up by. Under a secret's name (`ApiKey`,
`LicenseSecret`) the same GUID stays a secret.
"""

from __future__ import annotations

import re

# The Private Use Areas: U+E000..U+F8FF and the supplementary planes 15 and 16.
_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
# A map entry's value at the end of its line: `"name": 985077,`, `name: 0xf042,`, `"n" => 59636`.
_ENTRY_VALUE = re.compile(
    r"""[\w"'\]-][ \t]*(?::|=>?)[ \t]*(?P<value>0[xX][0-9a-fA-F]{4,6}|[0-9]{5,7})[ \t]*,?[ \t]*$"""
)
# The text between a name's assignment and a quoted value that converts it to a GUID type.
_GUID_CONVERSION = re.compile(
    r"^[ \t]*(?:new[ \t]+)?(?:System\.)?(?:Guid|UUID|uuid\.UUID|java\.util\.UUID)"
    r"(?:\.(?:Parse|fromString))?\([ \t]*$"
)


def private_use_code_point(value: str) -> bool:
    """A decimal or `0x` hexadecimal number naming a code point of a Private Use Area."""
    try:
        point = int(value, 16) if value[:2].lower() == "0x" else int(value)
    except ValueError:
        return False
    return any(low <= point <= high for low, high in _PRIVATE_USE)


def _line_around(text: str, at: int, step: int) -> str:
    """The line before (`step` -1) or after (`step` 1) the line holding `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if step < 0:
        if start == 0:
            return ""
        return text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    if end >= len(text):
        return ""
    following = text.find("\n", end + 1)
    return text[end + 1 : len(text) if following < 0 else following]


def glyph_map_entry(value: str, text: str, at: int) -> bool:
    """`value`, found at offset `at` of `text`, is an icon's code point in a glyph map: a Private
    Use Area code point with another one as the value of the entry above or below."""
    if not private_use_code_point(value):
        return False
    for step in (-1, 1):
        m = _ENTRY_VALUE.search(_line_around(text, at, step).rstrip("\r"))
        if m is not None and private_use_code_point(m.group("value")):
            return True
    return False


def guid_conversion(between: str) -> bool:
    """The text between a name's assignment and its quoted value converts the value to a GUID
    type (`new Guid(`, `Guid.Parse(`, `UUID.fromString(`)."""
    return _GUID_CONVERSION.match(between.rstrip("\"'`\\")) is not None
