"""Time each changed semgrep rule alone, as it was at a git revision and as it is now, per file.

    python benchmarks/bench_rule_time.py --base REV FILE_OR_DIR [...] [--timeout S] [--json FILE]

Takes the rule files under rulesets/semgrep/ that differ between REV and the working tree (as
bench_rule_diff.py does) and runs semgrep with one rule at a time on one target at a time, first
the rule of REV, then the rule now (offline, one job, `--timeout S`, default 120). For each pair
it prints the CPU seconds semgrep used (user + system of the semgrep processes, which a loaded
machine does not inflate as it does wall time), the wall seconds, whether the rule timed out on
the target, the number of findings on each side, and the ratio old/new of the CPU time. The CPU
time includes semgrep's start-up (about 4 s here), the same on both sides.

With `--together` the changed rule files (those `--rule` names, or all) run as one config on each
side instead of one at a time: a rule split in two, or a new rule taking over part of an old one,
is then timed as the old rule against the rules that replace it. A file that does not exist at REV
is on the new side only. The findings compared are lines, whatever rule reports them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rule_diff import changed_rule_files, write_side

from aiscan.inventory import MAX_FILE_BYTES


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_one(config: Path, target: str, timeout: int) -> dict[str, object]:
    command = [
        *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--experimental"),
        *("-j", "1", "--timeout", str(timeout)),
        # aiscan's own file limit: semgrep's default (1 MB) would skip files aiscan scans
        *("--max-target-bytes", str(MAX_FILE_BYTES)),
        *("--no-git-ignore", "--json", "--config", str(config), target),
    ]
    cpu0, wall0 = children_cpu(), time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True, errors="replace")
    cpu, wall = children_cpu() - cpu0, time.monotonic() - wall0
    data = json.loads(proc.stdout or "{}")
    timeouts = [e for e in data.get("errors", []) if "Timeout" in str(e.get("type", ""))]
    return {
        "cpu_s": round(cpu, 1),
        "wall_s": round(wall, 1),
        "timed_out": bool(timeouts),
        "findings": sorted({int(r["start"]["line"]) for r in data.get("results", [])}),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the rules before the change")
    ap.add_argument("targets", nargs="+", help="files or folders to time each rule on")
    ap.add_argument("--timeout", type=int, default=120, help="semgrep's per-rule timeout (s)")
    ap.add_argument("--rule", action="append", help="only these rule ids (default: all changed)")
    ap.add_argument("--together", action="store_true", help="time the changed rules as one config")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)

    files = [rel for rel in changed_rule_files(args.base) if not args.rule or Path(rel).stem in args.rule]
    groups = (
        [("+".join(Path(rel).stem for rel in files), files)]
        if args.together
        else [(Path(rel).stem, [rel]) for rel in files]
    )
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="aiscan-rule-time-") as tmp:
        for rule, rels in groups:
            if not rels:
                continue
            old_dir, new_dir = Path(tmp, rule, "old"), Path(tmp, rule, "new")
            old_dir.mkdir(parents=True)
            new_dir.mkdir(parents=True)
            if not (write_side(rels, args.base, old_dir) and write_side(rels, None, new_dir)):
                continue
            for target in args.targets:
                old = run_one(old_dir, target, args.timeout)
                new = run_one(new_dir, target, args.timeout)
                ratio = float(old["cpu_s"]) / max(float(new["cpu_s"]), 0.1)  # type: ignore[arg-type]
                row = {"rule": rule, "target": target, "old": old, "new": new, "ratio": ratio}
                rows.append(row)
                print(
                    f"{rule}  {target}\n"
                    f"  old: cpu {old['cpu_s']} s, wall {old['wall_s']} s, "
                    f"timed out {old['timed_out']}, findings {len(old['findings'])}  "  # type: ignore[arg-type]
                    f"new: cpu {new['cpu_s']} s, wall {new['wall_s']} s, "
                    f"timed out {new['timed_out']}, findings {len(new['findings'])}  "  # type: ignore[arg-type]
                    f"old/new {ratio:.1f}"
                    + ("" if old["findings"] == new["findings"] else "  FINDINGS DIFFER"),
                    flush=True,
                )
    if args.json:
        args.json.write_text(json.dumps({"base": args.base, "rows": rows}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
