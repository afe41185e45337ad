"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, Azure DevOps, IDEs).

One run, driver `aiscan`, one rule per rule ID that produced a finding (help text with the
remediation and the chapter-3 requirements, CWE tags, a security-severity score). Each result
carries aiscan's line-independent fingerprint in `partialFingerprints`, so dashboards keep one
alert across unrelated edits. Waived and inline-suppressed findings carry `suppressions`; in a
merge or pre-commit scan with a baseline, `baselineState` tells new findings from known ones.
Notes (exclusions, waivers, baseline, scope) go to the invocation's configuration notifications,
analyzer failures and coverage gaps to its execution notifications.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult, Severity
from aiscan.report.ci_common import SECURITY_SEVERITY, cwe_number, level, requirement_titles, verdict_line
from aiscan.report.model import report_dict

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "aiscanFingerprint/v1"
SRCROOT = "%SRCROOT%"

_LEVEL_ORDER = {"none": 0, "note": 1, "warning": 2, "error": 3}
_PRECISION = {"high": "high", "medium": "medium", "low": "low"}


def render_sarif(result: ScanResult, catalogue: Catalogue) -> str:
    return json.dumps(sarif_dict(report_dict(result, catalogue)), indent=2, ensure_ascii=False) + "\n"


def sarif_dict(report: Mapping[str, Any]) -> dict[str, Any]:
    fail_on = report["scan"]["fail_on"]
    findings = report["findings"]
    rules = _rules(findings, report, fail_on)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    baseline = report["scan"].get("baseline") or {}
    with_baseline_state = bool(baseline.get("applied"))
    results = [_result(f, index, fail_on, with_baseline_state) for f in findings]
    v = report["verdict"]
    invocation: dict[str, Any] = {
        "executionSuccessful": v["decision"] != "incomplete",
        "exitCode": v["exit_code"],
        "toolExecutionNotifications": _execution_notifications(report),
        "toolConfigurationNotifications": [
            {"level": "note", "message": {"text": note}} for note in report["scan"]["notes"]
        ]
        + [
            {"level": "note", "message": {"text": f"excluded: {glob}"}}
            for glob in report["scan"]["exclusions"]
        ],
    }
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "aiscan",
                "version": report["tool"]["version"],
                "semanticVersion": report["tool"]["version"],
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"aiscan/{report['scan']['kind']}/"},
        "invocations": [invocation],
        "results": results,
        "properties": {
            "verdict": verdict_line(report),
            "reasons": list(v["reasons"]),
            "scope": report["scan"]["scope"],
            "exclusions": list(report["scan"]["exclusions"]),
            "baseline": report["scan"].get("baseline"),
            "waivers": report.get("waivers", []),
            "requirements": [
                {"id": r["id"], "status": r["status"], "reason": r["reason"]} for r in report["requirements"]
            ],
        },
    }
    if report["target"].get("commit"):
        run["properties"]["commit"] = report["target"]["commit"]
    if report.get("release"):
        # One run for the AIS: each result names its component; the release names their versions.
        run["properties"]["release"] = report["release"]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rules(
    findings: list[Mapping[str, Any]], report: Mapping[str, Any], fail_on: str
) -> list[dict[str, Any]]:
    titles = requirement_titles(report)
    by_rule: dict[str, list[Mapping[str, Any]]] = {}
    for f in findings:
        by_rule.setdefault(f["rule_id"], []).append(f)
    rules = []
    for rule_id in sorted(by_rule):
        group = by_rule[rule_id]
        first = group[0]
        worst = max((Severity(f["severity"]) for f in group), key=lambda s: (s.rank, s is Severity.CRITICAL))
        cwes = sorted({c for f in group for c in f["cwe"]})
        reqs = sorted({r for f in group for r in f["requirements"]}, key=_req_key)
        levels = [level(f["severity"], fail_on) for f in group]
        tags = ["security", *(f"external/cwe/cwe-{n}" for c in cwes if (n := cwe_number(c)))]
        tags += [f"aiscan/requirement/{r}" for r in reqs]
        help_lines = [first["title"]]
        if first["remediation"]:
            help_lines += ["", f"Remediation: {first['remediation']}"]
        if reqs:
            help_lines += ["", "Chapter 3 requirements:"] + [f"- {r}: {titles.get(r, '')}" for r in reqs]
        if cwes:
            help_lines += ["", f"Weaknesses: {', '.join(cwes)}"]
        markdown = "\n".join(_markdown_line(line) for line in help_lines)
        rules.append(
            {
                "id": rule_id,
                "name": rule_id,
                "shortDescription": {"text": first["title"]},
                "fullDescription": {
                    "text": first["title"] if not first["remediation"] else first["remediation"]
                },
                "help": {"text": "\n".join(help_lines), "markdown": markdown},
                "defaultConfiguration": {"level": max(levels, key=_LEVEL_ORDER.__getitem__)},
                "properties": {
                    "tags": tags,
                    "precision": _PRECISION.get(first["confidence"], "medium"),
                    "security-severity": SECURITY_SEVERITY[worst.value],
                    "analyzer": first["analyzer"],
                    "requirements": reqs,
                    "cwe": cwes,
                },
            }
        )
    return rules


