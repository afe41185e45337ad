"""The report view model: one plain, sorted, JSON-ready dictionary every format renders from.

Its shape is the JSON report (documented in docs/report-format.md, schema in
docs/report.schema.json). Bump SCHEMA_VERSION on any incompatible change.
"""

from __future__ import annotations

from typing import Any

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import (
    SEVERITY_ORDER,
    ComponentEvidence,
    Finding,
    ReleaseIdentity,
    ScanResult,
    Status,
    WaiverState,
)
from aiscan.sast.coverage import SAST_CLASSES, coverage_dict

SCHEMA_VERSION = "2.0"


def finding_dict(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "fingerprint": f.fingerprint,
        "rule_id": f.rule_id,
        "analyzer": f.analyzer,
        "title": f.title,
        "message": f.message,
        "severity": f.severity.value,
        "confidence": f.confidence.value,
        "cwe": list(f.cwe),
        "requirements": list(f.requirements),
        "location": {
            "path": loc.path,
            "start_line": loc.start_line,
            "end_line": loc.end_line,
            "start_col": loc.start_col,
            "snippet": loc.snippet,
        },
        "remediation": f.remediation,
        "role": f.role.value,
        "component": f.component,
        "properties": {k: f.properties[k] for k in sorted(f.properties)},
        "suppression": None
        if f.suppression is None
        else {
            "kind": f.suppression.kind,
            "reason": f.suppression.reason,
            "source": f.suppression.source,
            "approved_by": f.suppression.approved_by,
            "expires": f.suppression.expires.isoformat() if f.suppression.expires else None,
        },
    }


def release_dict(release: ReleaseIdentity | None) -> dict[str, Any] | None:
    """What was released: the AIS, its release id and each component's version."""
    if release is None:
        return None
    return {
        "id": release.release_id,
        "ais": release.ais,
        "organisation": release.organisation,
        "components": [
            {
                "id": c.id,
                "kinds": list(c.kinds),
                "path": c.path,
                "repository": c.repository,
                "subdir": c.subdir,
                "ref": c.ref,
                "commit": c.commit,
                "dirty": c.dirty,
                "version": c.version,
            }
            for c in release.components
        ],
    }


def evidence_dict(e: ComponentEvidence) -> dict[str, Any]:
    return {
        "component": e.component.value if e.component else None,
        "reason": e.reason,
        "files": list(e.files),
    }


def scope_dict(result: ScanResult) -> dict[str, Any]:
    scope = result.scope
    return {
        "mode": scope.mode,
        "diff_base": scope.diff_base,
        "paths": None if scope.paths is None else list(scope.paths),
        "release_decision_possible": not scope.limited,
    }


def suppressed_by_kind(findings: tuple[Finding, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        if f.suppression is not None:
            counts[f.suppression.kind] = counts.get(f.suppression.kind, 0) + 1
    return dict(sorted(counts.items()))


def waiver_dict(state: WaiverState) -> dict[str, Any]:
    w = state.waiver
    return {
        "id": w.id,
        "status": state.status,
        "kind": w.kind,
        "reason": w.reason,
        "approved_by": w.approved_by,
        "approved_on": w.approved_on.isoformat(),
        "expires": w.expires.isoformat(),
        "source": w.where,
        "selector": {"fingerprint": w.fingerprint, "rule_id": w.rule_id, "path": w.path},
        "suppressed": sorted(state.suppressed),
        "refused": sorted(state.refused),
        "matched": sorted(state.matched),
    }


def report_dict(result: ScanResult, catalogue: Catalogue) -> dict[str, Any]:
    """The view model; every string in it is valid Unicode (see `escape_undecodable`)."""
    report: dict[str, Any] = escape_undecodable(_report_dict(result, catalogue))
    return report


def escape_undecodable(value: Any) -> Any:
    """File names that are not valid UTF-8 are carried with surrogate escapes; every output shows
    their undecodable bytes as `\\xNN` instead of failing to encode them."""
    if isinstance(value, str):
        if value.isascii():
            return value
        try:
            raw = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate that is no escaped byte: shown as \udcNN
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    if isinstance(value, dict):
        return {escape_undecodable(k): escape_undecodable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [escape_undecodable(v) for v in value]
    return value


def _report_dict(result: ScanResult, catalogue: Catalogue) -> dict[str, Any]:
    active = [f for f in result.findings if f.active]
    counts = {s.value: sum(1 for f in active if f.severity is s) for s in SEVERITY_ORDER}
    statuses = {s.value: sum(1 for r in result.requirements if r.status is s) for s in Status}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "aiscan", "version": result.aiscan_version},
        "framework": dict(catalogue.framework),
        "target": {
            "path": result.target,
            "commit": result.commit,
            "components": [c.value for c in result.components],
            "component_evidence": [evidence_dict(e) for e in result.component_evidence],
            "languages": dict(sorted(result.languages.items())),
        },
        "release": release_dict(result.release),
        "scan": {
            "kind": result.scan_kind,
            "started_at": result.started_at,
            "duration_s": result.duration_s,
            "fail_on": result.fail_on.value,
            "notes": list(result.notes),
            "scope": scope_dict(result),
            "exclusions": list(result.excluded),
            "baseline": None
            if result.baseline is None
            else {
                "path": result.baseline.path,
                "applied": result.baseline.applied,
                "entries": result.baseline.entries,
                "matched": result.baseline.matched,
                "reason": result.baseline.reason,
            },
        },
        "verdict": {
            "decision": result.decision.verdict,
            "release_allowed": result.decision.allowed,
            "exit_code": result.decision.exit_code,
            "reasons": list(result.decision.reasons),
        },
        "summary": {
            "findings_by_severity": counts,
            "suppressed_findings": len(result.findings) - len(active),
            "suppressed_by_kind": suppressed_by_kind(result.findings),
            "requirements_by_status": statuses,
        },
        "requirements": [
            {
                "id": r.requirement_id,
                "title": catalogue.get(r.requirement_id).summary_en,
                "title_ru": catalogue.get(r.requirement_id).text_ru,
                "assessment": catalogue.get(r.requirement_id).assessment,
                "status": r.status.value,
                "reason": r.reason,
                "findings": list(r.findings),
                "observations": list(r.observations),
                "analyzers": list(r.analyzers),
                "components": list(r.components),
                "attestation": None
                if r.attestation is None
                else {
                    "by": r.attestation.by,
                    "date": r.attestation.on.isoformat(),
                    "evidence": r.attestation.evidence,
                    "valid_until": r.attestation.valid_until.isoformat(),
                },
            }
            for r in result.requirements
        ],
        "findings": [finding_dict(f) for f in result.findings],
        "waivers": [waiver_dict(w) for w in sorted(result.waivers, key=lambda w: w.waiver.id)],
        "analyzer_runs": [
            {
                "analyzer": run.analyzer,
                "status": run.status.value,
                "tool": run.tool,
                "tool_version": run.tool_version,
                "reason": run.reason,
                "duration_s": round(run.duration_s, 3),
                "files_scanned": run.files_scanned,
                "component": run.component,
                "gaps": [
                    {"path": g.path, "reason": g.reason, "rule_id": g.rule_id, "blocking": g.blocking}
                    for g in run.gaps
                ],
            }
            for run in result.runs
        ],
        "skipped_files": [{"path": s.path, "reason": s.reason} for s in result.skipped_files],
        "coverage": {
            "classes": list(SAST_CLASSES),
            "languages": [coverage_dict(c) for c in result.coverage],
            "excluded_dirs": list(result.excluded_dirs),
        },
    }
