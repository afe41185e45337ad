"""One scan: inventory the tree, run the analyzers in parallel, evaluate, decide."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime

from aiscan import __version__
from aiscan.analyzers import Analyzer, ScanContext, all_analyzers
from aiscan.compliance.attestations import DEFAULT_NAME, load_attestations
from aiscan.compliance.catalogue import Catalogue, load_catalogue
from aiscan.compliance.evaluate import evaluate, map_findings, mark_unread
from aiscan.config import ScanConfig
from aiscan.errors import UsageError
from aiscan.gate import RELEASE, decide
from aiscan.inventory import Inventory, build_inventory, list_tree
from aiscan.models import (
    AnalyzerOutcome,
    AnalyzerRun,
    Finding,
    RequirementResult,
    RunStatus,
    ScanResult,
    SkippedFile,
    assign_fingerprints,
)
from aiscan.policy_files import load_policy_files
from aiscan.redaction import SourceRedactor, names_in_paths
from aiscan.release.identity import directory_release
from aiscan.repository import head_commit
from aiscan.roles import assign_roles
from aiscan.sast.scan import merge_sast_findings, scan_coverage
from aiscan.scope import mark_scoped_runs, resolve_scope, scope_note, tree_components
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from aiscan.secrets.findings import sensitive_values

# Called with (analyzer name, "start" | "done", the run when done).
Progress = Callable[[str, str, AnalyzerRun | None], None]


def run_analyzer(analyzer: Analyzer, ctx: ScanContext) -> AnalyzerOutcome:
    """Run one analyzer in isolation: whatever goes wrong inside it becomes an error run, so a
    crash can never read as 'no findings' and never stops the other analyzers."""
    if analyzer.name in ctx.config.disabled:
        return AnalyzerOutcome(AnalyzerRun(analyzer.name, RunStatus.SKIPPED, analyzer.tool, None, "disabled"))
    started = time.monotonic()
    try:
        outcome = analyzer.run(ctx)
    except Exception as exc:  # the isolation boundary for analyzer bugs; recorded, not hidden
        reason = f"crashed: {type(exc).__name__}: {exc}"
        return AnalyzerOutcome(
            AnalyzerRun(
                analyzer.name, RunStatus.ERROR, analyzer.tool, None, reason, time.monotonic() - started
            )
        )
    if not outcome.run.duration_s:
        outcome = replace(outcome, run=replace(outcome.run, duration_s=time.monotonic() - started))
    return outcome


def run_all(
    analyzers: Sequence[Analyzer],
    ctx: ScanContext,
    *,
    parallel: bool = True,
    progress: Progress | None = None,
) -> list[AnalyzerOutcome]:
    def one(a: Analyzer) -> AnalyzerOutcome:
        if progress:
            progress(a.name, "start", None)
        outcome = run_analyzer(a, ctx)
        if progress:
            progress(a.name, "done", outcome.run)
        return outcome

    if not parallel:
        return [one(a) for a in analyzers]
    with ThreadPoolExecutor(max_workers=max(1, len(analyzers))) as pool:
        return list(pool.map(one, analyzers))


def scan(
    config: ScanConfig,
    *,
    analyzers: Sequence[Analyzer] | None = None,
    catalogue: Catalogue | None = None,
    parallel: bool = True,
    progress: Progress | None = None,
    now: datetime | None = None,
    assessed_only: bool = False,
) -> ScanResult:
    """Scan `config.root`. With `assessed_only` (a scan by chosen analyzers, such as
    `aiscan secrets`), the report keeps only the requirements those analyzers assess and those
    its findings map to, instead of listing the rest as not assessed."""
    root = config.root
    if not root.exists():
        raise UsageError(f"{root}: no such file or directory")
    if not root.is_dir():
        raise UsageError(f"{root}: not a directory")
    catalogue = catalogue or load_catalogue()
    started_at = now or datetime.now(UTC)
    t0 = time.monotonic()
    attestations_path = config.attestations or (root / DEFAULT_NAME)
    attestations = (
        load_attestations(attestations_path, frozenset(catalogue.ids()))
        if config.attestations or attestations_path.is_file()
        else ()
    )
    today: date = started_at.date()
    policy_files = load_policy_files(config, today)
    scope = resolve_scope(root, config.only_paths, config.diff_base)
    components = config.components
    # A scoped scan still weighs its findings against the whole tree (a key item in an unchanged
    # module, a global filter in an unchanged Program.cs): one walk by name, no file read.
    tree = list_tree(root.resolve(), config.exclude) if scope.limited else None
    if components is None and scope.limited:
        components = tree_components(root, config.exclude, config.component_paths, listing=tree)
    inventory = build_inventory(
        root,
        only=scope.paths,
        exclude=config.exclude,
        components=components,
        component_paths=config.component_paths,
        tree=tree,
    )
    ctx = ScanContext(config, inventory)
    chosen = analyzers if analyzers is not None else all_analyzers()
    outcomes = run_all(chosen, ctx, parallel=parallel, progress=progress)

    sensitive = frozenset().union(*(o.sensitive_values for o in outcomes)) if outcomes else frozenset()
    redactor = source_redactor(sensitive, names_in_paths(inventory.all_paths()))
    # Fingerprints are taken from redacted findings, before the same weakness reported by semgrep
    # and bandit on the same lines becomes one finding: the merged finding keeps its primary's and
    # records each absorbed finding's, which a baseline or waiver made before may name.
    alone = assign_fingerprints(redactor.findings(f for o in outcomes for f in o.findings))
    findings = map_findings(assign_roles(assign_fingerprints(merge_sast_findings(alone))), catalogue)
    exceptions = policy_files.apply(findings, config.scan_kind, today)
    findings = exceptions.findings
    runs = mark_scoped_runs(sorted((redactor.run(o.run) for o in outcomes), key=lambda r: r.analyzer), scope)
    results = evaluate(
        catalogue,
        findings,
        runs,
        inventory.components,
        attestations,
        fail_on=config.policy.fail_on,
        unknown_as=config.policy.unknown_severity_as,
        test_code=config.policy.test_code,
        today=today,
    )
    notes = list(config.ignored_settings)
    if assessed_only:
        results = _assessed(results, catalogue, runs, findings)
        notes.append(f"requirements limited to those assessed by: {', '.join(r.analyzer for r in runs)}")
    unread = _unread(inventory, runs, assessed_only) if config.scan_kind == RELEASE else None
    if unread:
        results = mark_unread(results, catalogue, unread)
        notes.append(unread)
    decision = decide(results, findings, runs, config.policy, scan_kind=config.scan_kind, unread=unread)
    if attestations:
        notes.append(f"attestations read from {attestations_path.name}: {len(attestations)}")
    if config.exclude:
        notes.append(f"excluded by configuration: {', '.join(config.exclude)}")
    scoped = scope_note(scope)
    if scoped:
        notes.append(scoped)
    notes.extend(exceptions.notes())
    return ScanResult(
        target=str(root),
        scan_kind=config.scan_kind,
        components=inventory.components,
        languages={k: v.files for k, v in inventory.languages().items()},
        runs=runs,
        findings=_ordered(findings),
        requirements=results,
        decision=decision,
        started_at=started_at.isoformat(timespec="seconds"),
        duration_s=round(time.monotonic() - t0, 3),
        aiscan_version=__version__,
        fail_on=config.policy.fail_on,
        commit=head_commit(root),
        skipped_files=inventory.skipped + inventory.build_tooling + _run_skips(runs, inventory.skipped),
        notes=tuple(notes),
        excluded=tuple(config.exclude),
        waivers=exceptions.waivers,
        baseline=exceptions.baseline,
        scope=scope,
        coverage=scan_coverage(chosen, inventory, config.disabled),
        excluded_dirs=inventory.pruned,
        # A pre-commit or merge-request scan names no release: it would hash every tracked file.
        release=None if scope.limited else directory_release(root, inventory.components),
        component_evidence=inventory.component_evidence,
    )


def _run_skips(runs: tuple[AnalyzerRun, ...], listed: tuple[SkippedFile, ...]) -> tuple[SkippedFile, ...]:
    """What the analyzers' own scopes left unread (a git history's binary blobs, its pruned build
    output), each path once and not already listed by the inventory."""
    seen = {s.path for s in listed}
    out = []
    for run in runs:
        for s in run.skipped_files:
            if s.path not in seen:
                seen.add(s.path)
                out.append(s)
    return tuple(out)


def _unread(inventory: Inventory, runs: tuple[AnalyzerRun, ...], assessed_only: bool) -> str | None:
    """Why a release scan read nothing worth a verdict, or None: no file in scope at all (an
    empty tree, or everything excluded), or, for a whole scan, no source code."""
    if assessed_only:
        read = sum(r.files_scanned for r in runs)
        return None if read else "nothing was read: the analyzers found no file in scope"
    in_scope = len(inventory.files) + len(inventory.other_files)
    if not in_scope:
        return "nothing was read: the tree holds no file in scope (empty, or everything excluded)"
    if not inventory.programming_languages():
        return f"no source code was read: none of the {in_scope} file(s) in scope is a program's source"
    return None


def _assessed(
    results: tuple[RequirementResult, ...],
    catalogue: Catalogue,
    runs: tuple[AnalyzerRun, ...],
    findings: tuple[Finding, ...],
) -> tuple[RequirementResult, ...]:
    ran = {r.analyzer for r in runs}
    keep = {r.id for r in catalogue.requirements if any(e.analyzer in ran for e in r.evidence)}
    keep |= {req for f in findings for req in f.requirements}
    return tuple(r for r in results if r.requirement_id in keep)


def source_redactor(
    known: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> SourceRedactor:
    """Every finding's texts go through the secrets engine's detectors before they leave the
    scan, whether or not the secrets analyzer ran or read that file. `known` values are masked
    in every text, except those among `names` (the tree's folder and file names)."""
    engine = Engine(load_ruleset())
    return SourceRedactor(lambda path, text: sensitive_values(engine.scan(path, text)), known, names)


def _ordered(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    return tuple(
        sorted(
            findings, key=lambda f: (-f.severity.rank, f.location.path, f.location.start_line or 0, f.rule_id)
        )
    )
