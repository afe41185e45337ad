"""Device-configuration secrets measured from outside: Batfish's parser test configurations.

The files of `benchmarks/device_outside/files.csv` (from `batfish/batfish`, fetched as stored files
into a folder that keeps their repository paths), labelled line by line in `labels.csv`: each line
holding a credential value with its kind (plaintext, reversible, one-way hash); `placeholder` lines
(a credential keyword whose value the authors scrubbed) are counted apart; every other line is a
false case. Each file is copied to `<work>/configs/<vendor>/<name>` (no `test` in the path, which
would make it a test file for aiscan) and scanned by aiscan and detect-secrets:

    python benchmarks/bench_device_outside.py --batfish DIR [--work DIR] [--show]
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

HERE = Path(__file__).resolve().parent / "device_outside"


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


def labels() -> dict[tuple[str, int], str]:
    with (HERE / "labels.csv").open(encoding="utf-8") as fh:
        return {(r["path"], int(r["line"])): r["kind"] for r in csv.DictReader(fh)}


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
    labs: dict[tuple[str, int], str],
    show: bool,
) -> None:
    found: Counter[str] = Counter()
    total: Counter[str] = Counter(labs.values())
    sev: Counter[str] = Counter()
    false = []
    for (rel, line), val in hits.items():
        kind = labs.get((names.get(rel, rel), line))
        if kind is None:
            false.append((rel, line, val))
        else:
            found[kind] += 1
            sev[f"{kind}@{val}"] += 1
    print(f"{tool}:")
    for kind in ("plaintext", "reversible", "one-way hash", "placeholder"):
        if total[kind]:
            print(f"  {kind:<13} {found[kind]}/{total[kind]}")
    print(f"  severities: {dict(sorted(sev.items()))}")
    print(f"  reports on unlabelled lines (false): {len(false)}")
    if show:
        for rel, line, val in sorted(false):
            print(f"    false {rel}:{line} {val} {rules.get((rel, line), '')}")
        for (path, line), kind in sorted(labs.items()):
            rel = next(r for r, p in names.items() if p == path)
            state = hits.get((rel, line), "missed")
            print(f"    {kind:<12} {rel}:{line} {state} {rules.get((rel, line), '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batfish", type=Path, required=True)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--skip-detect-secrets", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        if (work / "configs").exists():
            shutil.rmtree(work / "configs")
        names = stage(args.batfish, work)
        labs = labels()
        print(f"{len(names)} files, {len(labs)} labelled lines\n")
        hits, rules = aiscan_hits(work)
        report("aiscan", hits, rules, names, labs, args.show)
        if not args.skip_detect_secrets:
            _, _, ds, _ = run_detect_secrets(work / "configs")
            ds_hits = {(f"configs/{p}", line): "-" for p, line, _ in ds}
            report("detect-secrets", ds_hits, {}, names, labs, args.show)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
