"""One release of the AIS: scan every component, evaluate chapter 3 once, decide once.

Each source of each component is scanned by the ordinary pipeline (aiscan.pipeline.scan) with the
catalogue components of its kinds, at most two at a time (the analyzers of each run in parallel
already). A source that names a git ref other than the clean checked-out commit is read from the
object database into a folder of the run (aiscan.release.gittree). A component that could not be
scanned (a missing folder, a ref that names nothing, a configuration it cannot use) is an error
run naming it and makes every requirement of its kinds NOT_ASSESSED: the release exits 3.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from aiscan import __version__
from aiscan.analyzers import Analyzer, all_analyzers
from aiscan.compliance.attestations import DEFAULT_NAME as ATTESTATIONS_NAME
from aiscan.compliance.catalogue import Catalogue, load_catalogue
from aiscan.config import Overrides, ScanConfig, resolve_scan_config
from aiscan.errors import AiscanError
from aiscan.gate import RELEASE, decide
from aiscan.gitaccess import find_repository, resolve_commit
from aiscan.models import (
    AnalyzerRun,
    Component,
    ComponentEvidence,
    ComponentVersion,
    Finding,
    LanguageCoverage,
    Location,
    ReleaseIdentity,
    RequirementResult,
    RunStatus,
    ScanResult,
    Severity,
    SkippedFile,
    WaiverState,
)
from aiscan.pipeline import scan
from aiscan.probes import ProbeOptions, ProbeTarget
from aiscan.release.combine import combine_requirements, not_scanned
from aiscan.release.description import AisDescription, ComponentSpec, Source
from aiscan.release.endpoints import probe_targets, with_probes
from aiscan.release.gittree import export_tree
from aiscan.release.identity import git_state, repository_label, tag_at

RELEASE_RUN = "release"  # the name of the run that records a component that could not be scanned
MAX_PARALLEL_COMPONENTS = 2  # the machines aiscan runs on are small; each scan is parallel inside


@dataclass(frozen=True)
class ReleaseOptions:
    """What the command line says for every component."""

    config_file: Path | None = None
    attestations: Path | None = None
    fail_on: Severity | None = None
    advisory_db: Path | None = None
    online: bool | None = None
    disabled: frozenset[str] = frozenset()
    parallel: bool = True  # False: one component, and one analyzer, at a time
    components_in_parallel: int = MAX_PARALLEL_COMPONENTS
    # Probe the endpoints the description names (aiscan.probes); None: contact nothing.
    probe: ProbeOptions | None = None


@dataclass(frozen=True)
class _Unit:
    """One source of one component, prepared: the folder to scan, or why there is none."""

    spec: ComponentSpec
    source: Source
    name: str  # the component id, or "id:path" when the component has several sources
    version: ComponentVersion
    root: Path | None
    problem: str | None = None
    not_exported: tuple[SkippedFile, ...] = ()


@dataclass(frozen=True)
class _Scanned:
    unit: _Unit
    result: ScanResult | None
    problem: str | None


def release_scan(
    description: AisDescription,
    options: ReleaseOptions | None = None,
    *,
    analyzers: Callable[[], Sequence[Analyzer]] | None = None,
    catalogue: Catalogue | None = None,
    now: datetime | None = None,
) -> ScanResult:
    """Scan the AIS `description` describes and decide whether the release may go live."""
    options = options or ReleaseOptions()
    catalogue = catalogue or load_catalogue()
    started_at = now or datetime.now(UTC)
    t0 = time.monotonic()
    ais_config = resolve_scan_config(description.folder, _overrides(options, ()))
    attestations = options.attestations
    if attestations is None and (description.folder / ATTESTATIONS_NAME).is_file():
        attestations = description.folder / ATTESTATIONS_NAME
    options = replace(options, attestations=attestations)
    targets = probe_targets(description) if options.probe is not None else {}
    workdir = Path(tempfile.mkdtemp(prefix="aiscan-release-")).resolve()
    try:
        units = _prepare(description, workdir)
        scanned = _scan_all(units, options, analyzers or all_analyzers, catalogue, started_at, targets)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return _assemble(description, scanned, catalogue, ais_config, started_at, t0)


def _overrides(options: ReleaseOptions, components: tuple[Component, ...]) -> Overrides:
    return Overrides(
        scan_kind=RELEASE,
        fail_on=options.fail_on,
        components=components,
        attestations=options.attestations,
        config_file=options.config_file,
        advisory_db=options.advisory_db,
        online=options.online,
        disabled=options.disabled,
    )


def _prepare(description: AisDescription, workdir: Path) -> list[_Unit]:
    units: list[_Unit] = []
    for spec in description.components:
        for n, source in enumerate(spec.sources):
            name = spec.id if len(spec.sources) == 1 else f"{spec.id}:{source.written}"
            units.append(_prepare_one(spec, source, name, workdir / f"{len(units)}-{spec.id}-{n}"))
    return units


def _prepare_one(spec: ComponentSpec, source: Source, name: str, export_to: Path) -> _Unit:
    path = source.path
    bare = ComponentVersion(spec.id, spec.kinds, str(path), ref=source.ref, version=spec.version)
    if not path.is_dir():
        why = "no such folder" if not path.exists() else "not a folder"
        return _Unit(spec, source, name, bare, None, f"source {source.written}: {why} ({path})")
    if source.ref is None:
        state = git_state(path)
        if state is None:
            return _Unit(spec, source, name, bare, path)
        repo = find_repository(path)
        tag = tag_at(repo, state.commit) if repo and state.commit else None
        version = replace(
            bare,
            subdir=repo.prefix if repo else "",
            repository=state.repository,
            commit=state.commit,
            dirty=state.dirty,
            version=spec.version or tag,
        )
        return _Unit(spec, source, name, version, path)
    repo = find_repository(path)
    if repo is None:
        return _Unit(spec, source, name, bare, None, f"source {source.written}: not in a git repository")
    commit = resolve_commit(repo, source.ref)
    if commit is None:
        problem = f"source {source.written}: the ref {source.ref!r} names no commit of {repo.top}"
        return _Unit(spec, source, name, bare, None, problem)
    version = replace(
        bare,
        subdir=repo.prefix,
        repository=repository_label(repo),
        commit=commit,
        dirty=False,
        version=spec.version or tag_at(repo, commit),
    )
    state = git_state(path)
    if state is not None and state.commit == commit and not state.dirty:
        return _Unit(spec, source, name, version, path)
    try:
        export_to.mkdir(parents=True)
        exported = export_tree(repo, commit, repo.prefix, export_to)
    except (AiscanError, OSError) as exc:
        problem = f"source {source.written}: the tree of {source.ref!r} could not be read: {exc}"
        return _Unit(spec, source, name, version, None, problem)
    return _Unit(spec, source, name, version, export_to, not_exported=exported.not_exported)


def _scan_all(
    units: list[_Unit],
    options: ReleaseOptions,
    analyzers: Callable[[], Sequence[Analyzer]],
    catalogue: Catalogue,
    started_at: datetime,
    targets: Mapping[str, tuple[ProbeTarget, ...]],
) -> list[_Scanned]:
    workers = max(1, min(options.components_in_parallel, len(units))) if options.parallel else 1
    # A component's endpoints are probed once, with the scan of its first source.
    first: dict[str, str] = {}
    for unit in units:
        first.setdefault(unit.spec.id, unit.name)

    def chosen(unit: _Unit) -> list[Analyzer]:
        mine = targets.get(unit.spec.id, ()) if first[unit.spec.id] == unit.name else ()
        if options.probe is None or not mine:
            return list(analyzers())
        return with_probes(analyzers(), mine, options.probe)

    def one(unit: _Unit) -> _Scanned:
        if unit.root is None:
            return _Scanned(unit, None, unit.problem)
        try:
            config = resolve_scan_config(unit.root, _overrides(options, unit.spec.catalogue_components))
            if not config.jobs:  # the cores are shared by the components scanned at once
                config = replace(config, jobs=max(1, (os.cpu_count() or 1) // workers))
            result = scan(
                config, analyzers=chosen(unit), catalogue=catalogue, parallel=options.parallel, now=started_at
            )
        except AiscanError as exc:
            return _Scanned(unit, None, exc.diagnostics())
        return _Scanned(unit, result, None)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, units))


def _assemble(
    description: AisDescription,
    scanned: list[_Scanned],
    catalogue: Catalogue,
    ais_config: ScanConfig,
    started_at: datetime,
    t0: float,
) -> ScanResult:
    """One result for the AIS: findings and runs naming their component, requirements combined."""
    several = {s.unit.spec.id for s in scanned if len(s.unit.spec.sources) > 1}
    findings: list[Finding] = []
    runs: list[AnalyzerRun] = []
    skipped: list[SkippedFile] = []
    notes: list[str] = list(ais_config.ignored_settings)
    per_unit: dict[str, tuple[RequirementResult, ...]] = {}
    components: set[Component] = set()
    languages: dict[str, int] = {}
    coverage: dict[str, LanguageCoverage] = {}
    evidence: list[ComponentEvidence] = []
    waivers: list[WaiverState] = []
    excluded_dirs: list[str] = []
    for s in scanned:
        unit = s.unit
        cid = unit.spec.id
        # Paths as the component's repository names them (what SARIF and code links resolve).
        prefix = unit.version.subdir + "/" if unit.version.subdir else ""
        source = unit.source.written if cid in several else None
        components.update(unit.spec.catalogue_components)
        skipped.extend(SkippedFile(f"{cid}:{prefix}{f.path}", f.reason) for f in unit.not_exported)
        if s.result is None:
            why = f"component {cid} could not be scanned: {s.problem}"
            runs.append(AnalyzerRun(RELEASE_RUN, RunStatus.ERROR, "aiscan", __version__, why, component=cid))
            per_unit[unit.name] = not_scanned(catalogue, unit.spec.catalogue_components, why)
            continue
        r = s.result
        findings.extend(_tag(f, cid, prefix, source) for f in r.findings)
        runs.extend(replace(run, component=cid) for run in r.runs)
        skipped.extend(SkippedFile(f"{cid}:{prefix}{f.path}", f.reason) for f in r.skipped_files)
        notes.extend(f"{unit.name}: {note}" for note in r.notes)
        per_unit[unit.name] = r.requirements
        for lang, n in r.languages.items():
            languages[lang] = languages.get(lang, 0) + n
        for cov in r.coverage:
            seen = coverage.get(cov.language)
            coverage[cov.language] = (
                cov
                if seen is None
                else replace(seen, files=seen.files + cov.files, lines=seen.lines + cov.lines)
            )
        evidence.extend(r.component_evidence)
        waivers.extend(r.waivers)
        excluded_dirs.extend(f"{cid}:{prefix}{d}" for d in r.excluded_dirs)
    unit_component = {s.unit.name: s.unit.spec.id for s in scanned}
    results = tuple(
        replace(res, components=tuple(dict.fromkeys(unit_component[u] for u in res.components)))
        for res in combine_requirements(catalogue, per_unit)
    )
    # The gate names each failed run; in a release, "backend/deps" says which component's.
    named = [replace(run, analyzer=f"{run.component}/{run.analyzer}") for run in runs]
    decision = decide(results, findings, named, ais_config.policy, scan_kind=RELEASE)
    identity = ReleaseIdentity(
        ais=description.ais,
        organisation=description.organisation,
        components=tuple(s.unit.version for s in scanned),
    )
    notes.append(f"release {identity.release_id} of {description.ais} ({description.organisation})")
    return ScanResult(
        target=str(description.path),
        scan_kind=RELEASE,
        components=tuple(sorted(components, key=lambda c: c.value)),
        languages=dict(sorted(languages.items())),
        runs=tuple(sorted(runs, key=lambda r: (r.component or "", r.analyzer))),
        findings=_ordered(findings),
        requirements=results,
        decision=decision,
        started_at=started_at.isoformat(timespec="seconds"),
        duration_s=round(time.monotonic() - t0, 3),
        aiscan_version=__version__,
        fail_on=ais_config.policy.fail_on,
        skipped_files=tuple(skipped),
        notes=tuple(notes),
        waivers=tuple(waivers),
        coverage=tuple(coverage[k] for k in sorted(coverage)),
        excluded_dirs=tuple(excluded_dirs),
        release=identity,
        component_evidence=tuple(evidence),
    )


def _tag(f: Finding, component: str, prefix: str, source: str | None) -> Finding:
    """The finding, naming its component, its path relative to its repository's top; in a
    component of several sources, `properties.source` names the source as the description does."""
    loc = f.location
    if prefix and not loc.path.startswith(("http://", "https://")):
        # A finding on the scanned folder itself ("." or "./": an app whose protection is
        # missing) is on the folder inside the repository.
        local = "" if loc.path in (".", "./") else loc.path.removeprefix("./")
        loc = Location(prefix + local, loc.start_line, loc.end_line, loc.start_col, loc.snippet)
    properties = {**f.properties, "source": source} if source is not None else f.properties
    return replace(f, component=component, location=loc, properties=properties)


def _ordered(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(
        sorted(
            findings,
            key=lambda f: (
                -f.severity.rank,
                f.component or "",
                f.location.path,
                f.location.start_line or 0,
                f.rule_id,
            ),
        )
    )
