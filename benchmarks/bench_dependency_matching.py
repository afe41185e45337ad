"""Benchmark: import the OSV exports, then match a synthetic lockfile of 2,000 real package names
and versions against the whole advisory database, side by side with the obvious alternative (a
linear scan over every record in Python, with the same version matching).

    python benchmarks/bench_dependency_matching.py [EXPORTS_DIR] [--deps 2000] [--seed 7]

EXPORTS_DIR holds the per-ecosystem exports (default: ../shared/advisories/osv beside the
repository, else $AISCAN_OSV_EXPORTS). The synthetic lockfiles are written in their real formats
(requirements.txt, go.mod, Cargo.lock) and read by aiscan's own parsers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aiscan.deps import osvdb  # noqa: E402
from aiscan.deps.audit import audit, load_manifests, root_reader  # noqa: E402
from aiscan.deps.ecosystems import base_ecosystem, canonical_listed, normalize_name, parse_version  # noqa: E402
from aiscan.deps.matching import vulnerabilities_for  # noqa: E402
from aiscan.deps.model import Manifest  # noqa: E402
from aiscan.deps.osvdb import AffectedRecord  # noqa: E402

EXPORTS = ("PyPI-all.zip", "Go-all.zip", "crates.io-all.zip")


def default_exports() -> Path:
    for candidate in (
        os.environ.get("AISCAN_OSV_EXPORTS"),
        REPO.parent / "shared" / "advisories" / "osv",
        Path("/work/shared/advisories/osv"),
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    raise SystemExit("no OSV exports found: pass EXPORTS_DIR")


def sample_dependencies(conn: Any, n: int, seed: int) -> list[tuple[str, str, str]]:
    """(ecosystem, name, version) of real packages, with versions taken from the records (listed
    versions and range boundaries), so some match and some do not, as in a real lockfile."""
    rng = random.Random(seed)
    rows = conn.execute("SELECT ecosystem, name, data FROM affected").fetchall()
    by_package: dict[tuple[str, str], set[str]] = {}
    for eco, name, data in rows:
        entry = json.loads(data)
        versions = set(entry.get("listed") or ())
        for r in entry.get("ranges") or ():
            if r.get("type") in ("ECOSYSTEM", "SEMVER"):
                versions |= {v for _, v in r.get("events") or () if v not in ("0", "*")}
        if versions:
            by_package.setdefault((eco, name), set()).update(versions)
    packages = sorted(by_package)
    rng.shuffle(packages)
    out = []
    for eco, name in packages:
        usable = []
        for v in sorted(by_package[(eco, name)]):
            try:
                parse_version(eco, "ECOSYSTEM", v)
                usable.append(v)
            except ValueError:
                continue
        if usable and not (eco == "PyPI" and any(c in name for c in " ;@")):
            out.append((eco, name, rng.choice(usable)))
        if len(out) == n:
            break
    return out


def write_lockfiles(root: Path, deps: list[tuple[str, str, str]]) -> list[str]:
    py = [f"{name}=={version}" for eco, name, version in deps if eco == "PyPI"]
    go = [f"\t{name} v{version.removeprefix('v')}" for eco, name, version in deps if eco == "Go"]
    crates = [(name, version) for eco, name, version in deps if eco == "crates.io"]
    (root / "requirements.txt").write_text("\n".join(py) + "\n")
    go_mod = "module example.com/bench\n\ngo 1.22\n\nrequire (\n" + "\n".join(go) + "\n)\n"
    (root / "go.mod").write_text(go_mod)
    lock = ["version = 3", ""]
    for name, version in crates:
        lock += [
            "[[package]]",
            f'name = "{name}"',
            f'version = "{version}"',
            'source = "registry+https://github.com/rust-lang/crates.io-index"',
            "",
        ]
    (root / "Cargo.lock").write_text("\n".join(lock))
    return ["Cargo.lock", "go.mod", "requirements.txt"]


def naive_records(exports: Path) -> list[tuple[str, str, AffectedRecord]]:
    """Every (ecosystem, normalised name, affected entry) of every live record, in memory."""
    out = []
    for name in EXPORTS:
        with zipfile.ZipFile(exports / name) as zf:
            for info in zf.infolist():
                if not info.filename.endswith(".json"):
                    continue
                r = json.loads(zf.read(info))
                if r.get("withdrawn"):
                    continue
                for a in r.get("affected") or ():
                    pkg = a.get("package") or {}
                    eco = base_ecosystem(str(pkg.get("ecosystem", "")))
                    out.append((eco, normalize_name(eco, str(pkg.get("name", ""))), _affected(r, a)))
    return out


def naive_match(
    manifests: list[Manifest], records: list[tuple[str, str, AffectedRecord]]
) -> set[tuple[str, str, str, str]]:
    """The obvious alternative: for every dependency, walk every affected entry of every record."""
    found = set()
    for m in manifests:
        for dep in m.dependencies:
            if not dep.version:
                continue
            eco = base_ecosystem(dep.ecosystem)
            key = normalize_name(eco, dep.name)
            candidates = [rec for e, n, rec in records if e == eco and n == key]
            vulns, _ = vulnerabilities_for(eco, dep.version, candidates)
            for v in vulns:
                found.add((eco, key, dep.version, v.id))
    return found


def _affected(r: dict[str, Any], a: dict[str, Any]) -> AffectedRecord:
    eco = base_ecosystem(str((a.get("package") or {}).get("ecosystem", "")))
    return AffectedRecord(
        id=r["id"],
        aliases=tuple(r.get("aliases") or ()),
        summary=r.get("summary") or "",
        modified=r.get("modified", ""),
        published=r.get("published"),
        severity=tuple(r.get("severity") or ()) + tuple(a.get("severity") or ()),
        ranges=tuple(
            {"type": x.get("type"), "events": [next(iter(e.items())) for e in x.get("events") or ()]}
            for x in a.get("ranges") or ()
        ),
        versions=frozenset(a.get("versions") or ()),
        informational=None,
        listed=frozenset(canonical_listed(eco, v) for v in a.get("versions") or ()),
    )


def indexed_pairs(findings: Any) -> set[tuple[str, str, str, str]]:
    return {
        (
            f.properties["ecosystem"],
            normalize_name(f.properties["ecosystem"], f.properties["package"]),
            f.properties["version"],
            f.rule_id,
        )
        for f in findings
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("exports", nargs="?", type=Path)
    ap.add_argument("--deps", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    exports = args.exports or default_exports()

    # warm the lazily imported libraries so neither side pays for imports
    import cvss  # noqa: F401
    import packaging.version  # noqa: F401
    import univers.versions  # noqa: F401

    with tempfile.TemporaryDirectory(prefix="aiscan-bench-") as tmp:
        tmpdir = Path(tmp)
        db = tmpdir / "advisories.sqlite"
        conn = osvdb.connect(db)
        print(f"OSV exports: {exports}")
        total_import = 0.0
        for name in EXPORTS:
            report = osvdb.import_source(conn, exports / name)
            total_import += report.duration_s
            print(f"  import {name:<18} {report.records:>6} records  {report.duration_s:6.2f} s")
        again = osvdb.import_source(conn, exports / "PyPI-all.zip")
        print(
            f"  import total              {total_import:6.2f} s   (re-import of PyPI, all unchanged: "
            f"{again.duration_s:.2f} s)"
        )

        deps = sample_dependencies(conn, args.deps, args.seed)
        root = tmpdir / "tree"
        root.mkdir()
        paths = write_lockfiles(root, deps)
        t0 = time.perf_counter()
        manifests, gaps = load_manifests(paths, root_reader(root))
        parse_s = time.perf_counter() - t0
        n = sum(len(m.dependencies) for m in manifests)
        by_eco = {e: sum(1 for d in deps if d[0] == e) for e in ("PyPI", "Go", "crates.io")}
        print(
            f"\nSynthetic lockfiles: {n} dependencies {by_eco}, parsed in {parse_s:.3f} s, gaps: {len(gaps)}"
        )

        index = osvdb.AdvisoryIndex([("bench", osvdb.connect(db, readonly=True))])
        walls, cpus = [], []
        result = None
        for _ in range(args.repeat):
            cold_caches()
            index._status = None
            w0, c0 = time.perf_counter(), time.process_time()
            result = audit(manifests, index)
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
        assert result is not None
        indexed = indexed_pairs(result.findings)
        print(f"\nIndexed matching (SQLite index + per-ecosystem ordering), {args.repeat} cold runs:")
        print(
            f"  median {statistics.median(walls):.3f} s wall, {statistics.median(cpus):.3f} s CPU; "
            f"{result.audited} audited, {len(indexed)} (package, vulnerability) matches, "
            f"{len(result.gaps)} gaps"
        )

        t0 = time.perf_counter()
        records = naive_records(exports)
        load_s = time.perf_counter() - t0
        cold_caches()
        w0, c0 = time.perf_counter(), time.process_time()
        naive = naive_match(manifests, records)
        naive_wall, naive_cpu = time.perf_counter() - w0, time.process_time() - c0
        print(f"\nNaive linear scan over {len(records)} affected entries in Python")
        print(f"  (loading the zips into memory took {load_s:.2f} s, not counted)")
        print(f"  {naive_wall:.3f} s wall, {naive_cpu:.3f} s CPU; {len(naive)} matches")
        same = naive == indexed
        print(f"\nSame matches from both: {same}")
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"\n{'matching 2,000 dependencies':<30}{'wall':>10}{'CPU':>10}")
        print(f"{'indexed (aiscan)':<30}{wall:>9.3f}s{cpu:>9.3f}s")
        print(f"{'naive scan':<30}{naive_wall:>9.3f}s{naive_cpu:>9.3f}s")
        print(f"{'ratio naive / indexed':<30}{naive_wall / wall:>9.1f}x{naive_cpu / cpu:>9.1f}x")
        print(f"(load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        index.close()
        conn.close()
        if not same:
            raise SystemExit("the two methods disagree")


def cold_caches() -> None:
    """Empty the per-process caches (parsed versions, CVSS scores, purls) so every timed run
    starts as a scan does, in a fresh process."""
    from aiscan.deps import ecosystems, matching, severity

    ecosystems.parse_version.cache_clear()
    ecosystems.purl.cache_clear()
    severity.score_vector.cache_clear()
    matching._listed_set.cache_clear()


if __name__ == "__main__":
    main()
