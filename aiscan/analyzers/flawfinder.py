"""flawfinder for C, C++ and Objective-C, its hit categories mapped onto chapter 3 by
rulesets/flawfinder.yaml, with aiscan's own checks (aiscan.sast.c_patterns).

flawfinder reads the files lexically and never builds or runs them. It is given copies
(aiscan.sast.staging) decoded as UTF-8, since it skips a file with bytes it cannot decode, and
`--neverignore`, so that no `Flawfinder: ignore` comment of the tree hides a hit; aiscan applies
inline suppressions itself."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.staged_tool import StagedTool, ToolRun
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.models import AnalyzerOutcome, Finding, Gap, Location, Severity
from aiscan.sast.c_context import read_blanked
from aiscan.sast.c_patterns import blank_comments, c_pattern_hits
from aiscan.sast.check_map import CheckMap, load_check_map
from aiscan.sast.line_checks import mapped_hits
from aiscan.tooling import tool_version

# Hits below this level are those flawfinder itself judges of little or no risk.
MIN_LEVEL = 2
_LEVEL_SEVERITY = {5: Severity.HIGH, 4: Severity.HIGH, 3: Severity.MEDIUM, 2: Severity.LOW}
_COLUMNS = ("File", "Line", "Column", "Level", "Category", "Name", "Warning", "CWEs")
_CWE = re.compile(r"CWE-\d+")
_SKIPPED = re.compile(r"(?:encoding error in|Skipping[^:]*?:?)\s+(\S+)")


def parse_flawfinder(
    text: str,
    mapping: CheckMap,
    originals: Mapping[str, str],
    snippet: Callable[[str, int | None, int | None], str],
) -> tuple[Finding, ...]:
    """Turn flawfinder's `--csv` output into findings. Pure; output of the wrong shape (missing
    columns, a file aiscan did not give, a level that is not a number) is a ToolError."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("File,Line,")), None)
    if start is None:
        if text.strip():
            raise ToolError("flawfinder output: no CSV header")
        return ()
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])))
    missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise ToolError(f"flawfinder output: the CSV lacks the column(s) {', '.join(missing)}")
    out = []
    for i, row in enumerate(reader, start=1):
        path = originals.get(row["File"] or "")
        if path is None:
            raise ToolError(f"flawfinder output: row {i} names a file aiscan did not give it")
        try:
            level = int(row["Level"])
            line = int(row["Line"]) or None
            col = int(row["Column"]) or None
        except (TypeError, ValueError):
            raise ToolError(
                f"flawfinder output: row {i} has a level, line or column that is not a number"
            ) from None
        if level < MIN_LEVEL:
            continue
        category = (row["Category"] or "").strip()
        check = mapping.checks.get(category) or mapping.checks["misc"]
        sev = _LEVEL_SEVERITY.get(min(level, 5), Severity.LOW)
        severity = sev if sev.rank <= check.severity.rank else check.severity
        name = (row["Name"] or "").strip()
        context = row.get("Context") or ""
        if category == "shell" and re.search(re.escape(name) + r'\s*\(\s*"[^"\\]*"\s*\)', context):
            # A command written as one constant string: nothing from outside reaches the shell.
            severity = Severity.LOW
        warning = (row["Warning"] or "").strip()
        cwes = tuple(dict.fromkeys(_CWE.findall(row["CWEs"] or ""))) or check.cwe
        note = (row.get("Note") or "").strip()
        out.append(
            Finding(
                rule_id=(row.get("RuleId") or "").strip() or f"flawfinder-{name}",
                analyzer="flawfinder",
                title=f"{check.title}: {name}" if name else check.title,
                message=f"{warning} {note}".strip(),
                severity=severity,
                confidence=check.confidence,
                location=Location(path, line, line, col, snippet(path, line, line)),
                cwe=cwes,
                requirements=check.requirements,
                remediation=(row.get("Suggestion") or "").strip() or check.remediation,
                properties={"function": name, "category": category, "level": level},
            )
        )
    return tuple(out)


