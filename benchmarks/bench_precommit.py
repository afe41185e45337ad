"""Latency of the pre-commit hook on a one-file change in a repository of a few thousand files.

Builds a synthetic git repository (Python, JavaScript and HTML files), changes and stages one
file, then measures, side by side:

  - `aiscan scan --kind pre-commit . FILE` as the hook runs it (wall clock, a fresh process);
  - the same through the real `pre-commit` tool (`repo: local`, `language: system`);
  - plain semgrep on the same file with aiscan's rules: the Python front end (pysemgrep, what
    `semgrep scan` runs by default) and the OCaml one (`semgrep scan --experimental`, aiscan's
    default), and plain bandit;

and where aiscan's time goes (interpreter and imports, configuration, the whole-tree component
walk, the inventory of the changed file, each analyzer, the git look-up, rendering).

    python benchmarks/bench_precommit.py [--files 3000] [--repeat 5] [--keep DIR]

Figures are medians of --repeat runs (the first, cold run is shown apart). No network is used.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0", "NO_COLOR": "1"}

PY = '''"""Loan module {n}."""

import json
import logging

log = logging.getLogger(__name__)


class Loan{n}:
    def __init__(self, amount: int, term_days: int) -> None:
        self.amount = amount
        self.term_days = term_days

    def daily_rate(self) -> float:
        return 0.01 if self.term_days < 30 else 0.008

    def total(self) -> float:
        return self.amount * (1 + self.daily_rate() * self.term_days)

    def to_json(self) -> str:
        return json.dumps({{"amount": self.amount, "term": self.term_days, "total": self.total()}})


def schedule(amount: int, term_days: int) -> list[float]:
    loan = Loan{n}(amount, term_days)
    log.info("schedule for %s days", term_days)
    return [loan.total() / term_days] * term_days
'''
JS = """export function formatAmount{n}(value) {{
  const n = Number(value);
  if (!Number.isFinite(n)) {{
    return "-";
  }}
  return n.toLocaleString("ru-KZ", {{ style: "currency", currency: "KZT" }});
}}
"""
HTML = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Page {n}</title></head>
<body><main><h1>Заявка {n}</h1><form method="post"><input name="iin"><button>OK</button></form></main></body>
</html>
"""


