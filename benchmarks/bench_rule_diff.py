"""Findings that changed semgrep rules add or remove on code they were not written against.

    python benchmarks/bench_rule_diff.py --base REV DIR [DIR ...] [--json FILE]

Takes the rule files under rulesets/semgrep/ that differ between git revision REV and the working
tree (new rule files not yet added to git included), writes each side into a temporary folder (a
rule file added since REV exists on the new side only, a removed one on the old side only) and
runs semgrep with each folder over the DIRs
(offline, one job, the same engine aiscan uses). Prints the number of files scanned and of
errors on each side, then every finding only one side has (rule, path, line): `NEW` for the
rules as they are now, `GONE` for the rules of REV. The new findings are to be read and
classified by hand. Only the changed rules run, so the figures say what the change does, not
what the whole rule set finds.

`--moved NEW=OLD` (repeatable) compares a finding of rule NEW now as one of rule OLD before: for a
rule split in two, the part moved under a new ID is then the same finding when it is on the same
line, and only a finding added or lost shows as NEW or GONE. The count of findings compared so is
printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from aiscan.inventory import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parent.parent
RULES = "rulesets/semgrep"

Key = tuple[str, str, int]


def changed_rule_files(base: str) -> list[str]:
    """Rule files that differ from `base`, and new rule files git does not track yet."""
    names: set[str] = set()
    for argv in (["diff", "--name-only", base], ["ls-files", "--others", "--exclude-standard"]):
        out = subprocess.run(
            ["git", "-C", str(REPO), *argv, "--", RULES], check=True, capture_output=True, text=True
        ).stdout
        names.update(p for p in out.split() if p.endswith(".yaml"))
    return sorted(names)


def write_side(files: list[str], base: str | None, into: Path) -> int:
    """Write the rule files as they are at `base` (None: the working tree); return how many."""
    written = 0
    for rel in files:
        if base is None:
            source = REPO / rel
            if not source.is_file():
                continue
            text = source.read_text(encoding="utf-8")
        else:
            shown = subprocess.run(
                ["git", "-C", str(REPO), "show", f"{base}:{rel}"], capture_output=True, text=True
            )
            if shown.returncode != 0:
                continue
            text = shown.stdout
        (into / Path(rel).name).write_text(text, encoding="utf-8")
        written += 1
    return written


def run_semgrep(config: Path, targets: Sequence[str]) -> tuple[set[Key], int, int]:
    command = [
        *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--experimental"),
        *("-j", "1", "--timeout", "30", "--no-git-ignore", "--json", "--config", str(config)),
        # aiscan's own file limit: semgrep's default (1 MB) would skip files aiscan scans
        *("--max-target-bytes", str(MAX_FILE_BYTES)),
        *targets,
    ]
    proc = subprocess.run(
        command,
        capture_output=True,
        text=True,
        # a matched line of a scanned file need not be UTF-8; only paths and lines are read
        errors="replace",
    )
    data = json.loads(proc.stdout or "{}")
    keys = {
        (r["check_id"].rsplit(".", 1)[-1], r["path"], int(r["start"]["line"]))
        for r in data.get("results", [])
    }
    scanned = len(data.get("paths", {}).get("scanned", []))
    return keys, scanned, len(data.get("errors", []))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the rules before the change")
    ap.add_argument("dirs", nargs="+", help="code to scan")
    ap.add_argument(
        "--moved", action="append", default=[], metavar="NEW=OLD", help="rule NEW now is OLD before"
    )
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    moved = dict(m.split("=", 1) for m in args.moved)

    files = changed_rule_files(args.base)
    if not files:
        print(f"no rule file under {RULES} differs from {args.base}")
        return 0
    with tempfile.TemporaryDirectory(prefix="aiscan-rule-diff-") as tmp:
        before_dir, after_dir = Path(tmp, "before"), Path(tmp, "after")
        before_dir.mkdir()
        after_dir.mkdir()
        n_before = write_side(files, args.base, before_dir)
        n_after = write_side(files, None, after_dir)
        before = run_semgrep(before_dir, args.dirs) if n_before else (set(), 0, 0)
        after = run_semgrep(after_dir, args.dirs)
    if moved:
        n_moved = sum(1 for rule, _, _ in after[0] if rule in moved)
        after = ({(moved.get(r, r), p, n) for r, p, n in after[0]}, after[1], after[2])

    print(f"changed rule files: {len(files)} ({n_before} at {args.base}, {n_after} now)")
    print(f"files scanned: {before[1]} / {after[1]}; errors: {before[2]} / {after[2]}")
    print(f"findings of the changed rules: {len(before[0])} before, {len(after[0])} after")
    if moved:
        print(f"findings of {', '.join(moved)} compared as {', '.join(moved.values())}'s: {n_moved}")
    new, gone = sorted(after[0] - before[0]), sorted(before[0] - after[0])
    for rule, path, line in new:
        print(f"NEW   {rule}  {path}:{line}")
    for rule, path, line in gone:
        print(f"GONE  {rule}  {path}:{line}")
    if args.json:
        args.json.write_text(
            json.dumps({"base": args.base, "rules": files, "new": new, "gone": gone}, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
