"""Frozen configuration objects. The only module that reads TOML or the environment.

Two kinds of file hold settings. The scanned tree's own `aiscan.toml` (or `[tool.aiscan]` of its
`pyproject.toml`) is written by whoever controls the tree, so it may only describe the tree:
exclusions, components, where the waivers, baseline and attestations live, the pre-commit gate,
and stricter gates than the operator's. The operator's file (`--config FILE`, else
`$AISCAN_CONFIG`, else `aiscan/config.toml` in the user's configuration directory) may set every
key. A tree that sets an operator-only key is reported and the key is ignored. The keys are
documented in docs/configuration.md; an unknown key or a wrong type is a ConfigError (exit 2)
that names the key and the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aiscan.errors import ConfigError
from aiscan.models import Component, Severity, Status
from aiscan.roles import GATE, REPORT, TEST_CODE_POLICIES
from aiscan.sast.suppress import INLINE_POLICIES, NEVER, WITH_REASON
from aiscan.scope import check_scope_allowed, relative_paths
from aiscan.userfiles import read_toml

PRE_COMMIT = "pre-commit"
SCAN_KINDS = ("release", "merge", PRE_COMMIT)
CONFIG_NAME = "aiscan.toml"
REPORT_LANGUAGES = ("ru", "en")  # the audit report's message catalogues (report_templates/locale)

# [semgrep] across_functions: the languages the passes over flows across functions can follow
# (aiscan.sast.interfile), and those followed when the configuration does not say (docs/sast.md,
# "Flows across functions and files: two passes", gives the figures behind the default).
ACROSS_FUNCTIONS_LANGUAGES = frozenset({"go", "java", "javascript", "kotlin", "php", "python", "ruby"})
ACROSS_FUNCTIONS_DEFAULT: frozenset[str] = frozenset({"java", "ruby"})

# Environment variables that point aiscan at a specific analyzer executable or database.
TOOL_ENV = {
    "semgrep": "AISCAN_SEMGREP",
    "bandit": "AISCAN_BANDIT",
    "shellcheck": "AISCAN_SHELLCHECK",
    "flawfinder": "AISCAN_FLAWFINDER",
    "pip-audit": "AISCAN_PIP_AUDIT",
}
ADVISORY_DB_ENV = "AISCAN_ADVISORY_DB"
OPERATOR_CONFIG_ENV = "AISCAN_CONFIG"
USER_CONFIG_NAME = "config.toml"
MAX_CONFIG_BYTES = 1024 * 1024  # a policy file is a few KiB; a larger one is not read


@dataclass(frozen=True)
class Policy:
    """What blocks a release. Critical findings always block (p21), whatever `fail_on` says."""

    fail_on: Severity = Severity.HIGH
    block_statuses: frozenset[Status] = frozenset({Status.FAIL, Status.NOT_ASSESSED})
    unknown_severity_as: Severity = Severity.HIGH
    # Whether inline comments (`aiscan:allow`, `# nosec`, `nosemgrep`) with a reason suppress
    # static-analysis findings: "with-reason" or "never" (docs/sast.md).
    inline_suppressions: str = WITH_REASON
    # How static-analysis findings in test code weigh: "report" (listed, fail nothing) or
    # "gate" (like any other). Secrets and personal data in tests always count (docs/sast.md).
    test_code: str = REPORT

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
    # [semgrep] retry_timeout_s: the rule timeout of the second attempt on files that timed out or
    # crashed (aiscan.sast.semgrep_retry); None: automatic, 0: no second attempt
    semgrep_retry_timeout_s: int | None = None
    # [semgrep] across_functions: the languages whose flows are followed through functions of
    # other files by the two extra passes (aiscan.sast.interfile); see docs/sast.md for the default
    semgrep_across_functions: frozenset[str] = ACROSS_FUNCTIONS_DEFAULT
    report_lang: str = "ru"  # [report] lang: the audit report's language
    analyzer_timeout_s: int = 900  # [analyzers] timeout_s: each analyzer's bound (operator only)
    keys: frozenset[str] = frozenset()  # the dotted keys the file sets ('policy.release.block')


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
    analyzer_timeout_s: float = 900.0  # each analyzer's bound; what is not reached by then is a gap
    rule_timeout_s: int = 30
    semgrep_retry_timeout_s: int | None = None  # see FileSettings
    semgrep_across_functions: frozenset[str] = ACROSS_FUNCTIONS_DEFAULT  # see FileSettings
    jobs: int = 0  # 0: one per core
    semgrep_engine: str = "osemgrep"  # "osemgrep" (semgrep --experimental) or "pysemgrep"
    disabled: frozenset[str] = frozenset()
    config_file: Path | None = None  # the operator's file, else the tree's
    tree_config_file: Path | None = None  # the scanned tree's own file, when one was read as such
    # Settings of the tree's file that were not applied (operator-only keys, looser gates): one
    # line each, naming the file and the key. Shown as warnings and noted in every report.
    ignored_settings: tuple[str, ...] = ()
    report_lang: str = "ru"  # the audit report's language (HTML, PDF)

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
    """The tree's own file: `aiscan.toml` at the root, else a `pyproject.toml` there with a
    [tool.aiscan] entry."""
    candidate = root / CONFIG_NAME
    if candidate.is_file():
        return candidate
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = _read_toml(pyproject)
        except ConfigError:
            return None  # not ours to judge; a project's broken pyproject is not aiscan's config
        tool = data.get("tool")
        if isinstance(tool, dict) and "aiscan" in tool:
            return pyproject
    return None


def user_config_file() -> Path:
    """`aiscan/config.toml` in the user's configuration directory (platformdirs):
    ~/.config/aiscan/config.toml on Linux."""
    from platformdirs import user_config_path

    return user_config_path("aiscan", appauthor=False) / USER_CONFIG_NAME


def operator_config_file(explicit: Path | None, env: Mapping[str, str] | None = None) -> Path | None:
    """The operator's file: the one named with --config, else $AISCAN_CONFIG, else the user's
    configuration file if it exists. A file named explicitly must exist."""
    env = os.environ if env is None else env
    named = explicit or (Path(env[OPERATOR_CONFIG_ENV]) if env.get(OPERATOR_CONFIG_ENV) else None)
    if named is not None:
        if not named.is_file():
            raise ConfigError(f"{named}: configuration file not found")
        return named
    user = user_config_file()
    return user if user.is_file() else None


def _read_toml(path: Path) -> dict[str, Any]:
    return read_toml(path, "configuration", MAX_CONFIG_BYTES)


def load_file_settings(path: Path) -> FileSettings:
    data: Any = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: 'tool' must be a table")
        data = tool.get("aiscan", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: 'tool.aiscan' must be a table")
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
    "report",
    "analyzers",
}
_POLICY_KEYS = {
    "fail_on",
    "block",
    "unknown_severity_as",
    "max_waiver_days",
    "inline_suppressions",
    "test_code",
}
_ADVISORY_KEYS = {"sources", "database", "max_age_days", "online", "accept_unaudited_ecosystems"}
_SEMGREP_KEYS = {"engine", "rule_timeout_s", "retry_timeout_s", "across_functions"}
_REPORT_KEYS = {"lang"}
_ANALYZER_KEYS = {"timeout_s"}


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
    report = r.table(data, "report", "")
    r.keys(report, _REPORT_KEYS, "report.")
    report_lang = r.string(report, "lang", "report.") if "lang" in report else "ru"
    if report_lang not in REPORT_LANGUAGES:
        raise r.fail("report.lang", " or ".join(f'"{lang}"' for lang in REPORT_LANGUAGES))

    analyzers = r.table(data, "analyzers", "")
    r.keys(analyzers, _ANALYZER_KEYS, "analyzers.")
    analyzer_timeout_s = r.integer(analyzers, "timeout_s", "analyzers.", 900)
    if analyzer_timeout_s == 0:
        raise r.fail("analyzers.timeout_s", "a positive integer (seconds)")

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
        semgrep_retry_timeout_s=(
            r.integer(sem, "retry_timeout_s", "semgrep.", 0) if "retry_timeout_s" in sem else None
        ),
        semgrep_across_functions=_across_functions(r, sem),
        report_lang=report_lang,
        analyzer_timeout_s=analyzer_timeout_s,
        keys=frozenset(_dotted_keys(data)),
    )


def _across_functions(r: _Reader, sem: Mapping[str, Any]) -> frozenset[str]:
    """`[semgrep] across_functions`: true (every language the passes can follow), false (none),
    or a list of those languages (`["php", "java"]`)."""
    value = sem.get("across_functions", sorted(ACROSS_FUNCTIONS_DEFAULT))
    if isinstance(value, bool):
        return ACROSS_FUNCTIONS_LANGUAGES if value else frozenset()
    known = ", ".join(f'"{lang}"' for lang in sorted(ACROSS_FUNCTIONS_LANGUAGES))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise r.fail("semgrep.across_functions", f"true, false or a list of {known}")
    if not set(value) <= ACROSS_FUNCTIONS_LANGUAGES:
        raise r.fail("semgrep.across_functions", f"true, false or a list of {known}, not {value}")
    return frozenset(value)


def _dotted_keys(data: Mapping[str, Any], prefix: str = "") -> Iterator[str]:
    for key, value in data.items():
        if isinstance(value, dict) and value:
            yield from _dotted_keys(value, f"{prefix}{key}.")
        else:
            yield prefix + key


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
    if "test_code" in table:
        weight = r.string(table, "test_code", prefix)
        if weight not in TEST_CODE_POLICIES:
            raise r.fail(prefix + "test_code", " or ".join(f'"{m}"' for m in TEST_CODE_POLICIES))
        fields["test_code"] = weight
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
        if not isinstance(value, str) or "\x00" in value:
            raise self.fail(prefix + key, "a string (without NUL characters)")
        return value

    def str_list(self, data: Mapping[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and "\x00" not in v for v in value):
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
    """The configuration of one scan: defaults, then what the tree's own file may set, then the
    operator's file, then the environment, then the command line."""
    root = root.resolve() if root.exists() else root
    operator_path = operator_config_file(overrides.config_file, env)
    tree_path = find_config_file(root) if root.is_dir() else None
    if tree_path is not None and operator_path is not None and _same_file(tree_path, operator_path):
        tree_path = None  # the operator named the tree's file: trusted as the operator's
    operator = load_file_settings(operator_path) if operator_path else FileSettings()
    tree = load_file_settings(tree_path) if tree_path else FileSettings()
    settings, ignored = combine_settings(tree, operator, root)
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
        semgrep_retry_timeout_s=settings.semgrep_retry_timeout_s,
        semgrep_across_functions=settings.semgrep_across_functions,
        semgrep_engine=settings.semgrep_engine,
        analyzer_timeout_s=settings.analyzer_timeout_s,
        disabled=overrides.disabled,
        config_file=operator_path or tree_path,
        tree_config_file=tree_path,
        ignored_settings=ignored,
        report_lang=settings.report_lang,
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


