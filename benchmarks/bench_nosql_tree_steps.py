"""What the tree steps for `javascript-nosql-injection` drop on real trees: Express 5's query
strings (aiscan.sast.express_query_strings), fields the application's own validator tested
(aiscan.sast.js_validated_fields) and body fields a schema or an own check rejected objects for
(aiscan.sast.js_schema_validated).

    python benchmarks/bench_nosql_tree_steps.py DIR [DIR ...] [--json FILE]

Runs `javascript-nosql-injection` (the working tree's rule file, offline, one job, the engine
aiscan uses) over each DIR, then each step with DIR as the tree's root: its package.json files
(outside node_modules) and its JavaScript and TypeScript files. Prints the files scanned, every
finding with the package.json that decides it and that file's Express major version, and
`DROPPED` with the step for each finding a step leaves out. A dropped finding is to be read and
classified by hand. Nothing scanned is run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from aiscan.inventory import MAX_FILE_BYTES
from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.express_query_strings import (
    RULE,
    drop_express5_query_strings,
    express_major,
    nearest_package,
)
from aiscan.sast.js_schema_validated import drop_schema_validated
from aiscan.sast.js_validated_fields import drop_validated_fields

REPO = Path(__file__).resolve().parent.parent
RULE_FILE = REPO / "rulesets" / "semgrep" / "javascript" / f"{RULE}.yaml"
SCRIPT_SUFFIXES = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts")


def tree_files(root: Path) -> tuple[set[str], list[str]]:
    scripts: set[str] = set()
    manifests: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ("node_modules", ".git"))
        for name in files:
            rel = (Path(folder) / name).relative_to(root).as_posix()
            if name == "package.json":
                manifests.append(rel)
            elif name.endswith(SCRIPT_SUFFIXES):
                scripts.add(rel)
    return scripts, manifests


def scan(root: Path) -> tuple[list[Finding], int]:
    command = [
        *("semgrep", "scan", "--metrics=off", "--disable-version-check", "--experimental"),
        *("-j", "1", "--timeout", "30", "--no-git-ignore", "--json", "--config", str(RULE_FILE)),
        *("--max-target-bytes", str(MAX_FILE_BYTES), str(root)),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, errors="replace")
    data = json.loads(proc.stdout or "{}")
    findings = []
    for r in data.get("results", []):
        rel = Path(r["path"]).resolve().relative_to(root.resolve()).as_posix()
        where = Location(rel, int(r["start"]["line"]), int(r["end"]["line"]))
        findings.append(Finding(RULE, "semgrep", RULE, "", Severity.CRITICAL, Confidence.MEDIUM, where))
    return findings, len(data.get("paths", {}).get("scanned", []))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="trees to scan, each its own root")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    rows = []
    total_files = 0
    for root in args.dirs:
        scripts, manifests = tree_files(root)
        findings, scanned = scan(root)
        total_files += scanned

        def lines(rel: str, root: Path = root) -> list[str]:
            return (root / rel).read_text(encoding="utf-8", errors="replace").splitlines()

        by_query = set(drop_express5_query_strings(findings, scripts, manifests, lines))
        by_validator = set(drop_validated_fields(findings, scripts, lines))
        by_schema = set(drop_schema_validated(findings, scripts, lines))
        for f in findings:
            package = nearest_package(f.location.path, set(manifests))
            major = express_major("\n".join(lines(package))) if package else None
            steps = [
                s
                for s, kept in (
                    ("express5-query", by_query),
                    ("validated", by_validator),
                    ("schema", by_schema),
                )
                if f not in kept
            ]
            row = {
                "root": str(root),
                "path": f.location.path,
                "line": f.location.start_line,
                "package": package,
                "express": major,
                "dropped": steps,
            }
            rows.append(row)
            mark = f"DROPPED ({', '.join(steps)})" if steps else "kept"
            where = f"{root}/{f.location.path}:{f.location.start_line}"
            print(f"{mark} {where} (package.json {package}, express {major})")
    dropped = sum(1 for r in rows if r["dropped"])
    print(f"{total_files} files scanned, {len(rows)} findings, {dropped} dropped")
    if args.json:
        args.json.write_text(json.dumps({"files": total_files, "findings": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
