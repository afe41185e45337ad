"""Semgrep with aiscan's own rules (rulesets/semgrep), offline: no registry, no metrics, no
version check. One run with every rule, over the whole tree or the files a diff names."""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from aiscan import version_cache
from aiscan.analyzers.base import ScanContext, read_snippet
from aiscan.config import PRE_COMMIT, ScanConfig
from aiscan.errors import CatalogueError, ToolError, ToolTimeout
from aiscan.inventory import EMBEDDED_SCRIPT, MAX_FILE_BYTES, TEMPLATE_LANGUAGES, SourceFile, language_of
from aiscan.models import (
    AnalyzerOutcome,
    AnalyzerRun,
    Finding,
    Gap,
    Location,
    RunStatus,
    SkippedFile,
)
from aiscan.resources import rulesets_dir
from aiscan.sast import interfile, semgrep_cache, semgrep_retry
from aiscan.sast.check_map import companion_rules
from aiscan.sast.coverage import NON_LANGUAGES, NOT_COVERED_RULE, analysed_languages, not_covered_findings
from aiscan.sast.interfile_findings import AcrossFunctions, across_summary, flow_finding, returned_finding
from aiscan.sast.kotlin_accessors import readable_accessors
from aiscan.sast.kotlin_taint_gaps import taint_gap_warning
from aiscan.sast.merge import fold_template_duplicates
from aiscan.sast.rule_metadata import confidence_of, cwe_id, severity_of
from aiscan.sast.rule_paths import excluded
from aiscan.sast.semgrep_batches import (
    MAX_ARGV_BYTES,
    MAX_BATCH_FILES,
    batch_targets,
    ordered_batches,
    unreached_output,
)
from aiscan.sast.semgrep_errors import HARMLESS_ERRORS, Effect, effect, error_kind
from aiscan.sast.suppress import apply_inline_suppressions, file_lines
from aiscan.sast.swift_bindings import readable_bindings
from aiscan.sast.templates import NODE_TEMPLATE_SUFFIXES, PAGE_SUFFIXES, embedded_program, page_scripts
from aiscan.sast.tool_output import OutputReader, as_list, detail, first_line, line_number
from aiscan.sast.tree_context import weigh_with_tree
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

# The extensions semgrep reads for each language (it picks a file's language by extension
# only); the first is the one given to a copy of a file it would otherwise ignore.
SEMGREP_EXTENSIONS: Mapping[str, tuple[str, ...]] = {
    "python": (".py", ".pyi"),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".tsx"),
    "java": (".java",),
    "kotlin": (".kt", ".kts"),
    "swift": (".swift",),
    "go": (".go",),
    "php": (".php", ".phtml"),
    "csharp": (".cs",),
    "ruby": (".rb",),
    "rust": (".rs",),
    "scala": (".scala",),
    "dart": (".dart",),
}

# After this many rule timeouts on one file semgrep runs no more rules on it.
TIMEOUT_THRESHOLD = 3


@dataclass(frozen=True)
class RuleInfo:
    id: str
    languages: tuple[str, ...]
    category: str
    requirements: tuple[str, ...]
    path: str
    # The folder of the ruleset the rule is kept in (its language, by convention).
    folder: str = ""
    # `paths.include` globs: which files a rule for configuration files (generic) reads.
    include: tuple[str, ...] = ()
    # `paths.exclude` patterns: files the rule is not meant for (aiscan.sast.rule_paths)
    exclude: tuple[str, ...] = ()
    analyzer: str = "semgrep"


_OUT = OutputReader("semgrep")


def short_rule_id(check_id: str) -> str:
    """semgrep prefixes rule IDs with the folder they were loaded from; aiscan's IDs have no dots."""
    return check_id.rsplit(".", 1)[-1]


def semgrep_rules_dir() -> Path:
    return rulesets_dir() / "semgrep"


# libyaml's implementation of the same safe loader (plain data only), seven times faster on the
# ruleset; pure Python where libyaml is absent.
YAML_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_yaml(text: str) -> Any:
    """yaml.safe_load, with libyaml when available."""
    return yaml.load(text, Loader=YAML_SAFE_LOADER)  # noqa: S506 (a safe loader)


