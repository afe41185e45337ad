"""The child processes aiscan is running now: tools and git alike.

Every child starts in a session (process group) of its own and is registered while it runs, so
that an interrupt can stop it and everything it started (`stop_all`), and a timeout kills the
whole group rather than leaving the child's own workers behind. Once stopped, no new child starts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from aiscan.errors import ToolError


class _Children:
    def __init__(self) -> None:
        self._lock = threading.RLock()  # re-entrant: the signal handler runs on the main thread
        self._running: dict[int, subprocess.Popen[Any]] = {}
        self.stopped = False

    def spawn(self, argv: list[str], **popen: Any) -> subprocess.Popen[Any]:
        """Start `argv` in its own session and track it until `release`."""
        with self._lock:
            if self.stopped:
                raise ToolError(f"{Path(argv[0]).name} not started: aiscan is stopping")
            proc: subprocess.Popen[Any] = subprocess.Popen(argv, start_new_session=True, **popen)
            self._running[proc.pid] = proc
        return proc

    def release(self, proc: subprocess.Popen[Any]) -> None:
        with self._lock:
            self._running.pop(proc.pid, None)

    @contextmanager
    def started(self, argv: list[str], **popen: Any) -> Iterator[subprocess.Popen[Any]]:
        """Start `argv` and track it until the block ends; the group is killed if the block
        ends by an exception (a timeout, an interrupt)."""
        proc = self.spawn(argv, **popen)
        try:
            yield proc
        except BaseException:
            kill_group(proc)
            raise
        finally:
            self.release(proc)

    def stop_all(self) -> int:
        """Kill every running child's process group; refuse new ones. Returns how many."""
        with self._lock:
            self.stopped = True
            running = list(self._running.values())
        for proc in running:
            kill_group(proc)
        return len(running)


def kill_group(proc: subprocess.Popen[Any]) -> None:
    with suppress(ProcessLookupError, PermissionError):  # already gone
        os.killpg(proc.pid, signal.SIGKILL)  # the session's leader pid is its group id
    proc.poll()


CHILDREN = _Children()


def stop_all() -> int:
    """Stop every child aiscan started (on an interrupt); no child starts afterwards."""
    return CHILDREN.stop_all()
