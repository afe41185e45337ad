"""Bounded reads of the scanned tree for the mobile checks: each file once, never through a
symlink, every problem recorded as a gap naming the file."""

from __future__ import annotations

from pathlib import Path

from aiscan.inventory import read_head
from aiscan.mobile.sourcetext import blank_comments
from aiscan.models import Gap

MAX_BYTES = 2 * 1024 * 1024


class TreeReader:
    def __init__(self, root: Path, analyzer: str) -> None:
        self.root = root
        self.analyzer = analyzer
        self.gaps: dict[str, Gap] = {}
        self._bytes: dict[str, bytes | None] = {}
        self._code: dict[str, str | None] = {}
        self._lowered: dict[str, str] = {}

    def gap(self, path: str, reason: str) -> None:
        self.gaps.setdefault(path, Gap(path, reason))

    def data(self, rel: str) -> bytes | None:
        if rel not in self._bytes:
            try:
                data, size = read_head(self.root / rel, MAX_BYTES + 1)
            except OSError as exc:
                self.gap(rel, f"unreadable: {exc.strerror or exc}")
                self._bytes[rel] = None
                return None
            if size > MAX_BYTES:
                self.gap(rel, f"larger than {MAX_BYTES // (1024 * 1024)} MiB, not read")
                self._bytes[rel] = None
                return None
            self._bytes[rel] = data
        return self._bytes[rel]

    def text(self, rel: str) -> str | None:
        data = self.data(rel)
        if data is None:
            return None
        return data.decode("utf-8-sig", errors="replace")

    def code(self, rel: str) -> str | None:
        """The text with comments blanked (C-family and `#` comment syntaxes by file kind)."""
        if rel not in self._code:
            text = self.text(rel)
            if text is not None and rel.endswith(
                (
                    ".kt",
                    ".java",
                    ".swift",
                    ".m",
                    ".mm",
                    ".h",
                    ".js",
                    ".jsx",
                    ".ts",
                    ".tsx",
                    ".dart",
                    ".gradle",
                    ".kts",
                )
            ):
                text = blank_comments(text)
            self._code[rel] = text
        return self._code[rel]

    def lowered(self, rel: str) -> str:
        """The comment-free text in lower case, for the signatures' cheap substring tests."""
        if rel not in self._lowered:
            self._lowered[rel] = (self.code(rel) or "").lower()
        return self._lowered[rel]

    @property
    def files_read(self) -> int:
        return sum(1 for v in self._bytes.values() if v is not None)
