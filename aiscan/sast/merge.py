"""One finding per weakness: when semgrep and bandit report the same weakness on the same lines,
the report shows it once. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from aiscan.inventory import EMBEDDED_SCRIPT, language_of
from aiscan.models import Finding

# The analyzers whose findings may be merged, the first one's finding kept as the primary (it
# carries aiscan's own metadata: title, remediation, requirements). web-config reads settings
# files that semgrep also matches line by line (DEBUG = True, WTF_CSRF_ENABLED = False, Spring
# properties): the same weakness on the same line is shown once, as semgrep's.
MERGE_ORDER: tuple[str, ...] = ("semgrep", "bandit", "web-config")

P19_PREFIX = "p19."


def same_weakness(a: Finding, b: Finding) -> bool:
    """Same file, overlapping lines, and a shared CWE or a shared p19 class. Findings of one
    analyzer are never the same weakness: its rules are distinct by design."""
    return _affinity(a, b) > 0


def _affinity(a: Finding, b: Finding) -> int:
    """2: same weakness by CWE, 1: by p19 class only, 0: not the same weakness."""
    if a.analyzer == b.analyzer or a.location.path != b.location.path or not _overlap(a, b):
        return 0
    if "evidence" in a.properties or "evidence" in b.properties:
        return 0  # evidence that a protection exists is never a weakness to merge
    if set(a.cwe) & set(b.cwe):
        return 2
    classes = {r for r in a.requirements if r.startswith(P19_PREFIX)}
    return 1 if classes & set(b.requirements) else 0


def _overlap(a: Finding, b: Finding) -> bool:
    a0, b0 = a.location.start_line, b.location.start_line
    if a0 is None or b0 is None:
        return False
    a1 = a.location.end_line or a0
    b1 = b.location.end_line or b0
    return a0 <= b1 and b0 <= a1


def merge_findings(findings: Iterable[Finding], order: Sequence[str] = MERGE_ORDER) -> tuple[Finding, ...]:
    """Fold each finding into an earlier one of a higher-ranked analyzer that reports the same
    weakness. The merged finding keeps the primary's rule, title, snippet and fingerprint basis
    (so its fingerprint is the one the primary has alone), takes the higher severity and
    confidence, the union of CWEs and requirements, and records every analyzer and rule ID in
    its properties, with the fingerprint each absorbed finding had alone when it had one. It is
    suppressed only when all of them are. Findings of other analyzers pass through unchanged."""
    rank = {name: i for i, name in enumerate(order)}
    items = list(findings)
    mergeable = sorted(
        (f for f in items if f.analyzer in rank),
        key=lambda f: (
            rank[f.analyzer],
            f.location.path,
            f.location.start_line or 0,
            f.location.end_line or 0,
            f.rule_id,
        ),
    )
    primaries: list[Finding] = []
    absorbed: dict[int, list[Finding]] = {}
    for f in mergeable:
        # The primary sharing a CWE wins over one sharing only the class; then the first.
        scores = [(_affinity(p, f), -i) for i, p in enumerate(primaries)]
        best = max(scores, default=(0, 0))
        if best[0] == 0:
            primaries.append(f)
        else:
            absorbed.setdefault(-best[1], []).append(f)
    merged = [_merge(p, absorbed.get(i, [])) for i, p in enumerate(primaries)]
    others = [f for f in items if f.analyzer not in rank]
    return (*merged, *others)


def fold_template_duplicates(
    findings: Iterable[Finding], embedded: Mapping[str, str] = EMBEDDED_SCRIPT
) -> tuple[Finding, ...]:
    """One finding per weakness in a template whose code the rules of its embedded language also
    read (a JSP page's Java): findings in such a file that share a CWE and lines are folded into
    one. The primary is an embedded-language rule's finding (`java-...`) when there is one, the
    most confident first: it follows values through variables and knows the language's escaping
    functions; a template rule (`jsp-...`) still reports what the copy does not show (expression
    language, tag attributes) and the pages whose Java does not parse. Pure."""
    items = list(findings)
    scripts = tuple(f"{script}-" for script in embedded.values())
    in_template = sorted(
        (f for f in items if language_of(f.location.path, b"") in embedded),
        key=lambda f: (
            not f.rule_id.startswith(scripts),
            -_CONFIDENCE_RANK[f.confidence.value],
            -f.severity.rank,
            f.location.path,
            f.location.start_line or 0,
            f.rule_id,
        ),
    )
    primaries: list[Finding] = []
    absorbed: dict[int, list[Finding]] = {}
    for f in in_template:
        same = (i for i, p in enumerate(primaries) if _same_place_and_cwe(p, f))
        home = next(same, None)
        if home is None:
            primaries.append(f)
        else:
            absorbed.setdefault(home, []).append(f)
    merged = [_merge(p, absorbed.get(i, [])) for i, p in enumerate(primaries)]
    return (*merged, *(f for f in items if language_of(f.location.path, b"") not in embedded))


def fold_repeated_matches(
    findings: Iterable[Finding], analyzers: Sequence[str] = MERGE_ORDER
) -> tuple[Finding, ...]:
    """One finding per rule, file and line: a rule whose patterns match one line more than once
    (a call and the same call chained on, two generator calls in one expression, two branches
    of a `pattern-either`) reports it once, at its first column, recording the fingerprint each
    match had alone so that a baseline or waiver made before still names it. Matches whose
    messages differ report different things and stay apart. Only the pattern analyzers are
    folded (a secrets finding is one value). Pure."""
    items = list(findings)
    groups: dict[tuple[str, str, str, int, str], list[Finding]] = {}
    for f in items:
        if f.analyzer in analyzers and f.location.start_line is not None:
            key = (f.analyzer, f.rule_id, f.location.path, f.location.start_line, f.message)
            groups.setdefault(key, []).append(f)
    folded: dict[int, Finding] = {}
    for group in groups.values():
        first = min(group, key=lambda f: f.location.start_col or 0)
        folded[id(group[0])] = _merge(first, [f for f in group if f is not first])
    grouped = {id(f) for group in groups.values() for f in group}
    return tuple(folded.get(id(f), f) for f in items if id(f) in folded or id(f) not in grouped)


def _same_place_and_cwe(a: Finding, b: Finding) -> bool:
    return a.location.path == b.location.path and bool(set(a.cwe) & set(b.cwe)) and _overlap(a, b)


def _merge(primary: Finding, extra: Sequence[Finding]) -> Finding:
    if not extra:
        return primary
    group = [primary, *extra]
    strongest = max(group, key=lambda f: f.severity.rank)
    confidence = max(group, key=lambda f: _CONFIDENCE_RANK[f.confidence.value]).confidence
    properties: dict[str, Any] = dict(primary.properties)
    # A finding folded before (the same rule's matches on one line) keeps what it recorded.
    properties["analyzers"] = sorted(
        {*primary.properties.get("analyzers", ()), *(f.analyzer for f in group)}, key=_order_key
    )
    properties["rule_ids"] = list(
        _union([tuple(primary.properties.get("rule_ids", ())), *((f.rule_id,) for f in group)])
    )
    properties["merged"] = [*primary.properties.get("merged", ()), *(_absorbed(f) for f in extra)]
    return replace(
        primary,
        severity=strongest.severity,
        confidence=confidence,
        cwe=_union(f.cwe for f in group),
        requirements=_union(f.requirements for f in group),
        remediation=primary.remediation or next((f.remediation for f in extra if f.remediation), ""),
        properties=properties,
        # Suppressed only when every analyzer's finding is: a comment for one tool (`# nosec`)
        # must not hide what another reports on the same lines.
        suppression=primary.suppression if all(f.suppression for f in group) else None,
    )


def _absorbed(f: Finding) -> dict[str, Any]:
    """What a merged finding records of one it absorbed."""
    return {
        "analyzer": f.analyzer,
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "cwe": list(f.cwe),
        "start_line": f.location.start_line,
        **({"fingerprint": f.fingerprint} if f.fingerprint else {}),
        **{k: v for k, v in f.properties.items() if k in ("more_info", "inline_suppression")},
        **({"suppression": f.suppression.reason} if f.suppression else {}),
    }


_CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2}


def _order_key(name: str) -> tuple[int, str]:
    return (MERGE_ORDER.index(name) if name in MERGE_ORDER else len(MERGE_ORDER), name)


def _union(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for g in groups:
        for item in g:
            seen.setdefault(item)
    return tuple(seen)
