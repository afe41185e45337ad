"""The semgrep analyzer on whole application trees, cold, with aiscan as it is and as it was at a
git revision, side by side: the inventory (what is third-party), the order of the batches and
the analyzer's bound all come from the revision being measured.

    python benchmarks/bench_semgrep_bound.py TREE [TREE ...] --before REV [--rounds N] [--first after]
                                              [--json OUT]

Each TREE is scanned through aiscan's own path (inventory, then SemgrepAnalyzer.run with the
default bounds: 30 s per rule and file, the retry, 900 s for the analyzer) with an empty result
cache, once with the code and rules of REV (`git archive` of aiscan/ and rulesets/ into a
temporary folder, run from there in a child process) and once with the working tree's, back to
back, in alternating order from round to round, so a shared machine's load weighs on both.
Prints, per tree and revision: the wall time, the run's status, the source files the inventory
gives semgrep and those it lists as third-party, the files semgrep analysed, the files the bound
left unread, the other gaps, the findings; then after / before and every finding only one side
reports (rule, path, line).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from git_revision import export

REPO = Path(__file__).resolve().parent.parent

# Run in the child, with the revision's aiscan on sys.path; prints one JSON object.
_CHILD = r"""
import json, os, sys, tempfile, time
from pathlib import Path
from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.version_cache import CACHE_ENV

root = Path(sys.argv[1])
with tempfile.TemporaryDirectory(prefix="aiscan-bench-bound-") as cache:
    os.environ[CACHE_ENV] = cache
    started = time.monotonic()
    config = resolve_scan_config(root, Overrides())
    inventory = build_inventory(root, exclude=config.exclude, components=())
    outcome = SemgrepAnalyzer().run(ScanContext(config, inventory))
    seconds = time.monotonic() - started
run = outcome.run
bound = [g.path for g in run.gaps if "analyzer's bound" in g.reason]
print(json.dumps({
    "seconds": seconds,
    "status": run.status.value,
    "sources": len(inventory.files),
    "third_party": sum(1 for s in inventory.build_tooling if s.reason.startswith("third-party")),
    "pruned": list(inventory.pruned),
    "analysed": run.files_scanned,
    "bound_gaps": len(bound),
    "bound_gaps_large": sum(1 for g in run.gaps if "a large file" in g.reason),
    "other_gaps": sorted({g.path for g in run.gaps} - set(bound)),
    "findings": sorted([f.rule_id, f.location.path, f.location.start_line] for f in outcome.findings),
    "summary": run.reason,
}))
"""


def checkout(rev: str, into: Path) -> Path:
    """aiscan/ and rulesets/ as they were at `rev`, unpacked under `into`."""
    return export(rev, ("aiscan", "rulesets"), into)


def measure(code: Path, root: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root)],
        cwd=code,
        env={**os.environ, "PYTHONPATH": str(code)},
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"{root.name} with {code}: exit code {done.returncode}\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def line(name: str, label: str, m: dict[str, Any]) -> str:
    return (
        f"{name} {label}: {m['seconds']:.1f} s, {m['status']}, {m['sources']} source files "
        f"({m['third_party']} third-party scripts listed, {len(m['pruned'])} folders pruned), "
        f"{m['analysed']} analysed, {m['bound_gaps']} left by the bound ({m['bound_gaps_large']} large), "
        f"{len(m['other_gaps'])} other gaps, {len(m['findings'])} findings"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--before", required=True, help="git revision to compare with")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--first", choices=["before", "after"], default="before", help="run first in round 1")
    parser.add_argument("--json", type=Path, default=None, help="write every measurement here")
    args = parser.parse_args()
    kept: list[dict[str, Any]] = []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="aiscan-bench-bound-")))
        code = {"before": checkout(args.before, folder / "before"), "after": REPO}
        for tree in args.trees:
            root = tree.resolve()
            for n in range(args.rounds):
                first, second = ("before", "after") if args.first == "before" else ("after", "before")
                order = [first, second] if n % 2 == 0 else [second, first]
                got = {}
                for label in order:
                    got[label] = m = measure(code[label], root)
                    print(line(root.name, label, m), flush=True)
                    print(f"    {m['summary'][:400]}", flush=True)
                    kept.append({"tree": root.name, "round": n + 1, "label": label, **m})
                b, a = got["before"], got["after"]
                print(f"{root.name} round {n + 1}: after / before = {a['seconds'] / b['seconds']:.2f}")
                fb = {tuple(f) for f in b["findings"]}
                fa = {tuple(f) for f in a["findings"]}
                for label, only in (("before", fb - fa), ("after", fa - fb)):
                    for rule, path, start in sorted(only, key=str):
                        print(f"    only {label}: {rule} {path}:{start}")
                if args.json:
                    args.json.write_text(json.dumps(kept, indent=1))


if __name__ == "__main__":
    main()