# --- what a scanned tree may set -----------------------------------------------------------------

# Whatever decides which advisories count and how old they may be, and how long each analyzer may
# run on the CI machine: the operator's alone.
OPERATOR_ONLY_TABLES = ("advisories.", "analyzers.")
# Gates a tree may make stricter than the operator's, never looser. The pre-commit gate guards the
# developer's own commit and is the tree's to set.
GUARDED_KINDS = ("release", "merge")
TREE_PATH_KEYS = ("attestations", "waivers", "baseline")


def combine_settings(
    tree: FileSettings, operator: FileSettings, root: Path
) -> tuple[FileSettings, tuple[str, ...]]:
    """The settings in force: the tree's file where a tree may decide, the operator's everywhere
    else and wherever the operator spoke. Returns them with one line per tree setting that was
    ignored. Pure."""
    ignored: list[str] = []
    where = str(tree.source) if tree.source else ""
    for key in sorted(tree.keys):
        if key.startswith(OPERATOR_ONLY_TABLES):
            ignored.append(
                f"{where}: '{key}' is an operator setting (command line, environment or the "
                "operator's configuration file); the scanned tree's value is ignored"
            )
    for key in TREE_PATH_KEYS:
        value = getattr(tree, key)
        if value is not None and not _inside(value, root):
            raise ConfigError(f"{where}: '{key}' must name a file inside the scanned tree, not {value}")
    policies = dict(operator.policies)
    for kind in SCAN_KINDS:
        policies[kind], loosened = _combine_policy(kind, tree, operator)
        ignored += [
            f"{where}: '{key}' would loosen the {kind} gate the operator sets; the scanned tree's value "
            "is ignored"
            for key in loosened
        ]
    max_waiver_days = operator.max_waiver_days
    if "policy.max_waiver_days" in tree.keys and tree.max_waiver_days <= max_waiver_days:
        max_waiver_days = tree.max_waiver_days
    elif "policy.max_waiver_days" in tree.keys:
        ignored.append(
            f"{where}: 'policy.max_waiver_days' would allow longer waivers than the operator does; "
            "the scanned tree's value is ignored"
        )

    # the tree may add languages to follow across functions, not leave out those the operator's
    # setting (or the default) follows: fewer flows followed is a looser gate
    across = operator.semgrep_across_functions
    if "semgrep.across_functions" in tree.keys:
        if across - tree.semgrep_across_functions:
            ignored.append(
                f"{where}: 'semgrep.across_functions' would leave out "
                f"{', '.join(sorted(across - tree.semgrep_across_functions))}, which the operator's "
                "setting follows; only the languages it adds are used"
            )
        across = across | tree.semgrep_across_functions

    def chosen(key: str, dotted: str) -> Any:
        said = any(k == dotted or k.startswith(dotted + ".") for k in operator.keys)
        return getattr(operator if said else tree, key)

    combined = replace(
        operator,
        source=operator.source or tree.source,
        policies=policies,
        exclude=tree.exclude + operator.exclude,
        components=chosen("components", "components"),
        component_paths={**tree.component_paths, **operator.component_paths},
        attestations=chosen("attestations", "attestations"),
        waivers=chosen("waivers", "waivers"),
        baseline=chosen("baseline", "baseline"),
        max_waiver_days=max_waiver_days,
        semgrep_engine=chosen("semgrep_engine", "semgrep.engine"),
        rule_timeout_s=chosen("rule_timeout_s", "semgrep.rule_timeout_s"),
        semgrep_retry_timeout_s=chosen("semgrep_retry_timeout_s", "semgrep.retry_timeout_s"),
        semgrep_across_functions=across,
        report_lang=chosen("report_lang", "report.lang"),
        keys=operator.keys | tree.keys,
    )
    return combined, tuple(ignored)


