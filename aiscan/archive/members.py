"""Reading a bundle's plaintext tar.gz: every member re-hashed against the manifest, and a
restore that trusts no name in it (no absolute path, no `..`, regular files only, a symlink
only when it stays inside its source tree)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import stat
import tarfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from aiscan.archive.bundle import MANIFEST
from aiscan.archive.storage import CHUNK, ArchiveError

MAX_MANIFEST = 256 * 1024 * 1024


@dataclass
class MemberCheck:
    problems: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    manifest_sha256: str | None = None
    files: int = 0


def safe_name(name: str) -> str:
    """`name` when it is a plain relative path; ArchiveError otherwise."""
    if not name or name.startswith("/") or "\\" in name or "\0" in name:
        raise ArchiveError(f"{name!r}: refused (absolute or unusual path in the bundle)")
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise ArchiveError(f"{name!r}: refused (empty, '.' or '..' part in a path in the bundle)")
    return name


def _copy(src: IO[bytes], write: Callable[[bytes], Any]) -> str:
    digest = hashlib.sha256()
    while chunk := src.read(CHUNK):
        digest.update(chunk)
        write(chunk)
    return digest.hexdigest()


def walk_bundle(plain: Path, on_file: Callable[[str, IO[bytes], int], str]) -> MemberCheck:
    """Call `on_file(name, stream, mode)` for every member (it returns the member's SHA-256),
    then compare the hashes with the manifest. Problems are named by member."""
    check = MemberCheck()
    seen: dict[str, str] = {}
    try:
        with tarfile.open(plain, mode="r|gz", encoding="utf-8", errors="surrogateescape") as tar:
            for member in tar:
                name = member.name
                if not member.isreg():
                    check.problems.append(f"{name}: not a regular file in the bundle (refused)")
                    continue
                safe_name(name)
                stream = tar.extractfile(member)
                if stream is None:
                    continue
                if name == MANIFEST:
                    if member.size > MAX_MANIFEST:
                        raise ArchiveError("manifest.json is too large")
                    raw = stream.read()
                    check.manifest_sha256 = hashlib.sha256(raw).hexdigest()
                    check.manifest = json.loads(raw)
                    on_file(name, io.BytesIO(raw), 0o644)
                    continue
                seen[name] = on_file(name, stream, member.mode & 0o777)
    except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError) as exc:
        check.problems.append(f"the bundle is damaged and cannot be read to the end ({exc})")
        return check
    except ArchiveError as exc:  # a name that would leave the folder: nothing more is read
        check.problems.append(exc.message)
        return check
    if check.manifest is None:
        check.problems.append("manifest.json: missing from the bundle")
        return check
    listed = {f["name"]: f for f in check.manifest.get("files", [])}
    for name, digest in seen.items():
        entry = listed.get(name)
        if entry is None:
            check.problems.append(f"{name}: in the bundle but not in its manifest (added)")
        elif entry.get("sha256") != digest:
            check.problems.append(f"{name} ({entry.get('kind')}): content differs from the manifest")
    for name, entry in listed.items():
        if name not in seen:
            check.problems.append(
                f"{name} ({entry.get('kind')}): listed in the manifest, missing from the bundle"
            )
    check.files = len(seen)
    return check


def hash_members(plain: Path) -> MemberCheck:
    return walk_bundle(plain, lambda _n, stream, _m: _copy(stream, lambda _b: None))


def restore(plain: Path, dest: Path) -> tuple[MemberCheck, list[str]]:
    """Write every member under `dest` (which must be empty or missing), then the symlinks the
    manifest lists when they stay inside their source tree. Returns the check and notes."""
    if dest.is_symlink() or (dest.exists() and (not dest.is_dir() or any(dest.iterdir()))):
        raise ArchiveError(f"{dest}: give an empty or new folder to restore into")
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()

    def on_file(name: str, stream: IO[bytes], mode: int) -> str:
        target = _prepare(root, name)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as out:
            digest = _copy(stream, out.write)
        os.chmod(target, 0o755 if mode & 0o100 else 0o644)
        return digest

    check = walk_bundle(plain, on_file)
    notes: list[str] = []
    for link in (check.manifest or {}).get("symlinks", []):
        name, target = str(link["name"]), str(link["target"])
        safe_name(name)
        source_root = "/".join(name.split("/")[:2])  # sources/<commit>
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(name), target))
        if posixpath.isabs(target) or not (resolved + "/").startswith(source_root + "/"):
            notes.append(f"{name}: symlink to {target!r} points outside its source tree; not restored")
            continue
        where = _prepare(root, name)
        os.symlink(target, where)
    return check, notes


def _prepare(root: Path, name: str) -> Path:
    """The path for `name` under `root`, its parent folders created; none of them may be a
    symlink or anything but a folder."""
    safe_name(name)
    parts = name.split("/")
    folder = root
    for part in parts[:-1]:
        folder = folder / part
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            os.mkdir(folder, 0o755)
            continue
        if not stat.S_ISDIR(info.st_mode):
            raise ArchiveError(f"{name}: refused (a parent is not a folder)")
    return folder / parts[-1]
