"""Batched semgrep runs against one call over the whole tree: what the analyzer pays for keeping
finished work when its bound runs out.

    python benchmarks/bench_semgrep_batches.py [PATH] [--batch-files N] [--rounds N]

PATH defaults to pip as installed beside this Python. Each round runs aiscan's semgrep analyzer
with an empty cache twice over the same inventory, in alternating order: once as one semgrep call
(no batch limit) and once cut into batches of at most N files (default: the analyzer's own
limit), and checks that both report the same findings and files. Prints each round, the medians
and batched / one call.
"""

from __future__ import annotations

import argparse
import os
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

ONE_CALL = 10**9


def default_tree() -> Path:
    return next((Path(sys.executable).parent.parent).glob("lib/python3*/site-packages/pip"))


def timed(ctx: ScanContext, batch_files: int) -> tuple[float, AnalyzerOutcome]:
    semgrep_module.MAX_BATCH_FILES = batch_files  # type: ignore[misc]
    with tempfile.TemporaryDirectory(prefix="aiscan-bench-batches-") as folder:
        os.environ[CACHE_ENV] = folder
        started = time.monotonic()
        outcome = SemgrepAnalyzer().run(ctx)
        return time.monotonic() - started, outcome


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
    one_times, batched_times = [], []
    for n in range(1, args.rounds + 1):
        order = [ONE_CALL, args.batch_files] if n % 2 else [args.batch_files, ONE_CALL]
        runs = {size: timed(ctx, size) for size in order}
        (one_s, one), (batched_s, batched) = runs[ONE_CALL], runs[args.batch_files]
        same = {f.fingerprint for f in one.findings} == {f.fingerprint for f in batched.findings}
        if not same or one.run.files_scanned != batched.run.files_scanned:
            sys.exit(f"round {n}: the two runs differ ({one.run.reason} / {batched.run.reason})")
        one_times.append(one_s)
        batched_times.append(batched_s)
        print(
            f"round {n}: one call {one_s:.1f} s ({one.run.status.value}), batched {batched_s:.1f} s "
            f"({batched.run.status.value}), {batched_s / one_s:.2f}x; {len(one.findings)} findings, identical"
        )
    one_m, batched_m = statistics.median(one_times), statistics.median(batched_times)
    ratio = batched_m / one_m
    print(f"median: one call {one_m:.1f} s, batched {batched_m:.1f} s, batched / one call {ratio:.2f}x")


if __name__ == "__main__":
    main()