@cache
def load_rules(directory: Path | None = None) -> tuple[RuleInfo, ...]:
    """Every rule of aiscan's semgrep ruleset, read as data (for coverage and validation)."""
    directory = directory or semgrep_rules_dir()
    rules: list[RuleInfo] = []
    for path in sorted([*directory.rglob("*.yaml"), *directory.rglob("*.yml")]):
        try:
            doc = safe_yaml(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise CatalogueError(f"{path}: cannot load semgrep rules: {exc}") from exc
        for rule in doc.get("rules") or ():
            meta = rule.get("metadata") or {}
            langs = tuple(
                SEMGREP_LANGUAGES.get(str(lang).lower(), str(lang).lower())
                for lang in rule.get("languages") or ()
            )
            rel = path.relative_to(directory)
            paths = rule.get("paths") if isinstance(rule.get("paths"), dict) else {}
            # a text rule kept in a template language's folder reads that language's files
            if len(rel.parts) > 1 and rel.parts[0] in TEMPLATE_LANGUAGES and not set(langs) - NON_LANGUAGES:
                langs = (rel.parts[0],)
            rules.append(
                RuleInfo(
                    id=str(rule.get("id")),
                    languages=langs,
                    category=str(meta.get("category", "")),
                    requirements=tuple(str(r) for r in meta.get("requirements") or ()),
                    path=rel.as_posix(),
                    folder=rel.parts[0] if len(rel.parts) > 1 else "",
                    include=tuple(str(g) for g in paths.get("include") or ()),
                    exclude=tuple(str(g) for g in paths.get("exclude") or ()),
                )
            )
    return tuple(rules)


def covered_languages(rules: Iterable[RuleInfo]) -> frozenset[str]:
    return analysed_languages(rules)


def parse_semgrep(
    data: Any,
    snippet: Callable[[str, int | None, int | None], str],
    strip_prefix: str = "",
    path_map: Mapping[str, str] | None = None,
) -> tuple[tuple[Finding, ...], tuple[Gap, ...]]:
    """Turn semgrep's JSON into findings and the gaps its errors name. Pure, given a snippet
    reader (semgrep's JSON no longer carries the matched lines). `path_map` renames paths
    semgrep saw (copies made for it) back to the scanned tree's. Output of the wrong shape is a
    ToolError."""
    findings = semgrep_findings(data, snippet, strip_prefix, path_map)
    return findings, assess_coverage(data, None, path_map=path_map, strip_prefix=strip_prefix).gaps


def semgrep_findings(
    data: Any,
    snippet: Callable[[str, int | None, int | None], str],
    strip_prefix: str = "",
    path_map: Mapping[str, str] | None = None,
) -> tuple[Finding, ...]:
    """The findings of semgrep's JSON (see parse_semgrep), without those in files a rule's
    `paths.exclude` names (semgrep's newer engine does not apply it to the files it is given)."""
    doc = _OUT.document(data)
    excludes = {r.id: r.exclude for r in load_rules() if r.exclude}
    findings = []
    for i, res in enumerate(_OUT.objects(doc, "results")):
        where = f"results[{i}]"
        extra = detail(res, "extra")
        meta = detail(extra, "metadata")
        rule_id = short_rule_id(_OUT.text(res, "check_id", where))
        path = _rel(_OUT.text(res, "path", where), strip_prefix, path_map)
        if rule_id in excludes and excluded(path, excludes[rule_id]):
            continue
        start_pos, end_pos = detail(res, "start"), detail(res, "end")
        start, end = line_number(start_pos.get("line")), line_number(end_pos.get("line"))
        findings.append(
            Finding(
                rule_id=rule_id,
                analyzer="semgrep",
                title=str(meta.get("title") or rule_id),
                message=str(extra.get("message") or "").strip(),
                severity=severity_of(meta.get("severity"), extra.get("severity")),
                confidence=confidence_of(meta.get("confidence")),
                location=Location(
                    path, start, end, line_number(start_pos.get("col")), snippet(path, start, end)
                ),
                cwe=tuple(cwe_id(c) for c in as_list(meta.get("cwe"))),
                requirements=tuple(str(r) for r in as_list(meta.get("requirements"))),
                remediation=str(meta.get("remediation") or "").strip(),
                properties={"category": str(meta.get("category") or "")},
            )
        )
    return tuple(findings)


def unparsed_lines(err: Mapping[str, Any]) -> frozenset[int]:
    """The lines of a PartialParsing error that semgrep could not parse."""
    kind = err.get("type")
    spans = kind[1] if isinstance(kind, list) and len(kind) > 1 and isinstance(kind[1], list) else None
    lines: set[int] = set()
    for span in spans or as_list(err.get("spans")):
        if not isinstance(span, dict):
            continue
        start = line_number(detail(span, "start").get("line"))
        end = line_number(detail(span, "end").get("line")) or start
        if start and end and end - start < MAX_SPAN_LINES:
            lines.update(range(start, end + 1))
    return frozenset(lines)


# A span longer than this is not a few unparsed lines (and is not expanded line by line).
MAX_SPAN_LINES = 100_000


@dataclass(frozen=True)
class Coverage:
    """What a semgrep run did not cover. `gaps` make the run partial; `warnings` are listed with
    it but leave it complete (a file semgrep parsed except for a few lines, a harmless error)."""

    gaps: tuple[Gap, ...]
    warnings: tuple[Gap, ...]
    fatal: tuple[str, ...]
    scanned: frozenset[str]


# The path of a gap about the whole run rather than one file.
WHOLE_RUN = "."


def assess_coverage(
    data: Any,
    expected: Mapping[str, int | None] | None,
    *,
    path_map: Mapping[str, str] | None = None,
    timeout_threshold: int = TIMEOUT_THRESHOLD,
    strip_prefix: str = "",
    page_scripts: frozenset[str] = frozenset(),
) -> Coverage:
    """Compare what semgrep reports with what it was given. Pure; output of the wrong shape is
    a ToolError.

    `expected` maps every target (a path of the tree) to its line count, or None if unknown;
    None for `expected` itself takes every path an error names as a target and checks nothing
    else. Each error is classified by aiscan.sast.semgrep_errors: an error about a target is a
    gap naming the file (and the rule, when known), except a PartialParsing error whose spans
    show that semgrep parsed at least half the file, which is a warning; an error about the
    configuration is fatal; an error that names no file makes the whole run partial (fatal at
    level `error`). A target semgrep neither scanned nor reported is a gap too, and so is a rule
    semgrep says it skipped: nothing is dropped silently. An error on a copy of a page's inline
    scripts (`page_scripts`) is a warning naming the page: the page itself was read by its own
    rules, its scripts were not, as before they were read at all."""
    doc = _OUT.document(data)
    gaps: list[Gap] = []
    warnings: list[Gap] = []
    fatal: list[str] = []
    timeouts: dict[str, int] = {}
    with_errors: set[str] = set()
    for err in _OUT.objects(doc, "errors"):
        raw_path = err.get("path")
        path = _rel(raw_path, strip_prefix, path_map) if isinstance(raw_path, str) and raw_path else ""
        kind = error_kind(err)
        message = first_line(err.get("message"), kind)
        is_target = bool(path) and (expected is None or path in expected)
        rule = short_rule_id(err["rule_id"]) if isinstance(err.get("rule_id"), str) else None
        if isinstance(raw_path, str) and raw_path in page_scripts:
            warnings.append(Gap(path, f"inline scripts not read as JavaScript: {kind}: {message}", rule))
            continue
        match effect(kind, is_target=is_target, has_path=bool(path)):
            case Effect.CONFIG:
                fatal.append(f"{path}: {message}" if path else f"{kind}: {message}")
            case Effect.HARMLESS:
                harmless = f"{kind} (harmless: {HARMLESS_ERRORS[kind]}): {message}"
                warnings.append(Gap(path or WHOLE_RUN, harmless))
            case Effect.RUN:
                if err.get("level") == "error":
                    fatal.append(f"{kind}: {message}")
                else:
                    run_gap = f"semgrep reported {kind} without naming a file: {message}"
                    gaps.append(Gap(WHOLE_RUN, run_gap, rule))
            case Effect.FILE:
                with_errors.add(path)
                total = expected.get(path) if expected else None
                if kind == "PartialParsing":
                    partial, gap = _partial_parsing(path, unparsed_lines(err), total)
                    (warnings if partial else gaps).append(gap)
                elif kind == "Timeout":
                    timeouts[path] = timeouts.get(path, 0) + 1
                    gaps.append(Gap(path, f"Timeout: rule {rule or '?'} did not finish on this file", rule))
                else:
                    gaps.append(Gap(path, f"{kind}: {message}", rule))
    for path, n in sorted(timeouts.items()):
        if n >= timeout_threshold:
            gaps.append(Gap(path, f"{n} rules timed out; semgrep ran no further rules on this file"))
    for j, skipped_rule in enumerate(_OUT.objects(doc, "skipped_rules")):
        rule = short_rule_id(_OUT.text(skipped_rule, "rule_id", f"skipped_rules[{j}]"))
        why = first_line(skipped_rule.get("details"), "no reason given")
        gaps.append(Gap(WHOLE_RUN, f"semgrep skipped rule {rule}: {why}", rule))
    paths = detail(doc, "paths")
    scanned = frozenset(_rel(p, strip_prefix, path_map) for p in _OUT.strings(paths, "scanned", "paths."))
    why_skipped = {
        _rel(str(s.get("path", "")), strip_prefix, path_map): str(s.get("details") or s.get("reason") or "")
        for s in _OUT.objects(paths, "skipped", "paths.")
    }
    for path in sorted(set(expected or ()) - scanned - with_errors):
        why = why_skipped.get(path) or "skipped without a reason"
        gaps.append(Gap(path, f"not analysed by semgrep: {why}"))
    return Coverage(tuple(gaps), tuple(warnings), tuple(fatal), scanned)


def _listed(notes: Iterable[Gap]) -> tuple[Gap, ...]:
    """Warnings and notes listed with the run's gaps, marked as leaving it complete."""
    return tuple(replace(g, blocking=False) for g in notes)


def kotlin_taint_gaps(root: Path, sources: Iterable[SourceFile]) -> tuple[Gap, ...]:
    """A warning for each Kotlin file with `if` blocks semgrep's taint rules leave out
    (aiscan.sast.kotlin_taint_gaps)."""
    found = (
        taint_gap_warning(f.path, "\n".join(file_lines(root, f.path)))
        for f in sources
        if f.language == "kotlin"
    )
    return tuple(g for g in found if g is not None)


def _partial_parsing(path: str, bad: frozenset[int], total: int | None) -> tuple[bool, Gap]:
    """A PartialParsing error: a warning (True) when semgrep says which lines it could not parse
    and they are at most half the file; a gap otherwise (no spans: it did not say how much)."""
    of = f" of {total}" if total else ""
    if not bad:
        why = f"PartialParsing: semgrep did not say which lines{of} it could not parse; file not analysed"
        return False, Gap(path, why)
    where = f"line{'s' if len(bad) > 1 else ''} {_line_ranges(bad)}"
    if total and len(bad) * 2 <= total:
        return True, Gap(path, f"PartialParsing: {where}{of} not parsed; the rest was analysed")
    return False, Gap(path, f"PartialParsing: {where}{of} not parsed; file not analysed")


def _line_ranges(lines: Iterable[int]) -> str:
    """`3-5, 9` for {3, 4, 5, 9}."""
    runs: list[list[int]] = []
    for n in sorted(lines):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def merge_outputs(outputs: Sequence[Any]) -> dict[str, Any]:
    """One semgrep JSON document from the outputs of several runs over parts of the targets.
    Output of the wrong shape is a ToolError."""
    merged: dict[str, Any] = {
        "results": [],
        "errors": [],
        "skipped_rules": [],
        "paths": {"scanned": [], "skipped": []},
    }
    skipped_rules: dict[str, Mapping[str, Any]] = {}
    for out in outputs:
        doc = _OUT.document(out)
        merged["results"].extend(_OUT.objects(doc, "results"))
        merged["errors"].extend(_OUT.objects(doc, "errors"))
        for rule in _OUT.objects(doc, "skipped_rules"):
            skipped_rules.setdefault(str(rule.get("rule_id")), rule)  # each batch lists them all
        paths = detail(doc, "paths")
        merged["paths"]["scanned"].extend(_OUT.strings(paths, "scanned", "paths."))
        merged["paths"]["skipped"].extend(_OUT.objects(paths, "skipped", "paths."))
    merged["skipped_rules"] = list(skipped_rules.values())
    return merged


def fatal_errors(data: Any) -> tuple[str, ...]:
    """Errors of level `error` that name no file: a broken rule, an invalid option."""
    return tuple(
        first_line(e.get("message"), error_kind(e))
        for e in _OUT.objects(_OUT.document(data), "errors")
        if not e.get("path") and e.get("level") == "error"
    )


def _rel(path: str, prefix: str, path_map: Mapping[str, str] | None = None) -> str:
    if path_map and path in path_map:
        return path_map[path]
    if prefix and path.startswith(prefix):
        path = path[len(prefix) :]
    return path.lstrip("/").removeprefix("./")


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
        ids = frozenset(r.id for r in load_rules(self.rules_dir))
        across = {
            r + interfile.RULE_SUFFIX for rules in interfile.SUMMARISED.values() for r in rules if r in ids
        }
        return ids | across | {NOT_COVERED_RULE}

    def _across_functions(
        self,
        exe: str,
        ctx: ScanContext,
        sources: Sequence[SourceFile],
        plan: TargetPlan,
        workdir: Path,
        version: str,
        started: float,
    ) -> AcrossFunctions:
        """The two passes of aiscan.sast.interfile for each language of the tree that has
        summarised rules and that the configuration follows across functions: findings at the
        sink inside a function that a call elsewhere gives request data. A pass is cached as a
        whole (a file's result depends on every other file). A pass that fails is a gap.

        In a merge scan the passes read the whole tree's files of the language (by the tree
        listing: no symlink, nothing outside the tree), since the call that gives a changed
        function request data, or the function whose value a changed caller uses, may sit in an
        unchanged file; only the findings in the scope's files are kept. A pre-commit scan must
        answer at once, so its passes read the named files only (a one-file change of a
        2,000-file Java tree: 7 s against 386 s cold), and its summary says so."""
        copies = {tree: copy for copy, tree in plan.path_map.items() if copy not in plan.page_scripts}
        scope = {f.path for f in sources}
        scoped = ctx.inventory.tree is not None
        at_once = scoped and ctx.config.scan_kind == PRE_COMMIT
        unchanged = [] if at_once else [f for f in ctx.inventory.whole_tree().files if f.path not in scope]
        begun = time.monotonic()
        findings: list[Finding] = []
        gaps: list[Gap] = []
        counts: list[str] = ["followed among the pre-commit scan's files only"] if at_once else []
        reused: list[str] = []
        # TypeScript files are followed with JavaScript's (interfile.followed_as)
        present = {str(lang) for lang in (interfile.followed_as(f.language) for f in sources) if lang}
        followed = sorted(present & ctx.config.semgrep_across_functions)
        for language in followed:
            targets = [
                copies.get(f.path, f.path)
                for f in (*sources, *unchanged)
                if interfile.followed_as(f.language) == language
            ]
            where = PassTargets(language, targets, semgrep_cache.files_digest(ctx.root, targets))
            class_rules = summarised_rules(self.rules_dir, language)
            rel = functools.partial(_rel, prefix="", path_map=plan.path_map)
            summaries_rules = interfile.first_pass_rules(language, class_rules)
            first = self._pass(
                exe, ctx, where, summaries_rules, workdir, "summaries", version, started, reused
            )
            if isinstance(first, Gap):
                gaps.append(first)
                continue
            found = interfile.read_summaries(first["results"], rel)
            summaries = interfile.with_aliases(found, interfile.read_aliases(first["results"]))
            gaps += _pass_gaps(first, plan.path_map, language, "summaries")
            validated = interfile.read_validated(first["results"], language)
            calls_rules = interfile.second_pass_rules(language, summaries, class_rules, validated)
            if not calls_rules["rules"]:
                counts.append(f"{language}: 0 functions reach a sink")
                continue
            second = self._pass(exe, ctx, where, calls_rules, workdir, "calls", version, started, reused)
            if isinstance(second, Gap):
                gaps.append(second)
                continue
            gaps += _pass_gaps(second, plan.path_map, language, "calls")
            ancestors = interfile.read_ancestors(first["results"], language)
            definitions = interfile.read_definitions(first["results"], rel)
            flows = interfile.flows(second["results"], summaries, rel, language, ancestors, definitions)
            returned = interfile.returned_flows(second["results"], summaries, rel, language)
            n_functions = len(
                {(s.rule, s.path, s.function, s.position) for s in found if s.kind == interfile.PARAMETER}
            )
            counts.append(
                f"{language}: {n_functions} function parameter(s) reach a sink, "
                f"{len(flows)} reached from calls with request data, "
                f"{len(returned)} sink(s) reached by returned values"
            )
            findings += [
                flow_finding(flow, class_rules[flow.summary.rule], ctx.root, language)
                for flow in flows
                if flow.summary.path in scope
            ]
            findings += [
                returned_finding(r, class_rules[r.rule], ctx.root) for r in returned if r.path in scope
            ]
        counts += [
            f"{language}: {reused.count(language)} pass(es) answered from the cache"
            for language in sorted(set(reused))
        ]
        took = time.monotonic() - begun
        return AcrossFunctions(tuple(findings), tuple(gaps), across_summary(followed, present, counts, took))

    def _pass(
        self,
        exe: str,
        ctx: ScanContext,
        where: PassTargets,
        rules: dict[str, Any],
        workdir: Path,
        name: str,
        version: str,
        started: float,
        reused: list[str],
    ) -> dict[str, Any] | Gap:
        """The output of one pass (`summaries` or `calls`) over the files of one language, or the
        gap it leaves. An output of the same rules, semgrep and options over the same files (paths
        and content) is answered from the cache, and `reused` names the language."""
        language = where.language
        rule_file = workdir / f"aiscan-interfile-{name}-{language}.yaml"
        key = self._pass_key(exe, ctx, where, rules, version)
        folder = semgrep_cache.cache_dir()
        cached = semgrep_cache.load_whole(folder, key) if key else None
        if cached is not None:
            reused.append(language)
            return cached
        out = self._pass_output(exe, ctx, where.targets, rules, rule_file, version, started)
        if isinstance(out, str):
            return Gap(WHOLE_RUN, f"{language} flows across functions not analysed: {name}: {out}")
        if key and semgrep_cache.whole_cacheable(out):
            semgrep_cache.store(folder, key, out)
        return out

    def _pass_key(
        self, exe: str, ctx: ScanContext, where: PassTargets, rules: Mapping[str, Any], version: str
    ) -> str | None:
        """The cache key of a pass, or None when a target is a copy made for semgrep or cannot be
        read (such a pass is always run)."""
        identity = version_cache.cache_key(exe, ())
        if identity is None or where.files_digest is None:
            return None
        options = cache_options(self.argv(exe, ctx.config, configs=["generated"]))
        text = yaml.safe_dump(dict(rules), sort_keys=True)
        run = semgrep_cache.run_key(hashlib.sha256(text.encode()).hexdigest(), version, [identity, *options])
        return semgrep_cache.whole_key(run, where.files_digest)

    def _pass_output(
        self,
        exe: str,
        ctx: ScanContext,
        targets: list[str],
        rules: dict[str, Any],
        rule_file: Path,
        version: str,
        started: float,
    ) -> dict[str, Any] | str:
        """semgrep's merged output for the generated rules over `targets`, or why it failed."""
        try:
            rule_file.write_text(yaml.safe_dump(rules, sort_keys=False), encoding="utf-8")
        except OSError as exc:
            return f"cannot write the generated rules: {exc.strerror}"
        argv = self.argv(exe, ctx.config, configs=[str(rule_file)])
        outputs = []
        for batch in batch_targets(targets, MAX_ARGV_BYTES, MAX_BATCH_FILES):
            left = ctx.config.analyzer_timeout_s - (time.monotonic() - started)
            outcome = self._run_batch(exe, ctx, batch, left, version, argv)
            if isinstance(outcome, BoundReached):
                return f"the analyzer's bound of {ctx.config.analyzer_timeout_s:.0f} s ran out"
            if isinstance(outcome, AnalyzerOutcome):
                return outcome.run.reason or "semgrep failed"
            outputs.append(outcome)
        try:
            return merge_outputs(outputs)
        except ToolError as exc:
            return exc.message

    def version(self, config: ScanConfig) -> str | None:
        try:
            exe = find_tool("semgrep", config.tool_paths.get("semgrep"))
        except ToolError:
            return None
        return _version(exe)

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        rules = load_rules(self.rules_dir)
        languages = analysed_languages(rules)
        # shellcheck and flawfinder cover the languages they read, unless they are disabled.
        not_covered = not_covered_findings(ctx.inventory, (*rules, *companion_rules(ctx.config.disabled)))
        sources = [f for f in ctx.inventory.files if f.language in languages or script_template(f)]
        # HTML pages whose inline scripts the JavaScript rules read (PHP pages are among sources)
        read_pages = "javascript" in languages and "html" not in languages
        pages = [f for f in ctx.inventory.files if read_pages and f.language == "html" and is_page(f)]
        # markup files no language rule reads (HTML templates) are read by the generic rules
        unread = [
            f.path for f in ctx.inventory.files if f.language not in languages and not script_template(f)
        ]
        # build wrappers and third-party scripts are not AIS code: no rule reads them
        tooling = {s.path for s in ctx.inventory.build_tooling}
        others = [p for p in ctx.inventory.other_files if p not in tooling]
        pages += node_templates(others) if read_pages else []
        configs = config_targets([*others, *unread], rules)
        try:
            exe = find_tool("semgrep", ctx.config.tool_paths.get("semgrep"))
        except ToolError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, None, exc.message))
        version = _version(exe)
        summary = f"{len(rules)} rules, {len(languages)} languages"
        if not_covered:
            summary += f"; not covered: {', '.join(sorted(f.properties['language'] for f in not_covered))}"
        if not sources and not configs and not pages:
            reason = f"no files in a language the rules cover ({summary})"
            run = AnalyzerRun(self.name, RunStatus.OK, self.tool, version, reason)
            return AnalyzerOutcome(run, not_covered)
        with tempfile.TemporaryDirectory(prefix="aiscan-semgrep-") as tmp:
            plan = plan_targets(ctx.root, sources, configs, Path(tmp), pages)
            started = time.monotonic()
            cache = self._cache(exe, ctx, version, plan)
            outputs: list[Any] = [semgrep_cache.assemble(cache.hits.values())] if cache.hits else []
            to_scan = [t for t in plan.argv if t not in cache.hits]
            sizes = target_sizes(ctx.root, to_scan)
            unreached: list[str] = []  # the batches the bound stopped or never started
            for batch in ordered_batches(to_scan, sizes, MAX_ARGV_BYTES, MAX_BATCH_FILES):
                left = ctx.config.analyzer_timeout_s - (time.monotonic() - started)
                outcome = BoundReached() if unreached else self._run_batch(exe, ctx, batch, left, version)
                if isinstance(outcome, BoundReached):
                    unreached += batch
                    continue
                if isinstance(outcome, AnalyzerOutcome):
                    return outcome
                outputs.append(outcome)
                cache.remember(outcome)
            if unreached:
                outputs.append(unreached_output(unreached, ctx.config.analyzer_timeout_s, sizes))
            try:
                data = merge_outputs(outputs)
            except ToolError as exc:
                return AnalyzerOutcome(
                    AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, exc.message)
                )
            data, retry = self._retry(exe, ctx, data, plan, cache, version, started)
            across = self._across_functions(exe, ctx, sources, plan, Path(tmp), version, started)
        duration = time.monotonic() - started
        if cache.hits:
            summary += f"; {len(cache.hits)} file(s) unchanged since a previous scan, results reused"
        if retry.summary:
            summary += f"; {retry.summary}"
        if unreached:
            summary += (
                f"; the {ctx.config.analyzer_timeout_s:.0f} s bound ran out: {len(unreached)} of "
                f"{len(plan.argv)} file(s) not analysed"
            )
            if len(unreached) < len(plan.argv):
                summary += ", the others' results are kept for the next scan"
        expected = {**{f.path: f.lines for f in sources}, **dict.fromkeys(configs)}
        try:
            cov = assess_coverage(data, expected, path_map=plan.path_map, page_scripts=plan.page_scripts)
            snippet = functools.partial(read_snippet, ctx.root)
            found = fold_template_duplicates(semgrep_findings(data, snippet, path_map=plan.path_map))
        except ToolError as exc:
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, exc.message, duration)
            )
        if cov.fatal:
            reason = f"semgrep could not use its configuration: {'; '.join(cov.fatal[:3])}"
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, duration)
            )
        inline = apply_inline_suppressions(
            (*found, *across.findings),
            lambda p: file_lines(ctx.root, p),
            ctx.config.policy.inline_suppressions,
        )
        # the whole tree's files are read, in a scoped scan too: a finding's context may lie outside it
        tree = ctx.inventory.whole_tree()
        findings = weigh_with_tree(inline.findings, tree, lambda p: file_lines(ctx.root, p))
        gaps = retry.annotate(cov.gaps) + oversized_gaps(ctx.inventory.skipped, languages)
        gaps += tuple(g for g in across.gaps if g.path not in {x.path for x in gaps})
        if across.summary:
            summary += f"; {across.summary}"
        if plan.page_scripts:
            summary += f"; {page_scripts_summary(data, plan)}"
        status = RunStatus.PARTIAL if gaps else RunStatus.OK
        if cov.warnings:
            summary += f"; {len(cov.warnings)} warning(s): file(s) partly parsed or harmless errors"
        kotlin_unread = kotlin_taint_gaps(ctx.root, sources)
        if kotlin_unread:
            summary += f"; {len(kotlin_unread)} Kotlin file(s) with blocks the taint rules do not read"
        if inline.summary():
            summary += f"; {inline.summary()}"
        run = AnalyzerRun(
            self.name,
            status,
            self.tool,
            version,
            summary,
            duration,
            len(cov.scanned & set(expected)),
            gaps + _listed(cov.warnings + kotlin_unread + retry.cleared),
        )
        return AnalyzerOutcome(run, (*not_covered, *findings))

    def _retry(
        self,
        exe: str,
        ctx: ScanContext,
        data: dict[str, Any],
        plan: TargetPlan,
        cache: ResultCache,
        version: str,
        started: float,
    ) -> tuple[dict[str, Any], RetryReport]:
        """The files on which a rule timed out or semgrep crashed, analysed once more alone with
        a longer rule timeout (aiscan.sast.semgrep_retry); the output with their second answer."""
        timeout = semgrep_retry.retry_timeout(ctx.config.rule_timeout_s, ctx.config.semgrep_retry_timeout_s)
        todo = semgrep_retry.plan_retry(data, plan.argv, TIMEOUT_THRESHOLD)
        if not todo.files or timeout == 0:
            return data, RetryReport()
        names = [_rel(p, "", plan.path_map) for p in todo.files]
        how = f"retried alone with a {timeout} s rule timeout"
        configs = None
        if todo.rules is not None:
            by_id = {r.id: r.path for r in load_rules(self.rules_dir)}
            if all(r in by_id for r in todo.rules):  # else every rule: one is not where it was
                configs = [str(self.rules_dir / f) for f in sorted({by_id[r] for r in todo.rules})]
                how += f" ({', '.join(sorted(todo.rules))} only)"
        argv = self.argv(exe, ctx.config, rule_timeout_s=timeout, configs=configs)
        left = ctx.config.analyzer_timeout_s - (time.monotonic() - started)
        outcome = self._run_batch(exe, ctx, list(todo.files), left, version, argv)
        if isinstance(outcome, (AnalyzerOutcome, BoundReached)):
            reason = outcome.run.reason if isinstance(outcome, AnalyzerOutcome) else outcome.reason
            why = f"{how} failed ({reason}): {', '.join(names)}"
            return data, RetryReport(why, frozenset(names), how)
        retried = semgrep_retry.retried_output(data, outcome, todo.files)
        # stored only as a whole run would be: nothing when either attempt had a run-level problem
        cache.remember(semgrep_retry.for_cache(retried, data, outcome))
        failing = semgrep_retry.still_failing(retried, todo.files)
        kept = sorted(_rel(p, "", plan.path_map) for p in failing)
        cleared = sorted(set(names) - set(kept))
        parts = [f"{len(cleared)} analysed ({', '.join(cleared)})"] if cleared else []
        if kept:
            parts.append(f"{len(kept)} still failing ({', '.join(kept)})")
        return semgrep_retry.with_retry(data, retried, todo.files), RetryReport(
            f"{len(names)} file(s) that timed out or crashed {how}: {'; '.join(parts)}",
            frozenset(kept),
            how,
            tuple(Gap(p, f"a rule timed out or semgrep crashed on it; {how}: analysed") for p in cleared),
        )

    def _run_batch(
        self,
        exe: str,
        ctx: ScanContext,
        batch: list[str],
        timeout_s: float,
        version: str,
        argv_prefix: list[str] | None = None,
    ) -> dict[str, Any] | AnalyzerOutcome | BoundReached:
        """semgrep's JSON for one batch of targets, BoundReached when the analyzer's bound ran out
        first, or the error run that ends the analysis."""

        def error(reason: str, duration: float = 0.0) -> AnalyzerOutcome:
            return AnalyzerOutcome(
                AnalyzerRun(self.name, RunStatus.ERROR, self.tool, version, reason, duration)
            )

        if timeout_s <= 0:
            return BoundReached()
        argv = [*(argv_prefix or self.argv(exe, ctx.config)), "--", *batch]
        try:
            result = run_tool(argv, timeout_s=timeout_s, cwd=ctx.root, env=_offline_env())
        except ToolTimeout:
            return BoundReached()
        except ToolError as exc:
            return error(exc.message)
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError:
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            return error(f"exit code {result.returncode}, unreadable output: {tail[:200]}", result.duration_s)
        if not isinstance(data, dict):
            return error(f"exit code {result.returncode}, unexpected output", result.duration_s)
        try:
            fatal = fatal_errors(data)
        except ToolError as exc:
            return error(exc.message, result.duration_s)
        if result.returncode not in (0, 1) or fatal:
            reason = f"exit code {result.returncode}: {'; '.join(fatal) or 'semgrep failed'}"
            return error(reason, result.duration_s)
        return data

    def _cache(self, exe: str, ctx: ScanContext, version: str, plan: TargetPlan) -> ResultCache:
        """The cached results for the plan's files that are unchanged since an earlier scan with
        the same rules, semgrep and options. Copies made for semgrep are always scanned."""
        options = cache_options(self.argv(exe, ctx.config))
        # The executable itself (its real path, size and time) as well as its version: another
        # semgrep, or a wrapper around one, answers for itself.
        identity = version_cache.cache_key(exe, ())
        try:
            if identity is None:
                raise OSError(exe)
            run = semgrep_cache.run_key(
                semgrep_cache.ruleset_digest(self.rules_dir), version, [identity, *options]
            )
        except OSError:
            return ResultCache(None, {}, {})
        folder = semgrep_cache.cache_dir()
        keys: dict[str, str] = {}
        hits: dict[str, dict[str, Any]] = {}
        for target in plan.argv:
            if target in plan.path_map:
                continue
            try:
                content = (ctx.root / target).read_bytes()
            except OSError:
                continue
            keys[target] = semgrep_cache.entry_key(run, target, content)
            entry = semgrep_cache.load(folder, keys[target], target)
            if entry is not None:
                hits[target] = entry
        return ResultCache(folder, keys, hits)

    def argv(
        self,
        exe: str,
        cfg: ScanConfig,
        *,
        rule_timeout_s: int | None = None,
        configs: Sequence[str] | None = None,
    ) -> list[str]:
        """semgrep's command line without the targets: every rule, or the rule files `configs`."""
        argv = [exe, "scan"]
        if cfg.semgrep_engine == "osemgrep":
            argv.append("--experimental")
        for config in configs or [str(self.rules_dir)]:
            argv += ["--config", config]
        return [
            *argv,
            "--json",
            "--metrics=off",
            "--disable-version-check",
            "--no-git-ignore",
            # semgrep reports every finding; aiscan applies inline suppressions itself, as the
            # policy allows, and lists each suppressed finding (aiscan.sast.suppress).
            "--disable-nosem",
            # Each rule on each file is bounded; a file with this many timeouts gets no more
            # rules. Both are reported as errors and become gaps naming the file and rule.
            "--timeout",
            str(cfg.rule_timeout_s if rule_timeout_s is None else rule_timeout_s),
            "--timeout-threshold",
            str(TIMEOUT_THRESHOLD),
            # The inventory already leaves out (and reports) larger files; semgrep's own limit is
            # the same, so it never drops a file the inventory kept.
            "--max-target-bytes",
            str(MAX_FILE_BYTES),
            "--jobs",
            str(cfg.effective_jobs),
        ]


