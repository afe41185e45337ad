"""Spring Boot's debug switches are read from the application's configuration; a CI service's
configuration kept in its own folder (`.github/`, `.gitlab/`, `.circleci/`) is read by that
service only, where `debug: true` asks a tool for verbose output. The same line in the
application's configuration is still reported."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

RULE = Path(__file__).resolve().parent.parent / "rulesets/semgrep/java/java-spring-debug-config.yaml"

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


def test_debug_in_a_ci_service_configuration_is_not_the_application(tmp_path: Path) -> None:
    for name in (".github/ct.yml", ".gitlab/ci/lint.yaml", ".circleci/config.yml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("check-version-increment: true\ndebug: true\n", encoding="utf-8")
    (tmp_path / "src/main/resources").mkdir(parents=True)
    (tmp_path / "src/main/resources/application.yml").write_text("debug: true\n", encoding="utf-8")
    (tmp_path / "config").mkdir()
    (tmp_path / "config/application-prod.properties").write_text("debug=true\n", encoding="utf-8")
    assert _reported(tmp_path) == {
        "src/main/resources/application.yml",
        "config/application-prod.properties",
    }
