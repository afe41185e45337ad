"""Which files are dependency manifests, and the parser of each.

`select_manifests` picks, from the files of a tree, those to read: a lockfile wins over the
manifest it locks (`LOCKED_BY`: package.json beside package-lock.json, Cargo.toml beside
Cargo.lock, ...), so a pinned version is never reported twice nor a range reported as unpinned
when the lock pins it. A manifest without its lockfile is read: its exact versions are audited
and its ranges reported as unpinned.
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
    # Manifests read only when their lockfile is not beside them.
    "package.json": npm.parse_package_json,
    "Cargo.toml": others.parse_cargo_toml,
    "composer.json": others.parse_composer_json,
    "Gemfile": others.parse_gemfile,
    "gems.rb": others.parse_gemfile,
    "Podfile": others.parse_podfile,
    "packages.config": others.parse_packages_config,
    "Pipfile": python.parse_pipfile,
    "setup.py": python.parse_setup_py,
    "setup.cfg": python.parse_setup_cfg,
}

# A manifest is not read when one of these lockfiles is beside it: the lockfile says what ships.
LOCKED_BY: dict[str, tuple[str, ...]] = {
    "package.json": ("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"),
    "pyproject.toml": ("poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock"),
    "Pipfile": ("Pipfile.lock",),
    "build.gradle": ("gradle.lockfile",),
    "build.gradle.kts": ("gradle.lockfile",),
    "Cargo.toml": ("Cargo.lock",),
    "composer.json": ("composer.lock",),
    "Gemfile": ("Gemfile.lock",),
    "gems.rb": ("gems.locked",),
    "Podfile": ("Podfile.lock",),
    "package-lock.json": ("npm-shrinkwrap.json",),
    ".csproj": ("packages.lock.json",),
    ".fsproj": ("packages.lock.json",),
    ".vbproj": ("packages.lock.json",),
}
# setup.py and setup.cfg are not read beside a requirements file or a Python lockfile (they pin
# what ships).
_SETUP_PY_PINNED_BY = re.compile(
    r"^(.*[-_.])?requirements([-_.].*)?\.txt$|^(poetry|uv|pdm|Pipfile)\.lock$", re.I
)
_MSBUILD_PROJECTS = (".csproj", ".fsproj", ".vbproj")

_REQUIREMENTS = re.compile(r"^(.*[-_.])?requirements([-_.].*)?\.txt$|^constraints\.txt$", re.I)


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
    if name.endswith(_MSBUILD_PROJECTS):
        return others.parse_msbuild_project
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

        key = p.suffix if p.suffix in _MSBUILD_PROJECTS else p.name
        if any(beside(lock) for lock in LOCKED_BY.get(key, ())):
            continue
        if p.name == "constraints.txt":
            continue  # constraints only pin what a requirements file names
        if p.name in ("setup.py", "setup.cfg") and any(
            _SETUP_PY_PINNED_BY.match(PurePosixPath(other).name)
            for other in present
            if str(PurePosixPath(other).parent) == (folder or ".")
        ):
            continue
        chosen.append(path)
    return chosen


# What a parser may raise on a file of the right name but an unexpected shape or size (besides
# ManifestError): each becomes a gap for that file, never a crash of the dependency analysis.
PARSE_FAILURES = (
    KeyError,
    TypeError,
    ValueError,  # UnicodeError included
    AttributeError,
    IndexError,
    LookupError,  # an unknown codec named by the file
    RecursionError,  # nesting deeper than the parsers can follow
    OverflowError,
)


def parse_manifest(path: str, text: str, read: Reader = no_reader) -> Manifest:
    """Parse one manifest. Raises ManifestError when the file cannot be read as its format."""
    parser = parser_for(path)
    if parser is None:
        raise ManifestError(f"{path}: not a known dependency manifest")
    try:
        return parser(path, text, read)
    except ManifestError:
        raise
    except PARSE_FAILURES as exc:
        what = "nested too deeply" if isinstance(exc, RecursionError) else f"{type(exc).__name__}: {exc}"
        raise ManifestError(f"unexpected structure: {what}"[:300]) from exc


__all__ = ["PARSERS", "ManifestError", "parse_manifest", "parser_for", "select_manifests"]
