"""semgrep's two front ends on aiscan's rules: the OCaml one (`semgrep --experimental`,
"osemgrep") against the Python one ("pysemgrep"), both shipped in the same wheel.

    python benchmarks/bench_semgrep_engines.py [--rounds N] [--tree PATH] [--tree-rounds N]

Each case runs the command line aiscan builds (SemgrepAnalyzer.argv) with either engine,
alternately, and prints the median wall time of each, their ratio, and whether both report the
same set of (rule, path, line). Cases: one rule on one file (start-up), every rule on the rules'
own test files, every rule on the labelled corpus, and every rule on a larger real tree (by
default pip as installed beside this Python, its vendored copies left out as aiscan does).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from aiscan.analyzers.semgrep import SemgrepAnalyzer, _offline_env, short_rule_id
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.tooling import find_tool, run_tool

REPO = Path(__file__).resolve().parent.parent
RULES = REPO / "rulesets" / "semgrep"
ENGINES = ("osemgrep", "pysemgrep")

Key = tuple[str, str, int]


def run(engine: str, rules: Path, root: Path, targets: list[str]) -> tuple[float, set[Key], int, int]:
    """Wall time, the (rule, path, line) set, files scanned and errors of one semgrep run."""
    cfg = replace(ScanConfig(root=root), semgrep_engine=engine)
    argv = [*SemgrepAnalyzer(rules).argv(find_tool("semgrep"), cfg), "--", *targets]
    t0 = time.perf_counter()
    result = run_tool(argv, timeout_s=1800, cwd=root, env=_offline_env())
    elapsed = time.perf_counter() - t0
    data = json.loads(result.stdout)
    keys = {
        (short_rule_id(r["check_id"]), r["path"].removeprefix("./"), r["start"]["line"])
        for r in data.get("results") or ()
    }
    scanned = len((data.get("paths") or {}).get("scanned") or ())
    return elapsed, keys, scanned, len(data.get("errors") or ())


def case(name: str, rules: Path, root: Path, targets: list[str], rounds: int) -> dict[str, object]:
    times: dict[str, list[float]] = {e: [] for e in ENGINES}
    found: dict[str, set[Key]] = {}
    scanned: dict[str, int] = {}
    errors: dict[str, int] = {}
    for _ in range(rounds):
        for engine in ENGINES:
            t, keys, n, errs = run(engine, rules, root, targets)
            times[engine].append(t)
            found[engine], scanned[engine], errors[engine] = keys, n, errs
    med = {e: statistics.median(v) for e, v in times.items()}
    only_o = sorted(found["osemgrep"] - found["pysemgrep"])
    only_p = sorted(found["pysemgrep"] - found["osemgrep"])
    print(f"\n{name}: {len(targets)} target(s), {rounds} round(s)")
    for e in ENGINES:
        runs = ", ".join(f"{t:.2f}" for t in times[e])
        print(
            f"  {e:<10} median {med[e]:7.2f} s  (runs: {runs})  "
            f"{len(found[e])} findings, {scanned[e]} files scanned, {errors[e]} errors"
        )
    print(f"  pysemgrep / osemgrep: {med['pysemgrep'] / med['osemgrep']:.1f}x")
    if not only_o and not only_p:
        print("  results: identical (rule, path, line) sets")
    for label, diff in (("only osemgrep", only_o), ("only pysemgrep", only_p)):
        if diff:
            print(f"  {label}: {len(diff)}")
            for rule, path, line in diff[:10]:
                print(f"    {rule}  {path}:{line}")
    return {"name": name, "median": med, "agree": not only_o and not only_p}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the small cases (default 3)")
    parser.add_argument("--tree", default=None, help="the larger tree (default: pip beside this Python)")
    parser.add_argument("--tree-rounds", type=int, default=1, help="rounds on the larger tree (default 1)")
    args = parser.parse_args()
    tree = Path(args.tree) if args.tree else Path(sys.executable).parent.parent
    if not args.tree:
        tree = next(tree.glob("lib/python3*/site-packages/pip"))
    print(f"semgrep {SemgrepAnalyzer().version(ScanConfig(root=REPO))}")

    one_rule = RULES / "python" / "python-sql-injection.yaml"
    results = [
        case(
            "one rule, one file (start-up)",
            one_rule,
            RULES / "python",
            ["python-sql-injection.py"],
            args.rounds,
        )
    ]

    tests = sorted(
        p.relative_to(RULES).as_posix()
        for p in RULES.glob("*/*")
        if p.is_file() and p.suffix not in (".yaml", ".yml")
    )
    results.append(case("every rule, the rules' test files", RULES, RULES, tests, args.rounds))

    corpus = REPO / "fixtures" / "sast-corpus"
    if corpus.is_dir() and build_inventory(corpus).files:
        inv = build_inventory(corpus)
        results.append(case("every rule, the labelled corpus", RULES, corpus, list(inv.paths()), args.rounds))

    inv = build_inventory(tree)
    py = list(inv.paths("python"))
    results.append(
        case(
            f"every rule, {tree} ({inv.languages()['python'].lines} lines)", RULES, tree, py, args.tree_rounds
        )
    )

    print("\nsummary")
    for r in results:
        med = r["median"]
        assert isinstance(med, dict)
        agree = "same results" if r["agree"] else "RESULTS DIFFER"
        times = f"osemgrep {med['osemgrep']:6.2f} s  pysemgrep {med['pysemgrep']:6.2f} s"
        print(f"  {r['name'][:60]:<60} {times}  {agree}")


if __name__ == "__main__":
    main()
