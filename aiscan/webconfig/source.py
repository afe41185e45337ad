"""What every check reads from and what it reports: the scanned tree's files (bounded reads, a
gap for each file that cannot be read or parsed) and the facts found (`Hit`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from aiscan.errors import ConfigError
from aiscan.inventory import MAX_FILE_BYTES  # what the inventory lists, web-config can read
from aiscan.models import Gap, Severity
from aiscan.userfiles import read_text


@dataclass(frozen=True)
class Hit:
    """A fact a check found: a flaw of `rule` at `path:line`, or (`present`) the protection a
    presence rule looks for. `line` None means the whole file. `severity`, when set, replaces the
    rule's (a flaw the check cannot tie to an input is reported lower than the rule's)."""

    rule: str
    path: str
    line: int | None
    message: str
    present: bool = False
    severity: Severity | None = None


@dataclass
class Tree:
    """The files of the scan (relative POSIX paths) and their text, read at most once each."""

    root: Path
    paths: tuple[str, ...]
    gaps: list[Gap] = field(default_factory=list)
    read: set[str] = field(default_factory=set)
    _cache: dict[str, str | None] = field(default_factory=dict)

    def text(self, rel: str, *, quiet: bool = False) -> str | None:
        """The file's text, or None when it cannot be read: with a gap naming the file, unless
        `quiet` (a file read only to see whether it is relevant at all)."""
        if rel not in self._cache:
            try:
                self._cache[rel] = read_text(self.root / rel, "file", MAX_FILE_BYTES)
                self.read.add(rel)
            except ConfigError as exc:
                self._cache[rel] = None
                if not quiet:
                    self.gap(rel, _after_path(exc.message))
        return self._cache[rel]

    def gap(self, rel: str, reason: str, rule: str | None = None) -> None:
        self.gaps.append(Gap(rel, reason, rule))

    def named(self, *names: str) -> list[str]:
        """Paths whose file name is one of `names` (case-insensitive)."""
        wanted = {n.lower() for n in names}
        return [p for p in self.paths if PurePosixPath(p).name.lower() in wanted]

    def with_suffix(self, *suffixes: str) -> list[str]:
        return [p for p in self.paths if p.lower().endswith(suffixes)]


def _after_path(message: str) -> str:
    _, sep, tail = message.partition(": ")
    return tail if sep else message


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


# File or folder names that mark settings used only on a developer's machine or in tests.
NON_PRODUCTION = frozenset(
    {
        "dev",
        "devel",
        "development",
        "local",
        "test",
        "tests",
        "testing",
        "ci",
        "debug",
        "sandbox",
        "example",
        "sample",
    }
)


def production_name(name: str) -> bool:
    """False when a settings file or profile name says it is for development or tests
    (`dev.py`, `settings_local.py`, `application-test.yml`, `DevelopmentConfig`)."""
    words = _words(name)
    return not any(w in NON_PRODUCTION for w in words)


def _words(name: str) -> list[str]:
    import re

    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def in_test_tree(rel: str) -> bool:
    """A file under a tests/fixtures folder: not what runs in production."""
    parts = [p.lower() for p in PurePosixPath(rel).parts[:-1]]
    return any(
        p in ("test", "tests", "__tests__", "spec", "fixtures", "testdata", "examples", "example")
        for p in parts
    )
