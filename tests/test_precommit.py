"""The pre-commit hooks through the real `pre-commit` tool, offline.

pre-commit normally clones the hook repository; here the hooks of .pre-commit-hooks.yaml run as a
`repo: local` configuration with `language: system`, calling the aiscan installed beside this
Python, so the test needs no network. The hooks are installed into the test repository's git hooks
and a real `git commit` is made: a staged shell injection is blocked, a clean change goes through.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from aiscan.cli import cli
from tests.conftest import REPO

BIN = Path(sys.executable).parent
MANIFEST = REPO / ".pre-commit-hooks.yaml"

INJECTION = """import subprocess
from flask import request


def export():
    subprocess.call("tar czf /tmp/" + request.args["name"], shell=True)
"""
CLEAN = """import subprocess


def export(name: str) -> None:
    subprocess.run(["tar", "czf", "/tmp/out.tgz", name], check=True)
"""
SECRET = 'STRIPE_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc9fA2bQx"\n'


def _hooks() -> dict[str, dict[str, Any]]:
    return {h["id"]: h for h in yaml.safe_load(MANIFEST.read_text())}


def test_the_manifest_is_valid_for_pre_commit() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    hooks = clientlib.load_manifest(str(MANIFEST))
    assert {h["id"] for h in hooks} == {"aiscan-secrets", "aiscan-sast"}
    sast = _hooks()["aiscan-sast"]
    assert sast["entry"].startswith("aiscan scan --kind pre-commit")
    assert sast["require_serial"] is True  # one aiscan run for all files, not one per batch
    assert _hooks()["aiscan-secrets"]["entry"] == "aiscan secrets --staged ."


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(tmp_path),
        "NO_COLOR": "1",
    }


def _git(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, env=env, check=False
    )


def _repository(tmp_path: Path, hook_ids: tuple[str, ...]) -> tuple[Path, dict[str, str]]:
    """A git repository whose pre-commit configuration runs aiscan's hooks, installed."""
    pytest.importorskip("pre_commit")
    env = _env(tmp_path)
    root = tmp_path / "project"
    root.mkdir()
    for args in (
        ("init", "-q", "-b", "main"),
        ("config", "user.email", "dev@example.kz"),
        ("config", "user.name", "Dev"),
        ("config", "commit.gpgsign", "false"),
    ):
        assert _git(root, env, *args).returncode == 0
    local = []
    for hook_id in hook_ids:
        hook = dict(_hooks()[hook_id])
        hook["language"] = "system"
        hook["entry"] = str(BIN / hook["entry"])  # the aiscan of this environment
        hook.pop("minimum_pre_commit_version", None)
        local.append(hook)
    config = {"repos": [{"repo": "local", "hooks": local}]}
    (root / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    (root / "README.md").write_text("# loans\n")
    _git(root, env, "add", ".")
    assert _git(root, env, "commit", "-qm", "start").returncode == 0
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=root, env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return root, env


def test_the_sast_hook_blocks_a_staged_shell_injection_and_passes_a_clean_change(tmp_path: Path) -> None:
    root, env = _repository(tmp_path, ("aiscan-sast",))
    (root / "export.py").write_text(INJECTION)
    _git(root, env, "add", "export.py")
    blocked = _git(root, env, "commit", "-m", "add export")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "aiscan SAST" in output and "Failed" in output
    assert "COMMIT BLOCKED (exit 1)" in output
    assert "export.py:6" in output
    assert _git(root, env, "log", "--oneline").stdout.count("\n") == 1, "nothing was committed"

    (root / "export.py").write_text(CLEAN)
    _git(root, env, "add", "export.py")
    passed = _git(root, env, "commit", "-m", "add export safely")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "aiscan SAST" in passed.stderr + passed.stdout and "Passed" in passed.stderr + passed.stdout
    assert _git(root, env, "log", "--oneline").stdout.count("\n") == 2


@pytest.mark.skipif("secrets" not in cli.commands, reason="this build has no `aiscan secrets` command")
def test_the_secrets_hook_blocks_a_staged_secret(tmp_path: Path) -> None:
    root, env = _repository(tmp_path, ("aiscan-secrets",))
    (root / "settings.py").write_text(SECRET)
    _git(root, env, "add", "settings.py")
    blocked = _git(root, env, "commit", "-m", "add settings")
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "sk_live_4eC39HqLyjWDarjtT1zdp7dc9fA2bQx" not in blocked.stdout + blocked.stderr
    (root / "settings.py").write_text('import os\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\n')
    _git(root, env, "add", "settings.py")
    passed = _git(root, env, "commit", "-m", "read the key from the environment")
    assert passed.returncode == 0, passed.stdout + passed.stderr