def _combine_policy(kind: str, tree: FileSettings, operator: FileSettings) -> tuple[Policy, list[str]]:
    """One scan kind's policy: the operator's, with each field the tree sets applied where the
    tree may decide (pre-commit, unless the operator set it too) or where it is stricter. Returns
    it with the tree's keys that were not applied."""
    mine, theirs = operator.policies[kind], tree.policies[kind]
    fields: dict[str, Any] = {}
    loosened = []
    for name, (key, stricter) in _POLICY_FIELDS.items():
        said = _policy_key(tree, kind, key)
        if said is None:
            continue
        if kind not in GUARDED_KINDS:
            if _policy_key(operator, kind, key) is None:
                fields[name] = getattr(theirs, name)
            continue
        fields[name] = stricter(getattr(mine, name), getattr(theirs, name))
        if fields[name] != getattr(theirs, name):
            loosened.append(said)
    return replace(mine, **fields), loosened


def _lower(a: Severity, b: Severity) -> Severity:
    return min(a, b, key=lambda s: s.rank)


def _higher(a: Severity, b: Severity) -> Severity:
    return max(a, b, key=lambda s: s.rank)


def _union(a: frozenset[Status], b: frozenset[Status]) -> frozenset[Status]:
    return a | b


def _fewer_suppressions(a: str, b: str) -> str:
    return NEVER if NEVER in (a, b) else a


def _test_code_gated(a: str, b: str) -> str:
    return GATE if GATE in (a, b) else a


# Policy field -> (its key in a file, the stricter of two values): a lower threshold, more
# blocking statuses, unknown severities ranked higher, inline suppressions honoured less, test
# code weighing on the gate.
_POLICY_FIELDS: dict[str, tuple[str, Callable[[Any, Any], Any]]] = {
    "fail_on": ("fail_on", _lower),
    "block_statuses": ("block", _union),
    "unknown_severity_as": ("unknown_severity_as", _higher),
    "inline_suppressions": ("inline_suppressions", _fewer_suppressions),
    "test_code": ("test_code", _test_code_gated),
}


def _policy_key(settings: FileSettings, kind: str, key: str) -> str | None:
    """The dotted key by which a file sets one policy field for a kind, if it does."""
    for dotted in (f"policy.{kind}.{key}", f"policy.{key}"):
        if dotted in settings.keys:
            return dotted
    return None


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True
