"""The semgrep analyzer on large trees, cold, with the rules of two git revisions side by side.

    python benchmarks/bench_semgrep_large_trees.py TREE [TREE ...] --before REV [--after REV]
                                                   [--rounds N]

Each TREE (an unpacked wheel, say) is scanned through aiscan's own path (inventory, then
SemgrepAnalyzer.run with the default bounds: 30 s per rule and file, the retry of files that timed
out, 900 s for the analyzer) with an empty result cache, once with the rules of each revision
(`git archive` of rulesets/semgrep into a temporary folder; `--after` defaults to the working
tree). The two run back to back on each tree, in alternating order from round to round, so a
shared machine's load weighs on both. Prints, per tree and ruleset: the wall time, the run's
status, the files that timed out in the main run, were retried and stayed gaps, the findings;
then after / before and the findings only one ruleset reports (rule, path, line).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.version_cache import CACHE_ENV

sys.path.insert(0, str(Path(__file__).resolve().parent))
from git_revision import export

REPO = Path(__file__).resolve().parent.parent


def ruleset_at(rev: str, into: Path) -> Path:
    """rulesets/semgrep as it was at `rev`, unpacked under `into`."""
    return export(rev, ("rulesets/semgrep",), into) / "rulesets" / "semgrep"


@dataclass(frozen=True)
class Measure:
    seconds: float
    status: str
    timed_out: int  # files with a timeout or crash in the main run (retried, or gaps)
    still_failing: int  # files that stay gaps after the retry
    findings: frozenset[tuple[str, str, int | None]]
    summary: str


def measure(root: Path, rules: Path) -> Measure:
    config = resolve_scan_config(root, Overrides())
    ctx = ScanContext(config, build_inventory(root, exclude=config.exclude, components=()))
    with tempfile.TemporaryDirectory(prefix="aiscan-bench-large-") as cache:
        os.environ[CACHE_ENV] = cache
        started = time.monotonic()
        outcome = SemgrepAnalyzer(rules).run(ctx)
        seconds = time.monotonic() - started
    run = outcome.run
    gaps = [g for g in run.gaps if "Timeout" in g.reason or "crashed" in g.reason]
    retried = {g.path for g in gaps}
    failing = {g.path for g in gaps if "also when retried" in g.reason or g.reason.startswith("Timeout")}
    return Measure(
        seconds,
        run.status.value,
        len(retried),
        len(failing),
        frozenset((f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings),
        run.reason,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--before", required=True, help="git revision of the rules to compare with")
    parser.add_argument("--after", default=None, help="git revision (default: the working tree)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="aiscan-bench-rules-")))
        after = ruleset_at(args.after, folder / "after") if args.after else REPO / "rulesets" / "semgrep"
        rulesets = {"before": ruleset_at(args.before, folder / "before"), "after": after}
        for tree in args.trees:
            root = tree.resolve()
            for n in range(args.rounds):
                order = ["before", "after"] if n % 2 == 0 else ["after", "before"]
                got = {}
                for label in order:
                    got[label] = m = measure(root, rulesets[label])
                    print(
                        f"{root.name} round {n + 1} {label}: {m.seconds:.1f} s, {m.status}, "
                        f"{m.timed_out} file(s) timed out or crashed, {m.still_failing} still failing "
                        f"after the retry, {len(m.findings)} findings",
                        flush=True,
                    )
                    print(f"    {m.summary}", flush=True)
                b, a = got["before"], got["after"]
                print(f"{root.name} round {n + 1}: after / before = {a.seconds / b.seconds:.2f}")
                for label, only in (("before", b.findings - a.findings), ("after", a.findings - b.findings)):
                    for rule, path, line in sorted(only, key=str):
                        print(f"    only {label}: {rule} {path}:{line}")


if __name__ == "__main__":
    main()
