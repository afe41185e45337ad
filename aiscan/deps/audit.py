"""From the manifests of a tree and an advisory index to findings and gaps.

`load_manifests` does the reading (bounded, inside the root); `audit` is pure given the manifests
and the index. Fail-closed rules live here: an ecosystem without advisory data, a version that
cannot be ordered, an unpinned or non-registry component and a manifest that cannot be parsed are
all gaps that make the run partial — never silently clean.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from aiscan.deps.ecosystems import AUDITABLE, PYPI, base_ecosystem, normalize_name, parse_version, purl
from aiscan.deps.matching import Vulnerability, vulnerabilities_for
from aiscan.deps.model import Dependency, Manifest, ManifestError
from aiscan.deps.osvdb import AdvisoryIndex, AffectedRecord, EcosystemStatus
from aiscan.deps.parsers import parse_manifest, parser_for, select_manifests
from aiscan.deps.parsers.common import Reader, redact_url
from aiscan.deps.pipaudit import PipAuditResult, PipAuditVuln
from aiscan.inventory import Inventory
from aiscan.models import Confidence, Finding, Gap, Location, Severity
from aiscan.textdecode import binary_kind, text_encoding

ANALYZER = "deps"
REQUIREMENTS = ("p20", "p18.2")
UNMAINTAINED_REQUIREMENTS = ("p30", "p18.2")
CWE_VULNERABLE_COMPONENT = "CWE-1395"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_NAMES_IN_GAP = 8


def discover(inventory: Inventory) -> list[str]:
    """The manifests of the tree: among the inventoried files, and among those the inventory
    did not read (binary-looking, too large, unreadable, a symlink), which the reader then
    reports by name as gaps rather than leaving out."""
    paths = list(inventory.all_paths())
    paths += [s.path for s in inventory.skipped if not s.path.endswith("/")]
    return select_manifests(p for p in paths if parser_for(p) is not None)


_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def decode_manifest(rel: str, data: bytes) -> str:
    """The text of a manifest: a BOM's encoding (UTF-8, UTF-16, UTF-32), BOM-less UTF-16, UTF-8,
    or an XML file's declared encoding. Raises ManifestError naming what is wrong: binary
    content, text that is not valid in the encoding its BOM names, an unknown XML encoding."""
    kind = binary_kind(data)
    if kind is not None:
        raise ManifestError(f"binary content ({kind}), not a text manifest")
    codec, skip = text_encoding(data)
    if skip or codec != "utf-8":
        try:
            return data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            raise ManifestError(f"not valid {codec} (offset {exc.start + skip})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _XML_DECLARATION.match(data)
        if declared is not None:
            return _decode_declared(data, declared.group(1).decode("ascii"))
    # Names and versions are ASCII in every ecosystem: a byte that is not UTF-8 (a Latin-1
    # comment) becomes U+FFFD, and a name or version it damages fails to parse and is reported.
    return data.decode("utf-8", errors="replace")


def _decode_declared(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except LookupError:
        raise ManifestError(f"unknown XML encoding {codec!r}") from None
    except UnicodeDecodeError as exc:
        raise ManifestError(f"not valid {codec}, the encoding it declares (offset {exc.start})") from None


class TreeReader:
    """Reads manifests under `root` only (no symlink out of it), up to MAX_MANIFEST_BYTES.
    Called as a Reader (another file a manifest names), it returns None for a file it cannot
    read; `text` says why."""

    def __init__(self, root: Path) -> None:
        self.base = root.resolve()

    def __call__(self, rel: str) -> str | None:
        try:
            return self.text(rel)
        except ManifestError:
            return None

    def text(self, rel: str) -> str:
        try:
            target = (self.base / rel).resolve()
            target.relative_to(self.base)
        except (ValueError, OSError, RuntimeError):
            raise ManifestError("a symlink to outside the tree (not followed)") from None
        try:
            if not target.is_file():
                raise ManifestError("missing, or not a regular file")
            size = target.stat().st_size
            if size > MAX_MANIFEST_BYTES:
                raise ManifestError(f"larger than {MAX_MANIFEST_BYTES >> 20} MiB ({size >> 20} MiB)")
            data = target.read_bytes()
        except OSError as exc:
            raise ManifestError(f"unreadable: {exc.strerror or exc}") from exc
        return decode_manifest(rel, data)


def root_reader(root: Path) -> TreeReader:
    return TreeReader(root)


def load_manifests(paths: Iterable[str], read: Reader) -> tuple[list[Manifest], list[Gap]]:
    """Parse each manifest; one that cannot be read or parsed is a gap naming it, the others
    are still read."""
    manifests: list[Manifest] = []
    gaps: list[Gap] = []
    covered: set[str] = set()  # requirements files already read through another one's -r
    for path in paths:
        if path in covered:
            continue
        try:
            text = _read_text(read, path)
            manifest = parse_manifest(path, text, read)
        except ManifestError as exc:
            gaps.append(Gap(path, one_line(f"cannot read the manifest: {exc}")))
            continue
        manifests.append(manifest)
        covered.update(manifest.includes)
        for problem in manifest.problems:
            where, _, what = problem.partition(": ")
            gaps.append(Gap(where.split(":")[0] or path, one_line(what or problem)))
    return locked_by_ancestors(manifests), gaps


def one_line(text: str, limit: int = 300) -> str:
    """A gap's reason on one line, bounded (a parser's message may quote the file)."""
    return " ".join(text.split())[:limit]


def _read_text(read: Reader, path: str) -> str:
    if isinstance(read, TreeReader):
        return read.text(path)
    text = read(path)
    if text is None:
        raise ManifestError(f"missing, unreadable or over {MAX_MANIFEST_BYTES >> 20} MiB")
    return text


# The lockfile kinds that pin the components a manifest kind declares.
_LOCK_KINDS: dict[str, frozenset[str]] = {
    "package.json": frozenset({"package-lock.json", "yarn.lock", "pnpm-lock.yaml"}),
    "Cargo.toml": frozenset({"Cargo.lock"}),
    "composer.json": frozenset({"composer.lock"}),
    "Gemfile": frozenset({"Gemfile.lock"}),
    "Podfile": frozenset({"Podfile.lock"}),
    "pyproject.toml": frozenset({"poetry.lock", "uv.lock", "Pipfile.lock"}),
    "Pipfile": frozenset({"Pipfile.lock"}),
    "project file": frozenset({"packages.lock.json"}),
}


def locked_by_ancestors(manifests: list[Manifest]) -> list[Manifest]:
    """A workspace member's manifest (a package.json, a Cargo.toml) has no lockfile beside it:
    the workspace's lockfile, in a folder above, pins its components. A declaration that such a
    lockfile holds is left to the lockfile; the others stay (audited if exact, else unpinned)."""
    out = []
    for m in manifests:
        kinds = _LOCK_KINDS.get(m.kind)
        if not kinds:
            out.append(m)
            continue
        locked = {
            (base_ecosystem(d.ecosystem), normalize_name(d.ecosystem, d.name))
            for lock in manifests
            if lock.kind in kinds
            and _is_ancestor(PurePosixPath(lock.path).parent, PurePosixPath(m.path).parent)
            for d in lock.dependencies
        }
        kept = tuple(
            d
            for d in m.dependencies
            if (base_ecosystem(d.ecosystem), normalize_name(d.ecosystem, d.name)) not in locked
        )
        out.append(replace(m, dependencies=kept) if len(kept) != len(m.dependencies) else m)
    return out


def _is_ancestor(folder: PurePosixPath, of: PurePosixPath) -> bool:
    return folder == of or folder in of.parents or str(folder) == "."


@dataclass
class AuditResult:
    findings: list[Finding] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    components: int = 0
    audited: int = 0
    ecosystems: dict[str, int] = field(default_factory=dict)  # components per ecosystem


def age_days(status: EcosystemStatus, now: datetime) -> int | None:
    if not status.freshness:
        return None
    newest = datetime.fromisoformat(status.freshness.replace("Z", "+00:00"))
    return max(0, (now - newest).days)


def introduced_by(manifest: Manifest) -> dict[str, tuple[str, ...]]:
    """For each transitive component of a lockfile, the path from a direct dependency to it."""
    by_ref = {d.ref: d for d in manifest.dependencies}
    paths: dict[str, tuple[str, ...]] = {}
    queue: deque[str] = deque()
    for d in manifest.dependencies:
        if d.direct:
            paths.setdefault(d.ref, ())
            queue.append(d.ref)
    while queue:
        ref = queue.popleft()
        dep = by_ref.get(ref)
        if dep is None:
            continue
        for child in dep.requires_refs:
            if child not in paths:
                paths[child] = (*paths[ref], f"{dep.name} {dep.version or ''}".strip())
                queue.append(child)
    return paths


def _display(dep: Dependency) -> str:
    if dep.ecosystem == PYPI:
        return f"{dep.name}=={dep.version}"
    return f"{dep.name}@{dep.version}"


def audit(
    manifests: Sequence[Manifest],
    index: AdvisoryIndex,
    *,
    now: datetime | None = None,
    accept_unaudited: frozenset[str] = frozenset(),
) -> AuditResult:
    """Match every pinned component. Components of an ecosystem with no advisory data are gaps
    (the run is incomplete), unless the configuration accepts that ecosystem by name: then they
    are listed in a note, never silently dropped."""
    now = now or datetime.now(UTC)
    result = AuditResult()
    status = {s.ecosystem: s for s in index.status(now)}
    cache = _prefetch(manifests, index, status)
    seen: set[tuple[str, str, str, str]] = set()
    for manifest in manifests:
        chains = introduced_by(manifest) if manifest.has_graph else {}
        missing: dict[str, list[str]] = {}  # why -> names
        accepted: dict[str, list[str]] = {}  # ecosystem -> names, not audited by configuration
        for dep in manifest.dependencies:
            result.components += 1
            eco = base_ecosystem(dep.ecosystem)
            result.ecosystems[eco] = result.ecosystems.get(eco, 0) + 1
            if dep.note.startswith("replaced by"):
                continue  # a local module standing in for it: first-party code
            label = redact_url(f"{dep.name} {dep.version or dep.spec or ''}".strip())
            if eco not in AUDITABLE:
                missing.setdefault(f"no advisory data exists for the {eco} ecosystem", []).append(label)
                continue
            if dep.version is None or dep.note:
                why = dep.note or "version not pinned (a range or unresolved); pin it or commit a lockfile"
                missing.setdefault(why, []).append(
                    redact_url(f"{dep.name} {dep.spec}".strip()) if not dep.note else label
                )
                continue
            eco_status = status.get(eco)
            if (eco_status is None or eco_status.records == 0) and eco in accept_unaudited:
                accepted.setdefault(eco, []).append(label)
                continue
            if eco_status is None or eco_status.records == 0:
                missing.setdefault(
                    f"the advisory database holds no {eco} records (import the {eco} export)", []
                ).append(label)
                continue
            try:
                parse_version(eco, "ECOSYSTEM", dep.version)
            except ValueError:
                missing.setdefault(f"version cannot be ordered under {eco} rules", []).append(label)
                continue
            key = (eco, normalize_name(eco, dep.name))
            records = cache.get(key)
            if records is None:
                records = cache[key] = index.lookup(eco, dep.name)
            result.audited += 1
            vulns, _problems = vulnerabilities_for(eco, dep.version, records)
            for vuln in vulns:
                ident = (dep.source or manifest.path, key[1], dep.version, vuln.id)
                if ident in seen:
                    continue
                seen.add(ident)
                result.findings.append(make_finding(dep, vuln, manifest, chains.get(dep.ref)))
        for why, names in missing.items():
            shown = ", ".join(names[:MAX_NAMES_IN_GAP]) + (
                f" and {len(names) - MAX_NAMES_IN_GAP} more" if len(names) > MAX_NAMES_IN_GAP else ""
            )
            result.gaps.append(Gap(manifest.path, f"{len(names)} component(s) not audited, {why}: {shown}"))
        for eco, names in accepted.items():
            result.notes.append(
                f"{manifest.path}: {len(names)} {eco} component(s) NOT audited (no {eco} advisory data; "
                f"accepted by advisories.accept_unaudited_ecosystems): {', '.join(names[:MAX_NAMES_IN_GAP])}"
            )
    return result


def _prefetch(
    manifests: Sequence[Manifest], index: AdvisoryIndex, status: dict[str, EcosystemStatus]
) -> dict[tuple[str, str], list[AffectedRecord]]:
    """The records of every pinned component, fetched per ecosystem in a few queries."""
    wanted: dict[str, set[str]] = {}
    for m in manifests:
        for d in m.dependencies:
            eco = base_ecosystem(d.ecosystem)
            if d.version and eco in status:
                wanted.setdefault(eco, set()).add(normalize_name(eco, d.name))
    cache: dict[tuple[str, str], list[AffectedRecord]] = {}
    for eco, names in wanted.items():
        found = index.lookup_many(eco, names)
        for name in names:
            cache[(eco, name)] = found.get(name, [])
    return cache


def make_finding(
    dep: Dependency, vuln: Vulnerability, manifest: Manifest, chain: tuple[str, ...] | None = None
) -> Finding:
    eco = base_ecosystem(dep.ecosystem)
    version = dep.version or ""
    unmaintained = vuln.informational == "unmaintained"
    severity = vuln.severity
    if vuln.score is None and vuln.informational in ("unmaintained", "notice"):
        severity = Severity.LOW if unmaintained else Severity.INFO
    if vuln.fixed:
        fix = f"Fixed in {', '.join(vuln.fixed)}."
        remediation = (
            f"Upgrade {dep.name} to {vuln.fixed[0]} or later"
            + (f" (fixed on other branches in {', '.join(vuln.fixed[1:])})" if len(vuln.fixed) > 1 else "")
            + "."
        )
    elif unmaintained:
        fix = "The package is no longer maintained."
        remediation = f"Replace {dep.name} with a maintained alternative."
    else:
        last = f" (last affected: {', '.join(vuln.last_affected)})" if vuln.last_affected else ""
        fix = f"No fixed version is published{last}."
        remediation = (
            f"No fixed release of {dep.name} exists: remove or replace it, or record an accepted risk "
            "with its compensating measures."
        )
    also = f" (also {', '.join(vuln.aliases)})" if vuln.aliases else ""
    summary = vuln.summary or "known vulnerability"
    where = (
        "a direct dependency"
        if dep.direct
        else (
            f"brought in by {' -> '.join(chain)}"
            if chain
            else "a transitive dependency"
            if dep.direct is False
            else ""
        )
    )
    message = f"{dep.name} {version} ({eco}) is affected by {vuln.id}{also}: {summary}. {fix}"
    if where:
        message += f" It is {where}."
    if vuln.score is not None:
        message += f" CVSS {vuln.score.version} base score {vuln.score.score:.1f}."
    else:
        message += " The advisory carries no CVSS vector: severity unknown."
    props: dict[str, object] = {
        "ecosystem": eco,
        "package": dep.name,
        "version": version,
        "purl": purl(eco, dep.name, version),
        "direct": dep.direct,
        "scope": dep.scope,
        "fixed_versions": list(vuln.fixed),
        "last_affected": list(vuln.last_affected),
        "advisory_ids": list(vuln.records),
        "aliases": list(vuln.aliases),
        "cvss_score": vuln.score.score if vuln.score else None,
        "cvss_vector": vuln.score.vector if vuln.score else None,
        "cvss_version": vuln.score.version if vuln.score else None,
        "severity_source": f"CVSS {vuln.score.version}"
        if vuln.score
        else "none: no CVSS vector in the advisory",
        "url": f"https://osv.dev/vulnerability/{vuln.id}",
        "published": vuln.published,
        "modified": vuln.modified,
        "sources": ["offline"],
    }
    if chain:
        props["introduced_by"] = list(chain)
    if dep.marker:
        props["marker"] = dep.marker
    if vuln.informational:
        props["informational"] = vuln.informational
    title_kind = "unmaintained" if unmaintained else "vulnerable"
    return Finding(
        rule_id=vuln.id,
        analyzer=ANALYZER,
        title=f"{title_kind} dependency {dep.name} {version}: {summary}"[:200],
        message=message,
        severity=severity,
        confidence=Confidence.HIGH,
        location=Location(dep.source or manifest.path, dep.line, dep.line, None, _display(dep)),
        cwe=(CWE_VULNERABLE_COMPONENT,),
        requirements=UNMAINTAINED_REQUIREMENTS if unmaintained else REQUIREMENTS,
        remediation=remediation,
        properties=props,
    )


def merge_pip_audit(
    findings: Sequence[Finding],
    result: PipAuditResult,
    manifests: Sequence[Manifest],
    index: AdvisoryIndex | None,
) -> tuple[list[Finding], list[Gap]]:
    """Fold pip-audit's online results into the offline findings. A vulnerability both report
    (by ID or alias) stays one finding, marked as confirmed online; one only pip-audit knows
    becomes a finding of its own, scored from the local record when there is one. Dependencies
    pip-audit skipped are gaps."""
    out = list(findings)
    gaps: list[Gap] = []
    pypi_deps = [
        (m, d) for m in manifests for d in m.dependencies if d.ecosystem == PYPI and d.version and not d.note
    ]
    for v in result.vulns:
        ids = {v.id, *v.aliases}
        merged = False
        for i, f in enumerate(out):
            p = f.properties
            if p.get("ecosystem") != PYPI or normalize_name(PYPI, str(p.get("package"))) != v.package:
                continue
            if p.get("version") != v.version:
                continue
            known = {f.rule_id, *p.get("aliases", ()), *p.get("advisory_ids", ())}
            if known & ids:
                sources = list(p.get("sources", ["offline"]))
                if "pip-audit" not in sources:
                    sources.append("pip-audit")
                out[i] = replace(f, properties={**p, "sources": sources})
                merged = True
        if merged:
            continue
        records: list[AffectedRecord] = []
        if index is not None:
            for ident in sorted(ids):
                for rid in index.find_by_alias(ident):
                    records += [r for r in index.lookup(PYPI, v.package) if r.id == rid]
        vuln = _online_vulnerability(v, records)
        for manifest, dep in pypi_deps:
            if normalize_name(PYPI, dep.name) == v.package and dep.version == v.version:
                finding = make_finding(dep, vuln, manifest)
                out.append(replace(finding, properties={**finding.properties, "sources": ["pip-audit"]}))
    for package, reason in result.skipped:
        where = next(
            (d.source or m.path for m, d in pypi_deps if normalize_name(PYPI, d.name) == package), "pip-audit"
        )
        gaps.append(Gap(where, f"pip-audit could not check {package}: {reason}"))
    return out, gaps


def _online_vulnerability(v: PipAuditVuln, records: Sequence[AffectedRecord]) -> Vulnerability:
    from aiscan.deps.matching import primary_id
    from aiscan.deps.severity import best_score, severity_of

    score = best_score(s for r in records for s in r.severity)
    ids = {v.id, *v.aliases, *(r.id for r in records), *(a for r in records for a in r.aliases)}
    main = primary_id(ids, PYPI)
    return Vulnerability(
        id=main,
        aliases=tuple(sorted(ids - {main})),
        records=tuple(sorted({r.id for r in records} or {v.id})),
        summary=next((r.summary for r in records if r.summary), v.description.split("\n", 1)[0][:200]),
        severity=severity_of(score),
        score=score,
        fixed=v.fix_versions,
        last_affected=(),
        informational=None,
        modified=max((r.modified for r in records), default=""),
        published=min((r.published for r in records if r.published), default=None),
    )
