"""The project's exception files applied to a scan's findings: waivers first, then the baseline.

`load_policy_files` reads and validates them (the configured ones, else the defaults at the scan
root when present) before any analyzer runs, so a broken file stops the scan at once with exit 2;
`PolicyFiles.apply` then calls the pure functions of aiscan.waivers and aiscan.baseline on the
findings, before the evaluation, so the requirement statuses and the gate see only the findings
that count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from aiscan.baseline import DEFAULT_BASELINE, BaselineEntry, apply_baseline, load_baseline
from aiscan.config import ScanConfig
from aiscan.models import BaselineUse, Finding, Waiver, WaiverState
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


@dataclass(frozen=True)
class PolicyFiles:
    waivers: tuple[Waiver, ...] | None = None  # None: no waivers file
    baseline: tuple[BaselineEntry, ...] | None = None  # None: no baseline file
    baseline_source: str = ""

    def apply(self, findings: tuple[Finding, ...], scan_kind: str, today: date) -> PolicyOutcome:
        states: tuple[WaiverState, ...] = ()
        if self.waivers is not None:
            findings, states = apply_waivers(findings, self.waivers, today)
            findings = findings + expired_waiver_findings(states)
        use = None
        if self.baseline is not None:
            findings, use = apply_baseline(findings, self.baseline, scan_kind, self.baseline_source)
        return PolicyOutcome(findings, states, use)


def _chosen(configured: Path | None, root: Path, default_name: str) -> Path | None:
    if configured is not None:
        return configured
    candidate = root / default_name
    return candidate if candidate.is_file() else None


def load_policy_files(config: ScanConfig, today: date) -> PolicyFiles:
    root = config.root
    waivers_path = _chosen(config.waivers, root, DEFAULT_WAIVERS)
    waivers = (
        load_waivers(waivers_path, root, max_days=config.max_waiver_days, today=today)
        if waivers_path is not None
        else None
    )
    baseline_path = _chosen(config.baseline, root, DEFAULT_BASELINE)
    if baseline_path is None:
        return PolicyFiles(waivers)
    return PolicyFiles(waivers, load_baseline(baseline_path, root), display_path(baseline_path, root))


def apply_policy_files(findings: tuple[Finding, ...], config: ScanConfig, today: date) -> PolicyOutcome:
    return load_policy_files(config, today).apply(findings, config.scan_kind, today)
