"""A git repository for scoped-scan tests: a base commit on `main`, then a `feature` branch whose
one commit holds the change."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True)


def write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


def branch_repo(root: Path, base: dict[str, str], change: dict[str, str], message: str = "change") -> Path:
    """`root` as a repository: `base` committed on main, `change` committed on feature (checked out)."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "dev@example.kz")
    git(root, "config", "user.name", "Dev")
    write_files(root, base)
    git(root, "add", ".")
    git(root, "commit", "-qm", "base")
    git(root, "checkout", "-qb", "feature")
    write_files(root, change)
    git(root, "add", ".")
    git(root, "commit", "-qm", message)
    return root
