"""The audit report's view: the JSON report view model (aiscan.report.model.report_dict),
arranged in the order an auditor reads it. Pure; no I/O, no language (templates translate).

Long lists are bounded where they are read first (per rule, the first locations) and given in
full in the appendix, so 5,000 findings stay readable and render in linear time.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from packaging.version import InvalidVersion, Version

from aiscan.deps.audit import ANALYZER as DEPENDENCIES
from aiscan.models import SEVERITY_ORDER, Status

# Per rule in the findings chapter: this many locations, the rest in the appendix.
FIRST_LOCATIONS = 3
# A group of findings of one requirement and severity lists each of its findings in full
# (snippet, remediation) while it is this small; larger groups are summarised per rule.
DETAILED_GROUP = 6
# The appendix lists locations as monospaced text wrapped here, at this many characters a line:
# laid out as preformatted text it costs the PDF renderer no line-breaking search.
APPENDIX_WIDTH = 104
SEVERITIES = tuple(s.value for s in SEVERITY_ORDER)
STATUSES = tuple(s.value for s in Status)
CHECKLIST_ROOT = re.compile(r"^p(\d+)$")
_ADVISORIES = "advisories: "
# A verdict reason naming one requirement's status: the checklist shows it, with its evidence.
REQUIREMENT_REASON = re.compile(r"^p\d+(\.\d+)* (FAIL|NOT_ASSESSED): ")


def audit_view(report: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the audit templates show, computed once."""
    findings = list(report["findings"])
    by_fp = {f["fingerprint"]: f for f in findings}
    active = [f for f in findings if f["suppression"] is None]
    return {
        "report": report,
        "release": release(report),
        "reasons": [r for r in report["verdict"]["reasons"] if not REQUIREMENT_REASON.match(r)],
        "components": _components(report),
        "runs": list(report["analyzer_runs"]),
        "advisory_age": advisory_age(report["analyzer_runs"]),
        "checklist": checklist(report["requirements"]),
        "requirements": [_requirement(r, by_fp) for r in report["requirements"]],
        "severity_counts": [(s, report["summary"]["findings_by_severity"].get(s, 0)) for s in SEVERITIES],
        "status_counts": [(s, report["summary"]["requirements_by_status"].get(s, 0)) for s in STATUSES],
        "groups": (groups := finding_groups(active)),
        "grouped": {g["requirement"] for g in groups},
        "unmapped": [f for f in active if not f["requirements"]],
        "suppressed": [f for f in findings if f["suppression"] is not None],
        "appendix": appendix(active),
        "open_total": len(active),
        "dependencies": dependency_summary(report),
        "waivers": _waivers(report.get("waivers", [])),
        "attestations": [
            {"requirement": r["id"], **r["attestation"]} for r in report["requirements"] if r["attestation"]
        ],
        "archive": report.get("archive"),
        "first_locations": FIRST_LOCATIONS,
    }


def release(report: Mapping[str, Any]) -> dict[str, Any] | None:
    """The release block (aiscan.models.ReleaseIdentity) with every field the templates read."""
    block = report.get("release")
    if not block:
        return None
    return {
        "ais": block.get("ais") or "",
        "organisation": block.get("organisation") or "",
        "release_id": block.get("release_id") or block.get("id") or "",
    }


_COMPONENT_FIELDS = ("id", "kinds", "path", "repository", "subdir", "ref", "commit", "dirty", "version")


