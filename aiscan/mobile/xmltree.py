"""XML of a scanned tree, parsed safely (defusedxml: no entity expansion, no external entities)
with the line of every element and of its attributes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

ANDROID_NS = "http://schemas.android.com/apk/res/android"
TOOLS_NS = "http://schemas.android.com/tools"
MAX_DEPTH = 200


class XmlError(ValueError):
    """The document is not well-formed XML or uses a construct refused for safety."""


@dataclass
class XmlDoc:
    root: ET.Element
    text: str
    lines: dict[int, int] = field(default_factory=dict)  # id(element) -> 1-based line

    def line(self, el: ET.Element) -> int:
        return self.lines.get(id(el), 1)

    def attr_line(self, el: ET.Element, local_name: str) -> int:
        """The line of the attribute `local_name` (any prefix) of `el`: it may sit on a line of
        its own below the tag's start. The element's line when it cannot be told."""
        start = self.line(el)
        pattern = re.compile(rf"(?:^|[\s<])(?:[\w.-]+:)?{re.escape(local_name)}\s*=")
        source = self.text.splitlines()
        for n in range(start - 1, min(len(source), start + 60)):
            text = source[n]
            if n == start - 1:
                text = text[text.find("<") :] if "<" in text else text
            if pattern.search(text):
                return n + 1
            if n > start - 1 and ">" in _strip_quoted(text):
                break
        return start


def _strip_quoted(text: str) -> str:
    return re.sub(r"\"[^\"]*\"|'[^']*'", "", text)


class _LineParser(DefusedXMLParser):  # type: ignore[misc]
    """The defused parser with an expat start-element hook that records each element's line."""

    def __init__(self, lines: dict[int, int]) -> None:
        super().__init__(target=ET.TreeBuilder(), forbid_dtd=False)
        expat = self.parser
        start = expat.StartElementHandler
        depth = [0]
        end = expat.EndElementHandler

        def on_start(tag: str, attrs: Any) -> ET.Element:
            depth[0] += 1
            if depth[0] > MAX_DEPTH:
                raise XmlError(f"elements nested deeper than {MAX_DEPTH}")
            el: ET.Element = start(tag, attrs)
            lines[id(el)] = expat.CurrentLineNumber
            return el

        def on_end(tag: str) -> Any:
            depth[0] -= 1
            return end(tag)

        expat.StartElementHandler = on_start
        expat.EndElementHandler = on_end


def parse_xml(text: str) -> XmlDoc:
    """The document's tree with lines; XmlError with a one-line reason when it cannot be read."""
    lines: dict[int, int] = {}
    parser = _LineParser(lines)
    # The text is already decoded: an encoding declaration must not make expat decode it again.
    body = re.sub(r"^\ufeff?(<\?xml[^>]*?)\sencoding=([\"'])[^\"']*\2", r"\1", text, count=1)
    try:
        parser.feed(body)
        root = parser.close()
    except XmlError:
        raise
    except DefusedXmlException as exc:
        raise XmlError(f"refused for safety: {type(exc).__name__}") from None
    except (ET.ParseError, ValueError, LookupError, RecursionError) as exc:
        raise XmlError(f"not well-formed XML: {exc}") from None
    if not isinstance(root, ET.Element):
        raise XmlError("no root element")
    return XmlDoc(root, text, lines)


def android_attr(el: ET.Element, name: str) -> str | None:
    value = el.get(f"{{{ANDROID_NS}}}{name}")
    return value if value is not None else None


def tools_attr(el: ET.Element, name: str) -> str | None:
    return el.get(f"{{{TOOLS_NS}}}{name}")