def make_repo(root: Path, n_files: int) -> Path:
    """A git repository of n_files sources (70% Python, 20% JavaScript, 10% HTML), committed,
    with one Python file changed and staged. Returns the changed file."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n_files):
        bucket = i % 10
        package = f"pkg{i % 40:02d}"
        if bucket < 7:
            path = root / "server" / package / f"loan_{i}.py"
            text = PY.format(n=i)
        elif bucket < 9:
            path = root / "web" / "static" / package / f"format_{i}.js"
            text = JS.format(n=i)
        else:
            path = root / "web" / "templates" / package / f"page_{i}.html"
            text = HTML.format(n=i)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git = ["git", "-C", str(root)]
    for args in (
        ["init", "-q", "-b", "main"],
        ["config", "user.email", "bench@example.kz"],
        ["config", "user.name", "Bench"],
        ["add", "."],
        ["commit", "-qm", "base"],
    ):
        subprocess.run([*git, *args], check=True, capture_output=True)
    changed = root / "server" / "pkg00" / "loan_0.py"
    addition = '\n\ndef export(name):\n    import subprocess\n    subprocess.run(["tar", "czf", name])\n'
    changed.write_text(changed.read_text() + addition)
    subprocess.run([*git, "add", str(changed)], check=True, capture_output=True)
    return changed


def timed(argv: Sequence[str], cwd: Path, repeat: int) -> tuple[float, float, float, int]:
    """(cold, median of the warm runs, median CPU time of the warm runs, exit code) of a command,
    in seconds. CPU time (user + system, the command and its children) is what the run costs
    whatever else the machine is doing; wall time grows with the machine's load."""
    times = []
    cpu = []
    code = 0
    for _ in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(list(argv), cwd=cwd, env=ENV, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        code = proc.returncode
    return times[0], statistics.median(times[1:]), statistics.median(cpu[1:]), code


def in_process(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median wall time, median CPU time of this process and its children) of a call."""
    walls = []
    cpus = []
    for _ in range(repeat):
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        c0 = time.process_time()
        t0 = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t0)
        kids_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child = kids_after.ru_utime - kids.ru_utime + kids_after.ru_stime - kids.ru_stime
        cpus.append(time.process_time() - c0 + child)
    return statistics.median(walls), statistics.median(cpus)


def breakdown(root: Path, rel: str, n: int) -> list[tuple[str, tuple[float, float]]]:
    """Where one hook run's time goes, measured phase by phase in this process."""
    from aiscan.analyzers.bandit import BanditAnalyzer
    from aiscan.analyzers.base import ScanContext
    from aiscan.analyzers.semgrep import SemgrepAnalyzer, load_rules
    from aiscan.compliance.catalogue import load_catalogue
    from aiscan.config import Overrides, resolve_scan_config
    from aiscan.inventory import build_inventory
    from aiscan.pipeline import scan
    from aiscan.report import FORMATS
    from aiscan.repository import head_commit
    from aiscan.scope import tree_components
    from aiscan.tooling import run_tool

    overrides = Overrides(scan_kind="pre-commit", files=(str(root / rel),))
    config = resolve_scan_config(root, overrides)
    catalogue = load_catalogue()
    result = scan(config, catalogue=catalogue)
    inventory = build_inventory(root, only=[rel])
    ctx = ScanContext(config, inventory)

    def uncached_rules() -> None:
        load_rules.cache_clear()
        load_rules()

    semgrep_version = [str(BIN / "semgrep"), "--experimental", "--version"]
    bandit_version = [str(BIN / "bandit"), "--version"]
    return [
        ("configuration (aiscan.toml, scope)", in_process(lambda: resolve_scan_config(root, overrides), n)),
        ("whole-tree component walk (names only)", in_process(lambda: tree_components(root, ()), n)),
        ("inventory of the changed file", in_process(lambda: build_inventory(root, only=[rel]), n)),
        ("semgrep analyzer run (one file)", in_process(lambda: SemgrepAnalyzer().run(ctx), n)),
        ("  of which loading the ruleset (libyaml)", in_process(uncached_rules, n)),
        ("bandit analyzer run (one file)", in_process(lambda: BanditAnalyzer().run(ctx), n)),
        (
            "semgrep --version, not cached (saved)",
            in_process(lambda: run_tool(semgrep_version, timeout_s=60, env=ENV), n),
        ),
        (
            "bandit --version, not cached (saved)",
            in_process(lambda: run_tool(bandit_version, timeout_s=60, env=ENV), n),
        ),
        ("git HEAD look-up", in_process(lambda: head_commit(root), n)),
        ("text report", in_process(lambda: FORMATS["text"](result, catalogue), n)),
        ("scan(), analyzers in parallel", in_process(lambda: scan(config, catalogue=catalogue), n)),
    ]


def precommit_config(root: Path) -> None:
    hook = {
        "id": "aiscan-sast",
        "name": "aiscan SAST",
        "entry": f"{BIN / 'aiscan'} scan --kind pre-commit .",
        "language": "system",
        "types": ["text"],
        "require_serial": True,
    }
    (root / ".pre-commit-config.yaml").write_text(json.dumps({"repos": [{"repo": "local", "hooks": [hook]}]}))
    subprocess.run(["git", "-C", str(root), "add", ".pre-commit-config.yaml"], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--slow-repeat", type=int, default=2, help="repeats of the pysemgrep row")
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()

    base = args.keep or Path(tempfile.mkdtemp(prefix="aiscan-bench-"))
    root = base / "repo"
    if root.exists():
        shutil.rmtree(root)
    changed = make_repo(root, args.files)
    rel = changed.relative_to(root).as_posix()
    rules = str(Path(__file__).resolve().parent.parent / "rulesets" / "semgrep")
    semgrep = str(BIN / "semgrep")
    common = ["--config", rules, "--json", "--metrics=off", "--disable-version-check", "--no-git-ignore", rel]
    print(f"repository: {args.files} files ({root}), change: {rel}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average {load}; medians of {args.repeat} runs after a cold one")
    print()

    rows: list[tuple[str, float, float, float, int]] = []

    def row(label: str, argv: Sequence[str], repeat: int | None = None) -> None:
        rows.append((label, *timed(argv, root, repeat or args.repeat)))

    row("python -c pass (interpreter start)", [sys.executable, "-c", "pass"])
    row("python -c 'import aiscan.cli'", [sys.executable, "-c", "import aiscan.cli"])
    aiscan = str(BIN / "aiscan")
    row("aiscan scan --kind pre-commit . FILE", [aiscan, "scan", "--kind", "pre-commit", ".", rel])
    row("semgrep scan --experimental (OCaml)", [semgrep, "scan", "--experimental", *common])
    row("semgrep scan (pysemgrep front end)", [semgrep, "scan", *common], args.slow_repeat)
    row("bandit -f json FILE", [str(BIN / "bandit"), "-f", "json", "-q", rel])
    pre_commit = BIN / "pre-commit"
    if pre_commit.exists():
        precommit_config(root)
        env_home = base / "pre-commit-home"
        ENV["PRE_COMMIT_HOME"] = str(env_home)
        row("pre-commit run (aiscan-sast hook)", [str(pre_commit), "run", "aiscan-sast"])

    width = max(len(r[0]) for r in rows)
    print(f"{'command':<{width}}  {'cold s':>7}  {'median s':>8}  {'CPU s':>6}  exit")
    for label, cold, warm, cpu, code in rows:
        print(f"{label:<{width}}  {cold:7.2f}  {warm:8.2f}  {cpu:6.2f}  {code}")
    print()
    print(f"load average now {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("where an aiscan hook run spends its time (in-process medians, seconds):")
    os.chdir(root)
    print(f"  {'phase':<44} {'wall':>6} {'CPU':>6}")
    for label, (wall, cpu) in breakdown(root, rel, args.repeat):
        print(f"  {label:<44} {wall:6.3f} {cpu:6.3f}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
