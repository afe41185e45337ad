"""Three releases from real git repositories: put, mark live and replaced, find by date, get
restores byte-identical sources and results, verify passes, prune keeps what is retained."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.archive import Archive, get_release
from aiscan.cli import cli
from tests.archive_support import SECRET, age_keys, commit_files, git, make_repo, put_args, release_files

V1 = {"app/main.py": b"print('v1')\n", "README.md": b"# Loans\n", "bin/run.sh": b"#!/bin/sh\necho v1\n"}
V2 = {"app/main.py": b"print('v2')\n", "app/кредит.py": b"x = 1\n"}
V3 = {"app/main.py": b"print('v3')\n" + bytes(range(256)) * 40}


@dataclass
class World:
    tmp: Path
    archive: str
    key: Path
    checkpoint: Path
    identity: Path
    repo: Path
    commits: list[str]
    releases: list[str]
    files: list[dict[str, Path]]

    def run(self, *args: str, code: int = 0) -> str:
        result = CliRunner().invoke(cli, ["archive", *args], catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result.output

    def common(self) -> list[str]:
        return ["--archive", self.archive, "--key", str(self.key), "--checkpoint", str(self.checkpoint)]


def build_world(tmp: Path, *, plaintext: bool = False, location: str | None = None) -> World:
    recipient, identity = age_keys(tmp)
    key = tmp / "officer" / "signing.key"
    checkpoint = tmp / "officer" / "checkpoint"
    world = World(
        tmp, location or str(tmp / "archive"), key, checkpoint, identity, make_repo(tmp / "loans"), [], [], []
    )
    init = ["init", *world.common()] + (["--plaintext"] if plaintext else ["--recipient", recipient])
    world.run(*init)
    for n, files in enumerate((V1, V2, V3), start=1):
        if n == 1:
            (world.repo / "bin").mkdir(parents=True)
            os.symlink("../app/main.py", world.repo / "bin" / "main-link")
            os.symlink("/etc/passwd", world.repo / "bin" / "outside-link")
        commit = commit_files(world.repo, files, f"release {n}")
        out = release_files(tmp, world.repo, commit, f"v{n}", with_release=n != 3)
        put = world.run("put", *world.common(), *put_args(out), *(["--ais", "Loans"] if n == 3 else []))
        rid = put.split("archived ", 1)[1].split(":", 1)[0]
        world.commits.append(commit)
        world.releases.append(rid)
        world.files.append(out)
    return world


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


def test_put_mark_find_get_verify(world: World) -> None:
    r1, r2, r3 = world.releases
    assert len(set(world.releases)) == 3
    world.run("mark-live", *world.common(), r1, "--date", "2021-01-10")
    out = world.run("mark-live", *world.common(), r2, "--date", "2022-06-01")
    assert f"{r1}: replaced on 2022-06-01" in out
    world.run("mark-live", *world.common(), r3, "--date", "2025-03-20")

    found = world.run("find", "--archive", world.archive, "--date", "2025-03-14")
    assert found.splitlines()[0].startswith(r2) and r1 not in found and r3 not in found
    assert r1 in world.run("find", "--archive", world.archive, "--date", "2022-05-31")
    assert r3 in world.run("find", "--archive", world.archive, "--date", "2025-03-20")
    world.run("find", "--archive", world.archive, "--date", "2020-01-01", code=1)

    listing = world.run("list", "--archive", world.archive)
    assert (
        f"{r2}  archived" in listing and "replaced 2025-03-20" in listing and "kept (in operation)" in listing
    )
    shown = world.run("show", "--archive", world.archive, r2)
    assert world.commits[1] in shown and "encrypted" in shown

    for n, rid in enumerate(world.releases):
        dest = world.tmp / f"restored-{n}"
        world.run(
            "get", "--archive", world.archive, rid, "--dest", str(dest), "--identity", str(world.identity)
        )
        source = dest / "sources" / world.commits[n]
        tracked = git(world.repo, "ls-tree", "-r", "--name-only", "-z", world.commits[n]).split("\0")
        for name in filter(None, tracked):
            wanted = git_blob(world.repo, world.commits[n], name)
            if (source / name).is_symlink():
                assert os.readlink(source / name).encode() == wanted
            elif name == "bin/outside-link":
                assert not os.path.lexists(source / name)  # points outside: never restored
            else:
                assert (source / name).read_bytes() == wanted, name
        assert (source / "bin" / "run.sh").stat().st_mode & stat.S_IXUSR
        for kind, path in world.files[n].items():
            restored = next((dest / "results" / kind).iterdir())
            assert restored.read_bytes() == path.read_bytes(), kind
    assert (
        os.readlink(world.tmp / "restored-0" / "sources" / world.commits[0] / "bin" / "main-link")
        == "../app/main.py"
    )

    verified = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint))
    assert "verified: nothing changed" in verified
    deep = world.run(
        "verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint),
        "--deep", "--identity", str(world.identity),
    )  # fmt: skip
    assert "verified: nothing changed" in deep and "3 bundles checked" in deep


def git_blob(repo: Path, commit: str, name: str) -> bytes:
    import subprocess

    return subprocess.run(
        ["git", "cat-file", "blob", f"{commit}:{name}"], cwd=repo, capture_output=True, check=True
    ).stdout


def test_prune_refuses_before_retention_and_keeps_the_chain(world: World) -> None:
    r1, r2, r3 = world.releases
    world.run("mark-live", *world.common(), r1, "--date", "2021-01-10")
    world.run("mark-live", *world.common(), r2, "--date", "2022-06-01")  # r1 replaced 2022-06-01
    world.run("mark-live", *world.common(), r3, "--date", "2025-03-20")  # r2 replaced 2025-03-20

    refused = world.run("prune", *world.common(), r2, code=2)
    assert "retained until 2028-06-18" in refused  # 3 years + 90 days after 2025-03-20
    assert "in operation" in world.run("prune", *world.common(), r3, code=2)
    assert "would be pruned" in world.run("prune", *world.common(), "--dry-run")

    pruned = world.run("prune", *world.common())
    assert f"{r1}: pruned (retention ended 2025-08-30)" in pruned and r2 not in pruned
    archive = Archive.open(world.archive)
    assert not archive.store.exists(f"bundles/{r1}.tar.gz.age")
    assert archive.store.exists(f"bundles/{r2}.tar.gz.age")
    with pytest.raises(Exception, match="pruned"):
        get_release(archive, r1, world.tmp / "nope", [world.identity])
    verified = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint))
    assert "verified: nothing changed" in verified
    assert "pruned" in world.run("list", "--archive", world.archive)


def test_keys_and_metadata(world: World) -> None:
    assert stat.S_IMODE(world.key.stat().st_mode) == 0o600
    assert stat.S_IMODE(world.checkpoint.stat().st_mode) == 0o600
    # the signing key inside the archive folder is refused
    inside = CliRunner().invoke(
        cli,
        [
            "archive",
            "init",
            "--archive",
            str(world.tmp / "a2"),
            "--key",
            str(world.tmp / "a2" / "k"),
            "--plaintext",
        ],
    )
    assert inside.exit_code == 2 and "outside the archive" in inside.output
    # nothing the scan found, and no credential of a repository address, is readable in the clear
    plain = b"".join(
        p.read_bytes() for p in Path(world.archive).rglob("*") if p.is_file() and p.suffix != ".age"
    )
    assert SECRET.encode() not in plain and b"ghp_SeCrEtToKeN" not in plain and b"deploy:" not in plain
    assert b"git.example.kz/mfo/loans.git" in plain  # the address itself is kept
    put = json.loads(next(Path(world.archive, "log").glob("00000002.json")).read_bytes())["entry"]
    assert put["type"] == "put" and put["verdict"]["decision"] == "incomplete"
    # a damaged key file permission is refused
    world.key.chmod(0o644)
    out = world.run("mark-live", *world.common(), world.releases[0], code=2)
    assert "can be read by others" in out


def test_dirty_tree_and_duplicate_are_refused(world: World) -> None:
    rid = world.releases[2]
    again = world.run("put", *world.common(), *put_args(world.files[2]), "--ais", "Loans", code=2)
    assert f"{rid}: already archived" in again
    (world.repo / "app" / "main.py").write_text("print('edited')\n")
    out = release_files(world.tmp, world.repo, world.commits[2], "dirty", with_release=False)
    refused = world.run("put", *world.common(), *put_args(out), "--ais", "Other", code=2)
    assert "uncommitted changes" in refused


def test_put_release_api_with_components_from_two_repositories(tmp_path: Path) -> None:
    """What the release command calls: an AIS of three components, two of them in one
    repository at one commit (stored once), one in another repository."""
    from aiscan.archive import ResultFile, put_release
    from aiscan.models import ComponentVersion, ReleaseIdentity

    recipient, identity_file = age_keys(tmp_path)
    key = tmp_path / "officer" / "signing.key"
    Archive.create(str(tmp_path / "archive"), key, [recipient])
    mono = make_repo(tmp_path / "mono")
    mono_commit = commit_files(mono, {"api/app.py": b"api\n", "web/index.html": b"<html></html>\n"})
    android = make_repo(tmp_path / "android")
    android_commit = commit_files(android, {"app/Main.kt": b"fun main() {}\n"})
    release = ReleaseIdentity(
        "Loans",
        "MFO",
        (
            ComponentVersion("api", ("api",), str(mono / "api"), None, "main", mono_commit, False, "1.4"),
            ComponentVersion("web", ("web",), str(mono / "web"), None, "main", mono_commit, False, "1.4"),
            ComponentVersion("android", ("mobile-android",), str(android), None, None, android_commit, False),
        ),
    )
    report = tmp_path / "report.json"
    report.write_text('{"target": {}}\n')
    outcome = put_release(str(tmp_path / "archive"), release, [ResultFile("report", report)], key)
    assert outcome.release_id == release.release_id and outcome.files == 4  # 2 + 1 sources, 1 report
    get_release(
        Archive.open(str(tmp_path / "archive")), outcome.release_id, tmp_path / "out", [identity_file]
    )
    assert (
        tmp_path / "out" / "sources" / mono_commit / "web" / "index.html"
    ).read_bytes() == b"<html></html>\n"
    assert (
        tmp_path / "out" / "sources" / android_commit / "app" / "Main.kt"
    ).read_bytes() == b"fun main() {}\n"
