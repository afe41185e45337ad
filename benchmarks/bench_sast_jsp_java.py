"""What reading JSP pages' Java with the Java rules adds on pages the rules were not written
against, and what it costs.

    python benchmarks/bench_sast_jsp_java.py DIR --before REV [--json FILE]

Scans DIR twice exactly as a user would (`aiscan scan DIR --format json`, offline, empty operator
configuration): with aiscan as it was at git revision REV and as it is now. Prints the findings
in `.jsp` and `.jspf` files that only one of the two scans has (rule, path, line), the JSP findings of each
scan by rule and the wall-clock time of each scan (each with an empty result cache). The new
findings are to be read and classified by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vulnapps import archived_aiscan, scan

from aiscan.version_cache import CACHE_ENV

Key = tuple[str, str, int]


def jsp_findings(findings: list[dict[str, object]]) -> list[Key]:
    out = []
    for f in findings:
        loc = f.get("location") or {}
        path = str(loc.get("path", "")) if isinstance(loc, dict) else ""
        if path.endswith((".jsp", ".jspf")):
            line = loc.get("start_line") if isinstance(loc, dict) else 0
            out.append((str(f.get("rule_id")), path, int(line) if isinstance(line, int) else 0))
    return sorted(out)


def timed_scan(
    aiscan: Sequence[str], target: Path, cwd: Path | None, env: dict[str, str]
) -> tuple[list[Key], float]:
    with tempfile.TemporaryDirectory(prefix="aiscan-jsp-cache-") as cache:
        started = time.monotonic()
        _, findings = scan(aiscan, target, cwd, dict(env, **{CACHE_ENV: cache}))  # a cold cache
        return jsp_findings(findings), time.monotonic() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("target", type=Path)
    parser.add_argument("--before", metavar="REV", required=True)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    target = args.target.resolve()
    pages = sum(1 for p in target.rglob("*.jsp*") if p.suffix in (".jsp", ".jspf"))
    with tempfile.TemporaryDirectory(prefix="aiscan-jsp-before-") as tmp:
        old_cmd, old_cwd, old_env = archived_aiscan(args.before, Path(tmp))
        before, before_s = timed_scan(old_cmd, target, old_cwd, old_env)
    now, now_s = timed_scan([sys.executable, "-m", "aiscan"], target, None, dict(os.environ))
    added = sorted(set(now) - set(before))
    removed = sorted(set(before) - set(now))
    print(f"{pages} .jsp and .jspf page(s) under {target}")
    print(f"scan time: before {before_s:.1f} s, now {now_s:.1f} s")
    print(f"JSP findings: before {len(before)}, now {len(now)}")
    for name, keys in (("before", before), ("now", now)):
        counts = Counter(k[0] for k in keys)
        print(f"  {name}: " + ", ".join(f"{r} {n}" for r, n in sorted(counts.items())))
    print(f"only now ({len(added)}):")
    for rule, path, line in added:
        print(f"  {rule:36} {path}:{line}")
    print(f"only before ({len(removed)}):")
    for rule, path, line in removed:
        print(f"  {rule:36} {path}:{line}")
    if args.json:
        figures = {"pages": pages, "before_s": before_s, "now_s": now_s, "before": before, "now": now}
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
