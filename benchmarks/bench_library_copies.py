"""What recognising libraries copied whole (aiscan/library_copy.py) takes out of the scan: the
inventory of each tree with and without that rule, compared.

    python benchmarks/bench_library_copies.py TREE [TREE ...] [--labels benchmarks/vulnapps]
                                              [--json OUT]

Prints, per tree, each folder the rule prunes with the reason named in the report, the source
files (the SAST analyzers' input) and their bytes no longer read, and the other files left out
with them. With `--labels`, a tree whose name is a labelled application's (DIR/NAME.toml) is
checked against its labels: a labelled file among those left out is printed and the exit
status is 1. Counts only, no timing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import aiscan.inventory as inventory  # noqa: E402


@contextmanager
def _without_library_copies() -> Iterator[None]:
    """The inventory as it was before the rule: no folder is a library copy."""
    rule = inventory.library_copy
    inventory.library_copy = lambda _path: None
    try:
        yield
    finally:
        inventory.library_copy = rule


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def compare(tree: Path) -> dict[str, Any]:
    with _without_library_copies():
        before = inventory.build_inventory(tree)
    after = inventory.build_inventory(tree)
    root = after.root
    new = sorted(set(after.pruned) - set(before.pruned))
    reasons = {s.path.rstrip("/"): s.reason for s in after.skipped}
    kept = {f.path for f in after.files}
    sources = [f.path for f in before.files if f.path not in kept]
    others = sorted(set(before.other_files) - set(after.other_files))
    return {
        "tree": str(tree),
        "folders": [{"path": p, "reason": reasons.get(p, "")} for p in new],
        "source_files_before": len(before.files),
        "source_files_after": len(after.files),
        "source_files_left_out": len(sources),
        "source_bytes_left_out": sum(_size(root / p) for p in sources),
        "other_files_left_out": len(others),
        "left_out": sources + others,
    }


def labelled_paths(labels: Path, name: str) -> set[str]:
    manifest = labels / f"{name}.toml"
    if not manifest.is_file():
        return set()
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    return {str(f["path"]) for f in data.get("flaw", []) if "path" in f}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trees", nargs="+", type=Path)
    ap.add_argument("--labels", type=Path, help="folder of labelled applications' manifests (NAME.toml)")
    ap.add_argument("--json", type=Path, help="write every tree's figures here")
    args = ap.parse_args(argv)
    results = []
    hits = 0
    for tree in args.trees:
        r = compare(tree)
        labels = labelled_paths(args.labels, tree.name) if args.labels else set()
        r["labelled_files"] = len(labels)
        r["labelled_left_out"] = sorted(p for p in labels if p in set(r["left_out"]))
        hits += len(r["labelled_left_out"])
        results.append(r)
        print(
            f"{tree}: source files {r['source_files_before']} -> {r['source_files_after']} "
            f"({r['source_files_left_out']} left out, {r['source_bytes_left_out']:,} bytes; "
            f"{r['other_files_left_out']} other files)"
            + (
                f"; labelled files {len(labels)}, left out {len(r['labelled_left_out'])}"
                if args.labels
                else ""
            )
        )
        for folder in r["folders"]:
            print(f"    {folder['path']}/: {folder['reason']}")
        for p in r["labelled_left_out"]:
            print(f"    LABELLED FILE LEFT OUT: {p}")
    total_files = sum(r["source_files_left_out"] for r in results)
    total_bytes = sum(r["source_bytes_left_out"] for r in results)
    folders = sum(len(r["folders"]) for r in results)
    print(
        f"total: {len(results)} trees, {folders} folders pruned as library copies, "
        f"{total_files} source files ({total_bytes:,} bytes) no longer given to SAST"
        + (f", labelled files left out: {hits}" if args.labels else "")
    )
    if args.json:
        for r in results:
            del r["left_out"]
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if hits else 0


if __name__ == "__main__":
    raise SystemExit(main())
