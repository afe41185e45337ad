"""Forms and inputs of a template, with line numbers, by the standard library's tolerant HTML
tokenizer (never a browser, never the template engine). Template syntax (Jinja, Thymeleaf,
Razor, JSX, Vue) is text to it; attributes bound at run time (`:type`, `th:type`,
`type={...}`) are read as unknown and never judged."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

DYNAMIC = "<dynamic>"
_BIND_PREFIXES = (":", "v-bind:", "th:", "data-th-", "[", "[attr.", "x-bind:", "bind:")


@dataclass
class Tag:
    name: str
    line: int
    attrs: dict[str, str]
    form: int | None = None  # index of the enclosing form

    def attr(self, name: str) -> str | None:
        """A static attribute value (lower-cased name), DYNAMIC when bound at run time, None
        when absent."""
        for prefix in _BIND_PREFIXES:
            if prefix + name in self.attrs or (prefix == "[" and f"[{name}]" in self.attrs):
                return DYNAMIC
        value = self.attrs.get(name)
        if value is None:
            return None
        value = value.strip()
        if value.startswith("{") and value.endswith("}"):  # JSX: type={"password"}
            inner = value[1:-1].strip()
            if len(inner) >= 2 and inner[0] == inner[-1] and inner[0] in "\"'`":
                return inner[1:-1]
            return DYNAMIC
        if value.startswith("{") or "{{" in value or "${" in value or "@(" in value:
            return DYNAMIC
        return value


@dataclass
class Markup:
    forms: list[Tag] = field(default_factory=list)
    inputs: list[Tag] = field(default_factory=list)  # input, textarea, and buttons with formaction


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Markup()
        self._open_form: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs)

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {k.lower(): (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self.out.forms.append(Tag(tag, line, values))
            self._open_form = len(self.out.forms) - 1
        elif tag in ("input", "textarea") or (tag == "button" and "formaction" in values):
            self.out.inputs.append(Tag(tag, line, values, self._open_form))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._open_form = None


def parse_markup(text: str) -> Markup:
    """Forms and inputs of `text`. The tokenizer accepts any input; a failure inside it is
    raised as ValueError for the caller to record as a gap."""
    collector = _Collector()
    try:
        collector.feed(text)
        collector.close()
    except (AssertionError, IndexError, ValueError, RecursionError) as exc:
        raise ValueError(f"cannot tokenize the markup: {type(exc).__name__}") from None
    return collector.out
