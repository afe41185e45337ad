"""A large, deterministic report view model for benchmarks and scale tests: a real report with
its findings multiplied to `count`, spread over rules, files and severities as a big tree's are."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from aiscan.models import SEVERITY_ORDER


def scaled_report(report: Mapping[str, Any], count: int) -> dict[str, Any]:
    """`report` with `count` open findings made from its own (new paths, lines, fingerprints);
    requirement lists and counts follow."""
    base = [f for f in report["findings"] if f["suppression"] is None] or list(report["findings"])
    if not base:
        raise ValueError("the report has no finding to multiply")
    out = copy.deepcopy(dict(report))
    findings = []
    for i in range(count):
        f = copy.deepcopy(base[i % len(base)])
        f["fingerprint"] = f"{i:032x}"
        module = f"module_{i // 40:04d}"
        f["location"]["path"] = f"services/generated/{module}/{f['location']['path'].rsplit('/', 1)[-1]}"
        f["location"]["start_line"] = 10 + i % 400
        findings.append(f)
    out["findings"] = findings
    by_req: dict[str, list[str]] = {}
    for f in findings:
        for req in f["requirements"]:
            by_req.setdefault(req, []).append(f["fingerprint"])
    for r in out["requirements"]:
        r["findings"] = by_req.get(r["id"], [])
    out["summary"]["findings_by_severity"] = {
        s.value: sum(1 for f in findings if f["severity"] == s.value) for s in SEVERITY_ORDER
    }
    out["summary"]["suppressed_findings"] = 0
    return out
