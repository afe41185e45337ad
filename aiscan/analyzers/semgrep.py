"""Semgrep with aiscan's own rules (rulesets/semgrep), offline: no registry, no metrics, no
version check. One run with every rule, over the whole tree or the files a diff names."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from aiscan.analyzers.base import ScanContext, read_snippet
from aiscan.config import ScanConfig
from aiscan.errors import CatalogueError, ToolError
from aiscan.inventory import EXCLUDED_DIRS
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
from aiscan.tooling import find_tool, run_tool, tool_version

# semgrep's language names -> the inventory's.
SEMGREP_LANGUAGES = {
    "python": "python",
    "py": "python",
    "python3": "python",
    "javascript": "javascript",
    "js": "javascript",
    "typescript": "typescript",
    "ts": "typescript",
    "java": "java",
    "kotlin": "kotlin",
    "kt": "kotlin",
    "swift": "swift",
    "go": "go",
    "golang": "go",
    "php": "php",
    "csharp": "csharp",
    "c#": "csharp",
    "ruby": "ruby",
    "rust": "rust",
    "scala": "scala",
    "dart": "dart",
    "c": "c",
    "cpp": "cpp",
    "c++": "cpp",
    "bash": "shell",
    "sh": "shell",
    "lua": "lua",
    "elixir": "elixir",
    "clojure": "clojure",
    "html": "html",
    "generic": "generic",
}

MAX_EXPLICIT_TARGETS = 3000

# libyaml's safe loader when PyYAML has it: ten times faster on the ruleset, which a pre-commit
# hook loads on every run.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SEVERITY_FROM_SEMGREP = {
    "ERROR": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
}


@dataclass(frozen=True)
class RuleInfo:
    id: str
    languages: tuple[str, ...]
    category: str
    requirements: tuple[str, ...]
    path: str


def short_rule_id(check_id: str) -> str:
    """semgrep prefixes rule IDs with the folder they were loaded from; aiscan's IDs have no dots."""
    return check_id.rsplit(".", 1)[-1]


def semgrep_rules_dir() -> Path:
    return rulesets_dir() / "semgrep"


@cache
def load_rules(directory: Path | None = None) -> tuple[RuleInfo, ...]:
    """Every rule of aiscan's semgrep ruleset, read as data (for coverage and validation)."""
    directory = directory or semgrep_rules_dir()
    rules: list[RuleInfo] = []
    for path in sorted([*directory.rglob("*.yaml"), *directory.rglob("*.yml")]):
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}  # noqa: S506
        except (OSError, yaml.YAMLError) as exc:
            raise CatalogueError(f"{path}: cannot load semgrep rules: {exc}") from exc
        for rule in doc.get("rules") or ():
            meta = rule.get("metadata") or {}
            langs = tuple(
                SEMGREP_LANGUAGES.get(str(lang).lower(), str(lang).lower())
                for lang in rule.get("languages") or ()
            )
            rules.append(
                RuleInfo(
                    id=str(rule.get("id")),
                    languages=langs,
                    category=str(meta.get("category", "")),
                    requirements=tuple(str(r) for r in meta.get("requirements") or ()),
                    path=str(path.relative_to(directory)),
                )
            )
    return tuple(rules)


def covered_languages(rules: Iterable[RuleInfo]) -> frozenset[str]:
    return frozenset(lang for r in rules for lang in r.languages)


def parse_semgrep(
    data: Mapping[str, Any],
    snippet: Callable[[str, int | None, int | None], str],
    strip_prefix: str = "",
) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    """Turn semgrep's JSON into findings and coverage gaps. Pure, given a snippet reader
    (semgrep's JSON no longer carries the matched lines)."""
    findings = []
    for res in data.get("results") or ():
        extra = res.get("extra") or {}
        meta = extra.get("metadata") or {}
        rule_id = short_rule_id(str(res.get("check_id", "")))
        path = _rel(str(res.get("path", "")), strip_prefix)
        start = (res.get("start") or {}).get("line")
        end = (res.get("end") or {}).get("line")
        findings.append(
            Finding(
                rule_id=rule_id,
                analyzer="semgrep",
                title=str(meta.get("title") or rule_id),
                message=str(extra.get("message", "")).strip(),
                severity=_severity(meta.get("severity"), extra.get("severity")),
                confidence=_confidence(meta.get("confidence")),
                location=Location(
                    path, start, end, (res.get("start") or {}).get("col"), snippet(path, start, end)
                ),
                cwe=tuple(_cwe(c) for c in _as_list(meta.get("cwe"))),
                requirements=tuple(str(r) for r in _as_list(meta.get("requirements"))),
                remediation=str(meta.get("remediation", "")).strip(),
                properties={"category": str(meta.get("category", ""))},
            )
        )
    gaps = []
    for err in data.get("errors") or ():
        path = err.get("path")
        kind = err.get("type")
        kind_name = kind[0] if isinstance(kind, list) and kind else str(kind or "error")
        if not path:
            continue
        message = str(err.get("message", "")).splitlines()[0] if err.get("message") else kind_name
        rule = err.get("rule_id")
        gaps.append(
            Gap(
                _rel(str(path), strip_prefix),
                f"{kind_name}: {message}",
                short_rule_id(rule) if rule else None,
            )
        )
    return tuple(findings), tuple(gaps)


