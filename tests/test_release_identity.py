"""Release identity from git: a plain scan of a git folder names one component; remote URLs lose
their credentials; the id is a digest of the inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.gitaccess import find_repository
from aiscan.models import Component, ComponentVersion, ReleaseIdentity
from aiscan.release.identity import directory_release, repository_label, strip_credentials
from tests.release_repos import backend_repo, git


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "https://oauth2:glpat-SECRET@gitlab.example.kz/mfo/api.git",
            "https://gitlab.example.kz/mfo/api.git",
        ),
        ("https://user@github.com:8443/mfo/api", "https://github.com:8443/mfo/api"),
        ("git@github.com:mfo/api.git", "git@github.com:mfo/api.git"),
        ("/srv/git/api.git", "/srv/git/api.git"),
    ],
)
def test_remote_urls_lose_their_credentials(url: str, shown: str) -> None:
    assert strip_credentials(url) == shown


def test_the_repository_is_its_origin_without_the_token(tmp_path: Path) -> None:
    backend_repo(tmp_path / "api")
    git(tmp_path / "api", "remote", "add", "origin", "https://ci:tok3n-value@git.mfo.kz/api.git")
    repo = find_repository(tmp_path / "api")
    assert repo is not None and repository_label(repo) == "https://git.mfo.kz/api.git"


def test_a_plain_scan_of_a_git_folder_fills_the_release(tmp_path: Path) -> None:
    commit = backend_repo(tmp_path / "api")
    git(tmp_path / "api", "tag", "v2.0.1")
    release = directory_release(tmp_path / "api", (Component.API,))
    assert release is not None
    [version] = release.components
    assert (version.id, version.kinds, version.commit, version.dirty, version.version) == (
        "api",
        ("api",),
        commit,
        False,
        "v2.0.1",
    )
    assert directory_release(tmp_path, (Component.API,)) is None  # not in git
    out = tmp_path / "r.json"
    CliRunner().invoke(cli, ["scan", str(tmp_path / "api"), "-f", "json", "-o", str(out)])
    report = json.loads(out.read_text())
    assert report["release"]["id"] == release.release_id and report["findings"] is not None
    assert all(f["component"] is None for f in report["findings"])


def test_release_id_depends_on_every_input() -> None:
    base = ComponentVersion("api", ("api",), "/x", commit="a" * 40, dirty=False, version="1.0")
    ident = ReleaseIdentity("QarzOnline", "MFO", (base,))
    assert ident.release_id == ReleaseIdentity("QarzOnline", "other org", (base,)).release_id
    changed = [
        ReleaseIdentity("QarzOnline", "MFO", (ComponentVersion("api", ("api",), "/x", commit="b" * 40),)),
        ReleaseIdentity(
            "QarzOnline",
            "MFO",
            (ComponentVersion("api", ("api",), "/x", commit="a" * 40, dirty=True, version="1.0"),),
        ),
        ReleaseIdentity("Other", "MFO", (base,)),
    ]
    assert len({ident.release_id, *(c.release_id for c in changed)}) == 4


def test_folders_of_one_commit_are_different_releases() -> None:
    """The demo and its clean twin are folders of one repository at one commit."""

    def ident(subdir: str) -> str:
        version = ComponentVersion(
            "api", ("api",), f"/r/{subdir}", commit="c" * 40, dirty=False, subdir=subdir
        )
        return ReleaseIdentity("QarzOnline", "MFO", (version,)).release_id

    assert ident("fixtures/mfo-demo/api") != ident("fixtures/mfo-clean/api")
