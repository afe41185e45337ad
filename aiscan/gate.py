"""The release gate: a pure decision from requirement results, findings and runs.

Exit codes (the contract, documented in the README):
  0  release allowed
  1  release blocked: a critical finding (p21) or a requirement in a blocking status
  2  usage or configuration error (raised before a decision is made)
  3  the scan could not complete: an analyzer failed; this also blocks
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
)
from aiscan.roles import weighs_on_gate

EXIT_ALLOWED = 0
EXIT_BLOCKED = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3


def decide(
    results: Iterable[RequirementResult],
    findings: Iterable[Finding],
    runs: Iterable[AnalyzerRun],
    policy: Policy,
) -> Decision:
    reasons: list[str] = []
    failed_runs = [r for r in runs if r.status is RunStatus.ERROR]
    for run in failed_runs:
        reasons.append(f"analyzer {run.analyzer} did not run: {run.reason or 'error'}")
    critical = [
        f
        for f in findings
        if f.active and f.severity is Severity.CRITICAL and weighs_on_gate(f, policy.test_code)
    ]
    if critical:
        reasons.append(f"{len(critical)} critical finding(s) must be fixed before release (p21)")
    blocking = [r for r in results if r.status in policy.block_statuses]
    for r in blocking:
        reasons.append(f"{r.requirement_id} {r.status.value}: {r.reason}")
    if failed_runs:
        return Decision(EXIT_INCOMPLETE, False, "incomplete", tuple(reasons))
    if critical or blocking:
        return Decision(EXIT_BLOCKED, False, "blocked", tuple(reasons))
    return Decision(EXIT_ALLOWED, True, "allowed", ("no blocking findings or requirement statuses",))
