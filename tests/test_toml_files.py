"""One bounded TOML reader for the operator's configuration, the tree's aiscan.toml and the AIS
description: the same size, nesting and encoding limits, each problem one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.cli import cli
from aiscan.config import load_file_settings
from aiscan.errors import ConfigError
from aiscan.release.description import load_description
from aiscan.userfiles import MAX_TOML_DEPTH, nesting_depth, read_toml


def _nested(levels: int) -> str:
    return "a = " + "[" * levels + "1" + "]" * levels + "\n"


@pytest.mark.parametrize(
    "reader",
    [lambda p: load_file_settings(p), lambda p: load_description(p)],
    ids=["configuration", "description"],
)
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_nested(MAX_TOML_DEPTH + 1), "nested too deeply (more than 32 levels)"),
        (_nested(100_000), "nested too deeply"),
        ("[policy\n", "not valid TOML"),
    ],
)
def test_both_files_refuse_the_same_bad_toml_naming_the_file(
    reader: object, text: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "aiscan.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        reader(path)  # type: ignore[operator]
    line = str(err.value)
    assert line.startswith(f"{path}: ")
    assert message in line
    assert "\n" not in line


def test_nesting_at_the_limit_is_read() -> None:
    assert nesting_depth({"a": [[1]]}) == 3
    assert nesting_depth(1) == 0


def test_read_toml_at_the_depth_limit_passes(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(_nested(MAX_TOML_DEPTH - 1))
    assert nesting_depth(read_toml(path, "test file")) == MAX_TOML_DEPTH


def test_an_oversized_toml_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_text("# " + "x" * 2048 + "\n")
    with pytest.raises(ConfigError, match=r"big\.toml: the test file is larger than"):
        read_toml(path, "test file", limit=1024)


def test_the_cli_prints_one_line_for_a_deep_description(tmp_path: Path) -> None:
    path = tmp_path / "aiscan-ais.toml"
    path.write_text(_nested(MAX_TOML_DEPTH + 5))
    result = CliRunner().invoke(cli, ["release", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines == [f"aiscan: error: {path}: not valid TOML: nested too deeply (more than 32 levels)"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_a_table_or_one_config_error(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.toml"
    path.write_bytes(raw)
    try:
        data = read_toml(path, "test file")
    except ConfigError as exc:
        assert str(exc).startswith(f"{path}: ")
        assert "\n" not in str(exc)
    else:
        assert isinstance(data, dict)
