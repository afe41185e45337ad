"""Read git objects through git's own plumbing, streaming, without checking anything out.

`git rev-list --objects --all` lists every reachable object once, `git cat-file --batch-check`
gives type and size, `git cat-file --batch` streams the contents of the blobs asked for. The
commands run with argv lists (never a shell) from the repository's folder; nothing here
executes the scanned code or writes to the repository.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from aiscan.errors import ToolError

GIT = "git"
_ENV = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}


def git_output(root: Path, *args: str, timeout_s: float = 600) -> bytes:
    try:
        proc = subprocess.run(
            [GIT, "-C", str(root), *args],
            capture_output=True,
            timeout=timeout_s,
            check=False,
            stdin=subprocess.DEVNULL,
            env=_ENV,
        )
    except FileNotFoundError as exc:
        raise ToolError("git is not installed (needed for the history and staged scopes)") from exc
    except subprocess.TimeoutExpired as exc:
        raise ToolError(f"git {args[0]} did not finish within {timeout_s:.0f} s") from exc
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolError(f"git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc.stdout


def toplevel(root: Path) -> tuple[Path, str]:
    """The repository's top folder and the scan root's path inside it ('' at the top)."""
    top = Path(git_output(root, "rev-parse", "--show-toplevel").decode().strip()).resolve()
    prefix = root.resolve().relative_to(top).as_posix()
    return top, "" if prefix == "." else prefix


@dataclass(frozen=True)
class BlobRef:
    sha: str
    size: int
    path: str  # the first path it was reached under


def reachable_blobs(top: Path) -> Iterator[BlobRef]:
    """Every blob reachable from any ref (branches, tags, stashes, notes), once each."""
    lister = _popen(top, "rev-list", "--objects", "--all")
    checker = _popen(
        top,
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


def read_blobs(top: Path, shas: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    """The content of each blob, streamed by one `git cat-file --batch`: a writer thread feeds
    the names while this generator reads the contents, so neither side can block the other."""
    proc = _popen(top, "cat-file", "--batch", stdin=subprocess.PIPE)
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


def _popen(
    top: Path, *args: str, stdin: int | IO[bytes] | None = subprocess.DEVNULL
) -> subprocess.Popen[bytes]:
    try:
        return subprocess.Popen(
            [GIT, "-C", str(top), *args],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_ENV,
        )
    except FileNotFoundError as exc:
        raise ToolError("git is not installed (needed for the history and staged scopes)") from exc


def _finish(*procs: subprocess.Popen[bytes]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
