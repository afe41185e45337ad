"""A JavaScript library copied whole into the tree (an editor or widget kit: `ckeditor/`,
`jquery-ui-1.13.2/`, `libraries/ace/`), recognised by its own release files.

A folder is such a copy when it holds the library's entry script, named after the folder
(`ckeditor/ckeditor.js`, `jquery-ui-1.13.2/jquery-ui.js`, `codemirror/lib/codemirror.js`); that
entry starts with the library's banner (a license mark, or the library's name with a version);
and a version of the library is written by the library itself: in the folder's package manifest
(`package.json` or `bower.json` with the library's name) or its changelog's headings
(`## CKEditor 4.16.1`), or, for an entry of at least 16 KiB, in that banner (`jQuery UI -
v1.13.2`) or as the version the entry sets (`version:"4.16.2"`). A project's own folder with a
license file, or a script with a copyright line, is read: all three are needed. Reads only the
folder's listings and the few files named; never follows a symlink.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from aiscan.sast.vendored import MIN_BYTES, has_license_mark, leading_comment, named_version

# Where a copy keeps its entry script, relative to the folder.
_ENTRY_FOLDERS = ("", "js", "lib", "dist", "dist/js", "build")
_ENTRY_SUFFIXES = (".min.js", ".js")
_MANIFESTS = ("package.json", "bower.json")
_CHANGELOGS = ("CHANGES.md", "CHANGELOG.md", "CHANGES.txt", "CHANGELOG.txt", "ChangeLog")
_HEAD_BYTES = 4096
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


def library_key(name: str) -> str:
    """The name a library is known by, for comparing a folder, a file and a manifest's name:
    lowercase letters and digits only, without a version after it and an npm scope before it."""
    name = name.rsplit("/", 1)[-1]
    return re.sub(r"[^a-z0-9]", "", _VERSION_SUFFIX.sub("", name).lower())


def library_copy(path: Path) -> str | None:
    """Why the folder is a library copied whole (`third-party library (jQuery UI 1.13.2:
    jquery-ui.js, package.json)`), or None."""
    key = library_key(path.name)
    if not key:
        return None
    for entry in _entries(path, key):
        banner = _banner(path / entry, key)
        if banner is None:
            continue
        large = _size(path / entry) >= MIN_BYTES
        found = _version(path, key, banner, entry, large)
        if found is not None:
            name, version, evidence = found
            files = ", ".join(dict.fromkeys((entry, evidence)))
            return f"third-party library ({name} {version}: {files})"
    return None


def _entries(path: Path, key: str) -> list[str]:
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
            if library_key(_stem(name)) == key:
                found.append(f"{sub}/{name}" if sub else name)
    return found


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


def _banner(entry: Path, key: str) -> bytes | None:
    """The entry's leading comment when it is the library's banner: a license mark, or the
    library's name with a version (`TinyMCE version 6.8.3`)."""
    head = _read(entry, _HEAD_BYTES)
    comment = None if head is None else leading_comment(head)
    if comment is None:
        return None
    named = named_version(comment)
    if has_license_mark(comment) or (named is not None and _names(named[0], key)):
        return comment
    return None


def _version(path: Path, key: str, banner: bytes, entry: str, large: bool) -> tuple[str, str, str] | None:
    """(library's name, version, the file that says so), from the library's own files. The
    entry's own banner or version stamp counts only for an entry of at least MIN_BYTES (a small
    script with a pasted banner is the project's); a release file beside it, for any entry."""
    named = named_version(banner)
    if large and named is not None and _names(named[0], key):
        return named[0], named[1], entry
    for manifest in _MANIFESTS:
        data = _read(path / manifest, _FILE_BYTES)
        if data is None:
            continue
        try:
            doc = json.loads(data)
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        name, version = doc.get("name"), doc.get("version")
        if not (isinstance(name, str) and isinstance(version, str)):
            continue
        if library_key(name) == key and _MANIFEST_VERSION.fullmatch(version):
            return name, version, manifest
    for changelog in _CHANGELOGS:
        data = _read(path / changelog, _FILE_BYTES)
        for m in _CHANGELOG_HEADING.finditer(data or b""):
            name = m.group("name").decode("utf-8", "replace").strip()
            if library_key(name) == key:
                return name, m.group("version").decode("ascii"), changelog
    script = (_read(path / entry, _ENTRY_BYTES) if large else None) or b""
    stamp = _VERSION_STAMP.search(script)
    if stamp is not None:
        return _VERSION_SUFFIX.sub("", _stem(Path(entry).name)), stamp.group(1).decode("ascii"), entry
    return None


def _stem(name: str) -> str:
    return next(name[: -len(s)] for s in _ENTRY_SUFFIXES if name.endswith(s))


def _names(banner_name: str, key: str) -> bool:
    """Whether a banner's name is the library's (`jQuery UI` is `jquery-ui`'s). Exactly: an
    `Application v2.1` banner does not make `app/app.js` a library."""
    return library_key(banner_name) == key
