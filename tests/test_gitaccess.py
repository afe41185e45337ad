"""aiscan.gitaccess: the repository found by aiscan, working-tree changes hashed by aiscan (the
same answer git gives, without git reading a file), and the environment given to git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.gitaccess import (
    NEUTRAL_CONFIG,
    RawChange,
    find_repository,
    head_commit_of,
    parse_raw_diff,
    resolve_commit,
    run_git,
    staged_changes,
    tool_environment,
    untracked_files,
    worktree_changes,
)


def _git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root.parent)}
    return subprocess.run(
        ["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env
    ).stdout.strip()


def _repo(tmp_path: Path, *init: str) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q", "-b", "main", *init)
    _git(root, "config", "user.email", "dev@example.kz")
    _git(root, "config", "user.name", "Dev")
    (root / "api").mkdir()
    (root / "api" / "app.py").write_text("print(1)\n")
    (root / "api" / "same.py").write_text("print(2)\n")
    (root / "README.md").write_text("# loans\n")
    os.symlink("app.py", root / "api" / "link.py")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "base")
    return root


@pytest.mark.parametrize("object_format", ["sha1", "sha256"])
def test_worktree_changes_agree_with_git(tmp_path: Path, object_format: str) -> None:
    root = _repo(tmp_path, f"--object-format={object_format}")
    (root / "api" / "app.py").write_text("print(10)\n")
    (root / "README.md").unlink()
    (root / "api" / "link.py").unlink()
    os.symlink("same.py", root / "api" / "link.py")
    repo = find_repository(root)
    assert repo is not None
    expected = set(_git(root, "diff", "--name-only").split())
    assert expected == {"api/app.py", "README.md", "api/link.py"}
    assert worktree_changes(repo) == expected
    assert worktree_changes(repo, "api") == expected - {"README.md"}


def test_a_file_replaced_by_a_fifo_or_folder_counts_as_changed_and_is_not_opened(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (root / "api" / "app.py").unlink()
    os.mkfifo(root / "api" / "app.py")  # opening it for reading would block
    (root / "api" / "same.py").unlink()
    (root / "api" / "same.py").mkdir()
    repo = find_repository(root)
    assert repo is not None
    assert worktree_changes(repo) == {"api/app.py", "api/same.py"}


def test_staged_untracked_and_head(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (root / "api" / "new.py").write_text("x = 1\n")
    _git(root, "add", "api/new.py")
    (root / "notes.txt").write_text("n\n")
    (root / ".gitignore").write_text("*.log\n")
    (root / "debug.log").write_text("")
    repo = find_repository(root / "api")
    assert repo is not None and repo.top == root.resolve() and repo.prefix == "api"
    changes = parse_raw_diff(staged_changes(repo))
    assert [(c.status, c.path) for c in changes] == [("A", "api/new.py")]
    assert sorted(untracked_files(repo)) == [".gitignore", "notes.txt"]
    assert head_commit_of(root / "api") == _git(root, "rev-parse", "HEAD")
    assert resolve_commit(repo, "no-such-branch") is None
    assert resolve_commit(repo, "--output=/tmp/x") is None  # never taken as an option


def test_an_unborn_head_compares_the_index_with_the_empty_tree(tmp_path: Path) -> None:
    root = tmp_path / "fresh"
    root.mkdir()
    _git(root, "init", "-q")
    (root / "a.py").write_text("a = 1\n")
    _git(root, "add", "a.py")
    repo = find_repository(root)
    assert repo is not None
    assert head_commit_of(root) is None
    assert [c.path for c in parse_raw_diff(staged_changes(repo))] == ["a.py"]


def test_core_worktree_cannot_move_the_working_tree(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.txt").write_text("not part of the repository\n")
    _git(root, "config", "core.worktree", str(elsewhere))
    repo = find_repository(root)
    assert repo is not None
    assert untracked_files(repo) == []
    assert worktree_changes(repo) == set()


def test_a_linked_worktree_is_found_through_its_git_file(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    linked = tmp_path / "linked"
    _git(root, "worktree", "add", "-q", str(linked))
    repo = find_repository(linked / "api")
    assert repo is not None and repo.top == linked.resolve() and repo.prefix == "api"
    assert run_git(repo, "rev-parse", "HEAD").decode().strip() == _git(root, "rev-parse", "HEAD")


def test_outside_a_repository(tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    assert find_repository(tmp_path / "plain") is None
    assert head_commit_of(tmp_path / "plain") is None


def test_parse_raw_diff_is_pure() -> None:
    z = "0" * 40
    raw = f":100644 100644 {z} {'1' * 40} M\0a b.py\0:000000 120000 {z} {'2' * 40} A\0link\0".encode()
    changes = parse_raw_diff(raw)
    assert [(c.new_mode, c.status, c.path) for c in changes] == [
        ("100644", "M", "a b.py"),
        ("120000", "A", "link"),
    ]
    assert parse_raw_diff(b"") == [] and parse_raw_diff(b"garbage\0") == []


def test_tool_environment_appends_after_the_operators_settings() -> None:
    base = {
        "PATH": "/usr/bin",
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "core.fsmonitor",
        "GIT_CONFIG_VALUE_0": "/evil",
        "GIT_CONFIG_PARAMETERS": "'user.name'='Dev'",
    }
    env = tool_environment(base)
    n = int(env["GIT_CONFIG_COUNT"])
    assert n == 1 + len(NEUTRAL_CONFIG)
    keys = [(env[f"GIT_CONFIG_KEY_{i}"], env[f"GIT_CONFIG_VALUE_{i}"]) for i in range(n)]
    assert keys[0] == ("core.fsmonitor", "/evil") and keys[1:] == list(NEUTRAL_CONFIG)
    assert env["GIT_CONFIG_PARAMETERS"].startswith("'user.name'='Dev' 'core.fsmonitor'='false'")
    assert env["GIT_OPTIONAL_LOCKS"] == "0" and env["GIT_PAGER"] == "cat"
    assert base["GIT_CONFIG_COUNT"] == "1"  # the caller's mapping is not changed


def test_settings_given_in_the_environment_win_over_the_repository(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    _git(root, "config", "core.fsmonitor", "/evil")
    _git(root, "config", "log.showSignature", "true")
    env = tool_environment({"PATH": os.environ["PATH"], "HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    for key, wanted in (
        ("core.fsmonitor", "false"),
        ("log.showsignature", "false"),
        ("core.hookspath", os.devnull),
    ):
        got = subprocess.run(
            ["git", "config", "--get", key], cwd=root, env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        assert got == wanted, key


WEIRD_DRIVER_NAMES = ("plain", "a=b", "it's", "bang!x", "two words", "dot.ted", "back\\slash", "юникод")


def test_drivers_with_any_name_are_switched_off_even_under_git_c(tmp_path: Path) -> None:
    """Driver names are arbitrary (quotes, '=', '!', dots, spaces): each is still overridden,
    also when a parent git passed its own `-c` settings down (GIT_CONFIG_PARAMETERS)."""
    root = _repo(tmp_path)
    for name in WEIRD_DRIVER_NAMES:
        for kind in ("filter", "diff"):
            program = "clean" if kind == "filter" else "textconv"
            _git(root, "config", f"{kind}.{name}.{program}", "/evil")
    repo = find_repository(root)
    assert repo is not None
    inherited = {"GIT_CONFIG_PARAMETERS": "'user.name'='Dev' 'filter.plain.clean'='/evil-from-parent'"}
    for extra in ({}, inherited):
        with pytest.MonkeyPatch.context() as mp:
            for key, value in extra.items():
                mp.setenv(key, value)
            own = run_git(repo, "config", "--null", "--list")
            env = tool_environment(None, root)
            tools = subprocess.run(
                ["git", "config", "--null", "--list"], cwd=root, env=env, capture_output=True, check=True
            ).stdout
        for listing in (own, tools):
            last = _effective(listing)
            for name in WEIRD_DRIVER_NAMES:
                assert last[f"filter.{name}.clean"] == "" and last[f"diff.{name}.textconv"] == "", name


def _effective(listing: bytes) -> dict[str, str]:
    """The value each key ends up with: the last one `git config --list` shows."""
    last: dict[str, str] = {}
    for entry in filter(None, listing.decode().split("\0")):
        key, _, value = entry.partition("\n")
        last[key] = value
    return last


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=400))
def test_parse_raw_diff_takes_any_bytes(raw: bytes) -> None:
    for change in parse_raw_diff(raw):
        assert isinstance(change, RawChange) and change.path and change.status
