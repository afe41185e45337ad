"""What aiscan adds to semgrep's own time on a large real Python codebase.

    python benchmarks/bench_sast_overhead.py [PATH] [--rounds N] [--profile]

PATH defaults to pip as installed beside this Python. Each round, alternately:
  bare-dir    semgrep scan --experimental --config rulesets/semgrep --json PATH (semgrep's own
              file selection: its default ignores, no inventory)
  bare-files  the same, given exactly the files aiscan's inventory selects (the same work)
  aiscan      aiscan's pipeline with the semgrep analyzer alone: inventory, semgrep, parsing,
              merging, fingerprints, evaluation, gate and the JSON report
Prints each round, the medians, files and findings of each, and the ratios aiscan / bare;
with --profile, also the rules that cost semgrep the most time on the tree.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from aiscan.analyzers.semgrep import SemgrepAnalyzer, _offline_env
from aiscan.compliance.catalogue import load_catalogue
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.pipeline import scan
from aiscan.report.json_format import render_json
from aiscan.tooling import find_tool, run_tool

REPO = Path(__file__).resolve().parent.parent
RULES = REPO / "rulesets" / "semgrep"
BARE = [
    "scan",
    "--experimental",
    "--config",
    str(RULES),
    "--json",
    "--metrics=off",
    "--disable-version-check",
]


def default_tree() -> Path:
    return next((Path(sys.executable).parent.parent).glob("lib/python3*/site-packages/pip"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", default=None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="also list the costliest rules")
    args = parser.parse_args()
    root = (Path(args.path) if args.path else default_tree()).resolve()
    exe = find_tool("semgrep")
    files = list(build_inventory(root).paths())
    config = resolve_scan_config(root, Overrides())
    catalogue = load_catalogue()
    counts: dict[str, tuple[int, int]] = {}
    inside: list[float] = []  # the semgrep process's own time within each aiscan scan

    def bare(targets: list[str], name: str) -> None:
        result = run_tool([exe, *BARE, "--", *targets], timeout_s=3600, cwd=root, env=_offline_env())
        data = json.loads(result.stdout)
        counts[name] = (len(data["paths"]["scanned"]), len(data["results"]))

    def through_aiscan() -> None:
        result = scan(config, analyzers=[SemgrepAnalyzer()], catalogue=catalogue)
        render_json(result, catalogue)
        (run,) = result.runs
        if run.status.value == "error":
            raise SystemExit(f"semgrep failed: {run.reason}")
        counts["aiscan"] = (run.files_scanned, sum(1 for f in result.findings if f.analyzer == "semgrep"))
        inside.append(run.duration_s)

    modes: dict[str, Callable[[], None]] = {
        "bare-dir": lambda: bare(["."], "bare-dir"),
        "bare-files": lambda: bare(files, "bare-files"),
        "aiscan": through_aiscan,
    }
    times: dict[str, list[float]] = {m: [] for m in modes}
    print(f"{root}: {len(files)} source files in aiscan's inventory; {args.rounds} rounds")
    for n in range(args.rounds):
        line = []
        for name, fn in modes.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
            line.append(f"{name} {times[name][-1]:6.2f} s")
        print(f"  round {n + 1}: " + "  ".join(line))
    med = {m: statistics.median(v) for m, v in times.items()}
    print()
    for name in modes:
        scanned, found = counts[name]
        print(f"  {name:<11} median {med[name]:7.2f} s   {scanned} files scanned, {found} findings")
    # The machine's load drifts; the ratio within each round (runs back to back) is steadier.
    paired = {
        other: statistics.median(a / b for a, b in zip(times["aiscan"], times[other], strict=True))
        for other in ("bare-files", "bare-dir")
    }
    extra = statistics.median(t - s for t, s in zip(times["aiscan"], inside, strict=True))
    print(
        f"\n  aiscan / bare-files (same files): {med['aiscan'] / med['bare-files']:.2f} of medians, "
        f"{paired['bare-files']:.2f} median of the rounds' ratios"
    )
    print(
        f"  aiscan / bare-dir (semgrep's own selection): {med['aiscan'] / med['bare-dir']:.2f} of medians, "
        f"{paired['bare-dir']:.2f} median of the rounds' ratios"
    )
    print(
        f"  aiscan's own work around semgrep (inventory, parsing, evaluation, report): median {extra:.2f} s"
    )
    if args.profile:
        profile(exe, root, files)


def profile(exe: str, root: Path, files: list[str]) -> None:
    """Where semgrep's time goes on this tree: the rules that cost the most matching time."""
    result = run_tool([exe, *BARE, "--time", "--", *files], timeout_s=3600, cwd=root, env=_offline_env())
    timing = json.loads(result.stdout)["time"]
    rules = timing["rules"]
    per_rule: dict[str, float] = dict.fromkeys(rules, 0.0)
    total = 0.0
    for target in timing["targets"]:
        total += target["run_time"]
        for i, t in enumerate(target["match_times"]):
            per_rule[rules[i]] += t
    n = len({t["path"] for t in timing["targets"]})
    print(f"\n  semgrep --time: {total:.1f} s of rule runs over {n} files; the costliest rules:")
    for rule, t in sorted(per_rule.items(), key=lambda kv: -kv[1])[:10]:
        print(f"    {t:7.2f} s  {100 * t / total:4.1f}%  {rule}")


if __name__ == "__main__":
    main()
