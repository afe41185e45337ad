"""shellcheck for shell scripts, its security-relevant checks mapped onto chapter 3 by
rulesets/shellcheck.yaml, with aiscan's own line checks (aiscan.sast.shell_patterns).

The scripts are read, never run. shellcheck is given copies (aiscan.sast.staging) in which the
tree's `# shellcheck disable=...` directives are neutralised, and `--norc`, so neither a directive
nor a `.shellcheckrc` of the scanned tree can turn a check off; aiscan applies inline
suppressions itself (`aiscan:allow` with a reason)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.staged_tool import StagedTool, ToolRun
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.models import AnalyzerOutcome, Finding, Gap, Location
from aiscan.sast.check_map import Check, CheckMap, load_check_map
from aiscan.sast.shell_patterns import shell_pattern_hits
from aiscan.sast.tool_output import OutputReader, line_number
from aiscan.tooling import run_tool

_OUT = OutputReader("shellcheck")
# shellcheck could not parse the file (1072, 1073) or does not read its dialect (1071: zsh, csh).
NOT_ANALYSED_CODES = frozenset({1071, 1072, 1073})
_DIRECTIVE = re.compile(r"(#\s*)shellcheck(?=\s+[a-z-]+=)")


def neutralise_directives(text: str) -> str:
    """`# shellcheck disable=SC2086` -> `# aiscan-ignored disable=SC2086`: shellcheck no longer
    reads it as a directive. Lines are kept, so line numbers stay the same."""
    return _DIRECTIVE.sub(r"\1aiscan-ignored", text)


def parse_shellcheck(
    data: Any,
    mapping: CheckMap,
    originals: Mapping[str, str],
    snippet: Callable[[str, int | None, int | None], str],
) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    """Turn shellcheck's `json1` output into findings (mapped checks only) and gaps (files it
    could not parse or does not read). Pure; output of the wrong shape is a ToolError."""
    doc = _OUT.document(data)
    findings: list[Finding] = []
    gaps: dict[str, Gap] = {}
    for i, comment in enumerate(_OUT.objects(doc, "comments")):
        where = f"comments[{i}]"
        name = _OUT.text(comment, "file", where)
        path = originals.get(name)
        if path is None:
            raise _OUT.fail(f"{where}.file", "one of the files aiscan gave it")
        code = comment.get("code")
        if not isinstance(code, int) or isinstance(code, bool):
            raise _OUT.fail(f"{where}.code", "a number")
        message = str(comment.get("message") or "").strip()
        if code in NOT_ANALYSED_CODES:
            gaps.setdefault(path, Gap(path, f"not analysed by shellcheck: SC{code} {message}"))
            continue
        check = mapping.checks.get(f"SC{code}")
        if check is None:
            continue
        start = line_number(comment.get("line"))
        end = line_number(comment.get("endLine")) or start
        col = line_number(comment.get("column"))
        findings.append(_finding(check, path, start, end, col, message, snippet, "shellcheck"))
    return tuple(findings), tuple(gaps.values())


def pattern_findings(
    texts: Mapping[str, str],
    mapping: CheckMap,
    snippet: Callable[[str, int | None, int | None], str],
) -> tuple[Finding, ...]:
    """aiscan's own line checks over each script's text (path -> text). Pure."""
    out = []
    for path, text in texts.items():
        for hit in shell_pattern_hits(text):
            check = mapping.checks[hit.check_id]
            out.append(_finding(check, path, hit.line, hit.end_line, None, check.title, snippet, "aiscan"))
    return tuple(out)


def unread_gaps(stderr: str, originals: Mapping[str, str]) -> tuple[Gap, ...]:
    """Files shellcheck says it could not open (`<name>: <name>: openBinaryFile: ...`)."""
    gaps = []
    for line in stderr.splitlines():
        name, _, why = line.partition(": ")
        if name in originals:
            gaps.append(Gap(originals[name], f"not analysed by shellcheck: {why.strip()[:200]}"))
    return tuple(gaps)


def _finding(
    check: Check,
    path: str,
    start: int | None,
    end: int | None,
    col: int | None,
    message: str,
    snippet: Callable[[str, int | None, int | None], str],
    source: str,
) -> Finding:
    return Finding(
        rule_id=check.id,
        analyzer="shellcheck",
        title=check.title,
        message=message or check.title,
        severity=check.severity,
        confidence=check.confidence,
        location=Location(path, start, end, col, snippet(path, start, end)),
        cwe=check.cwe,
        requirements=check.requirements,
        remediation=check.remediation,
        properties={
            "check_source": source,
            "more_info": f"https://www.shellcheck.net/wiki/{check.id}" if source == "shellcheck" else "",
        },
    )


def _version(exe: str) -> str:
    """shellcheck prints its name first and `version: 0.11.0` on a later line."""
    try:
        result = run_tool([exe, "--version"], timeout_s=30)
    except ToolError:
        return "unknown"
    for line in result.stdout.splitlines():
        if line.startswith("version:"):
            return line.removeprefix("version:").strip()
    return "unknown"


def interpret(run: ToolRun) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    """Findings and gaps from one shellcheck run, with aiscan's line checks over the copies."""
    try:
        data = json.loads(run.result.stdout)
    except json.JSONDecodeError:
        raise ToolError(f"shellcheck exit code {run.result.returncode}, unreadable output") from None
    found, gaps = parse_shellcheck(data, run.mapping, run.staged.originals, run.snippet)
    gaps = (*gaps, *unread_gaps(run.result.stderr, run.staged.originals))
    # 2: some files could not be read
    if run.result.returncode == 2 and not gaps:
        gaps = (Gap(".", "shellcheck reported files it could not read without naming them"),)
    texts = {run.staged.originals[n]: run.text_of(n) for n in run.staged.names}
    return (*found, *pattern_findings(texts, run.mapping, run.snippet)), gaps


SHELLCHECK = StagedTool(
    name="shellcheck",
    files="shell script(s)",
    options=("--norc", "--format=json1", "--severity=style"),
    # 0: nothing found, 1: comments, 2: some files could not be read; 3 and 4: bad usage.
    exit_codes=frozenset({0, 1, 2}),
    version=_version,
    transform=neutralise_directives,
)


class ShellcheckAnalyzer:
    name = "shellcheck"
    tool = "shellcheck"

    def rule_ids(self) -> frozenset[str]:
        return frozenset(load_check_map("shellcheck").checks)

    def version(self, config: ScanConfig) -> str | None:
        return SHELLCHECK.tool_version(config)

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        return SHELLCHECK.run(ctx, interpret)
