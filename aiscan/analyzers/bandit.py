"""Bandit for Python, its checks mapped onto chapter 3 by rulesets/bandit.yaml."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from aiscan import version_cache
from aiscan.analyzers.base import ScanContext, read_snippet
from aiscan.config import ScanConfig
from aiscan.errors import CatalogueError, ToolError
from aiscan.models import (
    AnalyzerOutcome,
    AnalyzerRun,
    Confidence,
    Finding,
    Gap,
    Location,
    RunStatus,
    Severity,
)
from aiscan.resources import rulesets_dir
from aiscan.sast.computed_shell import weigh_computed_shell
from aiscan.sast.crypto_namespace import declared_pycryptodome
from aiscan.sast.format_crypto import prescribed_by_format
from aiscan.sast.host_allow_list import drop_bind_in_host_allow_list
from aiscan.sast.jinja_text_templates import config_file_environments
from aiscan.sast.operator_commands import weigh_operator_commands
from aiscan.sast.sql_literal_only import drop_sql_formatting_no_value
from aiscan.sast.suppress import apply_inline_suppressions, file_lines
from aiscan.sast.tool_output import OutputReader, as_list, detail, first_line, line_number
from aiscan.tooling import find_tool, run_tool, tool_version

_LEVELS = {"HIGH": Severity.HIGH, "MEDIUM": Severity.MEDIUM, "LOW": Severity.LOW, "UNDEFINED": Severity.INFO}
_CONFIDENCE = {"HIGH": Confidence.HIGH, "MEDIUM": Confidence.MEDIUM, "LOW": Confidence.LOW}
FALLBACK_REQUIREMENTS = ("p19.7",)
_OUT = OutputReader("bandit")
_CWE = re.compile(r"CWE-[0-9]+")


@dataclass(frozen=True)
class BanditCheck:
    requirements: tuple[str, ...]
    remediation: str
    severity: Severity | None = None
    skip: str = ""  # why bandit does not run this check (another rule reads the weakness)
    # The weakness the check names, when the mapping corrects bandit's own CWE (None: bandit's;
    # empty: none, for a reminder that names no weakness).
    cwe: tuple[str, ...] | None = None


@cache
def load_mapping(path: Path | None = None) -> Mapping[str, BanditCheck]:
    path = path or rulesets_dir() / "bandit.yaml"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{path}: cannot load the bandit mapping: {exc}") from exc
    out = {}
    for test_id, spec in (doc.get("checks") or {}).items():
        sev = Severity.parse(spec["severity"]) if spec.get("severity") else None
        cwe = spec.get("cwe")
        if cwe is not None and not (isinstance(cwe, list) and all(_CWE.fullmatch(str(c)) for c in cwe)):
            raise CatalogueError(f"{path}: {test_id}: cwe must be a list such as [CWE-78], or []")
        out[str(test_id)] = BanditCheck(
            tuple(spec.get("requirements") or ()),
            str(spec.get("remediation", "")),
            sev,
            str(spec.get("skip") or ""),
            None if cwe is None else tuple(str(c) for c in cwe),
        )
    return out


def skipped_checks(mapping: Mapping[str, BanditCheck]) -> list[str]:
    """bandit's `--skip` for the checks the mapping says not to run (none: no option)."""
    skipped = sorted(test_id for test_id, check in mapping.items() if check.skip)
    return ["--skip", ",".join(skipped)] if skipped else []


