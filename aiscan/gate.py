"""The release gate: a pure decision from requirement results, findings and runs.

Exit codes (the contract, documented in the README):
  0  release allowed
  1  release blocked: a critical finding (p21) or a requirement in a blocking status
  2  usage or configuration error (raised before a decision is made)
  3  the scan could not complete: an analyzer failed; this also blocks
  130, 143  interrupted by SIGINT or SIGTERM (decided in the CLI, never here)

Some rules hold whatever the policy says: a FAIL always blocks, and a release scan always blocks
on NOT_ASSESSED and on a scan that read nothing. A policy can only add blocking statuses.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiscan.config import Policy
from aiscan.models import (
    AnalyzerRun,
    Decision,
    Finding,
    RequirementResult,
    RunStatus,
    Severity,
    Status,
)
from aiscan.roles import weighs_on_gate

EXIT_ALLOWED = 0
EXIT_BLOCKED = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3
EXIT_INTERRUPTED = 130  # SIGINT (128 + 2)
EXIT_TERMINATED = 143  # SIGTERM (128 + 15)

RELEASE = "release"
ALWAYS_BLOCKING = frozenset({Status.FAIL})
ALWAYS_BLOCKING_IN_RELEASE = frozenset({Status.FAIL, Status.NOT_ASSESSED})


def blocking_statuses(policy: Policy, scan_kind: str) -> frozenset[Status]:
    """The policy's blocking statuses and those no policy can remove."""
    floor = ALWAYS_BLOCKING_IN_RELEASE if scan_kind == RELEASE else ALWAYS_BLOCKING
    return frozenset(policy.block_statuses) | floor


def decide(
    results: Iterable[RequirementResult],
    findings: Iterable[Finding],
    runs: Iterable[AnalyzerRun],
    policy: Policy,
    *,
    scan_kind: str = RELEASE,
    unread: str | None = None,
) -> Decision:
    """`unread` says why the scan read nothing (or no source code); a release scan then blocks."""
    reasons: list[str] = []
    failed_runs = [r for r in runs if r.status is RunStatus.ERROR]
    for run in failed_runs:
        reasons.append(f"analyzer {run.analyzer} did not run: {run.reason or 'error'}")
    nothing_read = unread is not None and scan_kind == RELEASE
    if nothing_read:
        reasons.append(f"NOT_ASSESSED: {unread}")
    critical = [
        f
        for f in findings
        if f.active and f.severity is Severity.CRITICAL and weighs_on_gate(f, policy.test_code)
    ]
    if critical:
        reasons.append(f"{len(critical)} critical finding(s) must be fixed before release (p21)")
    statuses = blocking_statuses(policy, scan_kind)
    blocking = [r for r in results if r.status in statuses]
    for r in blocking:
        reasons.append(f"{r.requirement_id} {r.status.value}: {r.reason}")
    if failed_runs:
        return Decision(EXIT_INCOMPLETE, False, "incomplete", tuple(reasons))
    if critical or blocking or nothing_read:
        return Decision(EXIT_BLOCKED, False, "blocked", tuple(reasons))
    return Decision(EXIT_ALLOWED, True, "allowed", ("no blocking findings or requirement statuses",))
