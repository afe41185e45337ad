"""The configuration loader under arbitrary input: a configuration, or one ConfigError line naming
the file, whatever the TOML document or mapping holds, in the tree's file or the operator's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan import config
from aiscan.config import FileSettings, Overrides, load_file_settings, parse_settings, resolve_scan_config
from aiscan.errors import ConfigError, UsageError

FUZZ = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

KEYS = sorted(
    config._TOP_KEYS
    | config._POLICY_KEYS
    | config._ADVISORY_KEYS
    | config._SEMGREP_KEYS
    | set(config.SCAN_KINDS)
    | {"web", "api", "mobile", "tool", "aiscan"}
)
VALUES = [
    "high",
    "critical",
    "unknown",
    "FAIL",
    "NOT_ASSESSED",
    "MANUAL",
    "web",
    "osemgrep",
    "PyPI",
    "../x",
    "/etc/passwd",
    "a\x00b",
    "docs/**",
    "",
]
scalars = (
    st.sampled_from(VALUES)
    | st.text(max_size=10)
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.booleans()
    | st.floats(allow_nan=False)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=25,
)
mappings = st.dictionaries(st.sampled_from(KEYS), values, max_size=6)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, int) else json.dumps(value)
    if isinstance(value, str):
        return json.dumps(value)  # a TOML basic string is a JSON string, escapes and all
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


def _toml(mapping: dict[str, Any]) -> str:
    """A TOML document with the mapping's entries as inline values (valid TOML when the numbers
    are representable; the loader must cope either way)."""
    return "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in mapping.items())


@FUZZ
@given(mappings)
def test_any_mapping_is_settings_or_a_config_error(mapping: dict[str, Any]) -> None:
    try:
        result = parse_settings(mapping, Path("/project/aiscan.toml"))
    except ConfigError as exc:
        assert "\n" not in exc.message and exc.message.startswith("/project/aiscan.toml: ")
    else:
        assert isinstance(result, FileSettings)


@FUZZ
@given(mappings, st.sampled_from(["aiscan.toml", "pyproject.toml"]), st.booleans())
def test_any_tree_file_gives_a_configuration_or_a_one_line_error(
    tmp_path_factory: pytest.TempPathFactory, mapping: dict[str, Any], name: str, nest: bool
) -> None:
    root = tmp_path_factory.mktemp("tree")
    document = {"tool": {"aiscan": mapping}} if nest and name == "pyproject.toml" else mapping
    (root / name).write_text(_toml(document), encoding="utf-8")
    operator = root.parent / f"{root.name}-operator.toml"
    operator.write_text(_toml(mapping), encoding="utf-8")
    for config_file in (None, operator):
        try:
            cfg = resolve_scan_config(root, Overrides(config_file=config_file), env={})
        except (ConfigError, UsageError) as exc:
            assert "\n" not in exc.message
        else:
            assert all("\n" not in line for line in cfg.ignored_settings)


@FUZZ
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_are_settings_or_a_config_error(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path = tmp_path_factory.mktemp("cfg") / "aiscan.toml"
    path.write_bytes(raw)
    try:
        load_file_settings(path)
    except ConfigError as exc:
        assert "\n" not in exc.message and str(path) in exc.message


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 100_000 + "]" * 100_000,
        "a = " + "{b = " * 5_000 + "1" + "}" * 5_000,
        "x" * (2 * 1024 * 1024),
    ],
)
def test_deep_or_huge_documents_are_one_line_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "aiscan.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_file_settings(path)
    assert "\n" not in info.value.message and str(path) in info.value.message
