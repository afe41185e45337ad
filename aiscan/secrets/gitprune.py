"""Which paths of a git tree (the history's blobs, the index) the scan leaves out, and why.

The same rules as the working-tree walk (`aiscan.inventory.prune_reason`): third-party packages
and caches by their folder's name; build output only on evidence, a build file beside the folder
in the same tree (a hand-written `build/` folder of sources is read); a virtual environment by
its `pyvenv.cfg`. The folder listing comes from the git tree, never from the disk.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from aiscan.inventory import prune_reason

# prune_reason looks for a virtual environment's marker on disk; a git tree has no disk folder,
# so it is given one that cannot exist and the marker is looked for in the tree instead.
_NO_FOLDER = Path(os.devnull)
_VENV_MARKER = "pyvenv.cfg"


@dataclass
class GitTree:
    """Folder -> names of its entries, from a list of file paths (POSIX, relative to one root)."""

    children: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, paths: Iterable[str]) -> GitTree:
        tree = cls()
        for path in paths:
            parent = ""
            for part in PurePosixPath(path).parts:
                tree.children.setdefault(parent, set()).add(part)
                parent = f"{parent}/{part}" if parent else part
        return tree

    def pruned(self, path: str) -> tuple[str, str] | None:
        """The first folder on the way to `path` that the scan leaves out, with the reason, or
        None when the path is read."""
        parent = ""
        for part in PurePosixPath(path).parts[:-1]:
            folder = f"{parent}/{part}" if parent else part
            siblings = self.children.get(parent, set())
            why = prune_reason(_NO_FOLDER, part, siblings)
            if why is None and _VENV_MARKER in self.children.get(folder, set()):
                why = f"Python virtual environment ({_VENV_MARKER})"
            if why is not None:
                return folder, why
            parent = folder
        return None
