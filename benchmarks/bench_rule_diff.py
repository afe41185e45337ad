"""Findings that changed semgrep rules add or remove on code they were not written against.

    python benchmarks/bench_rule_diff.py --base REV DIR [DIR ...] [--json FILE]
    python benchmarks/bench_rule_diff.py --web-config --base REV ROOT[:SUB,SUB...] ... [--json FILE]

Takes the rule files under rulesets/semgrep/ that differ between git revision REV and the working
tree (new rule files not yet added to git included), writes each side into a temporary folder (a
rule file added since REV exists on the new side only, a removed one on the old side only) and
runs semgrep with each folder over every file under the DIRs (offline, one job, the same engine
aiscan uses). The files are named on semgrep's command line, as aiscan names them: semgrep's
default ignore list (dist/, build/, vendor/, node_modules/, tests/ ...) applies only to folders it
walks itself and would silently leave out most of a package's code. Prints the number of files
given, of files scanned and of errors on each side, then every finding only one side has (rule,
path, line): `NEW` for the rules as they are now, `GONE` for the rules of REV. The new findings
are to be read and classified by hand. Only the changed rules run, so the figures say what the
change does, not what the whole rule set finds.

With `--web-config` the same is done for the web-config analyzer (template and server
configuration checks, `aiscan/webconfig/` and `rulesets/config/`), whose rules are code rather
than semgrep files: aiscan's package and rule files at REV are written out with `git archive` and
run in a child process beside the working tree's, each over every ROOT (optionally only the files
under the listed SUB folders or glob patterns of it, as a diff scan reads them: `apps/*/views.py`).
A finding whose severity changed is printed `SEVERITY` with both severities.

`--moved NEW=OLD` (repeatable) compares a finding of rule NEW now as one of rule OLD before: for a
rule split in two, the part moved under a new ID is then the same finding when it is on the same
line, and only a finding added or lost shows as NEW or GONE. The count of findings compared so is
printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from aiscan.inventory import MAX_FILE_BYTES
from aiscan.sast.semgrep_batches import MAX_ARGV_BYTES, batch_targets

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


def target_files(dirs: Sequence[str]) -> list[str]:
    """Every regular file under each DIR (a file given is itself), symbolic links and `.git`
    folders left out, in a stable order."""
    files: list[str] = []
    for d in dirs:
        top = Path(d)
        if top.is_file() and not top.is_symlink():
            files.append(str(top))
            continue
        for folder, subdirs, names in os.walk(top):
            subdirs[:] = sorted(s for s in subdirs if s != ".git")
            for name in sorted(names):
                path = Path(folder, name)
                if path.is_file() and not path.is_symlink():
                    files.append(str(path))
    return files


def run_semgrep(config: Path, targets: Sequence[str]) -> tuple[set[Key], int, int]:
    """Findings, files scanned and errors of the rules in `config` over the files `targets`,
    in as many semgrep calls as the command line's length needs."""
    keys: set[Key] = set()
    scanned = errors = 0
    for batch in batch_targets(targets, MAX_ARGV_BYTES, max_files=len(targets) or 1):
        found, n_scanned, n_errors = run_semgrep_once(config, batch)
        keys |= found
        scanned += n_scanned
        errors += n_errors
    return keys, scanned, errors