def read_around(findings: tuple[Finding, ...], texts: Mapping[str, str]) -> tuple[Finding, ...]:
    """flawfinder's hits with the reading of the code around them (aiscan.sast.c_context): a
    printf-style wrapper passing its caller's format, a copy into a buffer sized from the lengths
    copied. Such a hit keeps its rule, at the lower severity the reading supports. Pure."""
    out = []
    blanked: dict[str, str] = {}  # each file's text with comments blanked, once per file
    for f in findings:
        text = texts.get(f.location.path)
        line = f.location.start_line
        name = str(f.properties.get("function", ""))
        ctx = None
        if text and line:
            if f.location.path not in blanked:
                blanked[f.location.path] = blank_comments(text)
            ctx = read_blanked(blanked[f.location.path], line, name, str(f.properties.get("category", "")))
        if ctx is None or ctx.severity.rank >= f.severity.rank:
            out.append(f)
            continue
        out.append(
            replace(
                f,
                severity=ctx.severity,
                message=f"{f.message} (aiscan: {ctx.reason})",
                properties={**f.properties, "context": ctx.reason},
            )
        )
    return tuple(out)


def pattern_findings(
    texts: Mapping[str, str],
    mapping: CheckMap,
    snippet: Callable[[str, int | None, int | None], str],
) -> tuple[Finding, ...]:
    """aiscan's own checks over each file's text (path -> text). Pure."""
    return tuple(
        Finding(
            rule_id=check.id,
            analyzer="flawfinder",
            title=check.title,
            message=check.title,
            severity=check.severity,
            confidence=check.confidence,
            location=Location(path, hit.line, hit.end_line, None, snippet(path, hit.line, hit.end_line)),
            cwe=check.cwe,
            requirements=check.requirements,
            remediation=check.remediation,
            properties={"check_source": "aiscan"},
        )
        for path, check, hit in mapped_hits(texts, mapping, c_pattern_hits)
    )


def skipped_gaps(text: str, originals: Mapping[str, str]) -> tuple[Gap, ...]:
    """Files flawfinder says it skipped (an encoding error, a name it refuses)."""
    gaps = []
    for line in text.splitlines():
        m = _SKIPPED.search(line)
        if m and m.group(1) in originals:
            gaps.append(Gap(originals[m.group(1)], f"not analysed by flawfinder: {line.strip()[:200]}"))
    return tuple(gaps)


def interpret(run: ToolRun) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    found = parse_flawfinder(run.result.stdout, run.mapping, run.staged.originals, run.snippet)
    gaps = skipped_gaps(run.result.stdout + "\n" + run.result.stderr, run.staged.originals)
    # 15: a file had an encoding error
    if run.result.returncode == 15 and not gaps:
        gaps = (Gap(".", "flawfinder skipped a file it could not decode without naming it"),)
    # aiscan's checks read the same copies (decoded as UTF-8, never skipped)
    texts = {run.staged.originals[n]: run.text_of(n) for n in run.staged.names}
    found = read_around(found, texts)
    return (*found, *pattern_findings(texts, run.mapping, run.snippet)), gaps


FLAWFINDER = StagedTool(
    name="flawfinder",
    files="C, C++ or Objective-C file(s)",
    options=("--csv", "--neverignore", "--falsepositive", f"--minlevel={MIN_LEVEL}"),
    # 0: done; 1: hits above --error-level (not used); 15: a file had an encoding error.
    exit_codes=frozenset({0, 1, 15}),
    version=lambda exe: tool_version(exe).strip(),
)


class FlawfinderAnalyzer:
    name = "flawfinder"
    tool = "flawfinder"

    def rule_ids(self) -> frozenset[str]:
        return frozenset(load_check_map("flawfinder").checks)

    def version(self, config: ScanConfig) -> str | None:
        return FLAWFINDER.tool_version(config)

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        return FLAWFINDER.run(ctx, interpret)
