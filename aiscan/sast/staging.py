"""Copies of the files an analyzer reads, in a temporary folder, under plain names.

A tool that honours directives written in the scanned files (`# shellcheck disable=...`), reads
a configuration file next to them (`.shellcheckrc`) or stops at bytes it cannot decode is given
copies instead: each one is named by its index (no name of the tree reaches the tool's command
line), transformed line by line without changing the line count, and mapped back to its path."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class Staged:
    folder: Path
    names: tuple[str, ...]  # the copies' names, relative to `folder`, as given to the tool
    originals: Mapping[str, str]  # copy name -> the file's path in the tree
    unreadable: Mapping[str, str]  # path in the tree -> why it could not be copied


def stage_copies(
    root: Path, paths: Sequence[str], folder: Path, transform: Callable[[str], str] = lambda text: text
) -> Staged:
    """Copy each file (decoded as UTF-8, undecodable bytes replaced) to `folder` as
    `<index><suffix>`, passing its text through `transform`."""
    names: list[str] = []
    originals: dict[str, str] = {}
    unreadable: dict[str, str] = {}
    for i, rel in enumerate(paths):
        try:
            text = (root / rel).read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            unreadable[rel] = f"unreadable: {exc.strerror or exc}"
            continue
        name = f"{i}{_safe_suffix(rel)}"
        (folder / name).write_text(transform(text), encoding="utf-8")
        names.append(name)
        originals[name] = rel
    return Staged(folder, tuple(names), originals, unreadable)


def _safe_suffix(rel: str) -> str:
    suffix = PurePosixPath(rel).suffix
    return suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ""
