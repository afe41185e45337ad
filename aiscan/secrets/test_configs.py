"""A test tool's configuration, known by where it is written.

Detox (end-to-end tests of mobile apps) and the JavaScript test runners read their settings from
a top-level section of `package.json` named after the tool, or from the tool's own file
(`.detoxrc.json`, `detox.config.js`). A credential there belongs to the build the tests run
against (Detox builds the app, and often a throwaway keystore, for each run): reported at the
detector's test severity. A section of the same name deeper in `package.json`, or in another
JSON file, is not the tool's.
"""

from __future__ import annotations

import posixpath

_SECTIONS = frozenset({"detox", "jest", "mocha", "ava", "nyc", "c8"})
_FILES = frozenset({".detoxrc", ".detoxrc.json", ".detoxrc.js", "detox.config.js", "detox.config.json"})


def _top_level_key(text: str, offset: int) -> str:
    """The top-level key of the JSON object whose value holds `offset`, or ''."""
    depth = 0
    current = ""
    last = ""
    i = 0
    end = min(offset, len(text))
    while i < end:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= end:
                break  # the offset is inside this string
            last = text[i + 1 : j]
            i = j + 1
            continue
        if c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 1:
                current = ""
        elif c == ":" and depth == 1:
            current = last
        elif c == "," and depth == 1:
            current = ""
        i += 1
    return current if depth >= 1 else ""


def test_tool_configuration(path: str, text: str, offset: int) -> str | None:
    """The test tool whose configuration holds `offset`, or None."""
    name = posixpath.basename(path.replace("\\", "/")).lower()
    if name in _FILES:
        return "Detox"
    if name != "package.json":
        return None
    key = _top_level_key(text, offset)
    return key if key in _SECTIONS else None
