"""GitLab security reports: SAST (`artifacts:reports:sast`) and dependency scanning
(`artifacts:reports:dependency_scanning`), schema version 15.1.4.

The fields written are a documented subset of GitLab's published schemas (docs/ci.md lists them;
tests/schemas/gitlab-report-subset.schema.json checks them). A finding that names a package
(properties `package` and `version`) goes to the dependency-scanning report, every other one to
the SAST report. Findings a waiver or an inline comment covers are left out (GitLab would show
them as open vulnerabilities); baseline findings stay in (they are real, only known). Each
vulnerability's `id` is a UUID derived from aiscan's fingerprint, and its tracking signature is
the fingerprint itself, so GitLab keeps one vulnerability across unrelated edits.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.ci_common import cwe_number
from aiscan.report.model import report_dict

SCHEMA_VERSION = "15.1.4"
_SCHEMA_BASE = (
    "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v{v}/dist/{name}"
)
_NAMESPACE = uuid.UUID("3e1b61f4-5a0c-4c52-9d43-8f1d2f0a6b7e")  # aiscan's namespace for vulnerability IDs
_SEVERITY = {
    "critical": "Critical",
    "high": "High",
    "medium": "Medium",
    "low": "Low",
    "info": "Info",
    "unknown": "Unknown",
}
_ADVISORY_TYPES = (
    (re.compile(r"^CVE-\d{4}-\d+$"), "cve"),
    (re.compile(r"^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$"), "ghsa"),
    (re.compile(r"^PYSEC-\d{4}-\d+$"), "pysec"),
)
_TIME = "%Y-%m-%dT%H:%M:%S"


def render_gitlab_sast(result: ScanResult, catalogue: Catalogue) -> str:
    return _dump(gitlab_report(report_dict(result, catalogue), "sast"))


def render_gitlab_dependency_scanning(result: ScanResult, catalogue: Catalogue) -> str:
    return _dump(gitlab_report(report_dict(result, catalogue), "dependency_scanning"))


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def is_dependency_finding(f: Mapping[str, Any]) -> bool:
    props = f.get("properties") or {}
    return bool(props.get("package")) and bool(props.get("version") or props.get("installed_version"))


def gitlab_report(report: Mapping[str, Any], report_type: str) -> dict[str, Any]:
    wanted: Callable[[Mapping[str, Any]], bool] = (
        is_dependency_finding
        if report_type == "dependency_scanning"
        else lambda f: not is_dependency_finding(f)
    )
    shown = [
        f
        for f in report["findings"]
        if wanted(f) and (f["suppression"] is None or f["suppression"]["kind"] == "baseline")
    ]
    vulnerabilities = [
        _dependency_vulnerability(f) if report_type == "dependency_scanning" else _sast_vulnerability(f)
        for f in shown
    ]
    name = "sast-report-format.json" if report_type == "sast" else "dependency-scanning-report-format.json"
    return {
        "schema": _SCHEMA_BASE.format(v=SCHEMA_VERSION, name=name),
        "version": SCHEMA_VERSION,
        "scan": _scan(report, report_type),
        "vulnerabilities": vulnerabilities,
    }


def _scan(report: Mapping[str, Any], report_type: str) -> dict[str, Any]:
    version = report["tool"]["version"]
    tool = {"id": "aiscan", "name": "aiscan", "version": version, "vendor": {"name": "aiscan"}}
    analyzers = sorted({r["analyzer"] for r in report["analyzer_runs"]})
    scanner = {
        "id": "aiscan",
        "name": f"aiscan ({', '.join(analyzers)})" if analyzers else "aiscan",
        "version": version,
        "vendor": {"name": "aiscan"},
    }
    start, end = _times(report["scan"]["started_at"], float(report["scan"]["duration_s"]))
    messages = [{"level": "info", "value": f"verdict: {_verdict(report)}"}]
    messages += [{"level": "info", "value": f"excluded: {g}"} for g in report["scan"]["exclusions"]]
    messages += [{"level": "info", "value": n} for n in report["scan"]["notes"]]
    for w in report.get("waivers", []):
        state = "expired on" if w["status"] == "expired" else "in force until"
        messages.append(
            {
                "level": "warn" if w["status"] == "expired" else "info",
                "value": f"waiver {w['id']} ({w['kind']}, {state} {w['expires']}, approved by "
                f"{w['approved_by']}): {w['reason']}",
            }
        )
    for run in report["analyzer_runs"]:
        if run["status"] == "error":
            messages.append(
                {"level": "warn", "value": f"{run['analyzer']} did not run: {run['reason'] or 'error'}"}
            )
        elif run["status"] == "partial":
            messages.append(
                {"level": "warn", "value": f"{run['analyzer']}: partial coverage: {run['reason']}"}
            )
    return {
        "analyzer": tool,
        "scanner": scanner,
        "type": report_type,
        "start_time": start,
        "end_time": end,
        "status": "failure" if report["verdict"]["decision"] == "incomplete" else "success",
        "messages": messages,
    }


def _verdict(report: Mapping[str, Any]) -> str:
    v = report["verdict"]
    return f"{v['decision']} (exit {v['exit_code']})"


def _times(started_at: str, duration_s: float) -> tuple[str, str]:
    try:
        start = datetime.fromisoformat(started_at)
    except ValueError:
        start = datetime(1970, 1, 1)
    if start.tzinfo is not None:
        start = start.astimezone(UTC).replace(tzinfo=None)
    end = start + timedelta(seconds=round(duration_s))
    return start.strftime(_TIME), end.strftime(_TIME)


def _vulnerability_id(f: Mapping[str, Any]) -> str:
    return str(uuid.uuid5(_NAMESPACE, f["fingerprint"] or f"{f['rule_id']}|{f['location']['path']}"))


def _identifiers(f: Mapping[str, Any]) -> list[dict[str, Any]]:
    rule = f["rule_id"]
    primary: dict[str, Any] = {"type": "aiscan_rule", "name": f"aiscan {rule}", "value": rule}
    for pattern, kind in _ADVISORY_TYPES:
        if pattern.match(rule):
            primary = {"type": kind, "name": rule, "value": rule}
            break
    out = [primary]
    for alias in sorted((f.get("properties") or {}).get("aliases") or ()):
        for pattern, kind in _ADVISORY_TYPES:
            if isinstance(alias, str) and pattern.match(alias) and alias != rule:
                out.append({"type": kind, "name": alias, "value": alias})
    for cwe in f["cwe"]:
        n = cwe_number(cwe)
        if n:
            out.append(
                {
                    "type": "cwe",
                    "name": f"CWE-{n}",
                    "value": n,
                    "url": f"https://cwe.mitre.org/data/definitions/{n}.html",
                }
            )
    out += [{"type": "aiscan_requirement", "name": f"Chapter 3 {r}", "value": r} for r in f["requirements"]]
    return out


def _common(f: Mapping[str, Any]) -> dict[str, Any]:
    description = f["message"] or f["title"]
    if f["requirements"]:
        description += f"\n\nChapter 3 requirements: {', '.join(f['requirements'])}."
    out: dict[str, Any] = {
        "id": _vulnerability_id(f),
        "name": f["title"][:255],
        "description": description[:1048576],
        "severity": _SEVERITY[f["severity"]],
        "identifiers": _identifiers(f),
    }
    if f["remediation"]:
        out["solution"] = f["remediation"][:7000]
    return out


def _sast_vulnerability(f: Mapping[str, Any]) -> dict[str, Any]:
    loc = f["location"]
    location: dict[str, Any] = {"file": loc["path"]}
    if loc.get("start_line"):
        location["start_line"] = loc["start_line"]
        location["end_line"] = max(loc.get("end_line") or loc["start_line"], loc["start_line"])
    out = _common(f)
    out["location"] = location
    item: dict[str, Any] = {
        "file": loc["path"],
        "signatures": [{"algorithm": "hash", "value": f["fingerprint"]}],
    }
    if loc.get("start_line"):
        item["start_line"] = location["start_line"]
        item["end_line"] = location["end_line"]
    out["tracking"] = {"type": "source", "items": [item]}
    return out


def _dependency_vulnerability(f: Mapping[str, Any]) -> dict[str, Any]:
    props = f.get("properties") or {}
    version = str(props.get("version") or props.get("installed_version"))
    out = _common(f)
    dependency: dict[str, Any] = {"package": {"name": str(props["package"])}, "version": version}
    if isinstance(props.get("direct"), bool):
        dependency["direct"] = props["direct"]
    out["location"] = {"file": f["location"]["path"], "dependency": dependency}
    fixed = props.get("fixed_versions") or props.get("fixed_version")
    if fixed and "solution" not in out:
        fixed_text = ", ".join(fixed) if isinstance(fixed, list | tuple) else str(fixed)
        out["solution"] = f"Upgrade {props['package']} to {fixed_text}."
    return out
