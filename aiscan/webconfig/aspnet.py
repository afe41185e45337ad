"""ASP.NET: `appsettings.json` with `appsettings.Production.json` over it (Development and
other environments' files do not apply), and `web.config` (with `Web.Release.config` removing
`debug`, as the project templates do).

appsettings files are JSON with comments and trailing commas, as ASP.NET reads them; comments
are blanked out (offsets kept, so lines stay right) and the rest is strict JSON. web.config is
read with defusedxml (no entities, no external references) and a SAX locator for lines.
"""

from __future__ import annotations

import json
import re
import xml.sax
from pathlib import PurePosixPath
from typing import Any

import defusedxml.sax

from aiscan.webconfig.source import Hit, Tree, in_test_tree, line_of

_APPSETTINGS = re.compile(r"^appsettings(?:\.([A-Za-z0-9_-]+))?\.json$", re.I)
_PRODUCTION_ENVS = frozenset({"production", "prod"})


def strip_json_comments(text: str) -> str:
    """`//` and `/* */` comments and trailing commas blanked with spaces (newlines kept)."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                out[i] = " "
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            for j in range(i, end):
                if out[j] != "\n":
                    out[j] = " "
            i = end
        else:
            i += 1
    blanked = "".join(out)
    return re.sub(r",(\s*[}\]])", lambda m: " " + m.group(1), blanked)


def load_jsonc(text: str) -> Any:
    return json.loads(strip_json_comments(text))


def check_aspnet(tree: Tree) -> list[Hit]:
    hits: list[Hit] = []
    folders: dict[str, list[tuple[str, str | None]]] = {}
    for path in tree.paths:
        m = _APPSETTINGS.match(PurePosixPath(path).name)
        if m and not in_test_tree(path):
            folders.setdefault(str(PurePosixPath(path).parent), []).append((path, m.group(1)))
    for files in folders.values():
        ordered = [p for p, env in files if env is None] + [
            p for p, env in files if env and env.lower() in _PRODUCTION_ENVS
        ]
        effective: dict[str, tuple[Any, str, int]] = {}
        for path in ordered:
            text = tree.text(path)
            if text is None:
                continue
            try:
                data = load_jsonc(text)
            except (ValueError, RecursionError) as exc:
                tree.gap(path, f"not valid JSON (with comments), settings not read: {str(exc)[:120]}")
                continue
            if isinstance(data, dict):
                for key in ("DetailedErrors", "AllowedHosts"):
                    if key in data:
                        effective[key] = (data[key], path, _key_line(text, key))
        if (d := effective.get("DetailedErrors")) and d[0] is True:
            hits.append(
                Hit(
                    "server-detailed-errors",
                    d[1],
                    d[2],
                    "DetailedErrors is true in the settings that apply in production",
                )
            )
        if (
            (h := effective.get("AllowedHosts"))
            and isinstance(h[0], str)
            and "*" in [x.strip() for x in h[0].split(";")]
        ):
            hits.append(
                Hit("server-allowed-hosts-wildcard", h[1], h[2], "AllowedHosts is '*': host filtering is off")
            )
    for path in tree.named("web.config"):
        if in_test_tree(path):
            continue
        hits.extend(_web_config(tree, path))
    return hits


def _key_line(text: str, key: str) -> int:
    m = re.search(r'"' + re.escape(key) + r'"\s*:', text)
    return line_of(text, m.start()) if m else 1


class _Elements(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str], int]] = []
        self._locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:
        self._locator = locator

    def startElement(self, name: str, attrs: Any) -> None:
        line = self._locator.getLineNumber() if self._locator is not None else 0
        self.found.append((name, {k: attrs.getValue(k) for k in attrs.getNames()}, line))


def parse_xml_elements(text: str) -> list[tuple[str, dict[str, str], int]]:
    """Every element with its attributes and line. Raises ValueError for malformed or
    forbidden XML (DTD entities, external references)."""
    handler = _Elements()
    try:
        defusedxml.sax.parseString(text.encode("utf-8"), handler, forbid_dtd=True)
    except (xml.sax.SAXException, ValueError) as exc:
        raise ValueError(str(exc)[:160]) from None
    except Exception as exc:  # defusedxml's DTDForbidden, EntitiesForbidden, ...
        if type(exc).__module__.startswith("defusedxml"):
            raise ValueError(f"{type(exc).__name__}") from None
        raise
    return handler.found


def _web_config(tree: Tree, path: str) -> list[Hit]:
    text = tree.text(path)
    if text is None:
        return []
    try:
        elements = parse_xml_elements(text)
    except ValueError as exc:
        tree.gap(path, f"not valid XML, settings not read: {exc}")
        return []
    release = _release_removes_debug(tree, path)
    hits: list[Hit] = []
    for name, attrs, line in elements:
        low = {k.lower(): v.strip().lower() for k, v in attrs.items()}
        if name == "customErrors" and low.get("mode") == "off":
            hits.append(
                Hit(
                    "server-detailed-errors",
                    path,
                    line,
                    'customErrors mode="Off": clients see exception details',
                )
            )
        elif name == "httpErrors" and low.get("errormode") == "detailed":
            hits.append(
                Hit(
                    "server-detailed-errors",
                    path,
                    line,
                    'httpErrors errorMode="Detailed": clients see server error details',
                )
            )
        elif name == "compilation" and low.get("debug") == "true" and not release:
            hits.append(
                Hit(
                    "server-debug-enabled",
                    path,
                    line,
                    'compilation debug="true" (and no Web.Release.config removes it)',
                )
            )
        elif name == "httpCookies" and (
            low.get("requiressl") == "false" or low.get("httponlycookies") == "false"
        ):
            hits.append(
                Hit("server-cookie-flags", path, line, "httpCookies turns requireSSL or httpOnlyCookies off")
            )
        elif (
            name == "environmentVariable"
            and low.get("name") == "aspnetcore_environment"
            and low.get("value") == "development"
        ):
            hits.append(
                Hit(
                    "server-debug-enabled",
                    path,
                    line,
                    "ASPNETCORE_ENVIRONMENT=Development: the developer exception page is shown",
                )
            )
    return hits


def _release_removes_debug(tree: Tree, path: str) -> bool:
    folder = PurePosixPath(path).parent
    for name in ("Web.Release.config", "web.Release.config", "web.release.config"):
        candidate = str(folder / name).removeprefix("./")
        if candidate in tree.paths:
            body = tree.text(candidate) or ""
            return bool(re.search(r"RemoveAttributes\(\s*debug\s*\)", body))
    return False
