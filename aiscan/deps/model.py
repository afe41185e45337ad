"""What a manifest or lockfile says: the components, their versions and the edges between them."""

from __future__ import annotations

from dataclasses import dataclass, field


class ManifestError(Exception):
    """A manifest that cannot be read as a whole (invalid JSON, TOML, XML...). Its message names
    what is wrong; the analyzer records it as a gap against the file."""


@dataclass(frozen=True)
class Dependency:
    """One third-party component as one manifest declares it.

    `version` is the exact version that ships, or None when the manifest only gives a range
    (`spec` then holds it as written): an unpinned component is recorded, never guessed.
    `direct` is None when the format does not tell direct from transitive. `requires` holds the
    names (as the lockfile writes them) of the components this one depends on, when the format
    records edges; `requires_refs` the same edges resolved to exact components (`ref`)."""

    ecosystem: str  # the OSV ecosystem: PyPI, npm, Maven, Go, crates.io, Packagist, RubyGems, ...
    name: str
    version: str | None
    source: str = ""  # the file that declares it (relative POSIX path)
    line: int | None = None
    direct: bool | None = None
    spec: str = ""
    scope: str = ""  # "dev", "test", "optional", "build", ... ("" for runtime)
    marker: str = ""  # an environment marker (PEP 508) the declaration carries
    licenses: tuple[str, ...] = ()
    requires_refs: tuple[str, ...] = ()
    note: str = ""  # why a pinned-looking declaration cannot be audited (git, local path, ...)

    @property
    def pinned(self) -> bool:
        return self.version is not None

    @property
    def ref(self) -> str:
        """A stable identity: the ecosystem, the normalised name and the version."""
        from aiscan.deps.ecosystems import normalize_name

        return f"{self.ecosystem}/{normalize_name(self.ecosystem, self.name)}@{self.version or '*'}"


@dataclass(frozen=True)
class Manifest:
    path: str  # relative POSIX path of the manifest
    kind: str  # the format: "requirements", "poetry.lock", "package-lock.json", ...
    dependencies: tuple[Dependency, ...] = ()
    problems: tuple[str, ...] = ()  # declarations that could not be read (each names the line)
    includes: tuple[str, ...] = field(default=())  # other files it read (requirements -r/-c)
    # True when the format records the edges between components (a lockfile); False for a list
    # of direct declarations.
    has_graph: bool = False
