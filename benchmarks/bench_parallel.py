"""Scan time of a tree with the analyzers in parallel versus one after the other.

    python benchmarks/bench_parallel.py [PATH] [--rounds N]

Runs both modes alternately in one process (these machines are noisy), through aiscan's own
pipeline, and prints each round, the medians and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from aiscan.compliance.catalogue import load_catalogue
from aiscan.config import Overrides, resolve_scan_config
from aiscan.pipeline import scan

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(REPO / "fixtures" / "mfo-demo"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    own = Path(args.path) / "aiscan.toml"  # the demo's advisory snapshot, trusted by the operator
    config = resolve_scan_config(Path(args.path), Overrides(config_file=own if own.is_file() else None))
    catalogue = load_catalogue()
    scan(config, catalogue=catalogue)  # warm the file cache and the tools' own caches
    times: dict[str, list[float]] = {"parallel": [], "sequential": []}
    per_analyzer: dict[str, float] = {}
    for n in range(args.rounds):
        for mode in ("parallel", "sequential"):
            t0 = time.perf_counter()
            result = scan(config, catalogue=catalogue, parallel=mode == "parallel")
            times[mode].append(time.perf_counter() - t0)
            if mode == "sequential":
                for run in result.runs:
                    per_analyzer.setdefault(run.analyzer, 0.0)
                    per_analyzer[run.analyzer] += run.duration_s / args.rounds
        par_s, seq_s = times["parallel"][-1], times["sequential"][-1]
        print(f"round {n + 1}: parallel {par_s:.2f} s, sequential {seq_s:.2f} s")
    par, seq = statistics.median(times["parallel"]), statistics.median(times["sequential"])
    print(f"\ntarget: {args.path}")
    print(f"median parallel   {par:.2f} s")
    print(f"median sequential {seq:.2f} s")
    print(f"sequential / parallel = {seq / par:.2f}x")
    print(
        "mean time per analyzer (sequential runs): "
        + ", ".join(f"{k} {v:.2f} s" for k, v in sorted(per_analyzer.items()))
    )


if __name__ == "__main__":
    main()