def fatal_errors(data: Mapping[str, Any]) -> tuple[str, ...]:
    """Errors that are not about one file: a broken rule, an invalid option."""
    return tuple(
        str(e.get("message", e.get("type", "error"))).splitlines()[0]
        for e in data.get("errors") or ()
        if not e.get("path") and e.get("level") == "error"
    )


def _rel(path: str, prefix: str) -> str:
    if prefix and path.startswith(prefix):
        path = path[len(prefix) :]
    return path.lstrip("/").removeprefix("./")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _cwe(value: Any) -> str:
    text = str(value).strip()
    head = text.split(":", 1)[0].strip()
    return head.upper() if head.upper().startswith("CWE-") else text


def _severity(meta_sev: Any, semgrep_sev: Any) -> Severity:
    if meta_sev:
        try:
            return Severity.parse(str(meta_sev))
        except ValueError:
            pass
    return _SEVERITY_FROM_SEMGREP.get(str(semgrep_sev or "").upper(), Severity.MEDIUM)


def _confidence(value: Any) -> Confidence:
    try:
        return Confidence(str(value or "medium").lower())
    except ValueError:
        return Confidence.MEDIUM


def _offline_env() -> dict[str, str]:
    # No telemetry and no version check: semgrep otherwise phones home (and hangs offline).
    return {**os.environ, "SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0"}


def _version(exe: str) -> str:
    # The OCaml front end answers in a fraction of a second; the Python one takes seconds.
    return tool_version(exe, args=("--experimental", "--version"), env=_offline_env())


class SemgrepAnalyzer:
    name = "semgrep"
    tool = "semgrep"

    def __init__(self, rules_dir: Path | None = None) -> None:
        self._rules_dir = rules_dir

    @property
    def rules_dir(self) -> Path:
        return self._rules_dir or semgrep_rules_dir()

    def rule_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in load_rules(self.rules_dir))

    def version(self, config: ScanConfig) -> str | None:
        try:
            exe = find_tool("semgrep", config.tool_paths.get("semgrep"))
        except ToolError:
            return None
        return _version(exe)

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        rules = load_rules(self.rules_dir)
        covered = covered_languages(rules)
        targets = [f.path for f in ctx.inventory.files if f.language in covered]
        try:
            exe = find_tool("semgrep", ctx.config.tool_paths.get("semgrep"))
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, None, exc.message))
        version = _version(exe)
        if not targets:
            reason = "no files in a language the rules cover"
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.OK, self.tool, version, reason))
        argv = self._argv(exe, ctx, targets)
        try:
            result = run_tool(argv, timeout_s=ctx.config.analyzer_timeout_s, cwd=ctx.root, env=_offline_env())
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, exc.message))
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError:
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            reason = f"exit code {result.returncode}, unreadable output: {tail[:200]}"
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, result.duration_s)
            )
        fatal = fatal_errors(data)
        if result.returncode not in (0, 1) or fatal:
            reason = f"exit code {result.returncode}: {'; '.join(fatal) or 'semgrep failed'}"
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, result.duration_s)
            )
        findings, gaps = parse_semgrep(data, lambda p, s, e: read_snippet(ctx.root, p, s, e))
        scanned = len((data.get("paths") or {}).get("scanned") or targets)
        status = RunStatus.PARTIAL if gaps else RunStatus.OK
        reason = f"{len(rules)} rules, {len(covered)} languages"
        run = AnalyzerRun(self.name, status, self.tool, version, reason, result.duration_s, scanned, gaps)
        return AnalyzerOutcome(run, findings)

    def _argv(self, exe: str, ctx: ScanContext, targets: list[str]) -> list[str]:
        cfg = ctx.config
        argv = [exe, "scan"]
        if cfg.semgrep_engine == "osemgrep":
            argv.append("--experimental")
        argv += [
            "--config",
            str(self.rules_dir),
            "--json",
            "--metrics=off",
            "--disable-version-check",
            "--no-git-ignore",
            "--timeout",
            str(cfg.rule_timeout_s),
            "--timeout-threshold",
            "3",
            "--max-target-bytes",
            "2000000",
            "--jobs",
            str(cfg.effective_jobs),
        ]
        for d in sorted(EXCLUDED_DIRS):
            argv += ["--exclude", d]
        # Explicit targets keep semgrep's scope exactly the inventory's; a very large tree is
        # passed as a folder (the command line has a length limit) with the same exclusions.
        if len(targets) > MAX_EXPLICIT_TARGETS:
            return [*argv, "--", "."]
        return [*argv, "--", *targets]
