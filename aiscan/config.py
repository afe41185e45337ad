"""Frozen configuration objects. The only module that reads TOML or the environment.

The project's settings live in `aiscan.toml` at the root of the scanned tree, or in
`[tool.aiscan]` of its `pyproject.toml`, or in a file named with `--config`. The keys are
documented in docs/configuration.md; an unknown key or a wrong type is a ConfigError (exit 2)
that names the key and the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aiscan.errors import ConfigError
from aiscan.models import Component, Severity, Status
from aiscan.sast.suppress import INLINE_POLICIES, WITH_REASON
from aiscan.scope import check_scope_allowed, relative_paths

SCAN_KINDS = ("release", "merge", "pre-commit")
CONFIG_NAME = "aiscan.toml"

# Environment variables that point aiscan at a specific analyzer executable or database.
TOOL_ENV = {"semgrep": "AISCAN_SEMGREP", "bandit": "AISCAN_BANDIT", "pip-audit": "AISCAN_PIP_AUDIT"}
ADVISORY_DB_ENV = "AISCAN_ADVISORY_DB"


@dataclass(frozen=True)
class Policy:
    """What blocks a release. Critical findings always block (p21), whatever `fail_on` says."""

    fail_on: Severity = Severity.HIGH
    block_statuses: frozenset[Status] = frozenset({Status.FAIL, Status.NOT_ASSESSED})
    unknown_severity_as: Severity = Severity.HIGH
    # Whether inline comments (`aiscan:allow`, `# nosec`, `nosemgrep`) with a reason suppress
    # static-analysis findings: "with-reason" or "never" (docs/sast.md).
    inline_suppressions: str = WITH_REASON

    def __post_init__(self) -> None:
        if self.fail_on is Severity.UNKNOWN:
            raise ValueError("fail_on must be a concrete severity")


DEFAULT_POLICIES: Mapping[str, Policy] = {
    "release": Policy(),
    "merge": Policy(block_statuses=frozenset({Status.FAIL})),
    "pre-commit": Policy(block_statuses=frozenset({Status.FAIL})),
}


@dataclass(frozen=True)
class AdvisorySettings:
    sources: tuple[Path, ...] = ()  # database files, OSV export zips or folders, used as they are
    database: Path | None = None  # the imported index (default: the user's data directory)
    max_age_days: int = 7  # older: p20 NOT_ASSESSED in a release scan, a warning otherwise
    online: bool = False  # also ask pip-audit's online service
    # Ecosystems whose components may go unaudited when no advisory data for them exists
    # (reported in the run, never silent). Default: none, so missing data is a gap.
    accept_unaudited_ecosystems: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FileSettings:
    """What a configuration file says. Every field has the default of a project with no file."""

    source: Path | None = None
    policies: Mapping[str, Policy] = field(default_factory=lambda: dict(DEFAULT_POLICIES))
    exclude: tuple[str, ...] = ()
    components: tuple[Component, ...] | None = None
    component_paths: Mapping[Component, tuple[str, ...]] = field(default_factory=dict)
    attestations: Path | None = None
    waivers: Path | None = None
    baseline: Path | None = None
    max_waiver_days: int = 365
    advisories: AdvisorySettings = field(default_factory=AdvisorySettings)
    semgrep_engine: str = "osemgrep"
    rule_timeout_s: int = 30


@dataclass(frozen=True)
class ScanConfig:
    root: Path
    scan_kind: str = "release"
    policy: Policy = field(default_factory=Policy)
    components: tuple[Component, ...] | None = None  # None: detect from the tree
    component_paths: Mapping[Component, tuple[str, ...]] = field(default_factory=dict)
    only_paths: tuple[str, ...] | None = None  # limit SAST/secrets to these (diff, staged)
    diff_base: str | None = None  # limit SAST/secrets to the files changed since this revision
    exclude: tuple[str, ...] = ()
    attestations: Path | None = None
    waivers: Path | None = None
    baseline: Path | None = None
    max_waiver_days: int = 365
    advisories: AdvisorySettings = field(default_factory=AdvisorySettings)
    tool_paths: Mapping[str, str] = field(default_factory=dict)
    analyzer_timeout_s: float = 900.0
    rule_timeout_s: int = 30
    jobs: int = 0  # 0: one per core
    semgrep_engine: str = "osemgrep"  # "osemgrep" (semgrep --experimental) or "pysemgrep"
    disabled: frozenset[str] = frozenset()
    config_file: Path | None = None

    @property
    def effective_jobs(self) -> int:
        return self.jobs or max(1, os.cpu_count() or 1)


def tool_paths_from_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    return {tool: env[var] for tool, var in TOOL_ENV.items() if env.get(var)}


def advisory_db_from_env(env: Mapping[str, str] | None = None) -> Path | None:
    env = os.environ if env is None else env
    value = env.get(ADVISORY_DB_ENV)
    return Path(value) if value else None


def find_config_file(root: Path) -> Path | None:
    """`aiscan.toml` at the root, else a `pyproject.toml` there with a [tool.aiscan] table."""
    candidate = root / CONFIG_NAME
    if candidate.is_file():
        return candidate
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            return None  # not ours to judge; a project's broken pyproject is not aiscan's config
        if isinstance(data.get("tool"), dict) and "aiscan" in data["tool"]:
            return pyproject
    return None


def load_file_settings(path: Path) -> FileSettings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc.strerror}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        data = (data.get("tool") or {}).get("aiscan") or {}
    return parse_settings(data, path)


_TOP_KEYS = {
    "exclude",
    "components",
    "component-paths",
    "attestations",
    "waivers",
    "baseline",
    "policy",
    "advisories",
    "semgrep",
}
_POLICY_KEYS = {"fail_on", "block", "unknown_severity_as", "max_waiver_days", "inline_suppressions"}
_ADVISORY_KEYS = {"sources", "database", "max_age_days", "online", "accept_unaudited_ecosystems"}
_SEMGREP_KEYS = {"engine", "rule_timeout_s"}


def parse_settings(data: Mapping[str, Any], path: Path) -> FileSettings:
    """Validate a configuration mapping. Paths in it are relative to the file's folder."""
    r = _Reader(path)
    r.keys(data, _TOP_KEYS, "")
    base = path.parent
    settings = FileSettings(source=path)
    exclude = r.str_list(data, "exclude", "")
    components = None
    if "components" in data:
        components = tuple(r.component(c, "components") for c in r.str_list(data, "components", ""))
    comp_paths: dict[Component, tuple[str, ...]] = {}
    table = r.table(data, "component-paths", "")
    for name in table:
        comp_paths[r.component(name, "component-paths")] = r.str_list(table, name, "component-paths.")
    policy_table = r.table(data, "policy", "")
    policies, max_waiver_days = _policies(r, policy_table)
    adv = r.table(data, "advisories", "")
    r.keys(adv, _ADVISORY_KEYS, "advisories.")
    advisories = AdvisorySettings(
        sources=tuple(base / s for s in r.str_list(adv, "sources", "advisories.")),
        database=base / r.string(adv, "database", "advisories.") if "database" in adv else None,
        max_age_days=r.integer(adv, "max_age_days", "advisories.", 7),
        online=r.boolean(adv, "online", "advisories.", False),
        accept_unaudited_ecosystems=frozenset(r.str_list(adv, "accept_unaudited_ecosystems", "advisories.")),
    )
    sem = r.table(data, "semgrep", "")
    r.keys(sem, _SEMGREP_KEYS, "semgrep.")
    engine = r.string(sem, "engine", "semgrep.") if "engine" in sem else "osemgrep"
    if engine not in ("osemgrep", "pysemgrep"):
        raise ConfigError(f"{path}: semgrep.engine must be 'osemgrep' or 'pysemgrep'")

    def opt_path(key: str) -> Path | None:
        return base / r.string(data, key, "") if key in data else None

    return replace(
        settings,
        policies=policies,
        exclude=exclude,
        components=components,
        component_paths=comp_paths,
        attestations=opt_path("attestations"),
        waivers=opt_path("waivers"),
        baseline=opt_path("baseline"),
        max_waiver_days=max_waiver_days,
        advisories=advisories,
        semgrep_engine=engine,
        rule_timeout_s=r.integer(sem, "rule_timeout_s", "semgrep.", 30),
    )


