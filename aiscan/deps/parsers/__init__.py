"""Which files are dependency manifests, and the parser of each.

`select_manifests` picks, from the files of a tree, those to read: a lockfile wins over the
manifest it locks (pyproject.toml beside poetry.lock / uv.lock / Pipfile.lock; build.gradle
beside gradle.lockfile), so a pinned version is never reported twice nor a range reported as
unpinned when the lock pins it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

from aiscan.deps.model import Manifest, ManifestError
from aiscan.deps.parsers import jvm, npm, others, python
from aiscan.deps.parsers.common import Reader, no_reader

Parser = Callable[[str, str, Reader], Manifest]

PARSERS: dict[str, Parser] = {
    "poetry.lock": python.parse_poetry_lock,
    "Pipfile.lock": python.parse_pipfile_lock,
    "uv.lock": python.parse_uv_lock,
    "pyproject.toml": python.parse_pyproject,
    "package-lock.json": npm.parse_package_lock,
    "npm-shrinkwrap.json": npm.parse_package_lock,
    "yarn.lock": npm.parse_yarn_lock,
    "pnpm-lock.yaml": npm.parse_pnpm_lock,
    "pom.xml": jvm.parse_pom,
    "gradle.lockfile": jvm.parse_gradle_lockfile,
    "build.gradle": jvm.parse_build_gradle,
    "build.gradle.kts": jvm.parse_build_gradle,
    "go.mod": others.parse_go_mod,
    "Cargo.lock": others.parse_cargo_lock,
    "composer.lock": others.parse_composer_lock,
    "Gemfile.lock": others.parse_gemfile_lock,
    "gems.locked": others.parse_gemfile_lock,
    "Podfile.lock": others.parse_podfile_lock,
    "packages.lock.json": others.parse_nuget_lock,
}

_REQUIREMENTS = re.compile(r"^(.*[-_.])?requirements([-_.].*)?\.txt$|^constraints\.txt$", re.I)
_PY_LOCKS = ("poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock")


def parser_for(path: str) -> Parser | None:
    p = PurePosixPath(path)
    name = p.name
    if name in PARSERS:
        return PARSERS[name]
    if _REQUIREMENTS.match(name) or (p.parent.name == "requirements" and name.endswith(".txt")):
        return python.parse_requirements
    if name.endswith(".versions.toml") and p.parent.name == "gradle":
        return jvm.parse_version_catalog
    if name.endswith(".lockfile") and p.parent.name == "dependency-locks":
        return jvm.parse_gradle_lockfile
    return None


def select_manifests(paths: Iterable[str]) -> list[str]:
    """The manifests to read among `paths` (relative POSIX), in a stable order."""
    paths = sorted(set(paths))
    present = set(paths)
    chosen = []
    for path in paths:
        if parser_for(path) is None:
            continue
        p = PurePosixPath(path)
        folder = str(p.parent) if str(p.parent) != "." else ""

        def beside(name: str, folder: str = folder) -> bool:
            return (f"{folder}/{name}" if folder else name) in present

        if p.name == "pyproject.toml" and any(beside(lock) for lock in _PY_LOCKS):
            continue
        if p.name in ("build.gradle", "build.gradle.kts") and beside("gradle.lockfile"):
            continue
        if p.name == "package-lock.json" and beside("npm-shrinkwrap.json"):
            continue
        if p.name == "constraints.txt":
            continue  # constraints only pin what a requirements file names
        chosen.append(path)
    return chosen


def parse_manifest(path: str, text: str, read: Reader = no_reader) -> Manifest:
    """Parse one manifest. Raises ManifestError when the file cannot be read as its format."""
    parser = parser_for(path)
    if parser is None:
        raise ManifestError(f"{path}: not a known dependency manifest")
    try:
        return parser(path, text, read)
    except ManifestError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # A file of the right name but an unexpected shape: reported, never a crash.
        raise ManifestError(f"unexpected structure: {type(exc).__name__}: {exc}") from exc


__all__ = ["PARSERS", "ManifestError", "parse_manifest", "parser_for", "select_manifests"]
