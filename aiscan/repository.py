"""What aiscan asks git about the scanned tree (through gitpython, never a checkout)."""

from __future__ import annotations

from pathlib import Path

import git


def head_commit(path: Path) -> str | None:
    """The commit checked out where `path` lives, or None outside a git repository."""
    try:
        repo = git.Repo(path, search_parent_directories=True)
        return str(repo.head.commit.hexsha)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, ValueError, git.GitCommandError):
        return None
