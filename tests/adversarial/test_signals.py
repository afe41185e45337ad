"""SIGINT and SIGTERM stop everything: the real `aiscan` console script scans a tree large enough
that semgrep and bandit are still running when the signal arrives; afterwards no process of
theirs survives (checked through /proc, by process and by process group), the run's temporary
folder is gone, and aiscan exits 130 or 143 with one line saying it was interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aiscan.gate import EXIT_INTERRUPTED, EXIT_TERMINATED

AISCAN = Path(sys.executable).parent / "aiscan"
# Plain code: much for semgrep and bandit to read, little for them to report.
FUNCTION = """
def rate_{n}_{i}(principal: int, days: int, percent: int) -> int:
    total = principal
    for _ in range(days):
        total += total * percent // 36500
    return total - principal

"""

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _proc_table() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, process group, command line) of every process."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended while we looked
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(entry.name)] = (int(fields[1]), int(fields[2]), command)
    return table


def _descendants(root: int) -> dict[int, tuple[int, str]]:
    """pid -> (process group, command line) of every process below `root`."""
    table = _proc_table()
    found: dict[int, tuple[int, str]] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, group, command) in table.items():
            if ppid == parent and pid not in found:
                found[pid] = (group, command)
                frontier.append(pid)
    return found


@pytest.fixture(scope="module")
def big_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big")
    for n in range(150):
        (root / f"module_{n}.py").write_text("".join(FUNCTION.format(n=n, i=i) for i in range(40)))
    return root


@pytest.mark.parametrize(
    ("signum", "code", "tool"),
    [
        (signal.SIGINT, EXIT_INTERRUPTED, "semgrep"),
        (signal.SIGTERM, EXIT_TERMINATED, "semgrep"),
        (signal.SIGTERM, EXIT_TERMINATED, "bin/bandit"),
    ],
)
def test_an_interrupt_stops_every_tool_and_cleans_up(
    big_tree: Path, tmp_path: Path, signum: signal.Signals, code: int, tool: str
) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    proc = subprocess.Popen(
        [str(AISCAN), "scan", str(big_tree), "--output", str(tmp_path / "report.txt")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        children: dict[int, tuple[int, str]] = {}
        # Wait until the tool runs (it takes seconds on this tree; the loop polls).
        while not any(tool in command for _, command in children.values()):
            assert proc.poll() is None, "aiscan ended before its analyzers could be interrupted"
            time.sleep(0.05)
            children = _descendants(proc.pid)
        assert list(tmpdir.iterdir()), "aiscan keeps its temporary files under TMPDIR"
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    assert stderr.strip().splitlines()[-1] == "aiscan: interrupted"
    assert "Traceback" not in stderr
    survivors = [pid for pid in children if Path(f"/proc/{pid}").exists()]
    groups = {group for group, _ in children.values()} - {os.getpgrp()}  # the tools' own groups
    in_groups = [pid for pid, (_, group, _) in _proc_table().items() if group in groups]
    assert survivors == [] and in_groups == []
    assert list(tmpdir.iterdir()) == []
    assert not (tmp_path / "report.txt").exists()