def run_semgrep_once(config: Path, targets: Sequence[str]) -> tuple[set[Key], int, int]:
    command = [
        *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--experimental"),
        *("-j", "1", "--timeout", "30", "--no-git-ignore", "--json", "--config", str(config)),
        # aiscan's own file limit: semgrep's default (1 MB) would skip files aiscan scans
        *("--max-target-bytes", str(MAX_FILE_BYTES)),
        "--",
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


# Run in a child process with PYTHONPATH at one side's package: prints one JSON list of findings
# (analyzer's rule, path relative to the root, line, severity) per root given.
_WEB_CONFIG_CHILD = """
import json, sys
from pathlib import Path
from aiscan.analyzers.base import ScanContext
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.webconfig.analyzer import WebConfigAnalyzer
for spec in sys.argv[1:]:
    root, _, subs = spec.partition(":")
    root = Path(root).resolve()
    only = None
    if subs:
        picked = [m for s in subs.split(",") for m in sorted(root.glob(s))]
        found = [p for m in picked for p in ([m] if m.is_file() else sorted(m.rglob("*")))]
        only = [str(p.relative_to(root)) for p in found if p.is_file() and not p.is_symlink()]
    config = resolve_scan_config(root, Overrides())
    outcome = WebConfigAnalyzer().run(ScanContext(config, build_inventory(root, only=only)))
    print(json.dumps([[f.rule_id, f.location.path, f.location.start_line or 0, f.severity.value,
                       bool(f.properties.get("evidence"))] for f in outcome.findings]))
"""


def run_web_config(package_root: Path, specs: Sequence[str]) -> dict[Key, str]:
    """The web-config flaws (not presence facts) of each ROOT[:SUBS], by (rule, path, line),
    with their severity; the path is prefixed with the root as given."""
    proc = subprocess.run(
        [sys.executable, "-c", _WEB_CONFIG_CHILD, *specs],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(package_root)},
        cwd=package_root,
        check=True,
    )
    found: dict[Key, str] = {}
    for spec, line in zip(specs, proc.stdout.splitlines(), strict=True):
        root = spec.partition(":")[0].rstrip("/")
        for rule, path, at, severity, present in json.loads(line):
            if not present:
                found[(rule, f"{root}/{path}", int(at))] = severity
    return found


def web_config_diff(base: str, specs: Sequence[str], json_out: Path | None) -> int:
    with tempfile.TemporaryDirectory(prefix="aiscan-web-config-diff-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", "--format=tar", base, "aiscan", "rulesets"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        before = run_web_config(Path(tmp), specs)
    after = run_web_config(REPO, specs)
    print(f"web-config findings: {len(before)} at {base}, {len(after)} now")
    new, gone = sorted(set(after) - set(before)), sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    for rule, path, line in new:
        print(f"NEW   {rule}  {path}:{line}  {after[(rule, path, line)]}")
    for rule, path, line in gone:
        print(f"GONE  {rule}  {path}:{line}  {before[(rule, path, line)]}")
    for key in changed:
        print(f"SEVERITY  {key[0]}  {key[1]}:{key[2]}  {before[key]} -> {after[key]}")
    if json_out:
        json_out.write_text(
            json.dumps(
                {
                    "base": base,
                    "analyzer": "web-config",
                    "new": [[*k, after[k]] for k in new],
                    "gone": [[*k, before[k]] for k in gone],
                    "severity": [[*k, before[k], after[k]] for k in changed],
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the rules before the change")
    ap.add_argument("dirs", nargs="+", help="code to scan")
    ap.add_argument(
        "--moved", action="append", default=[], metavar="NEW=OLD", help="rule NEW now is OLD before"
    )
    ap.add_argument("--json", type=Path, help="also write the result here")
    ap.add_argument("--web-config", action="store_true", help="diff the web-config analyzer instead")
    args = ap.parse_args(argv)
    if args.web_config:
        return web_config_diff(args.base, args.dirs, args.json)
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
        targets = target_files(args.dirs)
        before = run_semgrep(before_dir, targets) if n_before else (set(), 0, 0)
        after = run_semgrep(after_dir, targets)
    if moved:
        n_moved = sum(1 for rule, _, _ in after[0] if rule in moved)
        after = ({(moved.get(r, r), p, n) for r, p, n in after[0]}, after[1], after[2])

    print(f"changed rule files: {len(files)} ({n_before} at {args.base}, {n_after} now)")
    print(f"files given: {len(targets)}; scanned: {before[1]} / {after[1]}; errors: {before[2]} / {after[2]}")
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
