"""How well aiscan's semgrep rules find the weaknesses of a labelled corpus, per language and
per p19 class.

    python benchmarks/bench_sast_accuracy.py [--corpus DIR] [--rules DIR] [--lang L ...] [--quiet]
                                             [--across-functions]

The corpus has one folder per language (fixtures/sast-corpus/<lang>/) with source files and a
labels.yaml: `cases: [{file, class: p19.x, vulnerable: bool, line?, weakness?}]`. Each folder is scanned
through aiscan's own code path (inventory, then SemgrepAnalyzer.run), exactly as `aiscan scan`
does. A vulnerable case is a true positive when a finding of its class (a finding whose
requirements include p19.x) is in its file within 2 lines of the labelled line (anywhere in
the file when no line is given); a safe case is a false positive when any finding of its class
is in its file. `--across-functions` scans with the passes over flows across functions on for
every language (`[semgrep] across_functions = true`; without it, the configuration's default).
The table gives, per language and class, TPR = TP / vulnerable cases and FPR = FP / safe
cases, then totals; the misses are listed below it.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ACROSS_FUNCTIONS_LANGUAGES, ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Finding
from aiscan.sast.coverage import SAST_CLASSES

REPO = Path(__file__).resolve().parent.parent
TOLERANCE = 2


@dataclass(frozen=True)
class Case:
    language: str
    file: str
    cls: str
    vulnerable: bool
    line: int | None
    weakness: str = ""  # the finer weakness a case stands for (xxe, zip-slip, ...), when labelled


@dataclass(frozen=True)
class Outcome:
    case: Case
    hit: bool  # a finding of the class matched (TP for a vulnerable case, FP for a safe one)
    note: str


def load_cases(folder: Path) -> list[Case]:
    doc = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")) or {}
    return [
        Case(
            folder.name,
            str(c["file"]),
            str(c["class"]),
            bool(c["vulnerable"]),
            c.get("line"),
            str(c.get("weakness") or ""),
        )
        for c in doc.get("cases") or ()
    ]


def judge(case: Case, findings: Iterable[Finding]) -> Outcome:
    same = [f for f in findings if f.location.path == case.file and case.cls in f.requirements]
    if not case.vulnerable:
        lines = ", ".join(f"{f.rule_id}:{f.location.start_line}" for f in same)
        return Outcome(case, bool(same), f"reported {lines}" if same else "")
    if case.line is None:
        return Outcome(case, bool(same), "" if same else "nothing of this class in the file")
    lo, hi = case.line - TOLERANCE, case.line + TOLERANCE
    near = [
        f
        for f in same
        if (f.location.start_line or 0) <= hi and (f.location.end_line or f.location.start_line or 0) >= lo
    ]
    if near:
        return Outcome(case, True, "")
    elsewhere = ", ".join(f"{f.rule_id}:{f.location.start_line}" for f in same)
    return Outcome(case, False, f"reported at {elsewhere} instead" if same else "nothing of this class")


def scan_language(folder: Path, rules: Path | None, across: bool = False) -> tuple[list[Outcome], str, float]:
    inventory = build_inventory(folder)
    config = ScanConfig(root=folder.resolve())
    if across:
        config = replace(config, semgrep_across_functions=ACROSS_FUNCTIONS_LANGUAGES)
    ctx = ScanContext(config, inventory)
    t0 = time.perf_counter()
    outcome = SemgrepAnalyzer(rules).run(ctx)
    elapsed = time.perf_counter() - t0
    status = outcome.run.status.value
    if outcome.run.gaps:
        status += f" ({len(outcome.run.gaps)} gaps/warnings)"
    if outcome.run.reason and outcome.run.status.value == "error":
        status += f": {outcome.run.reason}"
    scanned = set(inventory.paths())
    results = []
    for case in load_cases(folder):
        if case.file not in scanned:
            why = next((s.reason for s in inventory.skipped if s.path == case.file), "not a source file")
            results.append(Outcome(case, False, f"not scanned: {why}"))
        else:
            results.append(judge(case, outcome.findings))
    return results, status, elapsed


def rate(num: int, den: int) -> str:
    return f"{num}/{den} {100 * num / den:5.1f}%" if den else "-"


def table(outcomes: list[Outcome], languages: list[str]) -> None:
    def cell(rows: list[Outcome]) -> tuple[str, str]:
        vuln = [o for o in rows if o.case.vulnerable]
        safe = [o for o in rows if not o.case.vulnerable]
        return rate(sum(o.hit for o in vuln), len(vuln)), rate(sum(o.hit for o in safe), len(safe))

    print(f"\n{'language':<12} {'class':<7} {'TPR (TP/vulnerable)':>20} {'FPR (FP/safe)':>16}")
    for lang in languages:
        rows = [o for o in outcomes if o.case.language == lang]
        for cls in [*SAST_CLASSES, *sorted({o.case.cls for o in rows} - set(SAST_CLASSES))]:
            sub = [o for o in rows if o.case.cls == cls]
            if sub:
                tpr, fpr = cell(sub)
                print(f"{lang:<12} {cls:<7} {tpr:>20} {fpr:>16}")
        tpr, fpr = cell(rows)
        print(f"{lang:<12} {'all':<7} {tpr:>20} {fpr:>16}")
        print()
    print("per class, all languages")
    for cls in SAST_CLASSES:
        sub = [o for o in outcomes if o.case.cls == cls]
        if sub:
            tpr, fpr = cell(sub)
            print(f"{'':<12} {cls:<7} {tpr:>20} {fpr:>16}")
    tpr, fpr = cell(outcomes)
    print(f"{'TOTAL':<12} {'all':<7} {tpr:>20} {fpr:>16}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default=str(REPO / "fixtures" / "sast-corpus"))
    parser.add_argument("--rules", default=None, help="semgrep rules folder (default: aiscan's)")
    parser.add_argument("--lang", action="append", help="only these languages (repeatable)")
    parser.add_argument("--quiet", action="store_true", help="do not list the misses")
    parser.add_argument("--across-functions", action="store_true", help="the passes across functions on")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    folders = sorted(p for p in corpus.iterdir() if (p / "labels.yaml").is_file())
    if args.lang:
        folders = [p for p in folders if p.name in args.lang]
    if not folders:
        raise SystemExit(f"{corpus}: no <language>/labels.yaml")
    rules = Path(args.rules) if args.rules else None
    outcomes: list[Outcome] = []
    for folder in folders:
        results, status, elapsed = scan_language(folder, rules, args.across_functions)
        outcomes += results
        print(f"{folder.name:<12} {len(results):>3} cases  semgrep {status}, {elapsed:.1f} s")
    table(outcomes, [p.name for p in folders])
    if not args.quiet:
        misses = [o for o in outcomes if o.hit != o.case.vulnerable]
        print(f"\nmisses ({len(misses)}):")
        for o in misses:
            kind = "FN" if o.case.vulnerable else "FP"
            where = f"{o.case.file}:{o.case.line}" if o.case.line else o.case.file
            print(f"  {kind} {o.case.language:<11} {o.case.cls:<6} {where}  {o.note}")


if __name__ == "__main__":
    main()
