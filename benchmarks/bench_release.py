"""Benchmark: release the demo AIS (4 components, 5 sources) with two components scanned at once,
beside the obvious alternatives: one component at a time, and one `aiscan scan` of the whole
folder (no components, one verdict for a single tree).

    python benchmarks/bench_release.py [--repeat 2]

Each variant runs with the real analyzers and an empty semgrep result cache of its own, so no
variant reuses another's results. Prints wall-clock seconds (median) and the ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aiscan.config import Overrides, resolve_scan_config  # noqa: E402
from aiscan.pipeline import scan  # noqa: E402
from aiscan.release.description import load_description  # noqa: E402
from aiscan.release.run import ReleaseOptions, release_scan  # noqa: E402

DEMO = REPO / "fixtures" / "mfo-demo"


def _timed(run: object) -> float:
    with tempfile.TemporaryDirectory(prefix="aiscan-bench-cache-") as cache:
        os.environ["AISCAN_CACHE_DIR"] = cache
        t0 = time.perf_counter()
        run()  # type: ignore[operator]
        return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    ais = load_description(DEMO / "aiscan-ais.toml")
    config_file = DEMO / "aiscan.toml"

    def release(workers: int) -> None:
        options = ReleaseOptions(config_file=config_file, components_in_parallel=workers)
        release_scan(ais, options)

    def plain() -> None:
        scan(resolve_scan_config(DEMO, Overrides(config_file=config_file)))

    variants = {
        "release, 2 components at once": lambda: release(2),
        "release, 1 component at a time": lambda: release(1),
        "plain scan of the whole folder": plain,
    }
    times = {
        name: statistics.median(_timed(run) for _ in range(args.repeat)) for name, run in variants.items()
    }
    base = times["release, 2 components at once"]
    print(f"cores: {os.cpu_count()}, repeats: {args.repeat}")
    for name, seconds in times.items():
        print(f"{name:<34} {seconds:7.1f} s   ratio {seconds / base:5.2f}")


if __name__ == "__main__":
    main()
