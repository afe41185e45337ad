"""The one way aiscan runs an external tool: an argv list, never a shell, always a timeout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from aiscan import version_cache
from aiscan.errors import ToolError
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
    try:
        # A git the tool starts runs nothing the scanned tree configures (aiscan.gitaccess).
        proc = subprocess.run(
            argv,
            cwd=cwd,
            env=tool_environment(env, cwd),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout_s,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError as exc:
        raise ToolError(f"{argv[0]} could not be started: {exc.strerror}") from exc
    except PermissionError as exc:
        raise ToolError(f"{argv[0]} could not be started: permission denied") from exc
    except subprocess.TimeoutExpired as exc:
        raise ToolError(f"{Path(argv[0]).name} did not finish within {timeout_s:.0f} s") from exc
    duration = time.monotonic() - started
    if proc.returncode < 0:
        raise ToolError(f"{Path(argv[0]).name} was killed by signal {-proc.returncode}")
    return ToolResult(tuple(argv), proc.returncode, proc.stdout, proc.stderr, duration)


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
