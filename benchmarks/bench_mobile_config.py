"""What the mobile-config analyzer adds to a scan of the demo AIS.

    python benchmarks/bench_mobile_config.py [PATH] [--rounds N]

PATH defaults to fixtures/mfo-demo. Each round times:
  mobile-config  the analyzer alone on an inventory built beforehand (its parsing and searching)
  inventory      building the inventory the analyzer reads (shared with every analyzer)
  whole scan     `aiscan scan PATH --format json` in this process, every analyzer, in parallel
Prints each round, the medians and the analyzer's share of the whole scan.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from aiscan.analyzers.base import ScanContext
from aiscan.cli import cli
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.mobile.analyzer import MobileConfigAnalyzer

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=REPO / "fixtures" / "mfo-demo")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    root: Path = args.path.resolve()
    config = root / "aiscan.toml"
    analyzer_s: list[float] = []
    inventory_s: list[float] = []
    whole_s: list[float] = []
    findings = 0
    for n in range(args.rounds):
        t0 = time.perf_counter()
        inv = build_inventory(root)
        t1 = time.perf_counter()
        outcome = MobileConfigAnalyzer().run(ScanContext(ScanConfig(root), inv))
        t2 = time.perf_counter()
        findings = len(outcome.findings)
        with tempfile.TemporaryDirectory() as tmp:
            argv = ["scan", str(root), "--format", "json", "--output", f"{tmp}/r.json"]
            if config.is_file():
                argv += ["--config", str(config)]
            t3 = time.perf_counter()
            CliRunner().invoke(cli, argv)
            t4 = time.perf_counter()
        inventory_s.append(t1 - t0)
        analyzer_s.append(t2 - t1)
        whole_s.append(t4 - t3)
        print(
            f"round {n + 1}: mobile-config {analyzer_s[-1] * 1000:.1f} ms, inventory "
            f"{inventory_s[-1] * 1000:.1f} ms, whole scan {whole_s[-1]:.2f} s"
        )
    a, i, w = (statistics.median(x) for x in (analyzer_s, inventory_s, whole_s))
    run = outcome.run
    print(f"\n{root.name}: {run.files_scanned} files read, {findings} findings ({run.status.value})")
    print(f"median mobile-config {a * 1000:.1f} ms | inventory {i * 1000:.1f} ms | whole scan {w:.2f} s")
    print(f"mobile-config / whole scan = {a / w:.2%} (it runs in parallel with the other analyzers)")


if __name__ == "__main__":
    main()
