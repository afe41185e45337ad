"""The findings of the passes over flows across functions (aiscan.sast.interfile): each mapped
like the single-file rule of its class, at the sink inside the function or in the caller. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from aiscan.analyzers.base import read_snippet
from aiscan.models import Confidence, Finding, Gap, Location, Severity
from aiscan.sast import interfile
from aiscan.sast.rule_metadata import confidence_of, cwe_id, severity_of
from aiscan.sast.tool_output import as_list, detail


@dataclass(frozen=True)
class AcrossFunctions:
    """What the passes over flows across functions found and could not cover."""

    findings: tuple[Finding, ...] = ()
    gaps: tuple[Gap, ...] = ()
    summary: str = ""


def across_summary(
    followed: Sequence[str], present: Iterable[str], counts: Sequence[str], took: float
) -> str:
    """The run summary's words on the passes: which of the tree's languages were followed across
    functions (with what the passes found), and which were not because the configuration leaves
    them off. Empty for a tree without a language the passes can follow."""
    parts = []
    if followed:
        what = "; ".join([*counts, f"{took:.1f} s"])
        parts.append(f"flows across functions followed for {', '.join(followed)} ({what})")
    off = sorted(set(present) - set(followed))
    if off:
        parts.append(f"flows across functions not followed for {', '.join(off)} (off in the configuration)")
    return "; ".join(parts)


def _across_finding(rule: Mapping[str, Any], rule_id: str, message: str, location: Location) -> Finding:
    """A flow across functions, mapped like the single-file rule of its class; its confidence is
    at most medium (the call is matched to the function by name) and never above the rule's."""
    meta = detail(rule, "metadata")
    confidence = min(confidence_of(meta.get("confidence")), Confidence.MEDIUM, key=_CONFIDENCE_ORDER.index)
    return Finding(
        rule_id=rule_id + interfile.RULE_SUFFIX,
        analyzer="semgrep",
        title=f"{meta.get('title') or rule_id} (across functions)",
        message=message,
        severity=severity_of(meta.get("severity"), rule.get("severity")),
        confidence=confidence,
        location=location,
        cwe=tuple(cwe_id(c) for c in as_list(meta.get("cwe"))),
        requirements=tuple(str(r) for r in as_list(meta.get("requirements"))),
        remediation=str(meta.get("remediation") or "").strip(),
        properties={"category": str(meta.get("category") or "")},
    )


_CONFIDENCE_ORDER = (Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH)


def flow_finding(flow: interfile.Flow, rule: Mapping[str, Any], root: Path, language: str) -> Finding:
    """At the sink inside the function, naming the calls that give it request data."""
    s = flow.summary
    message = interfile.flow_message(flow, str(rule.get("message") or ""), language=language)
    where = Location(s.path, s.line, s.line, s.column, read_snippet(root, s.path, s.line, s.line))
    found = _across_finding(rule, s.rule, message, where)
    props = {**found.properties, "calls": list(flow.calls), "function": s.name}
    if s.owner:
        props["class"] = s.owner
    if flow.guessed:
        # matched by name alone among several functions of that name: a lead below the gate
        props["ambiguous_call"] = True
        severity = min(found.severity, Severity.MEDIUM, key=lambda v: v.rank)
        return replace(found, severity=severity, confidence=Confidence.LOW, properties=props)
    return replace(found, properties=props)


def returned_finding(flow: interfile.Returned, rule: Mapping[str, Any], root: Path) -> Finding:
    """At the sink in the caller, naming the function whose returned value reaches it."""
    message = interfile.returned_message(flow, str(rule.get("message") or ""))
    snippet = read_snippet(root, flow.path, flow.line, flow.end_line)
    where = Location(flow.path, flow.line, flow.end_line, flow.column, snippet)
    found = _across_finding(rule, flow.rule, message, where)
    names = sorted({f"{s.name} ({s.path}:{s.defined or s.line})" for s in flow.functions})
    return replace(found, properties={**found.properties, "returned_by": names})