def parse_bandit(
    data: Any,
    mapping: Mapping[str, BanditCheck],
    snippet: Callable[[str, int | None, int | None], str],
) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    """Turn bandit's JSON into findings and gaps (files bandit could not parse). Pure; output of
    the wrong shape is a ToolError."""
    doc = _OUT.document(data)
    findings = []
    for i, res in enumerate(_OUT.objects(doc, "results")):
        where = f"results[{i}]"
        test_id = _OUT.text(res, "test_id", where)
        check = mapping.get(test_id)
        path = _rel(_OUT.text(res, "filename", where))
        start = line_number(res.get("line_number"))
        line_range = [n for n in as_list(res.get("line_range")) if line_number(n)]
        end = max([*line_range, start]) if start else None
        cwe = detail(res, "issue_cwe")
        issue_text = str(res.get("issue_text") or "").strip()
        test_name = str(res.get("test_name") or test_id)
        # Bandit names all its import/call deny-list checks "blacklist"; their text says more.
        title = (
            issue_text.split(". ")[0].rstrip(".") if test_name == "blacklist" else test_name.replace("_", " ")
        )
        col = res.get("col_offset")
        findings.append(
            Finding(
                rule_id=test_id,
                analyzer="bandit",
                title=title or test_id,
                message=issue_text,
                severity=(
                    check.severity
                    if check and check.severity
                    else _LEVELS.get(str(res.get("issue_severity")), Severity.MEDIUM)
                ),
                confidence=_CONFIDENCE.get(str(res.get("issue_confidence")), Confidence.MEDIUM),
                location=Location(
                    path,
                    start,
                    end,
                    col if isinstance(col, int) and not isinstance(col, bool) and col >= 0 else None,
                    snippet(path, start, end),
                ),
                cwe=check.cwe if check and check.cwe is not None else _bandit_cwe(cwe),
                requirements=check.requirements if check else FALLBACK_REQUIREMENTS,
                remediation=check.remediation if check else "",
                properties={"more_info": str(res.get("more_info") or ""), "test_name": test_name},
            )
        )
    return tuple(findings), error_gaps(doc)


def _bandit_cwe(cwe: Mapping[str, Any]) -> tuple[str, ...]:
    """The CWE bandit gives an issue."""
    return (f"CWE-{cwe['id']}",) if isinstance(cwe.get("id"), int | str) and cwe.get("id") else ()


def error_gaps(data: Mapping[str, Any]) -> tuple[Gap, ...]:
    """The files bandit lists in `errors`: it could not read or parse them."""
    return tuple(
        Gap(_rel(_OUT.text(e, "filename", f"errors[{i}]")), first_line(e.get("reason"), "error"))
        for i, e in enumerate(_OUT.objects(data, "errors"))
    )


def coverage_gaps(data: Any, given: Sequence[str]) -> tuple[Gap, ...]:
    """The files bandit was given that its output does not cover: those it lists in `errors`,
    and those that appear neither there nor in its per-file `metrics` (dropped by an exclusion,
    or lost). Pure; output of the wrong shape is a ToolError."""
    doc = _OUT.document(data)
    errors = error_gaps(doc)
    metrics = doc.get("metrics")
    if not isinstance(metrics, dict):
        raise _OUT.fail("metrics", "an object")
    reported = {_rel(str(k)) for k in metrics if k != "_totals"} | {g.path for g in errors}
    why = "not analysed by bandit: given to it, but absent from its output"
    missing = tuple(Gap(p, why) for p in given if p not in reported)
    return errors + missing


def bandit_target(path: str) -> str:
    """How a file is named to bandit: `-` would be read as standard input."""
    return f"./{path}" if path.startswith("-") else path


def _rel(path: str) -> str:
    while path.startswith("./"):
        path = path[2:]
    return path


def _version(exe: str) -> str:
    return tool_version(exe).removeprefix("bandit ").strip()


_PYTHON_VERSION = re.compile(r"python version = (\d+\.\d+(?:\.\d+)?)")
_PYTHON_ARGS = ("--version", "python")  # the cache key of the answer, not bandit's arguments


def interpreter_of(version_output: str) -> str | None:
    """The Python version bandit names in its `--version` output (`python version = 3.11.7 (...)`)."""
    match = _PYTHON_VERSION.search(version_output)
    return match.group(1) if match else None