def _components(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    block = report.get("release")
    if block and block.get("components"):
        return [
            {k: c.get(k) for k in _COMPONENT_FIELDS} | {"kinds": c.get("kinds") or []}
            for c in block["components"]
        ]
    target = report["target"]
    return [
        {
            "id": c,
            "kinds": [c],
            "path": target["path"],
            "repository": None,
            "subdir": None,
            "ref": None,
            "commit": target["commit"],
            "dirty": None,
            "version": None,
        }
        for c in target["components"]
    ]


def advisory_age(runs: Iterable[Mapping[str, Any]]) -> str | None:
    """What the dependency analyzer said of its advisory data's age ("PyPI 3 days old ..")."""
    for run in runs:
        if run["analyzer"] == DEPENDENCIES and run.get("reason"):
            _, found, rest = run["reason"].partition(_ADVISORIES)
            if found:
                parts: list[str] = []
                for part in rest.split("; "):
                    if parts and not re.search(r"\b(days? old|records?)\b", part):
                        break
                    parts.append(part.strip())
                return "; ".join(parts)
    return None


def checklist(requirements: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """p14..p37 as rows of the grid: each top-level point with its sub-points."""
    rows: list[dict[str, Any]] = []
    for r in requirements:
        if CHECKLIST_ROOT.match(r["id"]):
            rows.append({"id": r["id"], "status": r["status"], "points": []})
        elif rows and r["id"].startswith(rows[-1]["id"] + "."):
            rows[-1]["points"].append({"id": r["id"], "status": r["status"]})
        else:
            rows.append({"id": r["id"], "status": r["status"], "points": []})
    return rows


def _requirement(r: Mapping[str, Any], by_fp: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    mapped = [by_fp[fp] for fp in r["findings"] if fp in by_fp]
    counts = Counter(f["severity"] for f in mapped)
    return {
        **r,
        "depth": r["id"].count("."),
        "finding_counts": [(s, counts[s]) for s in SEVERITIES if counts[s]],
        "finding_total": len(mapped),
    }


def _finding_order(f: Mapping[str, Any]) -> tuple[int, str, int, str]:
    loc = f["location"]
    return (SEVERITIES.index(f["severity"]), loc["path"], loc["start_line"] or 0, f["rule_id"])


def finding_groups(active: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Findings by requirement, then severity (most serious first); a large group summarised per
    rule with its first locations. A finding is shown once, under its first requirement (each
    finding names all of its requirements); vulnerable components are counted here and listed in
    the dependencies chapter."""
    grouped: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for f in active:
        if f["requirements"]:
            grouped[(f["requirements"][0], f["severity"])].append(f)
    out = []
    for (req, sev), members in sorted(grouped.items(), key=lambda kv: (_req_key(kv[0][0]), _sev(kv[0][1]))):
        members.sort(key=_finding_order)
        dependencies = [f for f in members if f["analyzer"] == DEPENDENCIES]
        own = [f for f in members if f["analyzer"] != DEPENDENCIES]
        detailed = len(own) <= DETAILED_GROUP
        out.append(
            {
                "requirement": req,
                "severity": sev,
                "count": len(members),
                "dependencies": len(dependencies),
                "detailed": detailed,
                "findings": own if detailed else [],
                "rules": [] if detailed else _per_rule(own),
            }
        )
    return out


def appendix(active: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every open finding, per severity and rule: the rule once, then each file with its lines."""
    rules: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for f in active:
        rules[(f["severity"], f["rule_id"])].append(f)
    out = []
    for (sev, rule), fs in sorted(rules.items(), key=lambda kv: (_sev(kv[0][0]), kv[0][1])):
        files: dict[str, list[str]] = defaultdict(list)
        for f in sorted(fs, key=_finding_order):
            line = f["location"]["start_line"]
            files[f["location"]["path"]].append(str(line) if line else "")
        entries = [f"{path}:{','.join(x for x in lines if x)}".rstrip(":") for path, lines in files.items()]
        text = "\n".join(
            "\n".join(textwrap.wrap(e, APPENDIX_WIDTH, subsequent_indent="    ", break_on_hyphens=False))
            for e in entries
        )
        out.append(
            {
                "severity": sev,
                "rule_id": rule,
                "title": fs[0]["title"],
                "requirements": fs[0]["requirements"],
                "cwe": fs[0]["cwe"],
                "count": len(fs),
                "locations": text,
            }
        )
    return out


def _per_rule(members: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rules: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for f in members:
        rules[f["rule_id"]].append(f)
    return [
        {
            "rule_id": rule,
            "title": fs[0]["title"],
            "cwe": fs[0]["cwe"],
            "requirements": fs[0]["requirements"],
            "remediation": fs[0]["remediation"],
            "count": len(fs),
            "first": fs[:FIRST_LOCATIONS],
            "more": max(0, len(fs) - FIRST_LOCATIONS),
        }
        for rule, fs in sorted(rules.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]


def _req_key(req: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in req.lstrip("p").split("."))


def _sev(sev: str) -> int:
    return SEVERITIES.index(sev) if sev in SEVERITIES else len(SEVERITIES)


def dependency_summary(report: Mapping[str, Any]) -> dict[str, Any]:
    """What the dependency analyzer read and the vulnerable components with their fixed versions."""
    run = next((r for r in report["analyzer_runs"] if r["analyzer"] == DEPENDENCIES), None)
    vulnerable: dict[tuple[str, str, str], dict[str, Any]] = {}
    for f in report["findings"]:
        props = f["properties"]
        if f["analyzer"] != DEPENDENCIES or "package" not in props:
            continue
        key = (str(props.get("ecosystem", "")), str(props["package"]), str(props.get("version", "")))
        entry = vulnerable.setdefault(
            key,
            {
                "ecosystem": key[0],
                "package": key[1],
                "version": key[2],
                "severity": f["severity"],
                "advisories": [],
                "fixed": [],
                "paths": [],
            },
        )
        if _sev(f["severity"]) < _sev(entry["severity"]):
            entry["severity"] = f["severity"]
        for adv in [*props.get("advisory_ids", [])] or [f["rule_id"]]:
            if adv not in entry["advisories"]:
                entry["advisories"].append(adv)
        for fixed in props.get("fixed_versions", []):
            if fixed not in entry["fixed"]:
                entry["fixed"].append(fixed)
        if f["location"]["path"] not in entry["paths"]:
            entry["paths"].append(f["location"]["path"])
    for entry in vulnerable.values():
        entry["fixed"].sort(key=_version_key)
    return {
        "run": run,
        "vulnerable": sorted(vulnerable.values(), key=lambda e: (_sev(e["severity"]), e["package"])),
    }


def _version_key(text: str) -> tuple[int, Any]:
    try:
        return (0, Version(text))
    except InvalidVersion:
        return (1, text)


def _waivers(waivers: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    return {
        "in_force": [w for w in waivers if w["status"] != "expired"],
        "expired": [w for w in waivers if w["status"] == "expired"],
    }
