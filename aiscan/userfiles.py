"""The one way aiscan reads a small file that a user or a scanned tree supplies (configuration,
attestations, waivers, baselines, the secrets allowlist): a regular file only, bounded in size,
strict UTF-8, every problem a ConfigError naming the file. TOML files are read by `read_toml`,
which also bounds their nesting."""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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


# Tables and arrays nested deeper than this are refused: no real description or policy nests
# more than four levels, and a deeper structure is either an attack or a mistake.
MAX_TOML_DEPTH = 32


def read_toml(path: Path, what: str, limit: int = MAX_BYTES) -> dict[str, Any]:
    """A TOML file read with `read_text`'s bounds (a regular file, at most `limit` bytes, UTF-8)
    and nested at most MAX_TOML_DEPTH levels; every problem is one ConfigError naming the file."""
    text = read_text(path, what, limit)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {str(exc).splitlines()[0]}") from exc
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    if nesting_depth(data) > MAX_TOML_DEPTH:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply (more than {MAX_TOML_DEPTH} levels)")
    return data


def nesting_depth(value: object) -> int:
    """How many tables and arrays are nested in `value` at the deepest (0 for a scalar), counted
    without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in children)
    return deepest
