"""Rebuild a CredData sample from its manifest: the files come from the original repositories at
the commits the manifest names, the labels from CredData's own meta sheets. Nothing of either is
stored in this repository; the manifest holds only ids, paths and commits.

    git clone https://github.com/<source_repo> SOURCES/<source_repo>      # for each repository
    python benchmarks/creddata_sample.py --meta CREDDATA/meta --sources SOURCES --out /tmp/creddata-new
    python benchmarks/bench_secrets_creddata.py --meta /tmp/creddata-new/meta --data /tmp/creddata-new/data

Each file is read with `git cat-file blob <commit>:<path>` (the raw blob: no checkout, no filter
the repository could configure) and written to `data/<data_path>`, the path CredData uses. Only the
manifest's label ids are copied to `meta/<repo_id>.csv`. Every copied label is then checked
against its file (the line exists; a single-line label's value columns hold a value with no
letter or digit glued on either side); the labels that do not match are listed by Id (the
manifest's note says which are known to be shifted), and a missing line is an error.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

MANIFEST = Path(__file__).resolve().parent / "creddata" / "sample_outside.csv"


def read_blob(repo: Path, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "cat-file", "blob", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def label_problem(text: str, row: dict[str, str]) -> str:
    """Why a label does not match its file: "" when it does."""
    lines = text.split("\n")
    start = int(row["LineStart"])
    end = int(row["LineEnd"] or start)
    if end > len(lines):
        return "line missing"
    first, last = row.get("ValueStart", ""), row.get("ValueEnd", "")
    if start != end or first in ("", "-1") or last in ("", "-1"):
        return ""
    line, lo, hi = lines[start - 1], int(first), int(last)
    value = line[lo:hi]
    before, after = line[lo - 1 : lo] if lo else "", line[hi : hi + 1]
    if len(value) == hi - lo and value == value.strip() and not before.isalnum() and not after.isalnum():
        return ""
    return "value columns differ"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--meta", type=Path, required=True, help="CredData's meta/ folder")
    parser.add_argument("--sources", type=Path, required=True, help="clones as <owner>/<name>")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.manifest.open(encoding="utf-8", newline="") as fh:
        entries = list(csv.DictReader(fh))
    sheets: dict[str, tuple[list[str], list[dict[str, str]]]] = {}
    labels_of: dict[str, dict[str, dict[str, str]]] = {}
    problems: list[str] = []
    for entry in entries:
        repo_id = entry["repo_id"]
        if repo_id not in sheets:
            with (args.meta / f"{repo_id}.csv").open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh)
                labels_of[repo_id] = {row["Id"]: row for row in reader}
                sheets[repo_id] = (list(reader.fieldnames or []), [])
        by_id = labels_of[repo_id]
        blob = read_blob(args.sources / entry["source_repo"], entry["source_commit"], entry["source_path"])
        target = args.out / "data" / entry["data_path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
        text = blob.decode("utf-8", errors="replace")
        for label_id in entry["label_ids"].split(";"):
            row = by_id[label_id]
            sheets[repo_id][1].append(row)
            problem = label_problem(text, row)
            if problem:
                problems.append(f"{label_id} ({problem})")
    for repo_id, (fields, rows) in sheets.items():
        sheet = args.out / "meta" / f"{repo_id}.csv"
        sheet.parent.mkdir(parents=True, exist_ok=True)
        with sheet.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
    labels = sum(len(rows) for _, rows in sheets.values())
    print(f"{len(entries)} files, {labels} labels written to {args.out}")
    if problems:
        print(f"labels that do not match their file: {', '.join(problems)}", file=sys.stderr)
    return 1 if any(p.endswith("(line missing)") for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
