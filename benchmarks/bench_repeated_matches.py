"""How many findings of kept aiscan JSON reports are one rule's repeated matches on one line, which
a scan now reports once (aiscan.sast.merge.fold_repeated_matches).

    python benchmarks/bench_repeated_matches.py REPORT.json [REPORT.json ...]

Counts, per report, the findings of the SAST analyzers and the groups of the same analyzer,
rule, path, start line and message (what the fold joins), and the blocking ones among them.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

SAST = ("semgrep", "bandit", "web-config")


def counts(report: dict) -> tuple[int, int, list[str]]:
    findings = [f for f in report.get("findings", []) if f.get("analyzer") in SAST]
    loc = lambda f: f.get("location") or {}  # noqa: E731
    keys = Counter(
        (f["analyzer"], f["rule_id"], loc(f).get("path"), loc(f).get("start_line"), f.get("message"))
        for f in findings
        if loc(f).get("start_line") is not None
    )
    repeated = [f"{k[1]} {k[2]}:{k[3]} x{n}" for k, n in keys.items() if n > 1]
    return len(findings), len(findings) - sum(n - 1 for n in keys.values()), repeated


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("reports", nargs="+", type=Path)
    args = parser.parse_args()
    total_before = total_after = 0
    for path in args.reports:
        before, after, repeated = counts(json.loads(path.read_text()))
        total_before += before
        total_after += after
        print(f"{path}: {before} -> {after}")
        for line in repeated:
            print(f"  {line}")
    print(f"all: {total_before} -> {total_after} SAST findings ({len(args.reports)} reports)")


if __name__ == "__main__":
    main()