def cache_options(argv: Sequence[str]) -> list[str]:
    """The options of a semgrep command line that change what it reports, for the cache key: not
    the executable, nor the number of jobs, nor where the rules lie (their content is keyed on its
    own), so that a ruleset checked out or installed elsewhere finds its entries."""
    options: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg in ("--jobs", "--config"):
            skip = True
        else:
            options.append(arg)
    return options


def summarised_rules(rules_dir: Path, language: str) -> dict[str, dict[str, Any]]:
    """The shipped single-file rules (as semgrep reads them) that the passes derive from."""
    wanted = set(interfile.SUMMARISED.get(language, ()))
    by_path = {r.path for r in load_rules(rules_dir) if r.id in wanted}
    out: dict[str, dict[str, Any]] = {}
    for rel in sorted(by_path):
        doc = safe_yaml((rules_dir / rel).read_text(encoding="utf-8")) or {}
        for rule in doc.get("rules") or ():
            if isinstance(rule, dict) and rule.get("id") in wanted:
                out[str(rule["id"])] = rule
    return out


def _pass_gaps(data: Mapping[str, Any], path_map: Mapping[str, str], language: str, name: str) -> list[Gap]:
    """Errors of a pass: the files it could not analyse (timeouts, parse errors) and skipped rules."""
    cov = assess_coverage(data, None, path_map=path_map)
    why = f"{language} flows across functions ({name} pass)"
    return [Gap(g.path, f"{why}: {g.reason}", g.rule_id) for g in cov.gaps] + [
        Gap(WHOLE_RUN, f"{why}: {f}") for f in cov.fatal
    ]


