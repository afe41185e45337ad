"""A put killed with SIGKILL leaves an archive that verifies, and what it half wrote is reported
(and removed by the next put); concurrent writers take turns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.archive_support import commit_files, put_args, release_files
from tests.test_archive_flow import World, build_world


def start_put(world: World, files: dict[str, Path], ais: str) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "aiscan", "archive", "put", *world.common(), *put_args(files), "--ais", ais]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def big_release(world: World, label: str) -> dict[str, Path]:
    commit = commit_files(world.repo, {f"data/{label}.bin": os.urandom(1024)}, label)
    files = release_files(world.tmp, world.repo, commit, label, with_release=False)
    files["pdf"].write_bytes(os.urandom(24 * 1024 * 1024))  # incompressible: the put takes a while
    return files


@pytest.mark.parametrize("kill_when", ["writing", "published"])
def test_kill_9_during_put_leaves_a_verifiable_archive(tmp_path: Path, kill_when: str) -> None:
    world = build_world(tmp_path)
    files = big_release(world, f"big-{kill_when}")
    tmp_dir, bundles = Path(world.archive, ".tmp"), Path(world.archive, "bundles")
    proc = start_put(world, files, "Big")
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        partial = any(p.name.endswith(".partial") for p in tmp_dir.iterdir()) if tmp_dir.is_dir() else False
        published = len(list(bundles.iterdir())) > 3
        if (kill_when == "writing" and partial) or (kill_when == "published" and published):
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the put finished before it could be killed"

    out = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint))
    assert "verified: nothing changed" in out
    leftovers = list(tmp_dir.iterdir()) + [p for p in bundles.iterdir() if p.name[:-11] not in world.releases]
    log_entries = len(list(Path(world.archive, "log").iterdir()))
    if log_entries == 4:  # killed before the log recorded the put: what it left is reported
        assert leftovers
        for leftover in leftovers:
            assert leftover.name in out
    # the next put removes and reports what the interrupted one left, then archives normally; when
    # the kill came only after the log recorded the put, the release is already kept and refused
    recorded = log_entries == 5
    again = world.run("put", *world.common(), *put_args(files), "--ais", "Big", code=2 if recorded else 0)
    if log_entries == 4:
        assert "interrupted" in again
    assert ("already archived" if recorded else "archived") in again
    assert not any(tmp_dir.iterdir())
    final = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint))
    assert "verified: nothing changed" in final and "NOTE: bundles/" not in final


def test_concurrent_writers_take_turns(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    first, second = big_release(world, "one"), big_release(world, "two")
    procs = [start_put(world, first, "One"), start_put(world, second, "Two")]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    names = sorted(p.name for p in Path(world.archive, "log").iterdir())
    assert names == [f"{n:08d}.json" for n in range(1, 7)]
    out = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint))
    assert "verified: nothing changed" in out and "6 log entries, 5 bundles" in out
