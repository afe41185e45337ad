"""What was released, from git: each component's repository, commit, dirty state and version.

Every git command goes through aiscan.gitaccess (plumbing that reads the object database and
refs; nothing the repository configures runs). A folder outside git is named by its path, with
commit and dirty state unknown (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from aiscan.errors import ToolError
from aiscan.gitaccess import (
    Repository,
    find_repository,
    resolve_commit,
    run_git,
    untracked_files,
    worktree_changes,
)
from aiscan.models import Component, ComponentVersion, ReleaseIdentity


@dataclass(frozen=True)
class GitState:
    """Where a folder stands in git."""

    repository: str  # the remote URL without credentials, else the repository's folder
    commit: str | None  # None: an unborn HEAD
    dirty: bool


def git_state(path: Path) -> GitState | None:
    """The git state of the folder `path`, or None outside a repository (or when git fails)."""
    repo = find_repository(path)
    if repo is None:
        return None
    try:
        commit = resolve_commit(repo, "HEAD")
        dirty = bool(worktree_changes(repo, repo.prefix) or untracked_files(repo, repo.prefix))
    except ToolError:
        return None
    return GitState(repository_label(repo), commit, dirty)


def repository_label(repo: Repository) -> str:
    """The `origin` remote's URL with any user name or password removed, else the folder."""
    try:
        url = run_git(repo, "config", "--get", "remote.origin.url").decode("utf-8", "replace").strip()
    except ToolError:
        url = ""
    return strip_credentials(url) if url else str(repo.top)


def strip_credentials(url: str) -> str:
    """`https://user:token@host/x` -> `https://host/x`: a remote URL may carry a token. An
    scp-like address (`git@host:org/x.git`) holds a user name only and is kept."""
    parts = urlsplit(url)
    if not parts.scheme or parts.hostname is None or "@" not in parts.netloc:
        return url
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def tag_at(repo: Repository, commit: str) -> str | None:
    """The highest version tag pointing at `commit`, or None."""
    try:
        out = run_git(
            repo,
            "for-each-ref",
            f"--points-at={commit}",
            "--sort=-v:refname",
            "--format=%(refname:strip=2)",
            "refs/tags/",
        )
    except ToolError:
        return None
    tags = [t for t in out.decode("utf-8", "replace").splitlines() if t.strip()]
    return tags[0] if tags else None


def directory_release(root: Path, components: tuple[Component, ...]) -> ReleaseIdentity | None:
    """The release identity of a plain scan of one folder: one component named after the folder,
    its kinds the components found in it. None outside git (nothing names the version)."""
    repo = find_repository(root)
    state = git_state(root) if repo else None
    if repo is None or state is None or state.commit is None:
        return None
    name = root.resolve().name or "ais"
    version = ComponentVersion(
        id=name,
        kinds=tuple(c.value for c in components),
        path=str(root),
        repository=state.repository,
        commit=state.commit,
        dirty=state.dirty,
        version=tag_at(repo, state.commit),
        subdir=repo.prefix,
    )
    return ReleaseIdentity(ais=name, organisation="", components=(version,))
