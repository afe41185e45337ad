"""Third-party JavaScript recognised by its content: a library copied into the tree under a name
of the project's choosing (`static/js/materialize.js`) or a bundle a build tool wrote.

Pure functions over the file's path and first bytes. What they recognise is not AIS code: the
inventory lists it (never silently) and SAST does not read it; the secret scanning still does."""

from __future__ import annotations

import re

# Only files at least this large are considered: small files are cheap to analyse, and a small
# hand-written file with a copyright banner is the project's own.
MIN_BYTES = 16 * 1024
_HEAD_BYTES = 4096

THIRD_PARTY = "third-party code"

# A leading comment: /* ... */ or // lines, after an optional BOM and "use strict".
_LEADING_COMMENT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(/\*.*?\*/|(?://[^\n]*\n\s*)+)", re.DOTALL)
_NAME_VERSION = re.compile(
    rb"^[\s/*!]*(?P<name>[A-Za-z@][\w.@/\- ]{0,40}?)[\s,:-]+(?:v|version\s+)?"
    rb"(?P<version>\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\b",
    re.MULTILINE,
)
_LICENSE = re.compile(
    rb"@license|@preserve|\(c\)|\xc2\xa9|copyright|licen[sc]ed under|released under|"
    rb"\bMIT\b|Apache License|\bBSD\b|\bISC\b|\bMPL\b",
    re.IGNORECASE,
)
_BUNDLES = (
    (re.compile(rb"webpackUniversalModuleDefinition"), "UMD bundle written by webpack"),
    (
        re.compile(rb"webpackBootstrap|__webpack_require__\.[a-z]\s*=|var __webpack_modules__"),
        "webpack bundle",
    ),
    (
        re.compile(
            rb"\A(?:\xef\xbb\xbf)?\s*(?:/\*.*?\*/\s*)?[!(;]\s*\(?\s*function\s*\(\s*\w+\s*,\s*\w+\s*\)\s*\{\s*"
            rb"(?:['\"]use strict['\"];?\s*)?"
            rb"(?:typeof exports\s*={2,3}\s*['\"]object['\"]|['\"]object['\"]\s*={2,3}\s*typeof exports"
            # the same wrapper asking for an AMD loader first (umdjs' returnExports)
            rb"|if\s*\(\s*(?:typeof define\s*={2,3}\s*['\"]function['\"]"
            rb"|['\"]function['\"]\s*={2,3}\s*typeof define)\s*&&\s*define\.amd)",
            re.DOTALL,
        ),
        "UMD bundle",
    ),
    # AMD modules whose names a build wrote into their define calls (r.js, Rollup's AMD output): a
    # hand-written module leaves its name to the loader
    (
        re.compile(
            rb"\A(?:\xef\xbb\xbf)?\s*(?:(?:/\*.*?\*/|//[^\n]*\n)\s*)*(?:['\"]use strict['\"];?\s*)?"
            rb"define\(\s*['\"][^'\"\n]{1,200}['\"]\s*,\s*\[",
            re.DOTALL,
        ),
        "AMD modules named by a build",
    ),
    # browserify's prelude (its module loader), at the start or inside the UMD wrapper that
    # `browserify --standalone` puts around it
    (
        re.compile(
            rb"\(function\s*\(\)\s*\{\s*function\s+r\(e,\s*n,\s*t\)\s*\{\s*function\s+o\(i,\s*f\)|"
            rb"\(function\s+e\(t,\s*n,\s*r\)\s*\{\s*function\s+s\(o,\s*u\)"
        ),
        "browserify bundle",
    ),
    # esbuild's runtime helpers, written or minified, in the order esbuild emits them (a tool's
    # committed release such as `.yarn/releases/yarn-<version>.cjs` is one)
    (
        re.compile(
            rb"var\s+[\w$]+\s*=\s*Object\.create\s*;\s*var\s+[\w$]+\s*=\s*Object\.defineProperty\s*;"
            rb"\s*var\s+[\w$]+\s*=\s*Object\.getOwnPropertyDescriptor\s*;"
        ),
        "esbuild bundle",
    ),
)
_SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs")

# Vite and Rollup name a code-split chunk `<name>-<hash>.js`, the hash 8 base64url characters
# (one at least not a lower-case letter: `loan-schedule.js` is a written name).
_HASH = rb"[A-Za-z0-9_-]{8}"
_HASHED_NAME = re.compile(r"-(?=[A-Za-z0-9_-]{0,7}[A-Z0-9_])[A-Za-z0-9_-]{8}\.m?js$")
# ... and the chunk opens by importing from a sibling chunk so named, or with Vite's preload map
_CHUNK_HEAD = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:/\*.*?\*/\s*)?(?:"
    rb"import\s*(?:\{[^}]{0,2000}\}|[\w$]+|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?"
    rb"[\"']\./(?:[\w.$-]+/)*[\w.$-]+-" + _HASH + rb"\.m?js[\"']"
    rb"|const\s+__vite__mapDeps\s*=)",
    re.DOTALL,
)


def third_party_script(path: str, data: bytes, size: int | None = None) -> str | None:
    """Why the file is third-party JavaScript (`third-party code (Materialize 1.0.0: library
    license banner)`), or None. `data` is the file's content or at least its first 4 KiB; `size`
    its full size when `data` is only the head."""
    if not path.lower().endswith(_SCRIPT_SUFFIXES):
        return None
    if (size if size is not None else len(data)) < MIN_BYTES:
        return None
    head = data[:_HEAD_BYTES]
    comment = leading_comment(head)
    named = named_version(comment) if comment is not None and has_license_mark(comment) else None
    if named is not None:
        return f"{THIRD_PARTY} ({named[0]} {named[1]}: library license banner), not AIS code"
    for pattern, what in _BUNDLES:
        if pattern.search(head):
            return f"{THIRD_PARTY} ({what}), not AIS code"
    if _HASHED_NAME.search(path.rsplit("/", 1)[-1]) and _CHUNK_HEAD.match(head):
        return f"{THIRD_PARTY} (Vite/Rollup chunk), not AIS code"
    return None


def leading_comment(head: bytes) -> bytes | None:
    """The script's leading comment (`/* ... */` or `//` lines), or None."""
    comment = _LEADING_COMMENT.match(head[:_HEAD_BYTES])
    return None if comment is None else comment.group(1)


def has_license_mark(text: bytes) -> bool:
    """Whether the text carries a license mark (`@license`, `Copyright`, `(c)`, `MIT`, ...)."""
    return _LICENSE.search(text) is not None


def named_version(text: bytes) -> tuple[str, str] | None:
    """The library's name and version a banner gives (`Materialize v1.0.0`), or None."""
    named = _NAME_VERSION.search(text)
    if named is None:
        return None
    name = named.group("name").decode("utf-8", "replace").strip(" -,:")
    return name, named.group("version").decode("ascii", "replace")
