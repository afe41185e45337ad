"""Bandit for Python, its checks mapped onto chapter 3 by rulesets/bandit.yaml."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from aiscan.analyzers.base import ScanContext, read_snippet
from aiscan.config import ScanConfig
from aiscan.errors import CatalogueError, ToolError
from aiscan.models import (
    AnalyzerOutcome,
    AnalyzerRun,
    Confidence,
    Finding,
    Gap,
    Location,
    RunStatus,
    Severity,
)
from aiscan.resources import rulesets_dir
from aiscan.tooling import find_tool, run_tool, tool_version

_LEVELS = {"HIGH": Severity.HIGH, "MEDIUM": Severity.MEDIUM, "LOW": Severity.LOW, "UNDEFINED": Severity.INFO}
_CONFIDENCE = {"HIGH": Confidence.HIGH, "MEDIUM": Confidence.MEDIUM, "LOW": Confidence.LOW}
FALLBACK_REQUIREMENTS = ("p19.7",)


@dataclass(frozen=True)
class BanditCheck:
    requirements: tuple[str, ...]
    remediation: str
    severity: Severity | None = None


@cache
def load_mapping(path: Path | None = None) -> Mapping[str, BanditCheck]:
    path = path or rulesets_dir() / "bandit.yaml"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{path}: cannot load the bandit mapping: {exc}") from exc
    out = {}
    for test_id, spec in (doc.get("checks") or {}).items():
        sev = Severity.parse(spec["severity"]) if spec.get("severity") else None
        out[str(test_id)] = BanditCheck(
            tuple(spec.get("requirements") or ()), str(spec.get("remediation", "")), sev
        )
    return out


def parse_bandit(
    data: Mapping[str, Any],
    mapping: Mapping[str, BanditCheck],
    snippet: Callable[[str, int | None, int | None], str],
) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    """Turn bandit's JSON into findings and gaps (files bandit could not parse). Pure."""
    findings = []
    for res in data.get("results") or ():
        test_id = str(res.get("test_id", ""))
        check = mapping.get(test_id)
        path = _rel(str(res.get("filename", "")))
        line_range = res.get("line_range") or [res.get("line_number")]
        start = res.get("line_number")
        end = max(line_range) if line_range and all(isinstance(n, int) for n in line_range) else start
        cwe = res.get("issue_cwe") or {}
        issue_text = str(res.get("issue_text", "")).strip()
        test_name = str(res.get("test_name", test_id))
        # Bandit names all its import/call deny-list checks "blacklist"; their text says more.
        title = (
            issue_text.split(". ")[0].rstrip(".") if test_name == "blacklist" else test_name.replace("_", " ")
        )
        findings.append(
            Finding(
                rule_id=test_id,
                analyzer="bandit",
                title=title,
                message=issue_text,
                severity=(
                    check.severity
                    if check and check.severity
                    else _LEVELS.get(str(res.get("issue_severity")), Severity.MEDIUM)
                ),
                confidence=_CONFIDENCE.get(str(res.get("issue_confidence")), Confidence.MEDIUM),
                location=Location(path, start, end, res.get("col_offset"), snippet(path, start, end)),
                cwe=(f"CWE-{cwe['id']}",) if cwe.get("id") else (),
                requirements=check.requirements if check else FALLBACK_REQUIREMENTS,
                remediation=check.remediation if check else "",
                properties={"more_info": str(res.get("more_info", ""))},
            )
        )
    gaps = tuple(
        Gap(_rel(str(e.get("filename", ""))), str(e.get("reason", "error"))) for e in data.get("errors") or ()
    )
    return tuple(findings), gaps


def _rel(path: str) -> str:
    return path.removeprefix("./")


def _version(exe: str) -> str:
    return tool_version(exe).removeprefix("bandit ").strip()


class BanditAnalyzer:
    name = "bandit"
    tool = "bandit"

    def rule_ids(self) -> frozenset[str]:
        return frozenset(load_mapping())

    def version(self, config: ScanConfig) -> str | None:
        try:
            exe = find_tool("bandit", config.tool_paths.get("bandit"))
        except ToolError:
            return None
        return _version(exe)

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        targets = list(ctx.inventory.paths("python"))
        try:
            exe = find_tool("bandit", ctx.config.tool_paths.get("bandit"))
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, None, exc.message))
        version = _version(exe)
        if not targets:
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.OK, self.tool, version, "no Python files")
            )
        argv = [exe, "--format", "json", "--quiet", "--", *targets]
        try:
            result = run_tool(argv, timeout_s=ctx.config.analyzer_timeout_s, cwd=ctx.root)
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, exc.message))
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError:
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            reason = f"exit code {result.returncode}, unreadable output: {tail[:200]}"
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, result.duration_s)
            )
        if result.returncode not in (0, 1):
            reason = f"exit code {result.returncode}"
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, result.duration_s)
            )
        findings, gaps = parse_bandit(data, load_mapping(), lambda p, s, e: read_snippet(ctx.root, p, s, e))
        status = RunStatus.PARTIAL if gaps else RunStatus.OK
        run = AnalyzerRun(
            self.name, status, self.tool, version, "", result.duration_s, len(targets) - len(gaps), gaps
        )
        return AnalyzerOutcome(run, findings)