@dataclass(frozen=True)
class BoundReached:
    """The analyzer's bound ran out before a semgrep call finished (or before it started)."""

    reason: str = "the analyzer's bound ran out"


@dataclass(frozen=True)
class RetryReport:
    """What the second attempt on files that timed out or crashed did, for the run's summary."""

    summary: str = ""
    failing: frozenset[str] = frozenset()  # retried files that still fail (paths of the tree)
    how: str = ""
    cleared: tuple[Gap, ...] = ()  # one note per retried file now analysed (listed, not gaps)

    def annotate(self, gaps: Sequence[Gap]) -> tuple[Gap, ...]:
        """The gaps of the files that still fail, saying they were retried."""
        return tuple(
            Gap(g.path, f"{g.reason} (also when {self.how})", g.rule_id) if g.path in self.failing else g
            for g in gaps
        )


@dataclass(frozen=True)
class PassTargets:
    """The files of one language given to the passes over flows across functions, with their
    digest (aiscan.sast.semgrep_cache.files_digest; None: not cacheable)."""

    language: str
    targets: list[str]
    files_digest: str | None


@dataclass(frozen=True)
class ResultCache:
    """The per-file result cache of one semgrep run (aiscan.sast.semgrep_cache)."""

    folder: Path | None
    keys: Mapping[str, str]  # target -> its entry's key
    hits: Mapping[str, dict[str, Any]]  # target -> its cached output

    def remember(self, data: Mapping[str, Any]) -> None:
        if self.folder is None:
            return
        for path, payload in semgrep_cache.per_file(data, self.keys).items():
            if path not in self.hits:
                semgrep_cache.store(self.folder, self.keys[path], payload)


