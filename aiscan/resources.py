"""Where the project's data lives: `rulesets/` and `report_templates/`.

In a wheel they are packaged under `aiscan/_data/`; in a source checkout (or an editable install)
they are the top-level folders beside the package.
"""

from __future__ import annotations

from pathlib import Path

from aiscan.errors import CatalogueError

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise CatalogueError(f"aiscan's data folder '{name}' is missing from the installation")


def rulesets_dir() -> Path:
    return data_dir("rulesets")


def templates_dir() -> Path:
    return data_dir("report_templates")
