"""Django projects split their settings into modules, one per environment: a module named for
development, testing or CI (`settings/devel.py`, `settings/dev.py`, `settings_test.py`,
`settings/ci.py`) is selected only by a developer's or the CI's DJANGO_SETTINGS_MODULE, and
`DEBUG = True` there is its purpose. The same line in the settings a release runs with
(`settings.py`, `settings/common.py`, `settings/production.py`) is still reported. So is a fast
password hasher: Django's documentation names `MD5PasswordHasher` in the test settings to make
the tests' logins fast; in the release's settings it stays reported."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parent.parent / "rulesets/semgrep/python"
RULE = RULES / "python-debug-enabled.yaml"

pytestmark = pytest.mark.skipif(shutil.which("semgrep") is None, reason="semgrep not installed")


def _reported(tree: Path, rule: Path = RULE) -> set[str]:
    proc = subprocess.run(
        [
            *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--no-git-ignore"),
            *("--json", "--config", str(rule), str(tree)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return {Path(r["path"]).relative_to(tree).as_posix() for r in json.loads(proc.stdout)["results"]}


DEVELOPMENT = (
    "loans/settings/devel.py",
    "loans/settings/dev.py",
    "loans/settings/development.py",
    "loans/settings/test.py",
    "loans/settings/testing.py",
    "loans/settings_dev.py",
    "loans/dev_settings.py",
    "loans/settings_test.py",
    "loans/test_settings.py",
    "loans/settings/ci.py",
    "loans/settings_ci.py",
    "loans/ci_settings.py",
)
RELEASE = (
    "loans/settings.py",
    "loans/settings/common.py",
    "loans/settings/base.py",
    "loans/settings/production.py",
    "loans/settings/devices.py",
    "loans/development/views.py",
    "loans/settings/cities.py",
    "loans/ci.py",
)


def test_md5_hasher_in_a_test_settings_module_is_not_the_release(tmp_path: Path) -> None:
    line = 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]\n'
    for name in DEVELOPMENT + RELEASE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(line, encoding="utf-8")
    assert _reported(tmp_path, RULES / "python-weak-password-hash.yaml") == set(RELEASE)


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
        "loans/settings/ci.py",
        "loans/settings_ci.py",
        "loans/ci_settings.py",
    )
    release = (
        "loans/settings.py",
        "loans/settings/common.py",
        "loans/settings/base.py",
        "loans/settings/production.py",
        "loans/settings/devices.py",
        "loans/development/views.py",
        "loans/settings/cities.py",
        "loans/ci.py",
    )
    for name in development + release:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("DEBUG = True\n", encoding="utf-8")
    assert _reported(tmp_path) == set(release)