@dataclass(frozen=True)
class TargetPlan:
    argv: tuple[str, ...]  # what semgrep is given
    path_map: Mapping[str, str]  # a copy given to semgrep -> the path in the tree
    # the copies of pages' script blocks (aiscan.sast.templates.page_scripts): read by the
    # JavaScript rules besides the page itself; an error on one is a warning, not a gap
    page_scripts: frozenset[str] = frozenset()


def plan_targets(
    root: Path,
    sources: Sequence[SourceFile],
    configs: Sequence[str],
    workdir: Path,
    pages: Sequence[SourceFile] = (),
) -> TargetPlan:
    """semgrep picks a file's language by its extension alone and silently ignores files whose
    extension it does not know (`manage` with a python shebang, `.pyw`, `.mts`). Such files are
    copied under `workdir` with an extension semgrep reads, and the findings mapped back. The
    inline scripts of PHP pages among `sources` and of the HTML `pages` are given as copies too,
    and so is a Kotlin file with property getters or setters, rewritten so that semgrep reads
    their bodies (aiscan.sast.kotlin_accessors), and a Swift file with optional bindings,
    rewritten as assignments that semgrep's taint follows (aiscan.sast.swift_bindings)."""
    argv: list[str] = []
    path_map: dict[str, str] = {}
    page_copies: set[str] = set()
    for m, f in enumerate((*(s for s in sources if is_page(s)), *pages)):
        copy = _page_script_copy(root, f, workdir / f"{m}p")
        if copy is not None:
            argv.append(str(copy))
            path_map[str(copy)] = f.path
            page_copies.add(str(copy))
    for n, f in enumerate(sources):
        if f.language in EMBEDDED_SCRIPT:
            argv.append(f.path)  # the template rules read the component itself
            script = _script_copy(root, f, workdir / f"{n}s")
            if script is not None:
                argv.append(str(script))
                path_map[str(script)] = f.path
            continue
        rewrite = READABLE_REWRITES.get(f.language)
        if rewrite is not None:
            readable = _readable_copy(root, f, workdir / f"{n}k", rewrite)
            if readable is not None:
                argv.append(str(readable))
                path_map[str(readable)] = f.path
                continue
        known = SEMGREP_EXTENSIONS.get(f.language)
        suffix = PurePosixPath(f.path).suffix.lower()
        if script_template(f):
            known = (".html",)
        if known is None or suffix in known:
            argv.append(f.path)
            continue
        copy = workdir / str(n) / (PurePosixPath(f.path).name + known[0])
        try:
            copy.parent.mkdir(parents=True)
            shutil.copyfile(root / f.path, copy)
        except OSError:
            argv.append(f.path)  # semgrep will not scan it, and the gap will say so
            continue
        argv.append(str(copy))
        path_map[str(copy)] = f.path
    argv.extend(configs)
    return TargetPlan(tuple(argv), path_map, frozenset(page_copies))


