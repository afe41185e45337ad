"""The semgrep rules on code they were not written against: findings on installed production
packages (false positives), and recall and false positives on held-out cases, per weakness.

    python benchmarks/bench_sast_real.py [--packages DIR] [--before REV] [--split a ...]
                                          [--sample N] [--seed S] [--no-packages]

Installed packages. Well-known libraries are installed from the registries into a temporary
folder outside the repository, without running any of their code (PyPI wheels only, unpacked;
npm with --ignore-scripts; Debian packages unpacked with dpkg -x), and scanned as one tree
through aiscan's own path (inventory, then SemgrepAnalyzer.run), as if they were an AIS. They
are maintained production code, so every finding is a false positive unless a reader shows
otherwise: the report gives findings per p19 class and per rule, per 1,000 scanned files, and
how many are in test code. `--packages DIR` keeps the tree in DIR (created when missing, never
inside the repository) so that later runs reuse it; the findings of each ruleset are cached
there by the ruleset's content, so a ruleset is run on the packages once.

Held-out cases. fixtures/sast-holdout/<split>/<language>/labels.yaml, in the labelled-corpus
format of bench_sast_accuracy.py with a `weakness` per case. Split `a` was written before the
rules were changed for it; split `b` was written at the same time and is only scored, never used
to change a rule. Split `c` (seven languages, Ruby among them) was written later, before the rules
were changed for it, and scored before and after; it is now tuned on like `a`. Each split also
prints its figures per language. A vulnerable case is found when a finding of its class is within 2 lines of
its line; a safe case is a false positive when any finding of its class is in its file.

`--before REV` also runs the rules as they were at git revision REV (`git archive` into a
temporary folder) and prints both columns. `--sample N` lists N findings on the packages, drawn
at random with a fixed seed, for classification by hand (recorded in docs/measurements/sast.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer, semgrep_rules_dir
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory, language_of
from aiscan.sast.coverage import NOT_COVERED_RULE, SAST_CLASSES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sast_accuracy import Outcome, scan_language
from git_revision import export

REPO = Path(__file__).resolve().parent.parent
HOLDOUT = REPO / "fixtures" / "sast-holdout"

PYPI = ("django", "flask", "requests", "sqlalchemy", "jinja2", "werkzeug")
NPM = (
    "express",
    "sequelize",
    "lodash",
    "moment",
    "@capacitor/android",
    "@capacitor/ios",
    "expo-modules-core",
)
# Debian ships PHP and Go libraries as source.
DEBIAN = (
    "php-guzzlehttp-guzzle",
    "php-guzzlehttp-psr7",
    "php-monolog",
    "php-twig",
    "golang-github-gin-gonic-gin-dev",
    "golang-github-gorilla-mux-dev",
    "golang-github-labstack-echo-dev",
)
TEST_PATH = re.compile(
    r"(^|/)(tests?|testdata|__tests__|spec|src/test|androidTest)(/|$)|_test\.go$|(^|/)test_[^/]*\.py$"
    r"|\.(test|spec)\.[jt]sx?$"
)


@dataclass(frozen=True)
class Hit:
    """One finding on the installed packages, as much as the tables need."""

    rule: str
    path: str
    line: int
    requirements: tuple[str, ...]
    severity: str
    confidence: str


@dataclass(frozen=True)
class PackageScan:
    hits: tuple[Hit, ...]
    files: dict[str, int]  # language -> files given to semgrep
    status: str
    seconds: float


# --- the installed packages ---------------------------------------------------------------


def _run(argv: Sequence[str], cwd: Path) -> None:
    subprocess.run(list(argv), cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def install_pypi(tree: Path, work: Path) -> list[str]:
    wheels = work / "wheels"
    _run(["pip", "download", "--no-deps", "--only-binary=:all:", "-q", "-d", str(wheels), *PYPI], work)
    names = []
    for wheel in sorted(wheels.glob("*.whl")):
        name, version = wheel.name.split("-")[:2]
        with zipfile.ZipFile(wheel) as zf:
            # zipfile drops absolute and ".." parts of member names; nothing is run
            zf.extractall(tree / "pypi" / name)
        names.append(f"{name} {version}")
    return names


def install_npm(tree: Path, work: Path) -> list[str]:
    prefix = work / "npm"
    prefix.mkdir()
    _run(
        ["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", str(prefix), *NPM], work
    )
    names = []
    for name in NPM:
        src = prefix / "node_modules" / name
        meta = json.loads((src / "package.json").read_text(encoding="utf-8"))
        shutil.copytree(
            src, tree / "npm" / name, symlinks=True, ignore=shutil.ignore_patterns("node_modules")
        )
        names.append(f"{name} {meta.get('version', '?')}")
    return names


def install_debian(tree: Path, work: Path) -> list[str]:
    if not shutil.which("apt-get") or not shutil.which("dpkg"):
        print("apt-get/dpkg not available: the PHP and Go packages are not installed")
        return []
    debs = work / "debs"
    debs.mkdir()
    _run(["apt-get", "download", *DEBIAN], debs)
    names = []
    for deb in sorted(debs.glob("*.deb")):
        name, version = deb.name.split("_")[:2]
        target = tree / "debian" / name
        target.mkdir(parents=True)
        _run(["dpkg", "-x", str(deb), str(target)], debs)
        names.append(f"{name} {version}")
    return names


def prepare_packages(folder: Path) -> Path:
    """Install the packages into folder/tree once (a folder that has them is reused); the tree."""
    tree, manifest = folder / "tree", folder / "PACKAGES.txt"
    if manifest.is_file():
        return tree
    if tree.exists():  # an interrupted installation
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="aiscan-bench-install-") as tmp:
        work = Path(tmp)
        names = install_pypi(tree, work) + install_npm(tree, work) + install_debian(tree, work)
    manifest.write_text("\n".join(names) + "\n", encoding="utf-8")
    return tree


def ruleset_digest(rules: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(rules.rglob("*.yaml")):
        h.update(path.relative_to(rules).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def scan_packages(tree: Path, rules: Path, timeout_s: float) -> PackageScan:
    """Scan the tree with one ruleset, or read the cached result of the same ruleset; a run
    that failed is reported and not cached."""
    cache = tree.parent / "results" / f"{ruleset_digest(rules)}.json"
    if cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        return PackageScan(
            tuple(Hit(**{**h, "requirements": tuple(h["requirements"])}) for h in data["hits"]),
            data["files"],
            data["status"] + " (cached)",
            data["seconds"],
        )
    inventory = build_inventory(tree)
    config = ScanConfig(root=tree.resolve(), analyzer_timeout_s=timeout_s)
    outcome = SemgrepAnalyzer(rules).run(ScanContext(config, inventory))
    scanned = set(inventory.paths())
    files = Counter(f.language for f in inventory.files if f.path in scanned)
    hits = tuple(
        Hit(
            f.rule_id,
            f.location.path,
            f.location.start_line or 0,
            f.requirements,
            f.severity.value,
            f.confidence.value,
        )
        for f in outcome.findings
        if f.rule_id != NOT_COVERED_RULE
    )
    status = outcome.run.status.value + (
        f", {len(outcome.run.gaps)} gaps/warnings" if outcome.run.gaps else ""
    )
    result = PackageScan(hits, dict(files), status, outcome.run.duration_s or 0.0)
    if outcome.run.status.value == "error":
        raise SystemExit(f"semgrep failed on the packages: {outcome.run.reason}")
    cache.parent.mkdir(exist_ok=True)
    cache.write_text(json.dumps({**asdict(result), "hits": [asdict(h) for h in hits]}), encoding="utf-8")
    return result


# --- printing -------------------------------------------------------------------------------


def per_k(count: int, files: int) -> str:
    return f"{1000 * count / files:.1f}" if files else "-"


def package_tables(scans: dict[str, PackageScan]) -> None:
    labels = list(scans)
    first = scans[labels[-1]]
    total = sum(first.files.values())
    print(
        f"\nfiles given to semgrep: {total} ({', '.join(f'{k} {v}' for k, v in sorted(first.files.items()))})"
    )
    for label, scan in scans.items():
        print(f"  {label}: {len(scan.hits)} findings, {scan.status}, {scan.seconds:.0f} s")
    head = "".join(f"{lab:>16}" for lab in labels)
    print(f"\n{'p19 class':<44}{head}   (per 1,000 files; in test code)")
    for cls in SAST_CLASSES:
        cells = ""
        for scan in scans.values():
            rows = [h for h in scan.hits if cls in h.requirements]
            tests = sum(bool(TEST_PATH.search(h.path)) for h in rows)
            cells += f"{len(rows):>5} {per_k(len(rows), total):>5} {tests:>4}"
        print(f"{cls:<44}{cells}")
    cells = ""
    for scan in scans.values():
        tests = sum(bool(TEST_PATH.search(h.path)) for h in scan.hits)
        cells += f"{len(scan.hits):>5} {per_k(len(scan.hits), total):>5} {tests:>4}"
    print(f"{'all':<44}{cells}")
    rules = sorted({h.rule for s in scans.values() for h in s.hits})
    print(f"\n{'rule':<44}{head}")
    for rule in rules:
        cells = "".join(f"{sum(h.rule == rule for h in s.hits):>16}" for s in scans.values())
        print(f"{rule:<44}{cells}")
    print(f"\n{'language (files)':<44}{head}   (findings, per 1,000 files)")
    for lang in sorted(first.files):
        cells = ""
        for scan in scans.values():
            count = sum(_lang_of(h.path) == lang for h in scan.hits)
            cells += f"{count:>8} {per_k(count, first.files[lang]):>7}"
        print(f"{f'{lang} ({first.files[lang]})':<44}{cells}")


def _lang_of(path: str) -> str:
    return language_of(path, b"") or "other"


def holdout_tables(split: str, results: dict[str, list[Outcome]]) -> None:
    labels = list(results)
    print(f"\nheld-out split {split}")
    head = "".join(f"{lab:>16}" for lab in labels)
    for vulnerable, title in (
        (True, "recall (found / vulnerable cases)"),
        (False, "false positives / safe cases"),
    ):
        print(f"\n  {title:<42}{head}")
        weaknesses = sorted({o.case.weakness for o in results[labels[0]] if o.case.vulnerable == vulnerable})
        for weakness in [*weaknesses, "all"]:
            cells = ""
            for outcomes in results.values():
                rows = [
                    o
                    for o in outcomes
                    if o.case.vulnerable == vulnerable and weakness in ("all", o.case.weakness)
                ]
                cells += f"{sum(o.hit for o in rows):>12}/{len(rows):<3}"
            print(f"  {weakness:<42}{cells}")
    print(f"\n  {'per language: found/vulnerable, FP/safe':<42}{head}")
    for language in sorted({o.case.language for o in results[labels[0]]}):
        cells = ""
        for outcomes in results.values():
            rows = [o for o in outcomes if o.case.language == language]
            vuln = [o for o in rows if o.case.vulnerable]
            safe = [o for o in rows if not o.case.vulnerable]
            cell = f"{sum(o.hit for o in vuln)}/{len(vuln)} {sum(o.hit for o in safe)}/{len(safe)}"
            cells += f"{cell:>16}"
        print(f"  {language:<42}{cells}")
    last = results[labels[-1]]
    misses = [o for o in last if o.hit != o.case.vulnerable]
    print(f"\n  wrong with {labels[-1]} ({len(misses)}):")
    for o in misses:
        kind = "FN" if o.case.vulnerable else "FP"
        where = f"{o.case.file}:{o.case.line}" if o.case.line else o.case.file
        print(f"    {kind} {o.case.language:<10} {o.case.weakness:<30} {where}  {o.note}")


def print_sample(tree: Path, hits: Sequence[Hit], n: int, seed: int) -> None:
    chosen = sorted(random.Random(seed).sample(list(hits), min(n, len(hits))), key=lambda h: (h.path, h.line))
    print(f"\nrandom sample of {len(chosen)} findings (seed {seed}), for classification by hand:")
    for i, h in enumerate(chosen, 1):
        try:
            text = (
                (tree / h.path).read_text(encoding="utf-8", errors="replace").splitlines()[h.line - 1].strip()
            )
        except (OSError, IndexError):
            text = "?"
        print(f"  {i:>2}. {h.rule} {h.path}:{h.line}\n      {text[:150]}")


# --- rules at another revision -----------------------------------------------------------


def rules_at(rev: str, dest: Path) -> Path:
    """The rulesets/semgrep folder as it was at `rev`, extracted into `dest`."""
    return export(rev, ("rulesets/semgrep",), dest) / "rulesets" / "semgrep"


def holdout(split: str, rules: Path) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for folder in sorted(p for p in (HOLDOUT / split).iterdir() if (p / "labels.yaml").is_file()):
        results, _status, _elapsed = scan_language(folder, rules)
        outcomes += results
    return outcomes


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--packages", help="folder for the installed packages (kept; reused when present)")
    parser.add_argument("--no-packages", action="store_true", help="only the held-out cases")
    parser.add_argument("--before", help="also run the rules of this git revision")
    parser.add_argument("--split", action="append", help="held-out splits to score (default: all)")
    parser.add_argument("--sample", type=int, default=0, help="list N random findings on the packages")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds for one scan of the packages")
    args = parser.parse_args(None if argv is None else list(argv))

    with tempfile.TemporaryDirectory(prefix="aiscan-bench-real-") as tmp:
        rulesets = {"current": semgrep_rules_dir()}
        if args.before:
            rulesets = {f"before {args.before}": rules_at(args.before, Path(tmp) / "before"), **rulesets}
        splits = args.split or sorted(p.name for p in HOLDOUT.iterdir() if p.is_dir())
        for split in splits:
            holdout_tables(split, {label: holdout(split, rules) for label, rules in rulesets.items()})
        if args.no_packages:
            return
        folder = Path(args.packages).resolve() if args.packages else Path(tmp) / "packages"
        if folder.is_relative_to(REPO):
            raise SystemExit(f"{folder}: the packages are installed outside the repository")
        tree = prepare_packages(folder)
        print(f"\ninstalled packages ({tree}):")
        print("  " + (folder / "PACKAGES.txt").read_text(encoding="utf-8").strip().replace("\n", "\n  "))
        scans = {label: scan_packages(tree, rules, args.timeout) for label, rules in rulesets.items()}
        package_tables(scans)
        for label, scan in scans.items() if args.sample else ():
            print(f"\n{label}:", end="")
            print_sample(tree, scan.hits, args.sample, args.seed)


if __name__ == "__main__":
    main()
