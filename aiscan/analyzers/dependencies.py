"""Dependencies (p18.2, p20): known vulnerabilities of the component versions the AIS ships,
matched offline against an imported OSV advisory database, optionally confirmed online by
pip-audit. Fails closed: no advisory data, or data older than the policy allows in a release
scan, is an error run (p20 NOT_ASSESSED, exit 3) whose reason says how to import one."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime

from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig, advisory_db_from_env
from aiscan.deps import osvdb
from aiscan.deps.audit import (
    ANALYZER,
    AuditResult,
    age_days,
    audit,
    discover,
    load_manifests,
    merge_pip_audit,
    root_reader,
)
from aiscan.deps.ecosystems import PYPI
from aiscan.deps.model import Manifest
from aiscan.errors import ToolError
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Finding, Gap, RunStatus
from aiscan.tooling import find_tool, tool_version


class DependencyAnalyzer:
    name = ANALYZER
    tool = "aiscan-osv"

    def __init__(self, now: datetime | None = None) -> None:
        self._now = now

    def rule_ids(self) -> frozenset[str]:
        return frozenset()  # rule IDs are advisory IDs, as many as the database holds

    def version(self, config: ScanConfig) -> str | None:
        db = osvdb.database_path(config.advisories.database or advisory_db_from_env())
        return f"offline OSV index ({db})" if db.is_file() else "offline OSV index (none imported)"

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        started = time.monotonic()
        now = self._now or datetime.now(UTC)
        settings = ctx.config.advisories
        paths = discover(ctx.inventory)
        if not paths:
            return AnalyzerOutcome(
                AnalyzerRun(
                    self.name, RunStatus.OK, self.tool, None, "no dependency manifest or lockfile found"
                )
            )
        manifests, gaps = load_manifests(paths, root_reader(ctx.root))
        try:
            index, notes = osvdb.open_index(settings)
        except osvdb.AdvisoryDbError as exc:
            return self._error(f"{exc.message}; {osvdb.IMPORT_HINT}", started, len(paths))
        if index is None:
            where = osvdb.database_path(settings.database)
            return self._error(
                f"no advisory database (looked for {where}): {osvdb.IMPORT_HINT}", started, len(paths)
            )
        try:
            result = audit(manifests, index, now=now, accept_unaudited=settings.accept_unaudited_ecosystems)
            used = set(result.ecosystems)
            freshness, stale = _freshness(index.status(now), used, now, settings.max_age_days)
            status_note = f"advisories: {freshness}" if freshness else "advisories: none for these ecosystems"
            if stale and ctx.config.scan_kind == "release":
                reason = (
                    f"advisory data too old for a release scan: {'; '.join(stale)} "
                    f"(limit {settings.max_age_days} days); re-import fresh exports with "
                    "`aiscan db import <ECOSYSTEM>-all.zip ...`"
                )
                return self._error(reason, started, len(paths))
            warnings = (
                [f"warning: advisory data older than {settings.max_age_days} days: {'; '.join(stale)}"]
                if stale
                else []
            )
            findings: list[Finding] = list(result.findings)
            tool_version_text: str | None = None
            if settings.online:
                findings, online_gaps, tool_version_text = self._online(ctx, manifests, result, index)
                gaps += online_gaps
        finally:
            index.close()
        gaps += result.gaps
        direct = sum(1 for m in manifests for d in m.dependencies if d.direct)
        vulnerable = len({(f.location.path, f.location.snippet) for f in findings})
        summary = (
            f"{result.components} components ({direct} direct) in {len(manifests)} manifest(s), "
            f"{result.audited} audited, {vulnerable} vulnerable; {status_note}"
        )
        reason = "; ".join([summary, *warnings, *notes, *result.notes])
        status = RunStatus.PARTIAL if gaps else RunStatus.OK
        run = AnalyzerRun(
            self.name,
            status,
            self.tool,
            tool_version_text,
            reason,
            time.monotonic() - started,
            len(manifests),
            tuple(_dedupe(gaps)),
        )
        return AnalyzerOutcome(run, tuple(findings))

    def _error(self, reason: str, started: float, files: int) -> AnalyzerOutcome:
        return AnalyzerOutcome(
            AnalyzerRun(
                self.name, RunStatus.ERROR, self.tool, None, reason, time.monotonic() - started, files
            )
        )

    def _online(
        self, ctx: ScanContext, manifests: list[Manifest], result: AuditResult, index: osvdb.AdvisoryIndex
    ) -> tuple[list[Finding], list[Gap], str | None]:
        from aiscan.deps.pipaudit import pinned_requirements, run_pip_audit

        pins = pinned_requirements(d for m in manifests for d in m.dependencies)
        python_manifests = [m.path for m in manifests if any(d.ecosystem == PYPI for d in m.dependencies)]
        where = python_manifests[0] if python_manifests else "pip-audit"
        if not pins:
            return list(result.findings), [], None
        try:
            exe = find_tool("pip-audit", ctx.config.tool_paths.get("pip-audit"))
        except ToolError as exc:
            return list(result.findings), [Gap(where, f"online check requested but {exc.message}")], None
        version = tool_version(exe).removeprefix("pip-audit ").strip()
        try:
            online, _ = run_pip_audit(exe, pins, timeout_s=ctx.config.analyzer_timeout_s)
        except ToolError as exc:
            return (
                list(result.findings),
                [Gap(where, f"online check with pip-audit failed: {exc.message}")],
                version,
            )
        findings, gaps = merge_pip_audit(result.findings, online, manifests, index)
        return findings, gaps, version


def _freshness(
    statuses: Iterable[osvdb.EcosystemStatus], used: set[str], now: datetime, max_age: int
) -> tuple[str, list[str]]:
    parts = []
    stale = []
    for s in statuses:
        if s.ecosystem not in used:
            continue
        age = age_days(s, now)
        when = f"full export of {s.freshness[:10]}" if s.freshness else "no full export imported"
        parts.append(
            f"{s.ecosystem} {s.records} records, {when}" + (f" ({age} days old)" if age is not None else "")
        )
        if age is None or age > max_age:
            stale.append(f"{s.ecosystem} {when}" + (f", {age} days old" if age is not None else ""))
    return "; ".join(parts), stale


def _dedupe(gaps: list[Gap]) -> list[Gap]:
    return list(dict.fromkeys(gaps))