def target_sizes(root: Path, targets: Iterable[str]) -> dict[str, int]:
    """Each target's size in bytes (a copy made for semgrep lies outside the tree, by its absolute
    path); a target that cannot be read has none."""
    sizes: dict[str, int] = {}
    for t in targets:
        try:
            sizes[t] = (root / t).stat().st_size
        except OSError:
            continue
    return sizes


def page_scripts_summary(data: Mapping[str, Any], plan: TargetPlan) -> str:
    """How many pages' inline scripts the JavaScript rules read, and how many did not parse."""
    failed = {e.get("path") for e in data.get("errors", ()) if e.get("path") in plan.page_scripts}
    read = len(plan.page_scripts) - len(failed)
    text = f"the inline scripts of {read} page(s) and server template(s) read by the JavaScript rules"
    return text + (f" ({len(failed)} more not parsed: warnings)" if failed else "")


def is_page(f: SourceFile) -> bool:
    """A PHP or HTML page whose inline scripts the JavaScript rules read (not `.jinja` and other
    server templates the inventory also counts as html)."""
    return PAGE_SUFFIXES.get(PurePosixPath(f.path).suffix.lower()) == f.language


def node_templates(other_files: Iterable[str]) -> list[SourceFile]:
    """The Node server templates (EJS, Handlebars, Mustache, Nunjucks) among the files the
    inventory does not count as source, as pages whose language is their dialect of tags."""
    dialects = ((p, NODE_TEMPLATE_SUFFIXES.get(PurePosixPath(p).suffix.lower())) for p in other_files)
    return [SourceFile(p, dialect, 0) for p, dialect in dialects if dialect]


