from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.config import Overrides, load_file_settings, resolve_scan_config
from aiscan.errors import ConfigError
from aiscan.models import Component, Severity, Status


def _write(tmp_path: Path, text: str, name: str = "aiscan.toml") -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


def test_policy_per_scan_kind_and_paths_relative_to_the_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
exclude = ["docs/**"]
components = ["api", "web"]
[policy]
fail_on = "medium"
[policy.release]
block = ["FAIL", "NOT_ASSESSED", "MANUAL"]
[policy.pre-commit]
fail_on = "critical"
[advisories]
sources = ["osv/demo"]
max_age_days = 30
""",
    )
    s = load_file_settings(path)
    assert s.policies["release"].fail_on is Severity.MEDIUM
    assert Status.MANUAL in s.policies["release"].block_statuses
    assert s.policies["merge"].block_statuses == frozenset({Status.FAIL})
    assert s.policies["pre-commit"].fail_on is Severity.CRITICAL
    assert s.advisories.sources == (tmp_path / "osv/demo",)
    assert s.components == (Component.API, Component.WEB)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 'red'\n", "unknown key 'colour'"),
        ("[policy]\nfail_on = 3\n", "'policy.fail_on' must be a string"),
        ("[policy]\nfail_on = 'severe'\n", "unknown severity"),
        ("[policy.release]\nblok = []\n", "unknown key 'policy.release.blok'"),
        ("[advisories]\nmax_age_days = -1\n", "advisories.max_age_days"),
        ("components = ['desktop']\n", "unknown component 'desktop'"),
        ("[policy\n", "not valid TOML"),
    ],
)
def test_bad_configuration_names_the_key_and_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=message) as info:
        load_file_settings(path)
    assert str(path) in info.value.message


def test_pyproject_table_and_command_line_precedence(tmp_path: Path) -> None:
    _write(tmp_path, "[tool.aiscan.policy]\nfail_on = 'low'\n", "pyproject.toml")
    cfg = resolve_scan_config(tmp_path, Overrides())
    assert cfg.policy.fail_on is Severity.LOW and cfg.config_file == tmp_path / "pyproject.toml"
    cfg = resolve_scan_config(tmp_path, Overrides(fail_on=Severity.CRITICAL))
    assert cfg.policy.fail_on is Severity.CRITICAL
    cfg = resolve_scan_config(tmp_path, Overrides(), env={"AISCAN_ADVISORY_DB": "/x/db.sqlite"})
    assert cfg.advisories.database == Path("/x/db.sqlite")
