"""Device-configuration secrets measured from outside: labelled sets of network-device configurations.

A set is a folder under `benchmarks/` holding `files.csv` (stored files fetched into a folder that
keeps their paths) and `labels.csv`, labelled line by line: each line holding a credential value
with its kind (plaintext, reversible, one-way hash); `placeholder` lines (a credential keyword
whose value the authors removed) are counted apart; a label may span lines (`end_line`, a PEM
block), found when a finding touches any of them; every other line is a false case. One-way
hashes are counted apart too (not reported by decision, so neither a miss nor a false report);
a set may name other kinds (`encrypted`: under a key the file does not hold; `default`: a factory
community), printed after these.
An optional `value` column (`random`, `toy`, `masked`) splits the figures by what the value looks
like. Each file is copied to `<work>/configs/<vendor>/<name>` (no `test` in the path, which would
make it a test file for aiscan) and scanned by aiscan and detect-secrets:

    python benchmarks/bench_device_outside.py --batfish DIR [--set device_outside] [--work DIR] [--show]
    python benchmarks/bench_device_outside.py --batfish /work/data/device-2/stored --set device_outside2
    python benchmarks/bench_device_outside.py --batfish /work/data/device-3/stored --set device_outside3
    python benchmarks/bench_device_outside.py --batfish /work/data/secrets-9/stored --set device_outside4
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path, PurePosixPath

from bench_secrets import BIN, run_detect_secrets

BENCH = Path(__file__).resolve().parent
HERE = BENCH / "device_outside"
Key = tuple[str, int]
Labels = tuple[dict[Key, str], dict[Key, Key], dict[Key, str]]


def stage(root: Path, work: Path) -> dict[str, str]:
    """Copy the manifest's files under `work/configs`; map each copy's relative path to the
    repository path."""
    names = {}
    with (HERE / "files.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rel = f"configs/{row['vendor']}/{PurePosixPath(row['path']).name}"
            dest = work / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / row["path"], dest)
            names[rel] = row["path"]
    return names


def labels() -> Labels:
    """(path, first line) -> kind; every labelled line -> its label's (path, first line); and
    (path, first line) -> value class (`random`, `toy`, `masked`, or `-` when not given)."""
    kinds: dict[tuple[str, int], str] = {}
    span: dict[tuple[str, int], tuple[str, int]] = {}
    values: dict[tuple[str, int], str] = {}
    with (HERE / "labels.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key = (r["path"], int(r["line"]))
            kinds[key] = r["kind"]
            values[key] = r.get("value") or "-"
            for line in range(key[1], int(r.get("end_line") or key[1]) + 1):
                span[(r["path"], line)] = key
    return kinds, span, values


def aiscan_hits(work: Path) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], str]]:
    """(relative path, line) -> highest severity of an unsuppressed finding over that line, and
    -> the detector of the first such finding."""
    rank = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
    out = work / "report.json"
    proc = subprocess.run(
        [str(BIN / "aiscan"), "secrets", str(work / "configs"), "-f", "json", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"aiscan failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    hits: dict[tuple[str, int], str] = {}
    rules: dict[tuple[str, int], str] = {}
    for f in json.loads(out.read_text(encoding="utf-8"))["findings"]:
        if f["suppression"] is not None:
            continue
        loc = f["location"]
        path = loc["path"]
        rel = path[path.index("configs/") :] if "configs/" in path else f"configs/{path}"
        start = loc["start_line"] or 1
        for line in range(start, (loc["end_line"] or start) + 1):
            old = hits.get((rel, line))
            if old is None or rank[f["severity"]] > rank[old]:
                hits[(rel, line)] = f["severity"]
            rules.setdefault((rel, line), f["rule_id"])
    return hits, rules


def report(
    tool: str,
    hits: dict[tuple[str, int], str],
    rules: dict[tuple[str, int], str],
    names: dict[str, str],
    labs: Labels,
    show: bool,
) -> None:
    rank = {"-": 0, "info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
    kinds, span, values = labs
    got: dict[tuple[str, int], str] = {}
    why: dict[tuple[str, int], str] = {}
    false = []
    for (rel, line), val in hits.items():
        key = span.get((names.get(rel, rel), line))
        if key is None:
            false.append((rel, line, val))
        elif key not in got or rank[val] > rank[got[key]]:
            got[key] = val
            why[key] = rules.get((rel, line), "")
    found: Counter[str] = Counter(kinds[k] for k in got)
    total: Counter[str] = Counter(kinds.values())
    sev: Counter[str] = Counter(f"{kinds[k]}@{v}" for k, v in got.items())
    print(f"{tool}:")
    fixed = ("plaintext", "reversible", "one-way hash", "placeholder")
    for kind in fixed + tuple(sorted(set(total) - set(fixed))):
        if total[kind]:
            by_value = Counter(values[k] for k, v in kinds.items() if v == kind)
            split = ", ".join(
                f"{val} {sum(1 for k in got if kinds[k] == kind and values[k] == val)}/{n}"
                for val, n in sorted(by_value.items())
            )
            print(f"  {kind:<13} {found[kind]}/{total[kind]}  ({split})")
    print(f"  severities: {dict(sorted(sev.items()))}")
    print(f"  reports on unlabelled lines (false): {len(false)}")
    if show:
        for rel, line, val in sorted(false):
            print(f"    false {rel}:{line} {val} {rules.get((rel, line), '')}")
        for (path, line), kind in sorted(kinds.items()):
            rel = next(r for r, p in names.items() if p == path)
            state = got.get((path, line), "missed")
            note = why.get((path, line), "")
            print(f"    {kind:<12} {values[(path, line)]:<6} {rel}:{line} {state} {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batfish", type=Path, required=True, help="folder the files were fetched into")
    parser.add_argument("--set", default="device_outside", help="manifest folder under benchmarks/")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--skip-detect-secrets", action="store_true")
    args = parser.parse_args()
    global HERE
    HERE = BENCH / args.set
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        if (work / "configs").exists():
            shutil.rmtree(work / "configs")
        names = stage(args.batfish, work)
        labs = labels()
        print(f"{len(names)} files, {len(labs[0])} labels\n")
        hits, rules = aiscan_hits(work)
        report("aiscan", hits, rules, names, labs, args.show)
        if not args.skip_detect_secrets:
            _, _, ds, _ = run_detect_secrets(work / "configs")
            ds_hits = {(f"configs/{p}", line): "-" for p, line, _ in ds}
            report("detect-secrets", ds_hits, {}, names, labs, args.show)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