def _page_script_copy(root: Path, f: SourceFile, folder: Path) -> Path | None:
    """A copy of a page's inline scripts as JavaScript (aiscan.sast.templates.page_scripts);
    None when it has none or cannot be read."""

    def program(text: str) -> tuple[str, str] | None:
        scripts = page_scripts(text, dialect=f.language)
        return None if scripts is None else (scripts, ".js")

    return _program_copy(root, f, folder, program)


def script_template(f: SourceFile) -> bool:
    """A server template named like a script (`i18n_catalog.js` opening with `{% ... %}`; the
    inventory reads it as a template): semgrep, which picks a language by extension, would parse
    it as JavaScript and fail, so it is given a copy named `.html`, read by the template rules."""
    return f.language == "html" and PurePosixPath(f.path).suffix.lower() in SEMGREP_EXTENSIONS["javascript"]


def _script_copy(root: Path, f: SourceFile, folder: Path) -> Path | None:
    """A copy of a component's script blocks or a JSP page's Java (markup blanked, lines kept)
    with an extension the JavaScript or Java rules read; None when it has none or cannot be read
    (the template is still given to semgrep whole)."""

    def program(text: str) -> tuple[str, str] | None:
        blocks = embedded_program(f.language, text)
        return None if blocks is None else (blocks[0], SEMGREP_EXTENSIONS[blocks[1]][0])

    return _program_copy(root, f, folder, program)


