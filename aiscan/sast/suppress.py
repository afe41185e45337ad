"""Inline suppressions of static-analysis findings, applied by aiscan, never by the tools.

semgrep and bandit run with their own inline markers disabled (`--disable-nosem`,
`--ignore-nosec`), so they report every finding. aiscan then reads the comments itself
(aiscan.inline_allow): `aiscan:allow <reason>` for any analyzer, `# nosec <reason>` for bandit,
`nosemgrep <reason>` for semgrep, on the finding's first line or the line above, or on any line
the finding spans. A comment suppresses a finding only when

- the policy of the scan kind allows inline suppressions (`inline_suppressions = "with-reason"`,
  the default; `"never"` honours none),
- it gives a reason, and
- the finding is not critical: p21 lets no one accept a critical finding with a comment (a
  false-positive waiver approved by the security officer can).

A suppressed finding stays in every report as suppressed, with the reason and the file and line of
the comment. A comment that does not count leaves the finding active and says why in its
`inline_suppression` property. Pure, given a reader of a file's lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from aiscan.inline_allow import ALLOW_MARKER, Allow, find_allows
from aiscan.models import Finding, Severity, Suppression

WITH_REASON = "with-reason"
NEVER = "never"
INLINE_POLICIES = (WITH_REASON, NEVER)

# Each analyzer's own marker; `aiscan:allow` applies to every analyzer.
TOOL_MARKERS: Mapping[str, str] = {"bandit": "nosec", "semgrep": "nosemgrep"}


@dataclass(frozen=True)
class InlineOutcome:
    findings: tuple[Finding, ...]
    honoured: int = 0
    refused: int = 0  # comments that did not count: no reason, critical finding, or policy

    def summary(self) -> str:
        """A clause for the analyzer run's summary; empty when no comment was met."""
        parts = []
        if self.honoured:
            parts.append(f"{self.honoured} finding(s) suppressed inline (listed as suppressed)")
        if self.refused:
            parts.append(f"{self.refused} inline suppression(s) not honoured (see the findings)")
        return "; ".join(parts)


def apply_inline_suppressions(
    findings: Iterable[Finding],
    read_lines: Callable[[str], Sequence[str]],
    policy: str,
) -> InlineOutcome:
    """Suppress the findings an allowed inline comment accepts; note the comments that do not
    count on the findings they name. `read_lines(path)` gives a file's lines (empty when it
    cannot be read)."""
    cache: dict[str, tuple[_Comment, ...]] = {}
    out: list[Finding] = []
    honoured = refused = 0
    for f in findings:
        path = f.location.path
        if path not in cache:
            cache[path] = _allows_in(read_lines(path), f.analyzer)
        allow = _applicable(cache[path], f)
        if allow is None:
            out.append(f)
            continue
        where = f"{path}:{allow.line}"
        why_not = _why_not(allow, f, policy)
        if why_not:
            refused += 1
            note = f"{allow.marker} at {where} not honoured: {why_not}"
            out.append(replace(f, properties={**f.properties, "inline_suppression": note}))
        else:
            honoured += 1
            out.append(replace(f, suppression=Suppression("inline", allow.reason, where)))
    return InlineOutcome(tuple(out), honoured, refused)


@dataclass(frozen=True)
class _Comment:
    allow: Allow
    alone: bool  # nothing but the comment on its line


def _allows_in(lines: Sequence[str], analyzer: str) -> tuple[_Comment, ...]:
    """The file's comments for `analyzer`'s findings. A comment on the line above a finding counts
    only when it stands on a line of its own, not when it ends the previous statement."""
    if analyzer not in TOOL_MARKERS:
        return ()
    return tuple(
        _Comment(a, lines[a.line - 1].lstrip().startswith(_COMMENT_STARTS))
        for a in find_allows(lines, (ALLOW_MARKER, TOOL_MARKERS[analyzer]))
    )


_COMMENT_STARTS = ("#", "//", "/*", "*", "--", "<!--", "{#", "{{!--", "'")


def _applicable(comments: Sequence[_Comment], f: Finding) -> Allow | None:
    """The comment that speaks for `f`: on its first line or the line above, or within it.
    A comment with a reason wins over one without, so the report tells the useful story."""
    start = f.location.start_line
    if not start:
        return None
    end = max(start, f.location.end_line or start)
    names = _rule_names(f)
    near = [
        c.allow
        for c in comments
        if (start <= c.allow.line <= end or (c.allow.line == start - 1 and c.alone)) and c.allow.covers(names)
    ]
    return max(near, key=lambda a: bool(a.reason), default=None)


def _rule_names(f: Finding) -> frozenset[str]:
    """The names a comment may give a finding's rule: its ID (semgrep's with or without the
    folder prefix it adds) or, for bandit, the test's name (`yaml_load` for B506)."""
    test_name = f.properties.get("test_name")
    return frozenset({f.rule_id, *([str(test_name)] if test_name else [])})


def _why_not(allow: Allow, f: Finding, policy: str) -> str:
    if policy == NEVER:
        return 'the policy of this scan allows no inline suppressions (inline_suppressions = "never")'
    if not allow.reason:
        return f"no reason given (write it after the marker: {allow.marker} <why this is safe>)"
    if f.severity is Severity.CRITICAL:
        return (
            "a critical finding cannot be accepted by a comment (p21); fix it, or record a "
            "false_positive waiver approved by the security officer"
        )
    return ""


def file_lines(root: Path, rel_path: str) -> tuple[str, ...]:
    """The lines of a scanned file, for its inline comments; empty when it cannot be read or
    the path leaves the tree."""
    rel = PurePosixPath(rel_path)
    if rel.is_absolute() or ".." in rel.parts:
        return ()
    try:
        with (root / rel).open(encoding="utf-8", errors="replace") as fh:
            return tuple(fh.read().splitlines())
    except OSError:
        return ()
