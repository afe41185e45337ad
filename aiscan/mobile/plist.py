"""Property lists (Info.plist): XML plists through the defused, line-numbered XML parser, binary
plists through plistlib (no lines in a binary file)."""

from __future__ import annotations

import plistlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from aiscan.mobile.xmltree import XmlDoc, XmlError, parse_xml

BINARY_MAGIC = b"bplist00"
_SCALARS = {"string", "integer", "real", "date", "data"}


@dataclass
class PNode:
    """One plist value with the line it is on (None in a binary plist)."""

    value: Any
    line: int | None
    entries: dict[str, PNode] = field(default_factory=dict)  # a dict's keys
    key_lines: dict[str, int | None] = field(default_factory=dict)
    items: list[PNode] = field(default_factory=list)  # an array's elements

    def get(self, key: str) -> PNode | None:
        return self.entries.get(key)

    def truthy(self, key: str) -> bool:
        node = self.entries.get(key)
        if node is None:
            return False
        value = node.value
        return value is True or (isinstance(value, str) and value.strip().lower() in ("yes", "true", "1"))

    def line_of(self, key: str) -> int | None:
        return self.key_lines.get(key) or self.line


def parse_plist(data: bytes) -> PNode:
    """The plist's root; XmlError with a one-line reason when it is not a property list."""
    if data.startswith(BINARY_MAGIC):
        try:
            value = plistlib.loads(data, fmt=plistlib.FMT_BINARY)
        except (plistlib.InvalidFileException, ValueError, TypeError, OverflowError, KeyError) as exc:
            raise XmlError(f"not a valid binary property list: {exc}") from None
        except RecursionError:
            raise XmlError("binary property list nested too deep") from None
        return _from_value(value)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise XmlError(f"not UTF-8 and not a binary property list (byte {exc.start})") from None
    doc = parse_xml(text)
    root = doc.root
    if root.tag == "plist":
        children = list(root)
        if not children:
            return PNode({}, doc.line(root))
        root = children[0]
    return _node(doc, root)


def _node(doc: XmlDoc, el: ET.Element) -> PNode:
    tag = el.tag
    line = doc.line(el)
    if tag == "dict":
        node = PNode({}, line)
        children = list(el)
        i = 0
        while i < len(children):
            key_el = children[i]
            if key_el.tag != "key":
                raise XmlError(f"line {doc.line(key_el)}: <{key_el.tag}> where a <key> was expected")
            if i + 1 >= len(children):
                raise XmlError(f"line {doc.line(key_el)}: <key> without a value")
            key = (key_el.text or "").strip()
            node.entries[key] = _node(doc, children[i + 1])
            node.key_lines[key] = doc.line(key_el)
            i += 2
        node.value = {k: v.value for k, v in node.entries.items()}
        return node
    if tag == "array":
        items = [_node(doc, c) for c in el]
        return PNode([i.value for i in items], line, items=items)
    if tag == "true":
        return PNode(True, line)
    if tag == "false":
        return PNode(False, line)
    if tag in _SCALARS:
        return PNode((el.text or "").strip(), line)
    raise XmlError(f"line {line}: <{tag}> is not a property-list element")


def _from_value(value: Any) -> PNode:
    if isinstance(value, dict):
        node = PNode(value, None)
        for k, v in value.items():
            node.entries[str(k)] = _from_value(v)
            node.key_lines[str(k)] = None
        return node
    if isinstance(value, list):
        return PNode(value, None, items=[_from_value(v) for v in value])
    return PNode(value, None)
