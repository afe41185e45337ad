"""Batched semgrep runs against one call over the whole tree: what the analyzer pays for keeping
finished work when its bound runs out.

    python benchmarks/bench_semgrep_batches.py [PATH] [--batch-files N] [--rounds N]

PATH defaults to pip as installed beside this Python. Each round runs aiscan's semgrep analyzer
with an empty cache twice over the same inventory, in alternating order: once as one semgrep call
(no batch limit) and once cut into batches of at most N files (default: the analyzer's own
limit), and checks that both report the same findings and files. Prints each round's wall time
and the CPU time semgrep's processes used (less disturbed by other work on the machine), the
medians and batched / one call.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiscan.analyzers.semgrep as semgrep_module
from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome
from aiscan.sast.semgrep_batches import MAX_BATCH_FILES
from aiscan.version_cache import CACHE_ENV

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_semgrep_cache import default_tree

ONE_CALL = 10**9


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(ctx: ScanContext, batch_files: int) -> tuple[float, float, AnalyzerOutcome]:
    """Wall seconds, CPU seconds of the tools run, and the outcome."""
    semgrep_module.MAX_BATCH_FILES = batch_files  # type: ignore[misc]
    with tempfile.TemporaryDirectory(prefix="aiscan-bench-batches-") as folder:
        os.environ[CACHE_ENV] = folder
        started, cpu = time.monotonic(), children_cpu_s()
        outcome = SemgrepAnalyzer().run(ctx)
        return time.monotonic() - started, children_cpu_s() - cpu, outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--batch-files", type=int, default=MAX_BATCH_FILES)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    root = (args.path or default_tree()).resolve()
    config = resolve_scan_config(root, Overrides())
    ctx = ScanContext(config, build_inventory(root, exclude=config.exclude, components=()))
    files = len(ctx.inventory.files)
    batches = -(-files // args.batch_files)
    print(f"{root}: {files} files in the inventory; batches of at most {args.batch_files}: {batches}")
    one_times, batched_times, one_cpus, batched_cpus = [], [], [], []
    for n in range(1, args.rounds + 1):
        order = [ONE_CALL, args.batch_files] if n % 2 else [args.batch_files, ONE_CALL]
        runs = {size: timed(ctx, size) for size in order}
        (one_s, one_cpu, one), (batched_s, batched_cpu, batched) = runs[ONE_CALL], runs[args.batch_files]
        same = {f.fingerprint for f in one.findings} == {f.fingerprint for f in batched.findings}
        if not same or one.run.files_scanned != batched.run.files_scanned:
            sys.exit(f"round {n}: the two runs differ ({one.run.reason} / {batched.run.reason})")
        one_times.append(one_s)
        batched_times.append(batched_s)
        one_cpus.append(one_cpu)
        batched_cpus.append(batched_cpu)
        print(
            f"round {n}: one call {one_s:.1f} s wall, {one_cpu:.1f} s CPU ({one.run.status.value}); "
            f"batched {batched_s:.1f} s wall, {batched_cpu:.1f} s CPU ({batched.run.status.value}); "
            f"{len(one.findings)} findings, identical"
        )
    for what, one_list, batched_list in (("wall", one_times, batched_times), ("CPU", one_cpus, batched_cpus)):
        one_m, batched_m = statistics.median(one_list), statistics.median(batched_list)
        print(
            f"median {what}: one call {one_m:.1f} s, batched {batched_m:.1f} s, "
            f"batched / one call {batched_m / one_m:.2f}x"
        )


if __name__ == "__main__":
    main()
