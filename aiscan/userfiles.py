"""The one way aiscan reads a small file that a user or a scanned tree supplies (configuration,
attestations, waivers, baselines, the secrets allowlist): a regular file only, bounded in size,
strict UTF-8, every problem a ConfigError naming the file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from aiscan.errors import ConfigError

MAX_BYTES = 2 * 1024 * 1024  # far above any real policy file


def read_text(path: Path, what: str, limit: int = MAX_BYTES) -> str:
    """A regular file's text: at most `limit` bytes, strict UTF-8 (a BOM is allowed). A FIFO or a
    device (say a symlink to /dev/zero) is refused without waiting on it or reading it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ConfigError(f"{path}: the {what} is not a regular file")
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(limit + 1)
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise ConfigError(f"{path}: the {what} is larger than {limit / (1024 * 1024):g} MiB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: the {what} is not valid UTF-8 (byte {exc.start})") from None
