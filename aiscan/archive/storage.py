"""Where an archive keeps its objects: a local folder (the default) or an S3 bucket with Object
Lock (`aiscan.archive.s3`). Objects are named with `/`-separated relative names; every object is
written once, atomically, and never overwritten (the head anchor is the one exception: each
write adds a new version)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import stat
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Protocol

from aiscan.errors import AiscanError, ConfigError

CHUNK = 1 << 20
LOCK_WAIT_S = 300.0
TMP = ".tmp"


class ArchiveError(AiscanError):
    """The archive cannot do what was asked (locked object, exists already, ...)."""


class Store(Protocol):
    location: str

    def read(self, name: str) -> bytes: ...
    def download(self, name: str, dest: Path) -> None: ...
    def exists(self, name: str) -> bool: ...
    def names(self, prefix: str) -> list[str]: ...
    def sha256(self, name: str) -> str: ...
    def write_new(self, name: str, data: bytes, retain_until: date | None) -> None: ...
    def write_file_new(self, name: str, src: Path, sha256: str, retain_until: date | None) -> None: ...
    def write_anchor(self, name: str, data: bytes, retain_until: date | None) -> None: ...
    def anchor_versions(self, name: str) -> list[bytes]: ...
    def delete(self, name: str) -> str: ...
    def extend_retention(self, name: str, until: date) -> None: ...
    def scratch(self) -> Path: ...
    def leftovers(self) -> list[str]: ...
    def writer_lock(self, wait_s: float = LOCK_WAIT_S) -> contextlib.AbstractContextManager[None]: ...


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_name(name: str) -> None:
    parts = name.split("/")
    if name.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ArchiveError(f"{name!r}: not an archive object name")


class LocalStore:
    """A folder. Writes go to `.tmp/` first, are flushed to disk and then hard-linked to their
    name (a link never replaces an existing file), so a crash leaves either nothing or the whole
    object under its name, and at worst a `.partial` file in `.tmp/` that `verify` reports."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.location = str(root)

    def _path(self, name: str) -> Path:
        _check_name(name)
        return self.root / name

    def _open_regular(self, name: str) -> int:
        path = self._path(name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            raise ArchiveError(f"{name}: missing from the archive") from None
        except OSError as exc:
            raise ArchiveError(f"{name}: cannot read: {exc.strerror or exc}") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise ArchiveError(f"{name}: not a regular file")
        return fd

    def read(self, name: str) -> bytes:
        with os.fdopen(self._open_regular(name), "rb") as fh:
            return fh.read()

    def download(self, name: str, dest: Path) -> None:
        with os.fdopen(self._open_regular(name), "rb") as src, open(dest, "xb") as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)

    def exists(self, name: str) -> bool:
        return os.path.lexists(self._path(name))

    def names(self, prefix: str) -> list[str]:
        folder = self._path(prefix.rstrip("/"))
        if not folder.is_dir() or folder.is_symlink():
            return []
        return sorted(f"{prefix.rstrip('/')}/{p.name}" for p in folder.iterdir())

    def sha256(self, name: str) -> str:
        digest = hashlib.sha256()
        with os.fdopen(self._open_regular(name), "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def scratch(self) -> Path:
        tmp = self.root / TMP
        tmp.mkdir(exist_ok=True)
        return tmp

    def _partial(self, name: str) -> Path:
        return self.scratch() / f"{name.replace('/', '_')}.{os.getpid()}.partial"

    def _publish(self, partial: Path, name: str) -> None:
        final = self._path(name)
        final.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(partial, final)
        except FileExistsError:
            raise ArchiveError(
                f"{name}: already in the archive; archive objects are never overwritten"
            ) from None
        finally:
            partial.unlink(missing_ok=True)
        _fsync_dir(final.parent)

    def write_new(self, name: str, data: bytes, retain_until: date | None) -> None:
        partial = self._partial(name)
        with open(partial, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        self._publish(partial, name)

    def write_file_new(self, name: str, src: Path, sha256: str, retain_until: date | None) -> None:
        """`src` (a file in `scratch()`) becomes `name`."""
        with open(src, "rb") as fh:
            os.fsync(fh.fileno())
        self._publish(src, name)

    def write_anchor(self, name: str, data: bytes, retain_until: date | None) -> None:
        partial = self._partial(name)
        with open(partial, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        final = self._path(name)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, final)
        _fsync_dir(final.parent)

    def anchor_versions(self, name: str) -> list[bytes]:
        return [self.read(name)] if self.exists(name) else []

    def delete(self, name: str) -> str:
        try:
            self._path(name).unlink()
        except FileNotFoundError:
            return "absent"
        return "deleted"

    def extend_retention(self, name: str, until: date) -> None:
        """A folder has no retention lock: nothing to extend."""

    def leftovers(self) -> list[str]:
        tmp = self.root / TMP
        if not tmp.is_dir():
            return []
        return sorted(f"{TMP}/{p.name}" for p in tmp.iterdir())

    @contextlib.contextmanager
    def writer_lock(self, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
        with _file_lock(self.root / ".lock", wait_s):
            yield


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _file_lock(path: Path, wait_s: float) -> Iterator[None]:
    """An exclusive lock on `path` (created when missing): writers of one archive take turns."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise ArchiveError(
                        f"{path}: another aiscan is writing to this archive (waited {wait_s:.0f} s)"
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # releases the lock


def open_store(location: str) -> Store:
    """The store `location` names: `s3://bucket/prefix` or a folder."""
    if location.startswith("s3://"):
        from aiscan.archive.s3 import S3Store

        bucket, _, prefix = location[len("s3://") :].partition("/")
        if not bucket:
            raise ConfigError(f"{location}: no bucket named")
        return S3Store(bucket, prefix.strip("/"))
    return LocalStore(Path(location))
