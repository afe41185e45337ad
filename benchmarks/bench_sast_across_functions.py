"""The cost of following flows across functions (aiscan.sast.interfile), and what it reports.

    python benchmarks/bench_sast_across_functions.py TREE [TREE ...]

For each tree (inventory built once), aiscan's semgrep analyzer runs three times: with an empty
cache and the passes off (the default), with an empty cache and the passes on
(`[semgrep] across_functions = true`), and
once more with the passes on over the cache the second run filled (the single-file results and,
the tree being unchanged, both passes are then answered from the cache; warm / cold is printed).
Prints the three times and every finding of the passes (rule, place, function, calls), to be
classified by reading the code. `--on-only` runs only the scan with the passes on (an empty
cache), for reading their findings on a tree too large to scan three times. `--language NAME`
(repeatable) turns the passes on for the languages named only (`javascript` also follows the
TypeScript files). `--timeout-s N` sets the analyzer's bound (`[analyzers] timeout_s`, 900 s by
default) for a tree whose passes would otherwise run out of it on a loaded machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench_semgrep_cache import timed as _timed

from aiscan.analyzers.base import AnalyzerOutcome, ScanContext
from aiscan.config import ACROSS_FUNCTIONS_LANGUAGES, Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.sast import interfile
from aiscan.version_cache import CACHE_ENV


def timed(ctx: ScanContext) -> tuple[float, AnalyzerOutcome]:
    """The wall time of one analyzer run; the CPU time of its semgrep processes is printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, outcome = _timed(ctx)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"  run: wall {wall:.1f} s, semgrep CPU {cpu:.1f} s ({outcome.run.status.value})", flush=True)
    return wall, outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--on-only", action="store_true", help="only the scan with the passes on")
    parser.add_argument("--language", action="append", default=[], help="only these languages' passes")
    parser.add_argument("--timeout-s", type=int, help="the analyzer's bound (default: the configuration's)")
    args = parser.parse_args()
    on_languages = frozenset(args.language) or ACROSS_FUNCTIONS_LANGUAGES
    for tree in args.trees:
        root = tree.resolve()
        config = resolve_scan_config(root, Overrides())
        if args.timeout_s:
            config = replace(config, analyzer_timeout_s=args.timeout_s)
        inventory = build_inventory(root, exclude=config.exclude, components=())
        ctx = ScanContext(replace(config, semgrep_across_functions=frozenset()), inventory)
        ctx_on = ScanContext(replace(config, semgrep_across_functions=on_languages), inventory)
        php = sum(1 for f in ctx.inventory.files if interfile.followed_as(f.language) in on_languages)
        print(
            f"{root}: {len(ctx.inventory.files)} files, {php} in a language with summarised rules", flush=True
        )
        if not args.on_only:
            with tempfile.TemporaryDirectory(prefix="aiscan-bench-cache-") as folder:
                os.environ[CACHE_ENV] = folder
                off_s, off = timed(ctx)
        with tempfile.TemporaryDirectory(prefix="aiscan-bench-cache-") as folder:
            os.environ[CACHE_ENV] = folder
            on_s, on = timed(ctx_on)
            if not args.on_only:
                warm_s, warm = timed(ctx_on)
        across = [f for f in on.findings if f.rule_id.endswith(interfile.RULE_SUFFIX)]
        rest = len(on.findings) - len(across)
        with_passes = f"cold with {on_s:.1f} s ({on.run.status.value}, {rest} + {len(across)} findings)"
        if args.on_only:
            print(f"  {with_passes}", flush=True)
        else:
            print(
                f"  cold without the passes {off_s:.1f} s "
                f"({off.run.status.value}, {len(off.findings)} findings); {with_passes}; "
                f"warm with {warm_s:.1f} s ({warm.run.status.value}); with / without {on_s / off_s:.2f}; "
                f"warm / cold with {warm_s / on_s:.2f}",
                flush=True,
            )
        print(f"  {on.run.reason}")
        for gap in on.run.gaps:
            print(f"  gap: {gap.path}: {gap.reason}")
        for f in sorted(across, key=lambda f: (f.location.path, f.location.start_line)):
            where = f"{f.location.path}:{f.location.start_line}"
            via = f.properties.get("function") or ", ".join(f.properties.get("returned_by") or ())
            calls = ", ".join(f.properties.get("calls") or ())
            print(f"  {f.rule_id} {f.severity.value}/{f.confidence.value} {where} via {via} calls {calls}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