# Per language, the rewrite (same lines and columns) of what semgrep would read wrongly or not at
# all: Kotlin property accessors it leaves unread, Swift optional bindings its taint drops.
READABLE_REWRITES: dict[str, Callable[[str], str]] = {
    "kotlin": readable_accessors,
    "swift": readable_bindings,
}


def _readable_copy(root: Path, f: SourceFile, folder: Path, rewrite: Callable[[str], str]) -> Path | None:
    """A copy of a file with what semgrep would read wrongly rewritten by `rewrite` (one of
    READABLE_REWRITES), under `folder` at the file's path (so that a rule's path filters see the
    same path); None when there is nothing to rewrite or it cannot be read or the copy written
    (the file is then given to semgrep as it is)."""
    try:
        text = (root / f.path).read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None
    readable = rewrite(text)
    if readable == text:
        return None
    copy = folder / f.path
    try:
        copy.parent.mkdir(parents=True)
        copy.write_text(readable, encoding="utf-8")
    except OSError:
        return None
    return copy


def _program_copy(
    root: Path, f: SourceFile, folder: Path, program: Callable[[str], tuple[str, str] | None]
) -> Path | None:
    """Write under `folder` the program (and its extension) that `program` derives from the
    file's text, named after the file; None when it derives none or the file cannot be read or
    the copy written."""
    try:
        text = (root / f.path).read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None
    derived = program(text)
    if derived is None:
        return None
    copy = folder / (PurePosixPath(f.path).name + derived[1])
    try:
        folder.mkdir(parents=True)
        copy.write_text(derived[0], encoding="utf-8")
    except OSError:
        return None
    return copy


def config_targets(other_files: Iterable[str], rules: Iterable[RuleInfo]) -> tuple[str, ...]:
    """Files that are not source code but that a rule for configuration files reads
    (`languages: [generic]` with `paths.include`, e.g. application.properties). A file is chosen
    by its name, as semgrep's default engine chooses among the files it is given: a glob naming a
    folder (`*/mapper/*.xml`) selects nothing there, and a file taken through it would be expected
    of semgrep, never read, and reported as a gap in coverage."""
    globs = {g for r in rules if not set(r.languages) - NON_LANGUAGES for g in r.include if "/" not in g}
    if not globs:
        return ()
    return tuple(p for p in other_files if any(fnmatch.fnmatchcase(PurePosixPath(p).name, g) for g in globs))


def oversized_gaps(skipped: Iterable[SkippedFile], languages: frozenset[str]) -> tuple[Gap, ...]:
    """Source files in a language the rules read that the inventory could not give semgrep."""
    out = []
    for s in skipped:
        if not s.reason.startswith(("larger than", "unreadable")):
            continue
        if language_of(s.path, b"") in languages:
            out.append(Gap(s.path, f"not analysed: {s.reason}"))
    return tuple(out)
