"""Read git objects through git's own plumbing, streaming, without checking anything out.

`git rev-list --objects --all` lists every reachable object once, `git cat-file --batch-check`
gives type and size, `git cat-file --batch` streams the contents of the blobs asked for. The
commands run through aiscan.gitaccess: nothing the repository configures runs, nothing here
writes to the repository, and no blob is passed through a filter or textconv driver.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from aiscan.children import CHILDREN, kill_group
from aiscan.errors import ToolError
from aiscan.gitaccess import Repository, find_repository, popen_git


def repository(root: Path) -> Repository:
    """The repository the scan root lies in (ToolError outside one)."""
    repo = find_repository(root)
    if repo is None:
        raise ToolError(f"{root}: not in a git repository (needed for the history and staged scopes)")
    return repo


@dataclass(frozen=True)
class BlobRef:
    sha: str
    size: int
    path: str  # the first path it was reached under


def reachable_blobs(repo: Repository) -> Iterator[BlobRef]:
    """Every blob reachable from any ref (branches, tags, stashes, notes), once each."""
    lister = popen_git(repo, "rev-list", "--objects", "--all")
    checker = popen_git(
        repo,
        "cat-file",
        "--batch-check=%(objectname) %(objecttype) %(objectsize) %(rest)",
        stdin=lister.stdout,
    )
    assert lister.stdout is not None and checker.stdout is not None
    lister.stdout.close()  # the checker owns the pipe now
    try:
        for raw in checker.stdout:
            parts = raw.rstrip(b"\n").split(b" ", 3)
            if len(parts) == 4 and parts[1] == b"blob":
                yield BlobRef(parts[0].decode(), int(parts[2]), parts[3].decode("utf-8", "surrogateescape"))
    finally:
        _finish(checker, lister)


def read_blobs(repo: Repository, shas: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    """The content of each blob, streamed by one `git cat-file --batch`: a writer thread feeds
    the names while this generator reads the contents, so neither side can block the other."""
    proc = popen_git(repo, "cat-file", "--batch", stdin=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    stdin: IO[bytes] = proc.stdin

    def feed() -> None:
        try:
            for sha in shas:
                stdin.write(sha.encode() + b"\n")
        except (BrokenPipeError, ValueError):
            pass
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    out = proc.stdout
    try:
        while True:
            header = out.readline()
            if not header:
                break
            parts = header.split()
            if len(parts) != 3:  # "<sha> missing"
                continue
            size = int(parts[2])
            data = out.read(size)
            out.read(1)  # the newline after the content
            yield parts[0].decode(), data
    finally:
        _finish(proc)
        writer.join(timeout=5)


def _finish(*procs: subprocess.Popen[bytes]) -> None:
    for proc in procs:
        if proc.poll() is None:
            kill_group(proc)
        proc.wait()
        CHILDREN.release(proc)
        if proc.stdout is not None:
            proc.stdout.close()
