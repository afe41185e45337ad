"""The run shared by the analyzers that read copies of the tree's files (shellcheck,
flawfinder): find the tool, stage copies of the inventory's files of its languages
(aiscan.sast.staging), run it on them, let the analyzer read its output, apply inline
suppressions, and account for every file: one given but not analysed is a gap."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from aiscan.analyzers.base import ScanContext, read_snippet
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Finding, Gap, RunStatus
from aiscan.sast.check_map import CheckMap, load_check_map
from aiscan.sast.staging import Staged, stage_copies
from aiscan.sast.suppress import apply_inline_suppressions, file_lines
from aiscan.tooling import ToolResult, find_tool, run_tool

Snippet = Callable[[str, int | None, int | None], str]


@dataclass(frozen=True)
class ToolRun:
    """What an analyzer's `interpret` is given: the tool's result, the staged copies (their
    folder still exists), the mapping and a snippet reader for the tree's files."""

    result: ToolResult
    staged: Staged
    mapping: CheckMap
    snippet: Snippet

    def text_of(self, name: str) -> str:
        return (self.staged.folder / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class StagedTool:
    name: str  # the analyzer, its tool and its mapping (rulesets/<name>.yaml)
    files: str  # what it reads, for the run's summary: "shell script(s)"
    options: tuple[str, ...]  # before `--` and the copies' names
    exit_codes: frozenset[int]  # those after which its output is read
    version: Callable[[str], str]
    transform: Callable[[str], str] = str

    def tool_version(self, config: ScanConfig) -> str | None:
        try:
            return self.version(find_tool(self.name, config.tool_paths.get(self.name)))
        except ToolError:
            return None

    def run(
        self, ctx: ScanContext, interpret: Callable[[ToolRun], tuple[tuple[Finding, ...], tuple[Gap, ...]]]
    ) -> AnalyzerOutcome:
        """`interpret` turns the output into findings and gaps, or raises ToolError."""
        mapping = load_check_map(self.name)
        targets = [p for lang in mapping.languages for p in ctx.inventory.paths(lang)]
        try:
            exe = find_tool(self.name, ctx.config.tool_paths.get(self.name))
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.name, None, exc.message))
        version = self.version(exe)

        def outcome(status: RunStatus, reason: str, duration: float = 0.0) -> AnalyzerOutcome:
            return AnalyzerOutcome(AnalyzerRun(self.name, status, self.name, version, reason, duration))

        if not targets:
            return outcome(RunStatus.OK, f"no {self.files}")
        with tempfile.TemporaryDirectory(prefix=f"aiscan-{self.name}-") as tmp:
            staged = stage_copies(ctx.root, targets, Path(tmp), self.transform)
            argv = [exe, *self.options, "--", *staged.names]
            try:
                result = run_tool(argv, timeout_s=ctx.config.analyzer_timeout_s, cwd=Path(tmp))
            except ToolError as exc:
                return outcome(RunStatus.ERROR, exc.message)
            if result.returncode not in self.exit_codes:
                tail = ((result.stdout + result.stderr).strip().splitlines() or ["no output"])[-1]
                return outcome(
                    RunStatus.ERROR, f"exit code {result.returncode}: {tail[:200]}", result.duration_s
                )
            try:
                found, gaps = interpret(
                    ToolRun(result, staged, mapping, lambda p, s, e: read_snippet(ctx.root, p, s, e))
                )
            except ToolError as exc:
                return outcome(RunStatus.ERROR, exc.message, result.duration_s)
        gaps = (*gaps, *_unread(staged.unreadable))
        inline = apply_inline_suppressions(
            found, lambda p: file_lines(ctx.root, p), ctx.config.policy.inline_suppressions
        )
        summary = "; ".join(filter(None, [f"{len(targets)} {self.files}", inline.summary()]))
        return AnalyzerOutcome(
            AnalyzerRun(
                self.name,
                RunStatus.PARTIAL if gaps else RunStatus.OK,
                self.name,
                version,
                summary,
                result.duration_s,
                len(targets) - len({g.path for g in gaps}),
                gaps,
            ),
            inline.findings,
        )


def _unread(unreadable: Mapping[str, str]) -> tuple[Gap, ...]:
    return tuple(Gap(p, f"not analysed: {why}") for p, why in unreadable.items())
