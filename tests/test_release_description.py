"""The AIS description file: the documented example parses, every table is closed, the schema
agrees with the parser, and no input makes the parser fail other than with a ConfigError."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.errors import ConfigError
from aiscan.models import Component
from aiscan.release.description import load_description, parse_description
from tests.conftest import FIXTURES, REPO

SCHEMA = json.loads((REPO / "docs" / "ais.schema.json").read_text())
DOC = (REPO / "docs" / "ais.md").read_text()


def _doc_example() -> str:
    blocks = re.findall(r"```toml\n(.*?)```", DOC, re.S)
    return blocks[0]


def test_the_documented_example_parses_and_validates(tmp_path: Path) -> None:
    text = _doc_example()
    jsonschema.validate(tomllib.loads(text), SCHEMA)
    path = tmp_path / "ais" / "aiscan-ais.toml"
    path.parent.mkdir()
    path.write_text(text)
    ais = load_description(path)
    assert (ais.organisation, ais.ais) == ("Qarz Online MFO LLP", "QarzOnline")
    by_id = {c.id: c for c in ais.components}
    assert list(by_id) == ["android", "ios", "backend", "web"]
    assert by_id["android"].catalogue_components == (Component.MOBILE,)
    assert by_id["web"].catalogue_components == (Component.API, Component.WEB)
    android_source = by_id["android"].sources[0]
    assert android_source.path == (tmp_path / "qarz-android").resolve() and android_source.ref == "v3.4.0"
    assert [s.written for s in by_id["backend"].sources] == ["../qarz-backend", "../qarz-scoring"]
    assert by_id["ios"].version == "3.4.0 (build 812)"
    assert ais.endpoints() == [
        ("backend", "https://api.qarz.kz/health", "health"),
        ("backend", "https://api.qarz.kz/api/v1/auth/login", "login"),
        ("web", "https://qarz.kz/cabinet/card", "card"),
        ("web", "https://qarz.kz/healthz", "health"),
        ("web", "https://qarz.kz/login", "login"),
    ]


@pytest.mark.parametrize("fixture", ["mfo-demo", "mfo-clean"])
def test_the_demo_descriptions_name_four_components_with_local_endpoints(fixture: str) -> None:
    path = FIXTURES / fixture / "aiscan-ais.toml"
    jsonschema.validate(tomllib.loads(path.read_text()), SCHEMA)
    ais = load_description(path)
    assert {c.id: c.kinds for c in ais.components} == {
        "web": ("web",),
        "backend": ("api",),
        "android": ("mobile-android",),
        "ios": ("mobile-ios",),
    }
    assert all(s.path.is_dir() for c in ais.components for s in c.sources)
    assert ais.endpoints() and all(url.startswith("https://localhost:844") for _, url, _ in ais.endpoints())


BASE: dict[str, Any] = {
    "organisation": "O",
    "ais": "A",
    "components": [{"id": "api", "kind": "api", "sources": ["."]}],
}


def _with(**changes: Any) -> dict[str, Any]:
    comp = {**BASE["components"][0], **changes}
    return {**BASE, "components": [comp]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**BASE, "owner": "x"}, "owner: unknown key"),
        (_with(repo="x"), "components[0].repo: unknown key"),
        (_with(sources=[{"path": ".", "branch": "main"}]), "components[0].sources[0].branch: unknown key"),
        (
            _with(endpoints=[{"url": "https://a.kz", "page": {}}]),
            "components[0].endpoints[0].page: unknown key",
        ),
        (_with(kind="desktop"), "unknown kind 'desktop'"),
        (_with(kind=[]), "components[0].kind: must be one of"),
        (_with(sources=[]), "components[0].sources: must be a non-empty array"),
        (_with(sources=[{"path": ".", "ref": "--upload-pack=x"}]), "is not a git ref"),
        (_with(id="Back End"), "is not an id"),
        (_with(endpoints=[{"url": "ftp://a.kz"}]), "is not an http(s) URL"),
        (_with(endpoints=[{"url": "https://u:p@a.kz"}]), "may not carry credentials"),
        (_with(endpoints=[{"url": "https://a.kz", "pages": {"Log In": "/"}}]), "a page name is"),
        ({**BASE, "components": []}, "components: must be a non-empty array"),
        ({**BASE, "components": BASE["components"] * 2}, "the id 'api' is used twice"),
        ({"ais": "A", "components": BASE["components"]}, "organisation: missing"),
    ],
)
def test_bad_descriptions_name_the_key(data: dict[str, Any], message: str, tmp_path: Path) -> None:
    path = tmp_path / "aiscan-ais.toml"
    with pytest.raises(ConfigError) as err:
        parse_description(data, path)
    assert message in str(err.value) and str(path) in str(err.value)
    # The schema refuses what the parser refuses (duplicate ids aside: JSON Schema cannot say it).
    if "used twice" not in message:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, SCHEMA)


def test_invalid_toml_and_oversized_files_are_config_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("ais = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_description(bad)
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 300_000)
    with pytest.raises(ConfigError, match="larger than"):
        load_description(big)


_scalars = st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.none())
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
_keys = st.sampled_from(["organisation", "ais", "components", "id", "kind", "sources", "path", "ref", "url"])


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(_keys | st.text(max_size=6), _values, max_size=4),
    st.lists(st.dictionaries(_keys, _values, max_size=5), max_size=3),
)
def test_any_mapping_is_a_description_or_a_config_error(top: dict[str, Any], comps: list[Any]) -> None:
    data = {"organisation": "O", "ais": "A", **top}
    if comps:
        data["components"] = comps
    try:
        parse_description(data, Path("/nonexistent/aiscan-ais.toml"))
    except ConfigError as exc:
        assert "\n" not in exc.diagnostics()
