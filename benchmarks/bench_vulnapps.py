"""Recall on the documented flaws of deliberately vulnerable applications that aiscan's rules were
not written against, and how noisy the scan is on them.

    python benchmarks/bench_vulnapps.py --apps-dir DIR [--app NAME ...] [--before REV]
                                        [--window N] [--show-missed] [--json FILE]
                                        [--across-functions]

Each application is described in benchmarks/vulnapps/<name>.toml: where its code comes from
(repository and commit) and its documented flaws, each with the file and line where the
application's own documentation (tutorial, solution pages, README) places it:

    [app]
    name = "nodegoat"
    repo = "OWASP/NodeGoat"
    commit = "..."               # the version the labels were read from
    languages = ["javascript"]
    documentation = "the tutorial pages, one per OWASP Top 10 item"

    [[flaw]]
    id = "a1-eval-contributions"
    class = "code-injection"     # a weakness name, for the per-class table
    path = "app/routes/contributions.js"
    line = 32                    # or: lines = [30, 38] for a flaw spread over a block
    source = "tutorial A1: server-side JS injection"

The applications' code is not kept in this repository. DIR/<name>/ must hold a copy of the
application at that commit (a clone, or the labelled files at their paths). aiscan scans each
folder exactly as a user would (`aiscan scan DIR/<name> --format json`, offline, with an empty
operator configuration), never running the application. A flaw is found when any finding of any
analyzer is in its file within `--window` lines (default 3) of its line or block, or when a flow
across functions (reported at the sink, in another function) recorded a call within those lines
(`properties.calls`: the call that hands the function request data); the row "by a call line"
counts the flaws found only that way. The table gives
found/total per application and per class, and every finding that matches no documented flaw is
counted as "other" (vulnerable applications hold many undocumented flaws, so "other" is noise
only after reading).

`--before REV` also scans with aiscan as it was at git revision REV (`git archive` into a
temporary folder, run with `python -m aiscan` from there) and prints both columns.
`--across-functions` adds a column scanned by the current aiscan with the passes over flows across
functions on (`[semgrep] across_functions = true`), and prints each of their findings.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LABELS = Path(__file__).resolve().parent / "vulnapps"


@dataclass(frozen=True)
class Flaw:
    id: str
    cls: str
    path: str
    first: int
    last: int
    source: str


@dataclass
class App:
    name: str
    repo: str
    commit: str
    flaws: list[Flaw] = field(default_factory=list)


@dataclass
class Score:
    found: list[Flaw] = field(default_factory=list)
    missed: list[Flaw] = field(default_factory=list)
    # found only through a flow across functions whose recorded calls include the flaw's line
    by_call: list[Flaw] = field(default_factory=list)
    other: int = 0
    by_analyzer: Counter[str] = field(default_factory=Counter)
    exit_code: int = 0


def load_app(path: Path) -> App:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    meta = data["app"]
    app = App(name=meta["name"], repo=meta["repo"], commit=meta.get("commit", ""))
    for raw in data.get("flaw", []):
        if "lines" in raw:
            first, last = int(raw["lines"][0]), int(raw["lines"][1])
        else:
            first = last = int(raw["line"])
        app.flaws.append(Flaw(raw["id"], raw["class"], raw["path"], first, last, raw.get("source", "")))
    return app


def scan(
    aiscan: Sequence[str], target: Path, cwd: Path | None, env: dict[str, str], operator: str = ""
) -> tuple[int, list[dict[str, object]]]:
    with tempfile.TemporaryDirectory(prefix="aiscan-vulnapps-") as tmp:
        config = Path(tmp) / "operator.toml"
        config.write_text(operator, encoding="utf-8")
        out = Path(tmp) / "report.json"
        proc = subprocess.run(
            [
                *aiscan,
                "scan",
                str(target),
                "--format",
                "json",
                "-o",
                str(out),
                "--config",
                str(config),
                "--offline",
            ],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if not out.exists():
            sys.exit(f"bench_vulnapps: no report for {target}: {proc.stderr.strip()[-400:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    return proc.returncode, list(report.get("findings", []))


# The operator configuration of the `--across-functions` column.
ACROSS_FUNCTIONS = "[semgrep]\nacross_functions = true\n"


def print_across(name: str, findings: Sequence[dict[str, object]]) -> None:
    """Every finding of the passes over flows across functions, to be read."""
    for f in findings:
        if str(f.get("rule_id", "")).endswith("-across-functions"):
            loc = f.get("location") or {}
            assert isinstance(loc, dict)
            print(f"across  {name:<16} {f.get('rule_id')} {loc.get('path')}:{loc.get('start_line')}")


def _near(flaw: Flaw, path: object, line: int, window: int) -> bool:
    return path == flaw.path and flaw.first - window <= line <= flaw.last + window


def _call_lines(finding: dict[str, object]) -> list[tuple[str, int]]:
    """The `path:line` of each call a flow across functions recorded (`properties.calls`)."""
    props = finding.get("properties") or {}
    assert isinstance(props, dict)
    found = []
    for call in props.get("calls") or ():
        path, _, line = str(call).rpartition(":")
        if path and line.isdigit():
            found.append((path, int(line)))
    return found


def score(app: App, exit_code: int, findings: list[dict[str, object]], window: int) -> Score:
    """A flaw is found by a finding within `window` lines of it, or else by a flow across
    functions (reported at the sink) one of whose recorded calls is within `window` lines of it."""
    result = Score(exit_code=exit_code)
    matched: set[int] = set()
    for flaw in app.flaws:
        hit = by_call = False
        for i, f in enumerate(findings):
            loc = f.get("location") or {}
            assert isinstance(loc, dict)
            if _near(flaw, loc.get("path"), int(loc.get("start_line") or 0), window):
                hit = True
                matched.add(i)
            elif any(_near(flaw, path, line, window) for path, line in _call_lines(f)):
                by_call = True
                matched.add(i)
        (result.found if hit or by_call else result.missed).append(flaw)
        if by_call and not hit:
            result.by_call.append(flaw)
    for i, f in enumerate(findings):
        result.by_analyzer[str(f.get("analyzer"))] += 1
        if i not in matched:
            result.other += 1
    return result


def archived_aiscan(rev: str, into: Path) -> tuple[list[str], Path, dict[str, str]]:
    data = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev], capture_output=True, check=True
    ).stdout
    tar_path = into / "src.tar"
    tar_path.write_bytes(data)
    src = into / "src"
    src.mkdir()
    with tarfile.open(tar_path) as tar:
        tar.extractall(src, filter="data")
    env = dict(os.environ, PYTHONPATH=str(src))
    return [sys.executable, "-m", "aiscan"], src, env


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--apps-dir", type=Path, required=True)
    parser.add_argument("--app", action="append", default=[])
    parser.add_argument("--before", metavar="REV")
    parser.add_argument("--window", type=int, default=3)
    parser.add_argument("--show-missed", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--across-functions",
        action="store_true",
        help="add a column scanned by the current aiscan with `[semgrep] across_functions = true`",
    )
    args = parser.parse_args(argv)

    apps = [load_app(p) for p in sorted(LABELS.glob("*.toml"))]
    if args.app:
        apps = [a for a in apps if a.name in args.app]
    # -P: the working folder is not put first on the import path, so an older tree given in
    # PYTHONPATH is the aiscan that runs, wherever the benchmark is started from
    current = ([sys.executable, "-P", "-c", "from aiscan.cli import main; main()"], None, dict(os.environ))
    columns: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory(prefix="aiscan-before-") as tmp:
        runners = {"now": (*current, "")}
        if args.before:
            runners = {"before": (*archived_aiscan(args.before, Path(tmp)), ""), **runners}
        if args.across_functions:
            runners["across"] = (*current, ACROSS_FUNCTIONS)
        for label, (cmd, cwd, env, operator) in runners.items():
            columns[label] = {}
            for app in apps:
                target = (args.apps_dir / app.name).resolve()
                if not target.is_dir():
                    print(f"bench_vulnapps: {target} is missing: skipped {app.name}", file=sys.stderr)
                    continue
                code, findings = scan(cmd, target, cwd, env, operator)
                columns[label][app.name] = score(app, code, findings, args.window)
                if operator:
                    print_across(app.name, findings)

    labels = list(columns)
    print(
        f"{'application':<24}"
        + "".join(f"{lab + ' found':>16}{lab + ' other':>12}{'exit':>6}" for lab in labels)
    )
    totals = {lab: [0, 0] for lab in labels}
    per_class: dict[str, dict[str, list[int]]] = {lab: {} for lab in labels}
    for app in apps:
        row = f"{app.name:<24}"
        for lab in labels:
            s = columns[lab].get(app.name)
            if s is None:
                row += f"{'-':>16}{'-':>12}{'-':>6}"
                continue
            n = len(s.found) + len(s.missed)
            totals[lab][0] += len(s.found)
            totals[lab][1] += n
            row += f"{f'{len(s.found)}/{n}':>16}{s.other:>12}{s.exit_code:>6}"
            for flaw in s.found + s.missed:
                cell = per_class[lab].setdefault(flaw.cls, [0, 0])
                cell[0] += flaw in s.found
                cell[1] += 1
        print(row)
    row = f"{'all':<24}"
    for lab in labels:
        found, n = totals[lab]
        row += f"{f'{found}/{n} ({found / n:.0%})' if n else '-':>16}{'':>12}{'':>6}"
    print(row)
    row = f"{'by a call line':<24}"
    for lab in labels:
        row += f"{sum(len(s.by_call) for s in columns[lab].values()):>16}{'':>12}{'':>6}"
    print(row)
    print()
    print(f"{'class':<28}" + "".join(f"{lab:>12}" for lab in labels))
    for cls in sorted({c for lab in labels for c in per_class[lab]}):
        cells = "".join(f"{'/'.join(map(str, per_class[lab].get(cls, [0, 0]))):>12}" for lab in labels)
        print(f"{cls:<28}{cells}")
    if args.show_missed:
        print()
        for app in apps:
            s = columns[labels[-1]].get(app.name)
            for flaw in s.missed if s else []:
                print(f"missed  {app.name:<16} {flaw.cls:<22} {flaw.path}:{flaw.first}  {flaw.id}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    lab: {
                        name: {
                            "found": [f.id for f in s.found],
                            "missed": [f.id for f in s.missed],
                            "found_by_call": [f.id for f in s.by_call],
                            "other": s.other,
                            "exit": s.exit_code,
                        }
                        for name, s in cols.items()
                    }
                    for lab, cols in columns.items()
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
