"""Frozen configuration objects. The only module that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from aiscan.models import Component, Severity, Status

SCAN_KINDS = ("release", "merge", "pre-commit")

# Environment variables that point aiscan at a specific analyzer executable.
TOOL_ENV = {"semgrep": "AISCAN_SEMGREP", "bandit": "AISCAN_BANDIT"}


@dataclass(frozen=True)
class Policy:
    """What blocks a release. Critical findings always block (p21), whatever `fail_on` says."""

    fail_on: Severity = Severity.HIGH
    block_statuses: frozenset[Status] = frozenset({Status.FAIL, Status.NOT_ASSESSED})
    unknown_severity_as: Severity = Severity.HIGH

    def __post_init__(self) -> None:
        if self.fail_on.rank > Severity.CRITICAL.rank or self.fail_on is Severity.UNKNOWN:
            raise ValueError("fail_on must be a concrete severity")


@dataclass(frozen=True)
class ScanConfig:
    root: Path
    scan_kind: str = "release"
    policy: Policy = field(default_factory=Policy)
    components: tuple[Component, ...] | None = None  # None: detect from the tree
    only_paths: tuple[str, ...] | None = None  # limit SAST/secrets to these (diff, staged)
    exclude: tuple[str, ...] = ()
    attestations: Path | None = None
    tool_paths: Mapping[str, str] = field(default_factory=dict)
    analyzer_timeout_s: float = 900.0
    rule_timeout_s: int = 30
    jobs: int = 0  # 0: one per core
    semgrep_engine: str = "osemgrep"  # "osemgrep" (semgrep --experimental) or "pysemgrep"
    disabled: frozenset[str] = frozenset()

    @property
    def effective_jobs(self) -> int:
        return self.jobs or max(1, os.cpu_count() or 1)


def tool_paths_from_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    return {tool: env[var] for tool, var in TOOL_ENV.items() if env.get(var)}
