"""A semgrep rule's `paths.exclude`, applied by aiscan.

semgrep's newer engine (`--experimental`, which aiscan runs with the files named on its command
line) does not apply a rule's `paths.exclude` to the files it is given, so a rule written to
leave test folders or a CI service's configuration alone still reports there. The patterns are
gitignore-style, as semgrep reads them: a pattern without a slash names any file or folder
(`*_test.go`, `testdata/`), a trailing slash names folders only, and a pattern with inner slashes
(`src/test/`) names consecutive folders anywhere in the path."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from pathlib import PurePosixPath


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """Whether one of a rule's `paths.exclude` patterns names the file at `path` (relative)."""
    parts = PurePosixPath(path).parts
    for raw in patterns:
        segments = raw.strip("/").split("/")
        # a folder pattern must end before the file's own name
        end = len(parts) - 1 if raw.endswith("/") else len(parts)
        for start in range(end - len(segments) + 1):
            window = parts[start : start + len(segments)]
            if all(fnmatch.fnmatchcase(p, s) for p, s in zip(window, segments, strict=True)):
                return True
    return False