def _markdown_line(line: str) -> str:
    return line.replace("<", "&lt;").replace(">", "&gt;")


def _req_key(rid: str) -> tuple[int, ...]:
    return tuple(int(p) for p in rid.lstrip("p").split(".") if p.isdigit())


def _result(
    f: Mapping[str, Any], index: Mapping[str, int], fail_on: str, baseline_state: bool
) -> dict[str, Any]:
    loc = f["location"]
    path = str(loc["path"])
    artifact: dict[str, Any]
    if path.startswith(("http://", "https://")):
        artifact = {"uri": path}
    else:
        artifact = {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if loc.get("start_line"):
        region: dict[str, Any] = {"startLine": loc["start_line"]}
        if loc.get("end_line") and loc["end_line"] >= loc["start_line"]:
            region["endLine"] = loc["end_line"]
        if loc.get("start_col"):
            region["startColumn"] = loc["start_col"]
        if loc.get("snippet"):
            region["snippet"] = {"text": loc["snippet"]}
        physical["region"] = region
    out: dict[str, Any] = {
        "ruleId": f["rule_id"],
        "ruleIndex": index[f["rule_id"]],
        "level": level(f["severity"], fail_on),
        "message": {"text": f["message"] or f["title"]},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: f["fingerprint"]},
        "properties": {
            "severity": f["severity"],
            "confidence": f["confidence"],
            "analyzer": f["analyzer"],
            "role": f["role"],
            "requirements": list(f["requirements"]),
            "cwe": list(f["cwe"]),
        },
    }
    if f.get("component"):
        out["properties"]["component"] = f["component"]
    sup = f.get("suppression")
    if sup is not None and sup["kind"] != "baseline":
        justification = f"{sup['kind']}: {sup['reason']} ({sup['source']}"
        if sup.get("approved_by"):
            justification += f", approved by {sup['approved_by']}"
        if sup.get("expires"):
            justification += f", expires {sup['expires']}"
        out["suppressions"] = [
            {
                "kind": "inSource" if sup["kind"] == "inline" else "external",
                "status": "accepted",
                "justification": justification + ")",
            }
        ]
    if baseline_state:
        known = sup is not None and sup["kind"] == "baseline"
        out["baselineState"] = "unchanged" if known else "new"
    return out


def _execution_notifications(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for run in report["analyzer_runs"]:
        if run["status"] == "error":
            out.append(
                {
                    "level": "error",
                    "message": {"text": f"{run['analyzer']} did not run: {run['reason'] or 'error'}"},
                    "descriptor": {"id": run["analyzer"]},
                }
            )
        for gap in run["gaps"]:
            note: dict[str, Any] = {
                # what leaves the run complete (a file analysed when retried) is only a note
                "level": "warning" if gap.get("blocking", True) else "note",
                "message": {"text": f"{run['analyzer']}: {gap['path']}: {gap['reason']}"},
                "descriptor": {"id": run["analyzer"]},
            }
            if gap["path"] and gap["path"] != ".":
                note["locations"] = [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": quote(gap["path"], safe="/"), "uriBaseId": SRCROOT}
                        }
                    }
                ]
            out.append(note)
    for skipped in report["skipped_files"]:
        out.append({"level": "note", "message": {"text": f"skipped {skipped['path']}: {skipped['reason']}"}})
    return out
