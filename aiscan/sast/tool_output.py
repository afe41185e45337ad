"""Typed reading of an analyzer's JSON output. Pure.

A value of the wrong type where aiscan needs it (a result that is not an object, a path that is
not a string) is a ToolError naming the tool and the place, so the run becomes an error run:
never a traceback, and never a finding silently dropped. Optional details of the wrong type (a
column, a CWE list) are read as absent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiscan.errors import ToolError


class OutputReader:
    def __init__(self, tool: str) -> None:
        self.tool = tool

    def fail(self, where: str, expected: str) -> ToolError:
        return ToolError(f"{self.tool} output: {where} is not {expected}")

    def document(self, data: Any) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise self.fail("the document", "a JSON object")
        return data

    def objects(self, parent: Mapping[str, Any], key: str, where: str = "") -> list[Mapping[str, Any]]:
        """`parent[key]`: a list of objects, or nothing when it is absent or null."""
        value = parent.get(key)
        name = f"{where}{key}"
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, "a list")
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{name}[{i}]", "an object")
        return value

    def strings(self, parent: Mapping[str, Any], key: str, where: str = "") -> list[str]:
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}{key}", "a list of strings")
        return value

    def text(self, parent: Mapping[str, Any], key: str, where: str) -> str:
        """A string aiscan cannot do without (a path, a rule ID)."""
        value = parent.get(key)
        if not isinstance(value, str) or not value:
            raise self.fail(f"{where}.{key}", "a non-empty string")
        return value


def detail(parent: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """An optional object: empty when absent or of another type."""
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def line_number(value: Any) -> int | None:
    """A positive line or column number, or None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def first_line(value: Any, default: str) -> str:
    """The first non-empty line of a message, or `default`."""
    lines = str(value).strip().splitlines() if value else []
    return lines[0].strip() if lines else default
