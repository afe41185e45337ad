"""Where semgrep's time goes on a tree, as aiscan runs it: the same targets (the inventory's files,
pages' script copies, configuration files) and the same command line, plus `--time`.

    python benchmarks/semgrep_profile.py TREE [--sample N] [--seed S] [--top K]

With `--sample N`, a random sample of N targets (seeded, so the same sample again) instead of
all of them: a tree that semgrep does not finish within the bound can still be profiled. Prints
the wall time of the call, the summed time per file (the costliest files), per folder (the first
`--depth` parts of the path) and per rule (semgrep's matching time).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from aiscan.analyzers.semgrep import (
    SemgrepAnalyzer,
    _offline_env,
    config_targets,
    is_page,
    load_rules,
    node_templates,
    plan_targets,
    script_template,
)
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory
from aiscan.sast.coverage import analysed_languages
from aiscan.tooling import find_tool


def targets_of(root: Path, workdir: Path) -> tuple[list[str], dict[str, str]]:
    """The targets SemgrepAnalyzer.run gives semgrep for the tree, and the copies' tree paths."""
    config = resolve_scan_config(root, Overrides())
    inv = build_inventory(root, exclude=config.exclude, components=())
    rules = load_rules(SemgrepAnalyzer().rules_dir)
    languages = analysed_languages(rules)
    sources = [f for f in inv.files if f.language in languages or script_template(f)]
    read_pages = "javascript" in languages and "html" not in languages
    pages = [f for f in inv.files if read_pages and f.language == "html" and is_page(f)]
    unread = [f.path for f in inv.files if f.language not in languages and not script_template(f)]
    tooling = {s.path for s in inv.build_tooling}
    others = [p for p in inv.other_files if p not in tooling]
    pages += node_templates(others) if read_pages else []
    configs = config_targets([*others, *unread], rules)
    plan = plan_targets(root, sources, configs, workdir, pages)
    return list(plan.argv), dict(plan.path_map)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--depth", type=int, default=3)
    args = parser.parse_args()
    root = args.tree.resolve()
    with tempfile.TemporaryDirectory(prefix="aiscan-profile-") as tmp:
        targets, path_map = targets_of(root, Path(tmp))
        print(f"{root.name}: {len(targets)} targets")
        if args.sample:
            random.seed(args.seed)
            targets = sorted(random.sample(targets, min(args.sample, len(targets))))
        config = resolve_scan_config(root, Overrides())
        exe = find_tool("semgrep", None)
        argv = [*SemgrepAnalyzer().argv(exe, config), "--time", "--", *targets]
        started = time.monotonic()
        out = subprocess.run(argv, cwd=root, capture_output=True, env=_offline_env(), check=False)
        took = time.monotonic() - started
    timing = json.loads(out.stdout)["time"]
    per_file: Counter[str] = Counter()
    per_rule: Counter[str] = Counter()
    for t in timing["targets"]:
        path = path_map.get(t["path"], t["path"])
        per_file[path] += t["run_time"]
        for rule, seconds in zip(timing["rules"], t["match_times"], strict=False):
            per_rule[rule] += seconds
    per_folder: Counter[str] = Counter()
    for path, seconds in per_file.items():
        per_folder["/".join(path.split("/")[: args.depth])] += seconds
    total = sum(per_file.values())
    print(f"{len(targets)} targets given, {took:.1f} s wall, {total:.1f} s summed over files")
    for title, counts in (("files", per_file), ("folders", per_folder), ("rules (matching)", per_rule)):
        print(f"costliest {title}:")
        for name, seconds in counts.most_common(args.top):
            print(f"  {seconds:8.1f} s  {name}")


if __name__ == "__main__":
    main()
