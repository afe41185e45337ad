"""The AIS description file (`aiscan-ais.toml`): the organisation, the AIS and its components.

Validated strictly: an unknown key, a wrong type or a bad value is a ConfigError (exit 2) naming
the file and the key. Source paths are relative to the file's folder. Pure apart from reading the
file (bounded, through aiscan.userfiles). Schema: docs/ais.schema.json; guide: docs/ais.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiscan.errors import ConfigError
from aiscan.models import Component
from aiscan.userfiles import read_toml

DEFAULT_NAME = "aiscan-ais.toml"
MAX_BYTES = 256 * 1024  # a description is a few KiB

# The kinds of point 14, as a description names them, and the catalogue component each is.
KINDS: Mapping[str, Component] = {
    "web": Component.WEB,
    "api": Component.API,
    "mobile-android": Component.MOBILE,
    "mobile-ios": Component.MOBILE,
}
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")
_PAGE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_TOP_KEYS = frozenset({"organisation", "ais", "components"})
_COMPONENT_KEYS = frozenset({"id", "kind", "sources", "version", "endpoints"})
_SOURCE_KEYS = frozenset({"path", "ref"})
_ENDPOINT_KEYS = frozenset({"url", "pages"})


@dataclass(frozen=True)
class Source:
    """Where (part of) a component's code is: a folder, and optionally the git ref released."""

    path: Path  # absolute: resolved against the description file's folder
    written: str  # as the file writes it, for messages and reports
    ref: str | None = None


@dataclass(frozen=True)
class Endpoint:
    """A live base URL of a component and its pages that matter (login, card, health, ...)."""

    url: str
    pages: Mapping[str, str]  # page name -> path or absolute URL


@dataclass(frozen=True)
class ComponentSpec:
    id: str
    kinds: tuple[str, ...]  # of KINDS
    sources: tuple[Source, ...]
    version: str | None = None
    endpoints: tuple[Endpoint, ...] = ()

    @property
    def catalogue_components(self) -> tuple[Component, ...]:
        """The catalogue components (web, mobile, api) its kinds are."""
        return tuple(sorted({KINDS[k] for k in self.kinds}, key=lambda c: c.value))


@dataclass(frozen=True)
class AisDescription:
    path: Path  # the description file
    organisation: str
    ais: str
    components: tuple[ComponentSpec, ...]

    @property
    def folder(self) -> Path:
        return self.path.parent

    def endpoints(self) -> list[tuple[str, str, str]]:
        """Every live page to probe: (component id, URL, page name). A base URL without pages is
        one entry named "base"."""
        out: list[tuple[str, str, str]] = []
        for comp in self.components:
            for ep in comp.endpoints:
                if not ep.pages:
                    out.append((comp.id, ep.url, "base"))
                for name in sorted(ep.pages):
                    out.append((comp.id, page_url(ep.url, ep.pages[name]), name))
        return out


def page_url(base: str, page: str) -> str:
    """A page's URL: an absolute URL as it is, else the path joined to the base URL."""
    if urlsplit(page).scheme:
        return page
    return base.rstrip("/") + "/" + page.lstrip("/")


def load_description(path: Path) -> AisDescription:
    """Read and validate an AIS description file."""
    return parse_description(read_toml(path, "AIS description", MAX_BYTES), path.resolve())


def parse_description(data: Mapping[str, Any], path: Path) -> AisDescription:
    """Validate a description mapping read from `path` (whose folder anchors relative paths)."""
    r = _Reader(path)
    r.keys(data, _TOP_KEYS, "")
    organisation = r.text(data, "organisation", "")
    ais = r.text(data, "ais", "")
    raw = data.get("components")
    if not isinstance(raw, list) or not raw:
        raise r.error("components", "must be a non-empty array of tables ([[components]])")
    components = tuple(_component(r, item, f"components[{i}]") for i, item in enumerate(raw))
    seen: set[str] = set()
    for comp in components:
        if comp.id in seen:
            raise r.error("components", f"the id {comp.id!r} is used twice")
        seen.add(comp.id)
    return AisDescription(path, organisation, ais, components)


