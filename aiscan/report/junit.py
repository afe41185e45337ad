"""JUnit XML: the chapter-3 checklist as test cases, so a CI's test view shows it.

One test case per requirement: FAIL is a failure (with the findings that fail it), NOT_ASSESSED
an error (an analyzer it needs did not run completely), MANUAL and NOT_APPLICABLE are skipped,
PASS passes. The verdict, notes, exclusions and waivers are test-suite properties and system-out.
Written with xml.etree (aiscan writes XML; it never parses untrusted XML without defusedxml).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.ci_common import findings_by_fingerprint, location_text, verdict_line, xml_text
from aiscan.report.model import report_dict

MAX_LISTED = 50


def render_junit(result: ScanResult, catalogue: Catalogue) -> str:
    return junit_xml(report_dict(result, catalogue))


def junit_xml(report: Mapping[str, Any]) -> str:
    reqs = report["requirements"]
    by_fp = findings_by_fingerprint(report)
    counts = {"failures": 0, "errors": 0, "skipped": 0}
    kind = report["scan"]["kind"]
    suites = ET.Element("testsuites", name="aiscan")
    suite = ET.SubElement(suites, "testsuite", name=f"aiscan chapter 3 ({kind} scan)")
    props = ET.SubElement(suite, "properties")
    for name, value in _properties(report):
        ET.SubElement(props, "property", name=name, value=xml_text(value))
    scoped = report["scan"]["scope"]["mode"] != "full"
    for r in reqs:
        parent = r["id"].split(".")[0]
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"aiscan.chapter3.{parent}",
            name=xml_text(f"{r['id']} {r['title']}"),
            time="0",
        )
        status = r["status"]
        message = xml_text(f"{status}: {r['reason']}")
        if status == "FAIL":
            counts["failures"] += 1
            failure = ET.SubElement(case, "failure", message=message, type="FAIL")
            failure.text = xml_text(_finding_lines(r["findings"], by_fp))
        elif status == "NOT_ASSESSED":
            counts["errors"] += 1
            if scoped:
                message = xml_text(f"{message} (a scoped scan cannot assess it)")
            ET.SubElement(case, "error", message=message, type="NOT_ASSESSED")
        elif status in ("MANUAL", "NOT_APPLICABLE"):
            counts["skipped"] += 1
            ET.SubElement(case, "skipped", message=message)
        if r["observations"]:
            out = ET.SubElement(case, "system-out")
            out.text = xml_text("Below the threshold:\n" + _finding_lines(r["observations"], by_fp))
    out = ET.SubElement(suite, "system-out")
    out.text = xml_text(_summary(report))
    total = str(len(reqs))
    duration = f"{float(report['scan']['duration_s']):.3f}"
    for element in (suites, suite):
        element.set("tests", total)
        for key, n in counts.items():
            element.set(key, str(n))
        element.set("time", duration)
    ET.indent(suites, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _properties(report: Mapping[str, Any]) -> list[tuple[str, str]]:
    v = report["verdict"]
    props = [
        ("aiscan.version", report["tool"]["version"]),
        ("scan.kind", report["scan"]["kind"]),
        ("scan.scope", report["scan"]["scope"]["mode"]),
        ("fail_on", report["scan"]["fail_on"]),
        ("verdict", verdict_line(report)),
        ("exit_code", str(v["exit_code"])),
    ]
    if report["target"].get("commit"):
        props.append(("commit", report["target"]["commit"]))
    props += [("reason", reason) for reason in v["reasons"]]
    props += [("exclusion", glob) for glob in report["scan"]["exclusions"]]
    props += [("note", note) for note in report["scan"]["notes"]]
    props += [("waiver", _waiver_text(w)) for w in report.get("waivers", [])]
    return props


def _waiver_text(w: Mapping[str, Any]) -> str:
    if w["status"] == "expired":
        state, count = f"expired on {w['expires']}", f"{len(w['matched'])} no longer waived"
    else:
        state, count = f"in force until {w['expires']}", f"{len(w['suppressed'])} waived"
    return f"{w['id']} {w['kind']} {state}, approved by {w['approved_by']}: {w['reason']} ({count})"


def _finding_lines(fingerprints: list[str], by_fp: Mapping[str, Mapping[str, Any]]) -> str:
    lines = []
    for fp in fingerprints[:MAX_LISTED]:
        f = by_fp.get(fp)
        if f is None:
            continue
        lines.append(f"{f['severity'].upper():<8} {location_text(f)}  {f['rule_id']}  {f['title']}")
    if len(fingerprints) > MAX_LISTED:
        lines.append(f"... and {len(fingerprints) - MAX_LISTED} more (see the JSON or SARIF report)")
    return "\n".join(lines)


def _summary(report: Mapping[str, Any]) -> str:
    lines = [verdict_line(report)]
    lines += [f"- {r}" for r in report["verdict"]["reasons"]]
    lines += [f"Excluded: {glob}" for glob in report["scan"]["exclusions"]]
    lines += [f"Note: {n}" for n in report["scan"]["notes"]]
    lines += [f"Waiver: {_waiver_text(w)}" for w in report.get("waivers", [])]
    return "\n".join(lines)
