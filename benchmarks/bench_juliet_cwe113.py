"""Recall and false alarms of the Java rules on the labelled Juliet CWE-113 cases.

    python benchmarks/bench_juliet_cwe113.py --cases-dir DIR [--rules DIR]

DIR holds the Juliet files at the paths benchmarks/logheader/juliet-cwe113.toml names (its
[set] folder). semgrep runs the rules of --rules (default: this checkout's rulesets/semgrep/java)
over that folder, offline; a case's bad sink is found when any finding starts on its line, and a
finding on a good line is a false alarm. `git archive REV rulesets | tar -x -C OUT` gives the
rules of an earlier revision for a before figure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "benchmarks" / "logheader" / "juliet-cwe113.toml"


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
        sys.exit(f"bench_juliet_cwe113: semgrep gave no output: {proc.stderr.strip()[-300:]}")
    lines: dict[str, set[int]] = {}
    for result in json.loads(proc.stdout)["results"]:
        lines.setdefault(Path(result["path"]).name, set()).add(result["start"]["line"])
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases-dir", type=Path, required=True)
    parser.add_argument("--rules", type=Path, default=REPO / "rulesets" / "semgrep" / "java")
    args = parser.parse_args()
    labels = tomllib.loads(LABELS.read_text(encoding="utf-8"))
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