def _policies(r: _Reader, table: Mapping[str, Any]) -> tuple[dict[str, Policy], int]:
    r.keys(table, _POLICY_KEYS | set(SCAN_KINDS), "policy.")
    defaults = _policy_fields(r, table, "policy.")
    out = {}
    for kind in SCAN_KINDS:
        fields = {**defaults, **_policy_fields(r, r.table(table, kind, "policy."), f"policy.{kind}.")}
        out[kind] = replace(DEFAULT_POLICIES[kind], **fields)
    return out, r.integer(table, "max_waiver_days", "policy.", 365)


def _policy_fields(r: _Reader, table: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    if prefix != "policy.":
        r.keys(table, _POLICY_KEYS - {"max_waiver_days"}, prefix)
    fields: dict[str, Any] = {}
    if "fail_on" in table:
        sev = r.severity(table, "fail_on", prefix)
        if sev is Severity.UNKNOWN:
            raise ConfigError(f"{r.path}: {prefix}fail_on must be a concrete severity")
        fields["fail_on"] = sev
    if "unknown_severity_as" in table:
        fields["unknown_severity_as"] = r.severity(table, "unknown_severity_as", prefix)
    if "inline_suppressions" in table:
        mode = r.string(table, "inline_suppressions", prefix)
        if mode not in INLINE_POLICIES:
            raise r.fail(prefix + "inline_suppressions", " or ".join(f'"{m}"' for m in INLINE_POLICIES))
        fields["inline_suppressions"] = mode
    if "block" in table:
        names = r.str_list(table, "block", prefix)
        try:
            fields["block_statuses"] = frozenset(Status(n.upper()) for n in names)
        except ValueError:
            choices = ", ".join(s.value for s in Status)
            raise ConfigError(f"{r.path}: {prefix}block takes statuses from {choices}") from None
    return fields


class _Reader:
    """Typed access to a TOML mapping with errors that name the file and the key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, expected: str) -> ConfigError:
        return ConfigError(f"{self.path}: '{key}' must be {expected}")

    def keys(self, table: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                raise ConfigError(f"{self.path}: unknown key '{prefix}{key}'")

    def table(self, data: Mapping[str, Any], key: str, prefix: str) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(prefix + key, "a table")
        return value

    def string(self, data: Mapping[str, Any], key: str, prefix: str) -> str:
        value = data.get(key)
        if not isinstance(value, str):
            raise self.fail(prefix + key, "a string")
        return value

    def str_list(self, data: Mapping[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(prefix + key, "a list of strings")
        return tuple(value)

    def integer(self, data: Mapping[str, Any], key: str, prefix: str, default: int) -> int:
        value = data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(prefix + key, "a non-negative integer")
        return value

    def boolean(self, data: Mapping[str, Any], key: str, prefix: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(prefix + key, "true or false")
        return value

    def severity(self, data: Mapping[str, Any], key: str, prefix: str) -> Severity:
        try:
            return Severity.parse(self.string(data, key, prefix))
        except ValueError as exc:
            raise ConfigError(f"{self.path}: {prefix}{key}: {exc}") from None

    def component(self, name: str, key: str) -> Component:
        try:
            return Component(name)
        except ValueError:
            raise ConfigError(
                f"{self.path}: '{key}' names unknown component {name!r} (web, mobile, api)"
            ) from None


@dataclass(frozen=True)
class Overrides:
    """What the command line says; None means 'as the configuration file says'."""

    scan_kind: str = "release"
    fail_on: Severity | None = None
    components: tuple[Component, ...] = ()
    exclude: tuple[str, ...] = ()
    attestations: Path | None = None
    config_file: Path | None = None
    advisory_db: Path | None = None
    online: bool | None = None
    only_paths: tuple[str, ...] | None = None
    disabled: frozenset[str] = frozenset()
    waivers: Path | None = None
    baseline: Path | None = None
    diff_base: str | None = None
    files: tuple[str, ...] = ()  # as named on the command line (relative to the current folder)


def resolve_scan_config(root: Path, overrides: Overrides, env: Mapping[str, str] | None = None) -> ScanConfig:
    """The configuration of one scan: defaults, then the file, then the environment, then the
    command line."""
    root = root.resolve() if root.exists() else root
    path = overrides.config_file
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    if path is None and root.is_dir():
        path = find_config_file(root)
    settings = load_file_settings(path) if path else FileSettings()
    check_scope_allowed(overrides.scan_kind, overrides.diff_base, overrides.files or overrides.only_paths)
    only_paths = relative_paths(root, overrides.files) if overrides.files else overrides.only_paths
    policy = settings.policies[overrides.scan_kind]
    if overrides.fail_on is not None:
        policy = replace(policy, fail_on=overrides.fail_on)
    advisories = settings.advisories
    db = overrides.advisory_db or advisory_db_from_env(env) or advisories.database
    advisories = replace(
        advisories, database=db, online=advisories.online if overrides.online is None else overrides.online
    )
    return ScanConfig(
        root=root,
        scan_kind=overrides.scan_kind,
        policy=policy,
        components=overrides.components or settings.components,
        component_paths=settings.component_paths,
        only_paths=only_paths,
        diff_base=overrides.diff_base,
        exclude=settings.exclude + overrides.exclude,
        attestations=overrides.attestations or settings.attestations,
        waivers=overrides.waivers or settings.waivers,
        baseline=overrides.baseline or settings.baseline,
        max_waiver_days=settings.max_waiver_days,
        advisories=advisories,
        tool_paths=tool_paths_from_env(env),
        rule_timeout_s=settings.rule_timeout_s,
        semgrep_engine=settings.semgrep_engine,
        disabled=overrides.disabled,
        config_file=path,
    )
