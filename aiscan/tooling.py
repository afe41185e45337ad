"""The one way aiscan runs an external tool: an argv list, never a shell, always a timeout.

Every tool starts in a session of its own and is registered while it runs (aiscan.children), so
that an interrupt can stop it and everything it started, and a timeout kills the whole group
rather than leaving the tool's own workers behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiscan import version_cache
from aiscan.children import CHILDREN
from aiscan.errors import ToolError, ToolTimeout
from aiscan.gitaccess import tool_environment


@dataclass(frozen=True)
class ToolResult:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    duration_s: float


def find_tool(name: str, override: str | None = None) -> str:
    """The executable for `name`: an explicit override, else the one installed beside this
    Python (the virtual environment aiscan lives in), else the PATH."""
    if override:
        if Path(override).is_file() and os.access(override, os.X_OK):
            return override
        raise ToolError(f"{name} not found at {override}")
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise ToolError(f"{name} is not installed (not beside {sys.executable} nor on PATH)")


@contextmanager
def spawned(argv: list[str], **popen: Any) -> Iterator[subprocess.Popen[Any]]:
    """A long-running child (a stream to read or write), tracked like `run_tool`'s."""
    with CHILDREN.started(argv, **popen) as proc:
        yield proc


def run_tool(
    argv: list[str],
    *,
    timeout_s: float,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> ToolResult:
    """Run a tool and capture its output. Raises ToolError if it cannot start, times out or is
    killed by a signal; a non-zero exit code is returned for the caller to interpret."""
    started = time.monotonic()
    popen = {
        "cwd": cwd,
        # A git the tool starts runs nothing the scanned tree configures (aiscan.gitaccess).
        "env": tool_environment(env, cwd),
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.PIPE,
        "stderr": subprocess.PIPE,
        "text": True,
        "errors": "replace",
    }
    try:
        with CHILDREN.started(argv, **popen) as proc:
            stdout, stderr = proc.communicate(timeout=timeout_s)
    except FileNotFoundError as exc:
        raise ToolError(f"{argv[0]} could not be started: {exc.strerror}") from exc
    except PermissionError as exc:
        raise ToolError(f"{argv[0]} could not be started: permission denied") from exc
    except subprocess.TimeoutExpired as exc:
        proc.communicate()  # the group is killed: collect what is left, reap the process
        raise ToolTimeout(f"{Path(argv[0]).name} did not finish within {timeout_s:.0f} s") from exc
    duration = time.monotonic() - started
    if proc.returncode < 0:
        raise ToolError(f"{Path(argv[0]).name} was killed by signal {-proc.returncode}")
    return ToolResult(tuple(argv), proc.returncode, stdout, stderr, duration)


def tool_version(
    executable: str,
    *,
    args: tuple[str, ...] = ("--version",),
    timeout_s: float = 30,
    env: dict[str, str] | None = None,
) -> str:
    """The first non-empty line a tool prints for `--version` (or 'unknown'); remembered per
    executable file (aiscan.version_cache) so that a hook run does not pay for it each time."""
    key = version_cache.cache_key(executable, args)
    cached = version_cache.lookup(key) if key else None
    if cached:
        return cached
    try:
        result = run_tool([executable, *args], timeout_s=timeout_s, env=env)
    except ToolError:
        return "unknown"
    for line in (result.stdout + "\n" + result.stderr).splitlines():
        if line.strip():
            if key and result.returncode == 0:
                version_cache.store(key, line.strip())
            return line.strip()
    return "unknown"
