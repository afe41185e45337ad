"""aiscan on the OWASP Benchmark for Python (BenchmarkPython v0.1): per category, how many real
flaws it reports (TPR) and how many false-alarm tests it flags (FPR); the score is TPR - FPR and
the overall figure is the mean over categories, as the benchmark's own scorecards do.

    python benchmarks/bench_owasp_python.py draw --expected CSV [--per-stratum 3] [--seed 19]
    python benchmarks/bench_owasp_python.py draw-more --expected CSV --name d --role diagnosis
                                             --exclude A.csv B.csv ... [--first-present 64]
                                             [--per-stratum 3] [--seed 29]
    python benchmarks/bench_owasp_python.py run --tests-dir DIR --sample CSV
                                             [--before REV] [--bandit] [--show] [--json FILE]

The benchmark's code is not kept in this repository. `draw` reads its expectedresults CSV and
writes two disjoint stratified samples (benchmarks/owasp_python/sample_a.csv and sample_b.csv):
for every category up to N real and N false-alarm tests each, with a fixed seed. Sample A is
for diagnosis, sample B is held out (scored only, never read while rules are written).
`draw-more` writes one further sample (sample_<name>.csv) disjoint from the samples named with
`--exclude` and from the tests numbered below `--first-present` (not in the copy read).

`run` copies the sample's test files from DIR (BenchmarkTestNNNNN.py, as in the benchmark's
testcode/ folder) into a temporary folder and scans it exactly as a user would
(`aiscan scan DIR --format json`, offline, empty operator configuration; nothing is run). A test
is flagged when a finding in its file carries a CWE of the test's category
(owasp_python_scoring.CATEGORY_CWES). A sampled test whose file is not in DIR is reported and
left out of the figures. `--before REV` adds a column for aiscan as it was at git revision REV;
`--bandit` adds a column for bandit alone (`bandit -r`, its own CWE per issue).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_vulnapps import archived_aiscan, scan
from owasp_python_scoring import (
    Case,
    Tally,
    draw_further_sample,
    draw_samples,
    flagged_tests,
    format_table,
    mean_score,
    parse_expected,
    score_cases,
)

SAMPLES = Path(__file__).resolve().parent / "owasp_python"
SOURCE = "OWASP-Benchmark/BenchmarkPython v0.1, as stored at ongamse/BenchPython commit 0e846e77"


def write_sample(path: Path, cases: Sequence[Case], header: str) -> None:
    lines = [f"# {line}" for line in header.splitlines()]
    lines.append("test,category,real_vulnerability")
    lines += [f"{c.name},{c.category},{'true' if c.vulnerable else 'false'}" for c in cases]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_sample(path: Path) -> list[Case]:
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if not r.startswith("test,")]
    return parse_expected(rows)


def draw(args: argparse.Namespace) -> int:
    cases = parse_expected(Path(args.expected).read_text(encoding="utf-8").splitlines())
    first, second = draw_samples(cases, args.per_stratum, args.seed)
    SAMPLES.mkdir(exist_ok=True)
    for name, sample, role in (("a", first, "diagnosis"), ("b", second, "held out")):
        header = (
            f"{SOURCE}: sample {name.upper()} ({role}).\n"
            f"Drawn from expectedresults-0.1.csv ({len(cases)} tests) by\n"
            f"  python benchmarks/bench_owasp_python.py draw --expected CSV "
            f"--per-stratum {args.per_stratum} --seed {args.seed}\n"
            f"Per category up to {args.per_stratum} real and {args.per_stratum} false-alarm "
            "tests; samples A and B are disjoint."
        )
        write_sample(SAMPLES / f"sample_{name}.csv", sample, header)
        print(f"sample {name}: {len(sample)} tests -> {SAMPLES / f'sample_{name}.csv'}")
    return 0


def draw_more(args: argparse.Namespace) -> int:
    cases = parse_expected(Path(args.expected).read_text(encoding="utf-8").splitlines())
    drawn = {c.name for path in args.exclude for c in read_sample(Path(path))}
    sample = draw_further_sample(cases, drawn, args.first_present, args.per_stratum, args.seed)
    excluded = " ".join(Path(p).name for p in args.exclude)
    pool = sum(1 for c in cases if c.name not in drawn and int(c.name[-5:]) >= args.first_present)
    header = (
        f"{SOURCE}: sample {args.name.upper()} ({args.role}).\n"
        f"Drawn from expectedresults-0.1.csv ({len(cases)} tests) less {excluded} and the tests\n"
        f"numbered below {args.first_present} (not in the stored copy), {pool} tests, by\n"
        f"  python benchmarks/bench_owasp_python.py draw-more --expected CSV --name {args.name} "
        f"--role '{args.role}' --exclude {excluded} --first-present {args.first_present} "
        f"--per-stratum {args.per_stratum} --seed {args.seed}\n"
        f"Per category up to {args.per_stratum} real and {args.per_stratum} false-alarm tests."
    )
    out = SAMPLES / f"sample_{args.name}.csv"
    write_sample(out, sample, header)
    print(f"sample {args.name}: {len(sample)} tests -> {out}")
    return 0


def aiscan_flags(
    cmd: Sequence[str], cwd: Path | None, env: dict[str, str], target: Path
) -> dict[str, set[str]]:
    _code, findings = scan(cmd, target, cwd, env)
    pairs = []
    for f in findings:
        loc = f.get("location") or {}
        assert isinstance(loc, dict)
        cwes = f.get("cwe") or []
        assert isinstance(cwes, list)
        pairs.append((str(loc.get("path", "")), cwes))
    return flagged_tests(pairs)


def bandit_flags(target: Path) -> dict[str, set[str]]:
    proc = subprocess.run(
        ["bandit", "-q", "-r", "-f", "json", str(target)], capture_output=True, text=True, check=False
    )
    report = json.loads(proc.stdout or "{}")
    pairs = [
        (str(r.get("filename", "")), [(r.get("issue_cwe") or {}).get("id", "")])
        for r in report.get("results", [])
    ]
    return flagged_tests(pairs)


def run(args: argparse.Namespace) -> int:
    cases = read_sample(Path(args.sample))
    tests_dir = Path(args.tests_dir)
    present = [c for c in cases if (tests_dir / f"{c.name}.py").is_file()]
    for c in cases:
        if c not in present:
            print(f"bench_owasp_python: {c.name}.py is not in {tests_dir}: left out", file=sys.stderr)
    columns: dict[str, dict[str, Tally]] = {}
    flags_by_column: dict[str, dict[str, set[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="aiscan-owasp-py-") as tmp:
        target = Path(tmp) / "testcode"
        target.mkdir()
        for c in present:
            shutil.copyfile(tests_dir / f"{c.name}.py", target / f"{c.name}.py")
        runners: dict[str, tuple[list[str], Path | None, dict[str, str]]] = {}
        if args.before:
            before_dir = Path(tmp) / "before"
            before_dir.mkdir()
            runners["before"] = archived_aiscan(args.before, before_dir)
        runners["aiscan"] = (
            [sys.executable, "-P", "-c", "from aiscan.cli import main; main()"],
            None,
            dict(os.environ),
        )
        for label, (cmd, cwd, env) in runners.items():
            flags_by_column[label] = aiscan_flags(cmd, cwd, env, target)
        if args.bandit:
            flags_by_column["bandit"] = bandit_flags(target)
    for label, flags in flags_by_column.items():
        columns[label] = score_cases(present, flags)
    print(f"{args.sample}: {len(present)} of {len(cases)} tests scanned")
    print(format_table(columns))
    if args.show:
        last = list(flags_by_column)[-1 if not args.bandit else -2]
        flags = flags_by_column[last]
        for c in present:
            hit = c.category in flags.get(c.name, set())
            if hit != c.vulnerable:
                kind = "missed" if c.vulnerable else "false positive"
                print(f"  {kind:<15} {c.name} {c.category}  (reported: {sorted(flags.get(c.name, []))})")
    if args.json:
        data = {
            label: {
                "mean": round(mean_score(t), 4),
                "categories": {k: vars(v) for k, v in sorted(t.items())},
            }
            for label, t in columns.items()
        }
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_draw = sub.add_parser("draw")
    p_draw.add_argument("--expected", required=True)
    p_draw.add_argument("--per-stratum", type=int, default=3)
    p_draw.add_argument("--seed", type=int, default=19)
    p_more = sub.add_parser("draw-more")
    p_more.add_argument("--expected", required=True)
    p_more.add_argument("--name", required=True, help="the sample's letter: sample_<name>.csv")
    p_more.add_argument("--role", required=True, help="diagnosis or held out")
    p_more.add_argument("--exclude", nargs="+", default=[], help="samples already drawn")
    p_more.add_argument("--first-present", type=int, default=64)
    p_more.add_argument("--per-stratum", type=int, default=3)
    p_more.add_argument("--seed", type=int, default=29)
    p_run = sub.add_parser("run")
    p_run.add_argument("--tests-dir", required=True)
    p_run.add_argument("--sample", required=True)
    p_run.add_argument("--before", metavar="REV")
    p_run.add_argument("--bandit", action="store_true")
    p_run.add_argument("--show", action="store_true", help="list the misses and false positives")
    p_run.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    commands = {"draw": draw, "draw-more": draw_more, "run": run}
    return commands[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
