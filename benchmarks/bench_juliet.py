"""Recall and false alarms of a language's rules on labelled Juliet Test Suite cases.

    python benchmarks/bench_juliet.py --labels TOML --cases-dir DIR --rules DIR

TOML is one of benchmarks/logheader/juliet-*.toml; DIR holds the Juliet files at the paths it
names (its [set] folder). semgrep runs the rules of --rules (rulesets/semgrep/java for the Java
suite, rulesets/semgrep/csharp for the C# one) over that folder, offline; a case's bad sink is
found when any finding starts on its line, and a finding on a good line is a false alarm.
`git archive REV rulesets | tar -x -C OUT` gives the rules of an earlier revision for a before
figure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from pathlib import Path


def finding_lines(rules: Path, folder: Path) -> dict[str, set[int]]:
    cmd = [
        "semgrep",
        "scan",
        "--metrics=off",
        "--disable-version-check",
        "--experimental",
        "--quiet",
        "--json",
        "--config",
        str(rules),
        str(folder),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if not proc.stdout:
        sys.exit(f"bench_juliet: semgrep gave no output: {proc.stderr.strip()[-300:]}")
    lines: dict[str, set[int]] = {}
    for result in json.loads(proc.stdout)["results"]:
        lines.setdefault(Path(result["path"]).name, set()).add(result["start"]["line"])
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--cases-dir", type=Path, required=True)
    parser.add_argument("--rules", type=Path, required=True)
    args = parser.parse_args()
    labels = tomllib.loads(args.labels.read_text(encoding="utf-8"))
    folder = args.cases_dir / labels["set"]["folder"]
    found = finding_lines(args.rules, folder)
    hits = alarms = goods = 0
    for case in labels["case"]:
        seen = found.get(case["file"], set())
        bad_found = case["bad"] in seen
        false_alarms = [line for line in case["good"] if line in seen]
        hits += bad_found
        alarms += len(false_alarms)
        goods += len(case["good"])
        print(f"{case['file']}: bad {'found' if bad_found else 'missed'}, false alarms {false_alarms}")
    print(f"bad sinks found {hits}/{len(labels['case'])}; false alarms on good sinks {alarms}/{goods}")


if __name__ == "__main__":
    main()
