"""A small on-disk cache of analyzer versions, so a hook run does not start every tool twice.

Asking `semgrep --version` or `bandit --version` costs a process start each (0.3-0.6 s here),
which is most of a pre-commit hook's budget. The answer is kept per executable, keyed by its real
path, size and modification time, so an upgrade (which rewrites the file) asks again. The cache is
an optimisation only: any problem reading or writing it just means the tool is asked.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

CACHE_ENV = "AISCAN_CACHE_DIR"
FILE_NAME = "tool-versions.json"
_lock = threading.Lock()


def cache_file(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV]) / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir("aiscan")) / FILE_NAME


def cache_key(executable: str, args: tuple[str, ...]) -> str | None:
    try:
        real = os.path.realpath(executable)
        st = os.stat(real)
    except OSError:
        return None
    return f"{real}\0{st.st_size}\0{st.st_mtime_ns}\0{' '.join(args)}"


def lookup(key: str, path: Path | None = None) -> str | None:
    value = _read(path or cache_file()).get(key)
    return value if isinstance(value, str) else None


def store(key: str, value: str, path: Path | None = None) -> None:
    path = path or cache_file()
    with _lock:
        data = _read(path)
        data[key] = value
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tool-versions-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=0, sort_keys=True)
            os.replace(tmp, path)
        except OSError:
            return


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
