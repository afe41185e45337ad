"""Per-ecosystem rules: how names are normalised, how versions are ordered, how a purl is written.

Version ordering always comes from a maintained library: `packaging` for PEP 440 (PyPI) and
`univers` for SemVer, Go, Maven, RubyGems, NuGet and Composer. Nothing here compares versions by
hand.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Protocol

PYPI = "PyPI"
NPM = "npm"
MAVEN = "Maven"
GO = "Go"
CRATES = "crates.io"
PACKAGIST = "Packagist"
RUBYGEMS = "RubyGems"
NUGET = "NuGet"
COCOAPODS = "CocoaPods"  # no OSV ecosystem: recorded in the SBOM, reported as not audited

# The ecosystems for which OSV publishes advisories and aiscan knows the version ordering.
AUDITABLE = frozenset({PYPI, NPM, MAVEN, GO, CRATES, PACKAGIST, RUBYGEMS, NUGET})

PURL_TYPES = {
    PYPI: "pypi",
    NPM: "npm",
    MAVEN: "maven",
    GO: "golang",
    CRATES: "cargo",
    PACKAGIST: "composer",
    RUBYGEMS: "gem",
    NUGET: "nuget",
    COCOAPODS: "cocoapods",
}

_PEP503 = re.compile(r"[-_.]+")


def base_ecosystem(ecosystem: str) -> str:
    """'Maven:https://maven.google.com' and 'Debian:11' name their ecosystem before the colon."""
    return ecosystem.split(":", 1)[0].strip()


@lru_cache(maxsize=65536)
def normalize_name(ecosystem: str, name: str) -> str:
    """The name under which an ecosystem's registry knows a package.

    PyPI: PEP 503 (case-insensitive; runs of '-', '_', '.' are one '-'). Maven: 'group:artifact'.
    NuGet, Packagist and crates.io are case-insensitive registries. Go module paths, npm names and
    gem names are compared as written (npm names are lower case by rule)."""
    name = name.strip()
    eco = base_ecosystem(ecosystem)
    if eco == PYPI:
        return _PEP503.sub("-", name).lower()
    if eco in (NUGET, PACKAGIST, CRATES):
        return name.lower()
    if eco == MAVEN:
        return ":".join(part.strip() for part in name.split(":")[:2])
    if eco == GO:
        return name.rstrip("/")
    return name


class Comparable(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __le__(self, other: Any, /) -> bool: ...


class UnorderableVersion(ValueError):
    """A version string the ecosystem's ordering cannot read."""


def _semver(text: str) -> Comparable:
    from univers.versions import SemverVersion

    return SemverVersion(text.removeprefix("v"))


def _go(text: str) -> Comparable:
    from univers.versions import GolangVersion

    return GolangVersion(text if text.startswith("v") else "v" + text)


def _pypi(text: str) -> Comparable:
    from packaging.version import Version

    return Version(text)


def _maven(text: str) -> Comparable:
    from univers.versions import MavenVersion

    return MavenVersion(text)


def _gem(text: str) -> Comparable:
    from univers.versions import RubygemsVersion

    return RubygemsVersion(text)


def _nuget(text: str) -> Comparable:
    from univers.versions import NugetVersion

    return NugetVersion(text)


def _composer(text: str) -> Comparable:
    from univers.versions import ComposerVersion

    return ComposerVersion(text.removeprefix("v").removeprefix("V"))


_ECOSYSTEM_ORDER = {
    PYPI: _pypi,
    NPM: _semver,
    CRATES: _semver,
    GO: _go,
    MAVEN: _maven,
    RUBYGEMS: _gem,
    NUGET: _nuget,
    PACKAGIST: _composer,
}


@lru_cache(maxsize=262144)
def parse_version(ecosystem: str, range_type: str, text: str) -> Comparable:
    """The ordered form of `text` under a range of `range_type` (ECOSYSTEM or SEMVER) in
    `ecosystem`. Raises UnorderableVersion when the library cannot read it."""
    eco = base_ecosystem(ecosystem)
    if range_type == "SEMVER":
        parser = _go if eco == GO else _semver
    else:
        found = _ECOSYSTEM_ORDER.get(eco)
        if found is None:
            raise UnorderableVersion(f"no version ordering for the {eco} ecosystem")
        parser = found
    try:
        return parser(text.strip())
    except Exception as exc:  # each library raises its own error type for an invalid version
        raise UnorderableVersion(f"{eco} cannot order version {text!r}") from exc


def canonical_version(ecosystem: str, version: str) -> str:
    """The version string as OSV records write it (Go without the leading 'v')."""
    version = version.strip()
    if base_ecosystem(ecosystem) == GO:
        return version.removeprefix("v")
    return version


@lru_cache(maxsize=262144)
def canonical_listed(ecosystem: str, version: str) -> str:
    """The form under which a version is compared with a record's `versions` list: PEP 440
    normal form for PyPI ('1.0' and '1.0.0' are one release), Go without its 'v'."""
    eco = base_ecosystem(ecosystem)
    if eco == PYPI:
        from packaging.utils import canonicalize_version

        return str(canonicalize_version(version))
    return canonical_version(eco, version)


@lru_cache(maxsize=65536)
def purl(ecosystem: str, name: str, version: str | None) -> str:
    """The package URL of a component (packageurl-python does the escaping)."""
    from packageurl import PackageURL

    eco = base_ecosystem(ecosystem)
    ptype = PURL_TYPES.get(eco, "generic")
    namespace: str | None = None
    pname = name
    if eco == MAVEN and ":" in name:
        namespace, pname = name.split(":", 1)
    elif (eco == NPM and name.startswith("@") and "/" in name) or (eco == PACKAGIST and "/" in name):
        namespace, pname = name.split("/", 1)
    elif eco == GO and "/" in name:
        namespace, pname = name.rsplit("/", 1)
    elif eco == PYPI:
        pname = normalize_name(PYPI, name)
    return str(PackageURL(type=ptype, namespace=namespace, name=pname, version=version).to_string())
