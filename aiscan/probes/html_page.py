"""A page's forms, fields, visible text and scripts, read with the standard library's HTML parser
(tolerant of broken markup, never executes anything)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_FORMS = 50
MAX_FIELDS = 500
MAX_TEXT = 200_000


@dataclass
class Field:
    tag: str
    attrs: dict[str, str]

    @property
    def name(self) -> str:
        return self.attrs.get("name") or self.attrs.get("id") or ""

    @property
    def type(self) -> str:
        return (self.attrs.get("type") or "text").lower() if self.tag == "input" else self.tag

    def html(self) -> str:
        shown = " ".join(f'{k}="{v}"' for k, v in self.attrs.items() if k != "value")
        return f"<{self.tag} {shown}>"


@dataclass
class Form:
    attrs: dict[str, str]
    fields: list[Field] = field(default_factory=list)

    @property
    def method(self) -> str:
        return (self.attrs.get("method") or "get").lower()


@dataclass
class Page:
    forms: list[Form] = field(default_factory=list)
    loose_fields: list[Field] = field(default_factory=list)  # inputs outside any form
    text: str = ""
    scripts: int = 0
    rendered: bool = False  # read from a headless browser's DOM

    def all_fields(self) -> list[Field]:
        return [f for form in self.forms for f in form.fields] + self.loose_fields


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._form: Form | None = None
        self._skip = 0
        self._text: list[str] = []
        self._size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag in ("script", "style", "template"):
            self._skip += 1
            if tag == "script":
                self.page.scripts += 1
        elif tag == "form" and len(self.page.forms) < MAX_FORMS:
            self._form = Form(values)
            self.page.forms.append(self._form)
        elif tag in ("input", "textarea", "select") and len(self.page.all_fields()) < MAX_FIELDS:
            f = Field(tag, values)
            (self._form.fields if self._form else self.page.loose_fields).append(f)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1
        elif tag == "form":
            self._form = None

    def handle_data(self, data: str) -> None:
        if not self._skip and self._size < MAX_TEXT:
            self._text.append(data)
            self._size += len(data)


def parse_page(html: str) -> Page:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    page = parser.page
    page.text = " ".join(" ".join(parser._text).split())[:MAX_TEXT]
    return page
