"""Several reports from one scan (`--report FORMAT=PATH`, repeatable, beside `--format/--output`),
and the one way aiscan writes an output file: atomically, never through a symbolic link."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from aiscan.compliance.catalogue import Catalogue
from aiscan.errors import AiscanError, UsageError
from aiscan.models import ScanResult
from aiscan.report import FORMATS, Renderer
from aiscan.report.audit import DOCUMENT_FORMATS

ALL_FORMATS: tuple[str, ...] = tuple(sorted({*FORMATS, *DOCUMENT_FORMATS}))


@dataclass(frozen=True)
class ReportSpec:
    fmt: str
    path: Path


def parse_report_specs(
    specs: Iterable[str], formats: Mapping[str, Renderer] | Sequence[str] = ALL_FORMATS
) -> tuple[ReportSpec, ...]:
    out = []
    for spec in specs:
        fmt, sep, path = spec.partition("=")
        fmt = fmt.strip()
        if not sep or not path.strip():
            raise UsageError(f"--report {spec!r}: expected FORMAT=PATH, for example sarif=aiscan.sarif")
        if fmt not in formats:
            raise UsageError(
                f"--report {spec!r}: unknown format {fmt!r} (one of: {', '.join(sorted(formats))})"
            )
        out.append(ReportSpec(fmt, Path(path.strip())))
    for s in out:
        check_writable(s.path)
    paths = [s.path for s in out]
    dupes = sorted({str(p) for p in paths if paths.count(p) > 1})
    if dupes:
        raise UsageError(f"--report names the same file twice: {', '.join(dupes)}")
    return tuple(out)


def write_reports(
    result: ScanResult, catalogue: Catalogue, specs: Sequence[ReportSpec], lang: str = "ru"
) -> None:
    """Each report of `specs`; the audit documents (html, pdf) in `lang`."""
    for spec in specs:
        write_bytes(spec.path, render_bytes(spec.fmt, result, catalogue, lang))


def render_bytes(fmt: str, result: ScanResult, catalogue: Catalogue, lang: str) -> bytes:
    """A report in any format as the bytes of its file."""
    if fmt in DOCUMENT_FORMATS:
        return DOCUMENT_FORMATS[fmt](result, catalogue, lang)
    return FORMATS[fmt](result, catalogue).encode("utf-8")


def check_writable(*paths: Path | None, inside: Path | None = None) -> None:
    """Refuse, before any work is done, an output that write_text would refuse now."""
    for path in paths:
        if path is not None:
            _check_writable(path, inside)


def _check_writable(path: Path, inside: Path | None) -> None:
    _refuse_special(path)
    if inside is None:
        return
    folder = Path(inside)
    for part in _inside_parts(path, inside):
        folder = folder / part
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise AiscanError(_folder_refusal(path, part))


def write_text(path: Path, text: str, *, inside: Path | None = None) -> None:
    """Write `text` (UTF-8) as write_bytes does."""
    write_bytes(path, text.encode("utf-8"), inside=inside)


def write_bytes(path: Path, data: bytes, *, inside: Path | None = None) -> None:
    """Write `data` to `path` atomically (a new file beside it, then renamed over it), never
    through a symbolic link: a link at `path`, even one put there while aiscan ran, is replaced,
    not followed, and one found beforehand is refused. A path aiscan chose inside the scanned
    tree (a default file name) passes `inside`: it must then lie below that folder, reached
    without following any symbolic link; a path the user named may lie anywhere."""
    _refuse_special(path)
    folder = _open_folder(path, inside)
    try:
        existing = _lstat_in(folder, path)
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            raise AiscanError(_refusal(path, existing))
        temp = _new_file(folder, path)
        try:
            with os.fdopen(temp[0], "wb") as fh:
                if existing is not None:
                    os.fchmod(fh.fileno(), stat.S_IMODE(existing.st_mode))
                fh.write(data)
            os.replace(temp[1], path.name, src_dir_fd=folder, dst_dir_fd=folder)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp[1], dir_fd=folder)
            raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc
    finally:
        os.close(folder)


def _refuse_special(path: Path) -> None:
    try:
        info = os.lstat(path)
    except OSError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise AiscanError(_refusal(path, info))


def _refusal(path: Path, info: os.stat_result) -> str:
    if stat.S_ISLNK(info.st_mode):
        return f"{path}: is a symbolic link; refusing to write through it"
    return f"{path}: not a regular file; refusing to write to it"


def _folder_refusal(path: Path, part: str) -> str:
    return f"{path}: {part} is a symbolic link or not a folder; refusing to write through it"


def _lstat_in(folder: int, path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path.name, dir_fd=folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc


def _new_file(folder: int, path: Path) -> tuple[int, str]:
    """A new, empty file beside `path` (O_EXCL, O_NOFOLLOW): its descriptor and name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    for _ in range(100):
        name = f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(name, flags, 0o666, dir_fd=folder), name
        except FileExistsError:
            continue
        except OSError as exc:
            raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc
    raise AiscanError(f"{path}: cannot write: no free temporary name beside it")


def _inside_parts(path: Path, inside: Path) -> tuple[str, ...]:
    """The folders from `inside` down to `path`'s folder, or an error when `path` is not below
    `inside`."""
    base = os.path.abspath(inside)
    target = os.path.abspath(path)
    if os.path.commonpath([base, target]) != base or target == base:
        raise AiscanError(f"{path}: outside the scanned folder {inside}; refusing to write there")
    return Path(os.path.relpath(target, base)).parts[:-1]


def _open_folder(path: Path, inside: Path | None) -> int:
    """A descriptor of the folder `path` is written in, created if missing. Below `inside`, each
    folder is opened without following a symbolic link."""
    directory = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
    if inside is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(path.parent, directory)
        except OSError as exc:
            raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc
    parts = _inside_parts(path, inside)
    try:
        folder = os.open(inside, directory)
    except OSError as exc:
        raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc
    for part in parts:
        try:
            with contextlib.suppress(FileExistsError):
                os.mkdir(part, dir_fd=folder)
            inner = os.open(part, directory | os.O_NOFOLLOW, dir_fd=folder)
        except OSError as exc:
            os.close(folder)
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                raise AiscanError(
                    f"{path}: {part} is a symbolic link or not a folder; refusing to write"
                ) from exc
            raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc
        os.close(folder)
        folder = inner
    return folder