def bandit_python(exe: str) -> str | None:
    """The Python version that bandit parses files with (the interpreter it runs on): a file whose
    syntax is newer than it is an error for bandit. Remembered per executable like the version."""
    key = version_cache.cache_key(exe, _PYTHON_ARGS)
    cached = version_cache.lookup(key) if key else None
    if cached:
        return cached
    try:
        result = run_tool([exe, "--version"], timeout_s=30)
    except ToolError:
        return None
    found = interpreter_of(result.stdout + "\n" + result.stderr)
    if found and key and result.returncode == 0:
        version_cache.store(key, found)
    return found


def with_interpreter(gaps: Sequence[Gap], errors: Sequence[Gap], python: str | None) -> tuple[Gap, ...]:
    """Name the interpreter on the gaps of files bandit could not parse: newer syntax than that
    Python reads is a parse error, not a flaw of the file."""
    if not python:
        return tuple(gaps)
    failed = {(g.path, g.reason) for g in errors}
    return tuple(
        Gap(g.path, f"{g.reason} (bandit parsed it with Python {python})")
        if (g.path, g.reason) in failed
        else g
        for g in gaps
    )


class BanditAnalyzer:
    name = "bandit"
    tool = "bandit"

    def rule_ids(self) -> frozenset[str]:
        return frozenset(load_mapping())

    def version(self, config: ScanConfig) -> str | None:
        try:
            exe = find_tool("bandit", config.tool_paths.get("bandit"))
        except ToolError:
            return None
        return _version(exe)

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        targets = list(ctx.inventory.paths("python"))
        try:
            exe = find_tool("bandit", ctx.config.tool_paths.get("bandit"))
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, None, exc.message))
        version = _version(exe)
        if not targets:
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.OK, self.tool, version, "no Python files")
            )
        argv = [
            exe,
            "--format",
            "json",
            "--quiet",
            # bandit reads every file it is given: its default exclusions (.git, CVS, .tox, ...,
            # matched anywhere in the path, so `.github/` too) are off, and no `.bandit` file of
            # the scanned tree can add exclusions or skip tests.
            "--exclude=",
            "--ini",
            os.devnull,
            # Every finding is reported; aiscan applies inline suppressions (aiscan.sast.suppress).
            "--ignore-nosec",
            *skipped_checks(load_mapping()),
            "--",
            *(bandit_target(t) for t in targets),
        ]
        try:
            result = run_tool(argv, timeout_s=ctx.config.analyzer_timeout_s, cwd=ctx.root)
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, exc.message))

        def error(reason: str) -> AnalyzerOutcome:
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, result.duration_s)
            )

        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError:
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            return error(f"exit code {result.returncode}, unreadable output: {tail[:200]}")
        if result.returncode not in (0, 1):
            return error(f"exit code {result.returncode}")
        try:
            found, errors = parse_bandit(
                data, load_mapping(), lambda p, s, e: read_snippet(ctx.root, p, s, e)
            )
            gaps = coverage_gaps(data, targets)
        except ToolError as exc:
            return error(exc.message)
        python = bandit_python(exe)
        gaps = with_interpreter(gaps, errors, python)
        inline = apply_inline_suppressions(
            found, lambda p: file_lines(ctx.root, p), ctx.config.policy.inline_suppressions
        )
        status = RunStatus.PARTIAL if gaps else RunStatus.OK
        covered = len(targets) - len({g.path for g in gaps})
        summary = "; ".join(
            part for part in (f"parsed with Python {python}" if python else "", inline.summary()) if part
        )
        run = AnalyzerRun(self.name, status, self.tool, version, summary, result.duration_s, covered, gaps)

        def lines_of(path: str) -> tuple[str, ...]:
            return file_lines(ctx.root, path)

        kept = drop_sql_formatting_no_value(inline.findings, lines_of)
        kept = drop_bind_in_host_allow_list(kept, lines_of)
        kept = declared_pycryptodome(kept, ctx.inventory.all_paths(), lines_of)
        kept = weigh_computed_shell(kept, lines_of)
        kept = weigh_operator_commands(kept, lines_of, targets)
        return AnalyzerOutcome(run, config_file_environments(prescribed_by_format(kept, lines_of), lines_of))