def _component(r: _Reader, item: Any, where: str) -> ComponentSpec:
    if not isinstance(item, dict):
        raise r.error(where, "must be a table")
    r.keys(item, _COMPONENT_KEYS, where)
    cid = r.text(item, "id", where)
    if not _ID.match(cid):
        raise r.error(f"{where}.id", f"{cid!r} is not an id (lower-case letters, digits, '.', '_', '-')")
    kinds = _kinds(r, item.get("kind"), f"{where}.kind")
    raw_sources = item.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        raise r.error(f"{where}.sources", "must be a non-empty array (paths, or {path, ref} tables)")
    sources = tuple(_source(r, s, f"{where}.sources[{i}]") for i, s in enumerate(raw_sources))
    version = r.text(item, "version", where) if "version" in item else None
    raw_endpoints = item.get("endpoints", [])
    if not isinstance(raw_endpoints, list):
        raise r.error(f"{where}.endpoints", "must be an array of tables ([[components.endpoints]])")
    endpoints = tuple(_endpoint(r, e, f"{where}.endpoints[{i}]") for i, e in enumerate(raw_endpoints))
    return ComponentSpec(cid, kinds, sources, version, endpoints)


def _kinds(r: _Reader, value: Any, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise r.error(where, f"must be one of {', '.join(KINDS)}, or a non-empty list of them")
    for v in values:
        if v not in KINDS:
            raise r.error(where, f"unknown kind {v!r} (expected one of: {', '.join(KINDS)})")
    return tuple(sorted(set(values)))


def _source(r: _Reader, value: Any, where: str) -> Source:
    if isinstance(value, str):
        written, ref = value, None
    elif isinstance(value, dict):
        r.keys(value, _SOURCE_KEYS, where)
        written = r.text(value, "path", where)
        ref = r.text(value, "ref", where) if "ref" in value else None
        if ref is not None and (ref.startswith("-") or not ref.strip() or "\0" in ref):
            raise r.error(f"{where}.ref", f"{ref!r} is not a git ref")
    else:
        raise r.error(where, "must be a path or a table {path = ..., ref = ...}")
    if not written.strip() or "\0" in written:
        raise r.error(where, "the path is empty")
    return Source((r.path.parent / written).resolve(), written, ref)


def _endpoint(r: _Reader, value: Any, where: str) -> Endpoint:
    if not isinstance(value, dict):
        raise r.error(where, "must be a table {url = ..., pages = {...}}")
    r.keys(value, _ENDPOINT_KEYS, where)
    url = r.text(value, "url", where)
    _check_url(r, url, f"{where}.url")
    pages = value.get("pages", {})
    if not isinstance(pages, dict):
        raise r.error(f"{where}.pages", "must be a table of page name = path")
    out: dict[str, str] = {}
    for name, page in pages.items():
        if not _PAGE.match(name):
            raise r.error(f"{where}.pages.{name}", "a page name is lower-case letters, digits, '_', '-'")
        if not isinstance(page, str) or not page.strip():
            raise r.error(f"{where}.pages.{name}", "must be a path or a URL")
        if urlsplit(page).scheme:
            _check_url(r, page, f"{where}.pages.{name}")
        out[name] = page
    return Endpoint(url, out)


def _check_url(r: _Reader, url: str, where: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise r.error(where, f"{url!r} is not an http(s) URL with a host")
    if parts.username or parts.password:
        raise r.error(where, "a URL may not carry credentials")


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key or 'the file'}: {problem}")

    def keys(self, table: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                name = f"{where}.{key}" if where else key
                raise self.error(name, f"unknown key (expected: {', '.join(sorted(allowed))})")

    def text(self, table: Mapping[str, Any], key: str, where: str) -> str:
        name = f"{where}.{key}" if where else key
        if key not in table:
            raise self.error(name, "missing")
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise self.error(name, "must be a non-empty string")
        return value
