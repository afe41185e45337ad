"""GitHub Actions workflow commands: one annotation per finding that counts, on its file and line.

`::error` for a finding that blocks (at or above the threshold, or critical), `::warning` for a
medium one below it, `::notice` for the rest; failing requirements as errors, notes (scope,
exclusions, waivers, baseline) as notices, and the verdict last. Waived and baseline findings are
not annotated. Values are escaped as the Actions toolkit does, so a message cannot inject a
command of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.ci_common import level, verdict_line
from aiscan.report.model import report_dict

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def render_github(result: ScanResult, catalogue: Catalogue) -> str:
    return github_annotations(report_dict(result, catalogue))


def escape_data(value: object) -> str:
    return str(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: object) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    given = ",".join(f"{k}={escape_property(v)}" for k, v in props.items() if v is not None and v != "")
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def github_annotations(report: Mapping[str, Any]) -> str:
    fail_on = report["scan"]["fail_on"]
    lines = []
    for f in report["findings"]:
        if f["suppression"] is not None:
            continue
        loc = f["location"]
        reqs = ", ".join(f["requirements"])
        title = f"{f['rule_id']} ({f['severity']}{'; ' + reqs if reqs else ''})"
        same = f["message"].rstrip(".") == f["title"].rstrip(".")
        message = f"{f['title']}: {f['message']}" if f["message"] and not same else f["title"]
        if f["remediation"]:
            message += f"\nFix: {f['remediation']}"
        is_url = str(loc["path"]).startswith(("http://", "https://"))
        lines.append(
            command(
                _COMMAND[level(f["severity"], fail_on)],
                message,
                file=None if is_url else loc["path"],
                line=loc.get("start_line"),
                endLine=loc.get("end_line") if loc.get("end_line") and loc.get("start_line") else None,
                col=loc.get("start_col") or None,
                title=title,
            )
        )
    for r in report["requirements"]:
        if r["status"] == "FAIL":
            lines.append(command("error", r["reason"], title=f"aiscan {r['id']} FAIL: {r['title']}"))
    scoped = report["scan"]["scope"]["mode"] != "full"
    not_assessed = [r for r in report["requirements"] if r["status"] == "NOT_ASSESSED"]
    if not_assessed and not scoped:
        for r in not_assessed:
            lines.append(command("warning", r["reason"], title=f"aiscan {r['id']} NOT_ASSESSED"))
    for glob in report["scan"]["exclusions"]:
        lines.append(command("notice", f"excluded from the scan: {glob}", title="aiscan exclusion"))
    for note in report["scan"]["notes"]:
        lines.append(command("notice", note, title="aiscan"))
    for w in report.get("waivers", []):
        expired = w["status"] == "expired"
        lines.append(
            command(
                "warning" if expired else "notice",
                f"{w['kind']} waiver {w['id']} approved by {w['approved_by']} "
                f"{'expired on' if expired else 'until'} {w['expires']}: {w['reason']} "
                f"({len(w['matched'] if expired else w['suppressed'])} finding(s) "
                f"{'no longer waived' if expired else 'waived'})",
                title="aiscan waiver",
            )
        )
    v = report["verdict"]
    summary = "\n".join([verdict_line(report), *(f"- {r}" for r in v["reasons"])])
    lines.append(command("notice" if v["release_allowed"] else "error", summary, title="aiscan verdict"))
    return "\n".join(lines) + "\n"
