"""Helpers shared by the manifest parsers. Every parser is a pure function of the file's text and
a `Reader` that returns the text of another file of the tree (or None): no I/O of its own."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable
from posixpath import dirname, join, normpath
from typing import Any

from aiscan.deps.model import ManifestError

# Returns the text of a file given by its path relative to the scanned root, or None when it does
# not exist, cannot be read or lies outside the root.
Reader = Callable[[str], str | None]

_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")


def no_reader(_path: str) -> str | None:
    return None


def sibling(path: str, name: str) -> str:
    """The path of `name` in the folder of `path` (both relative POSIX paths)."""
    folder = dirname(path)
    return normpath(join(folder, name)) if folder else name


def resolve_relative(path: str, target: str) -> str | None:
    """`target` (as written in `path`) relative to the root, or None if it leaves the root."""
    if target.startswith("/"):
        return None
    joined = normpath(join(dirname(path), target))
    if joined.startswith("../") or joined == "..":
        return None
    return joined


def load_json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"not valid JSON ({what}): line {exc.lineno}: {exc.msg}") from exc


def load_toml(text: str, what: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"not valid TOML ({what}): {exc}") from exc


def load_yaml(text: str, what: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ManifestError(f"not valid YAML ({what}): {str(exc).splitlines()[0]}") from exc


def parse_xml(text: str, what: str) -> Any:
    """The root element of an XML document already decoded to text (its declared encoding was
    used to decode it, so the parser ignores it). No entity expansion, no external entities."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        return DET.fromstring(text)
    except (DET.ParseError, DefusedXmlException, ValueError, LookupError) as exc:
        raise ManifestError(f"not valid XML ({what}): {exc}") from exc


def redact_url(text: str) -> str:
    """Drop the user and password of any URL (a private index or VCS URL may carry a token)."""
    return _USERINFO.sub("***@", text)


class LineIndex:
    """Finds the line on which a name is declared, for locations in lockfiles."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def find(self, *needles: str, start: int = 0) -> int | None:
        """The 1-based number of the first line (from `start`, 0-based) containing every needle."""
        for i in range(start, len(self.lines)):
            line = self.lines[i]
            if all(n in line for n in needles):
                return i + 1
        return None

    def find_pair(self, first: str, second: str) -> int | None:
        """The line containing `first` whose next line contains `second` (else the first line
        containing `first`)."""
        fallback = None
        for i, line in enumerate(self.lines):
            if first in line:
                if i + 1 < len(self.lines) and second in self.lines[i + 1]:
                    return i + 1
                fallback = fallback or i + 1
        return fallback

    def find_any(self, candidates: Iterable[tuple[str, ...]]) -> int | None:
        for needles in candidates:
            found = self.find(*needles)
            if found:
                return found
        return None


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
