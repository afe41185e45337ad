"""The project's exception files applied to a scan's findings: waivers first, then the baseline.

Reads the files (the configured ones, else the defaults at the scan root when present) and calls
the pure functions of aiscan.waivers and aiscan.baseline. Runs before the evaluation, so the
requirement statuses and the gate see only the findings that count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from aiscan.baseline import DEFAULT_BASELINE, apply_baseline, load_baseline
from aiscan.config import ScanConfig
from aiscan.models import BaselineUse, Finding, WaiverState
from aiscan.waivers import DEFAULT_WAIVERS, apply_waivers, display_path, expired_waiver_findings, load_waivers


@dataclass(frozen=True)
class PolicyOutcome:
    findings: tuple[Finding, ...]
    waivers: tuple[WaiverState, ...] = ()
    baseline: BaselineUse | None = None

    def notes(self) -> tuple[str, ...]:
        out = []
        if self.waivers:
            active = [s for s in self.waivers if s.status == "in_force"]
            expired = [s for s in self.waivers if s.status == "expired"]
            n_supp = sum(len(s.suppressed) for s in active)
            line = f"waivers: {len(active)} in force ({n_supp} finding(s) waived)"
            if expired:
                line += f", {len(expired)} expired ({', '.join(s.waiver.id for s in expired)})"
            out.append(line)
            for s in active:
                if s.refused:
                    out.append(
                        f"waiver {s.waiver.id} does not cover {len(s.refused)} critical finding(s): "
                        "p21 allows waiving a critical finding only as a false_positive"
                    )
        if self.baseline is not None:
            out.append(f"baseline {self.baseline.path}: {self.baseline.reason}")
        return tuple(out)


def _chosen(configured: Path | None, root: Path, default_name: str) -> Path | None:
    if configured is not None:
        return configured
    candidate = root / default_name
    return candidate if candidate.is_file() else None


def apply_policy_files(findings: tuple[Finding, ...], config: ScanConfig, today: date) -> PolicyOutcome:
    root = config.root
    states: tuple[WaiverState, ...] = ()
    waivers_path = _chosen(config.waivers, root, DEFAULT_WAIVERS)
    if waivers_path is not None:
        waivers = load_waivers(waivers_path, root, max_days=config.max_waiver_days, today=today)
        findings, states = apply_waivers(findings, waivers, today)
        findings = findings + expired_waiver_findings(states)
    use = None
    baseline_path = _chosen(config.baseline, root, DEFAULT_BASELINE)
    if baseline_path is not None:
        entries = load_baseline(baseline_path, root)
        findings, use = apply_baseline(findings, entries, config.scan_kind, display_path(baseline_path, root))
    return PolicyOutcome(findings, states, use)
