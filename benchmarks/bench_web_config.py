"""Benchmark: the time the web-config analyzer adds to a scan of the demo AIS, beside the whole
scan (every analyzer, as `aiscan scan` runs them) and beside the obvious alternative of reading
every template, .py, .json and .yml file whole with one regular expression (no production
resolution, no markup parsing), which is about what any such check costs at the least.

    python benchmarks/bench_web_config.py [TREE] [--repeat 5]

TREE defaults to fixtures/mfo-demo.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aiscan.analyzers.base import ScanContext  # noqa: E402
from aiscan.config import Overrides, resolve_scan_config  # noqa: E402
from aiscan.inventory import build_inventory  # noqa: E402
from aiscan.pipeline import scan  # noqa: E402
from aiscan.webconfig.analyzer import WebConfigAnalyzer  # noqa: E402
from aiscan.webconfig.templates import TEMPLATE_SUFFIXES  # noqa: E402

_NAIVE = re.compile(r'type="text"|autocomplete|action="http://|\|\s*safe|DEBUG\s*=\s*True|CSRF', re.I)


def _time(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", nargs="?", default=str(REPO / "fixtures" / "mfo-demo"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    root = Path(args.tree).resolve()
    own = root / "aiscan.toml"  # the demo's frozen advisory snapshot, trusted as the demo test does
    config = resolve_scan_config(root, Overrides(config_file=own if own.is_file() else None))
    inventory = build_inventory(root)
    ctx = ScanContext(config, inventory)
    t0 = time.perf_counter()
    outcome = WebConfigAnalyzer().run(ctx)  # the first run also reads the rule files
    cold = time.perf_counter() - t0

    web_config = _time(lambda: WebConfigAnalyzer().run(ctx), args.repeat)
    suffixes = (*TEMPLATE_SUFFIXES, ".py", ".json", ".yml")
    candidates = [root / p for p in inventory.all_paths() if p.endswith(suffixes)]

    def naive_pass() -> list[int]:
        return [len(_NAIVE.findall(p.read_text(errors="replace"))) for p in candidates]

    naive = _time(naive_pass, args.repeat)
    t0 = time.perf_counter()
    whole = scan(config)
    whole_s = time.perf_counter() - t0
    files = len(inventory.all_paths())
    print(f"tree: {root} ({files} files, {outcome.run.files_scanned} read by web-config)")
    print(f"web-config findings: {len(outcome.findings)}")
    print(f"web-config analyzer, first run:     {cold * 1000:8.1f} ms  (reads the two rule files)")
    print(f"web-config analyzer (median of {args.repeat}): {web_config * 1000:8.1f} ms")
    ratio = web_config / naive
    print(f"naive regex, templates/.py/.json/.yml: {naive * 1000:8.1f} ms  (web-config/naive {ratio:.1f}x)")
    share = cold / whole_s  # a scan runs the analyzer once, rules read included
    print(f"whole scan, every analyzer (once):  {whole_s * 1000:8.1f} ms  (web-config adds {share:.1%})")
    print(f"whole scan verdict: {whole.decision.verdict}")


if __name__ == "__main__":
    main()
