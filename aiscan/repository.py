"""What aiscan asks git about the scanned tree (through aiscan.gitaccess, never a checkout)."""

from __future__ import annotations

from pathlib import Path

from aiscan.gitaccess import head_commit_of


def head_commit(path: Path) -> str | None:
    """The commit checked out where `path` lives, or None outside a git repository."""
    return head_commit_of(path)
