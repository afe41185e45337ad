"""A warm re-scan of an unchanged tree against a cold one: the per-file semgrep result cache.

    python benchmarks/bench_semgrep_cache.py [PATH] [--rounds N]

PATH defaults to pip as installed beside this Python. Each round runs aiscan's semgrep analyzer
(inventory built once) with an empty cache folder (cold), then again over the same tree (warm),
and checks that both report the same findings. Prints each round, the medians and warm / cold.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome
from aiscan.version_cache import CACHE_ENV


def default_tree() -> Path:
    return next((Path(sys.executable).parent.parent).glob("lib/python3*/site-packages/pip"))


def timed(ctx: ScanContext) -> tuple[float, AnalyzerOutcome]:
    started = time.monotonic()
    outcome = SemgrepAnalyzer().run(ctx)
    return time.monotonic() - started, outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    root = (args.path or default_tree()).resolve()
    config = resolve_scan_config(root, Overrides())
    ctx = ScanContext(config, build_inventory(root, exclude=config.exclude, components=()))
    print(f"{root}: {len(ctx.inventory.files)} files in the inventory")
    cold_times, warm_times = [], []
    for n in range(1, args.rounds + 1):
        with tempfile.TemporaryDirectory(prefix="aiscan-bench-cache-") as folder:
            os.environ[CACHE_ENV] = folder
            cold_s, cold = timed(ctx)
            warm_s, warm = timed(ctx)
        same = {f.fingerprint for f in cold.findings} == {f.fingerprint for f in warm.findings}
        if cold.run.status.value != "ok" or not same:
            sys.exit(f"round {n}: cold {cold.run.status.value}, warm {warm.run.status.value}, same={same}")
        cold_times.append(cold_s)
        warm_times.append(warm_s)
        print(
            f"round {n}: cold {cold_s:.2f} s, warm {warm_s:.2f} s ({warm_s / cold_s:.1%}); "
            f"{len(cold.findings)} findings, identical; {warm.run.reason}"
        )
    cold_m, warm_m = statistics.median(cold_times), statistics.median(warm_times)
    print(f"median: cold {cold_m:.2f} s, warm {warm_m:.2f} s, warm / cold {warm_m / cold_m:.1%}")


if __name__ == "__main__":
    main()
