"""A JavaScript library copied whole into the tree (an editor or widget kit: `ckeditor/`,
`jquery-ui-1.13.2/`, `libraries/ace/`), recognised by its own release files.

A folder is such a copy when it is named after a library of the list in
aiscan/known_libraries.py and it holds that library's entry script, named after the library
(`ckeditor/ckeditor.js`, `jquery-ui-1.13.2/jquery-ui.js`, `codemirror/lib/codemirror.js`) with
the companion files its release ships; that entry starts with the library's banner (a license
mark or the library's name with a version, and one of the library's own marks: its copyright
holder or home page; an older release's banner may name only the library and its version when
the license file at the folder's top carries the mark); and a version of the library is written
by the library itself: in the folder's package manifest (`package.json` or `bower.json` with the
library's name) or its changelog's headings (`## CKEditor 4.16.1`), or, for an entry of at least
16 KiB, in that banner (`jQuery UI - v1.13.2`, `Version: 5.10.0`) or as the version the entry
sets (`version:"4.16.2"`).
A folder whose manifest is private, or that is a member of a workspace declared in a
`package.json` above it, is the project's own package and is read. A project's own folder of a
library's shape (its script named after it, a license banner, a version) is read because its
name and banner are not a listed library's. Reads only the folder's listings and the few files
named, and the manifests above it; never follows a symlink.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
from pathlib import Path

from aiscan.known_libraries import LIBRARIES, Library
from aiscan.sast.vendored import MIN_BYTES, has_license_mark, leading_comment, named_version

# Where a copy keeps its entry script, relative to the folder (`src-min/` and the like are
# where the npm package ace-builds keeps Ace; `min/vs/` is the monaco-editor package's build).
_ENTRY_FOLDERS = (
    "",
    "js",
    "lib",
    "dist",
    "dist/js",
    "build",
    "src-min",
    "src-noconflict",
    "src-min-noconflict",
    "min/vs",
)
_ENTRY_SUFFIXES = (".min.js", ".js")
_MANIFESTS = ("package.json", "bower.json")
_CHANGELOGS = ("CHANGES.md", "CHANGELOG.md", "CHANGES.txt", "CHANGELOG.txt", "ChangeLog")
_HEAD_BYTES = 4096
# The license file a release ships at its top.
_LICENSE_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING", "MIT-LICENSE.txt")
_FILE_BYTES = 64 * 1024
_ENTRY_BYTES = 2 * 1024 * 1024
# The folder's name without a version after it (`jquery-ui-1.13.2`, `ckeditor4`, `ace_v1.4`).
_VERSION_SUFFIX = re.compile(r"[-_.]?v?\d+(?:\.\d+)*(?:-[\w.]+)?$", re.IGNORECASE)
_CHANGELOG_HEADING = re.compile(
    rb"^#+[ \t]*(?:version[ \t]+)?(?P<name>[A-Za-z][\w .-]{0,40}?)[ \t]+v?(?P<version>\d+\.\d+(?:\.\d+)?)\b",
    re.MULTILINE,
)
_MANIFEST_VERSION = re.compile(r"\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?")
# The version a library's script sets on itself: `version:"4.16.2"`, `exports.version = "1.4.12"`.
_VERSION_STAMP = re.compile(rb"""\bversion\s*[:=]\s*["'](\d+\.\d+\.\d+(?:-[\w.]+)?)["']""")
# A directive before the banner (Monaco's loader starts with it).
_USE_STRICT = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*(['"])use strict\1;?""")


def library_key(name: str) -> str:
    """The name a library is known by, for comparing a folder, a file and a manifest's name:
    lowercase letters and digits only, without a version after it and an npm scope before it."""
    name = name.rsplit("/", 1)[-1]
    return re.sub(r"[^a-z0-9]", "", _VERSION_SUFFIX.sub("", name).lower())


# Each listed library by the keys of its names.
_BY_NAME = {library_key(n): lib for lib in LIBRARIES for n in lib.names}


def library_copy(path: Path) -> str | None:
    """Why the folder is a library copied whole (`third-party library (jQuery UI 1.13.2:
    jquery-ui.js, package.json)`), or None."""
    lib = _BY_NAME.get(library_key(path.name))
    if lib is None:
        return None
    names = {library_key(n) for n in lib.names}
    for entry in _entries(path, names | {library_key(n) for n in lib.entries}):
        if not all(_is_file((path / entry).parent / c) for c in lib.companions):
            continue
        marked = _banner(path / entry, lib, names, path)
        if marked is None:
            continue
        banner, license_file = marked
        large = _size(path / entry) >= MIN_BYTES
        found = _version(path, lib, names, banner, entry, large)
        if found is not None and not _own_package(path):
            name, version, evidence = found
            held = (license_file,) if license_file else ()
            files = ", ".join(dict.fromkeys((entry, *_companions(entry, lib), evidence, *held)))
            return f"third-party library ({name} {version}: {files})"
    return None


def _entries(path: Path, keys: set[str]) -> list[str]:
    """The folder's scripts named after the library, in the usual places."""
    found: list[str] = []
    for sub in _ENTRY_FOLDERS:
        folder = path / sub if sub else path
        try:
            with os.scandir(folder) as it:
                names = sorted(
                    e.name
                    for e in it
                    if e.name.endswith(_ENTRY_SUFFIXES) and e.is_file(follow_symlinks=False)
                )
        except OSError:
            continue
        for name in names:
            if library_key(_stem(name)) in keys:
                found.append(f"{sub}/{name}" if sub else name)
    return found


def _companions(entry: str, lib: Library) -> list[str]:
    folder = entry.rpartition("/")[0]
    return [f"{folder}/{c}" if folder else c for c in lib.companions]


def _is_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def _size(path: Path) -> int:
    try:
        return path.stat(follow_symlinks=False).st_size
    except OSError:
        return 0


def _read(path: Path, limit: int) -> bytes | None:
    if path.is_symlink() or not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            return fh.read(limit)
    except OSError:
        return None


def _banner(entry: Path, lib: Library, names: set[str], folder: Path) -> tuple[bytes, str | None] | None:
    """The entry's leading comment when it is the library's banner, and the license file that
    names the library's holder when the banner does not: one of the library's marks, and a
    license mark or the library's name with a version (`TinyMCE version 6.8.3`). An older release
    whose banner only names the library with its version (`CodeMirror version 2.22`) counts when
    the license file at the copy's top (`LICENSE`, `LICENSE.txt`, ...) carries one of the
    library's marks (its holder: `Copyright (C) 2011 by Marijn Haverbeke`)."""
    head = _read(entry, _HEAD_BYTES)
    if head is None:
        return None
    strict = _USE_STRICT.match(head)
    comment = leading_comment(head[strict.end() :] if strict else head)
    if comment is None:
        return None
    named = named_version(comment)
    names_it = named is not None and library_key(named[0]) in names
    if any(m.encode() in comment.lower() for m in lib.marks):
        return (comment, None) if has_license_mark(comment) or names_it else None
    if names_it:
        license_file = _license_naming(folder, lib)
        if license_file is not None:
            return comment, license_file
    return None


def _license_naming(folder: Path, lib: Library) -> str | None:
    """The license file at the folder's top that names one of the library's marks, or None."""
    for name in _LICENSE_FILES:
        text = _read(folder / name, _HEAD_BYTES)
        if text is not None and has_license_mark(text) and any(m.encode() in text.lower() for m in lib.marks):
            return name
    return None


def _version(
    path: Path, lib: Library, names: set[str], banner: bytes, entry: str, large: bool
) -> tuple[str, str, str] | None:
    """(library's name, version, the file that says so), from the library's own files. The
    entry's own banner or version stamp counts only for an entry of at least MIN_BYTES (a small
    script with a pasted banner is the project's); a release file beside it, for any entry. The
    banner gives the version under the library's name (`jQuery UI - v1.13.2`) or on a line of
    its own (`Version: 5.10.0`)."""
    named = named_version(banner)
    if large and named is not None:
        if library_key(named[0]) in names:
            return named[0], named[1], entry
        if named[0].lower() == "version":
            return lib.name, named[1], entry
    for manifest in _MANIFESTS:
        doc = _manifest(path / manifest)
        name, version = doc.get("name"), doc.get("version")
        if not (isinstance(name, str) and isinstance(version, str)):
            continue
        if library_key(name) in names and _MANIFEST_VERSION.fullmatch(version):
            return name, version, manifest
    for changelog in _CHANGELOGS:
        data = _read(path / changelog, _FILE_BYTES)
        for m in _CHANGELOG_HEADING.finditer(data or b""):
            name = m.group("name").decode("utf-8", "replace").strip()
            if library_key(name) in names:
                return name, m.group("version").decode("ascii"), changelog
    script = (_read(path / entry, _ENTRY_BYTES) if large else None) or b""
    stamp = _VERSION_STAMP.search(script)
    if stamp is not None:
        return _VERSION_SUFFIX.sub("", _stem(Path(entry).name)), stamp.group(1).decode("ascii"), entry
    return None


def _manifest(path: Path) -> dict[str, object]:
    data = _read(path, _FILE_BYTES)
    if data is None:
        return {}
    try:
        doc = json.loads(data)
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def _own_package(path: Path) -> bool:
    """Whether the folder is the project's own package: its manifest is private (a published
    library's never is), or a `package.json` above it declares it a workspace member."""
    if _manifest(path / "package.json").get("private") is True:
        return True
    for parent in path.parents:
        workspaces = _manifest(parent / "package.json").get("workspaces")
        if isinstance(workspaces, dict):
            workspaces = workspaces.get("packages")
        if not isinstance(workspaces, list):
            continue
        rel = path.relative_to(parent).as_posix()
        for pattern in workspaces:
            if isinstance(pattern, str) and _member(rel, pattern):
                return True
    return False


def _member(rel: str, pattern: str) -> bool:
    """Whether the folder at `rel` matches a workspace pattern (`packages/*`, `packages/**`;
    `*` matches across `/` here, so a pattern's folder and all under it are members)."""
    return fnmatch.fnmatchcase(rel, pattern.strip().removeprefix("./").rstrip("/"))


def _stem(name: str) -> str:
    return next(name[: -len(s)] for s in _ENTRY_SUFFIXES if name.endswith(s))
