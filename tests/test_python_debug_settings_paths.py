"""Django projects split their settings into modules, one per environment: a module named for
development or testing (`settings/devel.py`, `settings/dev.py`, `settings_test.py`) is selected
only by a developer's DJANGO_SETTINGS_MODULE, and `DEBUG = True` there is its purpose. The same
line in the settings a release runs with (`settings.py`, `settings/common.py`,
`settings/production.py`) is still reported."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

RULE = Path(__file__).resolve().parent.parent / "rulesets/semgrep/python/python-debug-enabled.yaml"

pytestmark = pytest.mark.skipif(shutil.which("semgrep") is None, reason="semgrep not installed")


def _reported(tree: Path) -> set[str]:
    proc = subprocess.run(
        [
            *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--no-git-ignore"),
            *("--json", "--config", str(RULE), str(tree)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return {Path(r["path"]).relative_to(tree).as_posix() for r in json.loads(proc.stdout)["results"]}


def test_debug_in_a_development_settings_module_is_not_the_release(tmp_path: Path) -> None:
    development = (
        "loans/settings/devel.py",
        "loans/settings/dev.py",
        "loans/settings/development.py",
        "loans/settings/test.py",
        "loans/settings/testing.py",
        "loans/settings_dev.py",
        "loans/dev_settings.py",
        "loans/settings_test.py",
    )
    release = (
        "loans/settings.py",
        "loans/settings/common.py",
        "loans/settings/base.py",
        "loans/settings/production.py",
        "loans/settings/devices.py",
        "loans/development/views.py",
    )
    for name in development + release:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("DEBUG = True\n", encoding="utf-8")
    assert _reported(tmp_path) == set(release)
