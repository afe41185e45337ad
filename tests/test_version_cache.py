"""Analyzer versions are asked once per executable file, and again after it changes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from aiscan import version_cache
from aiscan.tooling import tool_version


def _tool(path: Path, version: str) -> Path:
    path.write_text(f'#!/bin/sh\necho called >> "{path}.calls"\necho "{version}"\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _calls(path: Path) -> int:
    marker = Path(f"{path}.calls")
    return len(marker.read_text().splitlines()) if marker.exists() else 0


def test_the_version_is_remembered_until_the_executable_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(version_cache.CACHE_ENV, str(tmp_path / "cache"))
    tool = _tool(tmp_path / "scanner", "scanner 1.0")
    assert tool_version(str(tool)) == "scanner 1.0"
    assert tool_version(str(tool)) == "scanner 1.0"
    assert _calls(tool) == 1
    _tool(tool, "scanner 2.0.1")
    os.utime(tool, ns=(1, 1))
    assert tool_version(str(tool)) == "scanner 2.0.1"
    assert _calls(tool) == 2
    assert version_cache.cache_file().is_file()


def test_an_unusable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv(version_cache.CACHE_ENV, str(blocker))
    tool = _tool(tmp_path / "scanner", "scanner 1.0")
    assert tool_version(str(tool)) == "scanner 1.0"
    assert tool_version(str(tool)) == "scanner 1.0"
    assert _calls(tool) == 2
    assert version_cache.cache_key(str(tmp_path / "missing"), ()) is None
