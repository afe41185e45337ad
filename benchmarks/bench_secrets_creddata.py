"""Secrets detection measured from outside on Samsung CredData, the labelled benchmark of real
repositories: line-level precision and recall per CredData category, aiscan beside detect-secrets.

CredData (github.com/Samsung/CredData) ships labels only: `meta/<repo_id>.csv` rows (Id, FileID,
RepoName, FilePath `data/<repo_id>/<scope>/<file_id>.<ext>`, LineStart, LineEnd, GroundTruth
T/F/Template, ValueStart, ValueEnd, Category, ...). The files come from the original repositories
at the commits its `snapshot.json` names; `download_data.py` maps a file to its id with
`sha256(path in the repository)[:8]`. No CredData content is part of this repository;
docs/measurements/secrets.md says how to rebuild a sample of it. Then:

    python benchmarks/bench_secrets_creddata.py --meta /tmp/creddata/meta --data /tmp/creddata/data
                                                [--show] [--skip-detect-secrets]
                                                [--manifest CSV ... [--real-paths]]

`--manifest` (repeatable) scores only the files a sample manifest lists; with `--real-paths` the
scanners read each of them under its path in its repository instead of CredData's name for it
(benchmarks/creddata_real_paths.py), and their findings are mapped back to the labels. Since a
file's name and folder change a finding's severity more often than whether it is reported, aiscan
is also scored on its blocking findings alone (high and critical, what fails the default gate).

`--data` holds the `<repo_id>/...` folders (CredData's `data/` folder). Only labels whose file is
present are scored; the others are counted as not fetched. Scoring is by line, as CredData's own:
a labelled line with GroundTruth T is found when a finding covers it (a multi-line label, such as a
PEM block, when a finding covers any of its lines); a line labelled F or Template (and no T) that a
finding covers is a false positive; findings on lines no label names are counted apart as
unlabelled (CredData labels only the candidates some scanner raised, so an unlabelled hit may be
right or wrong). Precision is given both without and with the unlabelled hits.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_secrets import WEAK, ratio, run_aiscan, run_aiscan_secrets, run_detect_secrets
from creddata_real_paths import lay_out, manifest_rows, to_data_paths

Hits = set[tuple[str, int, int]]
Runner = Callable[[Path], tuple[float, float, Hits, int]]


@dataclass(frozen=True)
class CredLabel:
    id: str
    path: str
    start: int
    end: int
    truth: str
    category: str

    @property
    def positive(self) -> bool:
        return self.truth == "T"


def load_labels(meta: Path, data: Path) -> tuple[list[CredLabel], int]:
    """Labels whose file is present under `data`, and the number of labels left out."""
    labels: list[CredLabel] = []
    missing = 0
    for sheet in sorted(meta.glob("*.csv")):
        with sheet.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                truth = row.get("GroundTruth", "")
                if truth not in ("T", "F", "Template"):
                    continue
                path = row["FilePath"].removeprefix("data/")
                if not (data / path).is_file():
                    missing += 1
                    continue
                category = (row.get("Category") or "Other").split(":")[0]
                start = int(row["LineStart"])
                end = int(row["LineEnd"] or start)
                labels.append(CredLabel(row["Id"], path, start, end, truth, category))
    return labels, missing


def covered(hits: Hits) -> dict[str, list[tuple[int, int]]]:
    by_path: dict[str, list[tuple[int, int]]] = {}
    for path, start, end in hits:
        by_path.setdefault(path, []).append((start, end))
    return by_path


def is_hit(spans: dict[str, list[tuple[int, int]]], path: str, start: int, end: int) -> bool:
    return any(s <= end and start <= e for s, e in spans.get(path, ()))


@dataclass
class Score:
    found: dict[str, list[int]]  # category -> [found, positives]
    false: dict[str, list[int]]  # category -> [reported, negatives]
    unlabelled: int
    missed: list[CredLabel]
    reported_negatives: list[CredLabel]

    def totals(self) -> tuple[int, int, int]:
        tp = sum(f for f, _ in self.found.values())
        pos = sum(n for _, n in self.found.values())
        fp = sum(f for f, _ in self.false.values())
        return tp, pos, fp


def score(hits: Hits, labels: list[CredLabel]) -> Score:
    spans = covered(hits)
    positive_lines: dict[tuple[str, int, int], CredLabel] = {}
    for lab in labels:
        if lab.positive:
            positive_lines.setdefault((lab.path, lab.start, lab.end), lab)
    positive_at = {(p, n) for p, s, e in positive_lines for n in range(s, e + 1)}
    negative_lines: dict[tuple[str, int], CredLabel] = {}
    for lab in labels:
        if not lab.positive:
            for n in range(lab.start, lab.end + 1):
                if (lab.path, n) not in positive_at:
                    negative_lines.setdefault((lab.path, n), lab)
    found: dict[str, list[int]] = {}
    missed = []
    for (path, start, end), lab in positive_lines.items():
        row = found.setdefault(lab.category, [0, 0])
        row[1] += 1
        if is_hit(spans, path, start, end):
            row[0] += 1
        else:
            missed.append(lab)
    false: dict[str, list[int]] = {}
    reported = []
    for (path, n), lab in negative_lines.items():
        row = false.setdefault(lab.category, [0, 0])
        row[1] += 1
        if is_hit(spans, path, n, n):
            row[0] += 1
            reported.append(lab)
    labelled = positive_at | set(negative_lines)
    unlabelled = sum(
        1 for path, start, end in hits if not any((path, n) in labelled for n in range(start, end + 1))
    )
    return Score(found, false, unlabelled, missed, reported)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def report(name: str, result: Score, wall: float) -> None:
    tp, pos, fp = result.totals()
    recall = tp / pos if pos else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    strict = tp / (tp + fp + result.unlabelled) if tp + fp + result.unlabelled else 0.0
    print(f"  {name}  ({wall:.2f} s wall)")
    print(f"    {'category':<22} {'found':>9} {'recall':>7}   {'false alarms':>12}")
    for cat in sorted(set(result.found) | set(result.false)):
        got, total = result.found.get(cat, [0, 0])
        bad, neg = result.false.get(cat, [0, 0])
        rec = f"{got / total:.2f}" if total else "-"
        print(f"    {cat:<22} {got:>4}/{total:<4} {rec:>7}   {bad:>5}/{neg:<6}")
    print(
        f"    total: recall {recall:.3f} ({tp}/{pos})  precision {precision:.3f} ({fp} labelled negatives "
        f"reported)  F1 {f1(precision, recall):.3f}"
    )
    print(
        f"    unlabelled lines reported: {result.unlabelled}  "
        f"(precision counting them as false: {strict:.3f}, F1 {f1(strict, recall):.3f})\n"
    )


def run_aiscan_blocking(tree: Path) -> tuple[float, float, Hits, int]:
    """aiscan's findings that fail the default gate (`fail_on = high`): where a file's name or
    folder moves a finding's severity (a test, an example, a documentation page), it shows here."""
    return run_aiscan(tree, least="high")


def scan(runner: Runner, data: Path, rows: list[dict[str, str]] | None, real: bool) -> tuple[float, Hits]:
    """The runner's wall time and findings on `data`, or, given manifest rows, on only their files
    laid out under CredData's names or under their real paths (findings mapped back to the data
    paths)."""
    if rows is None:
        wall, _, hits, _ = runner(data)
        return wall, hits
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "repositories"
        data_path_of = lay_out(rows, data, tree, real)
        wall, _, hits, _ = runner(tree)
    return wall, to_data_paths(hits, data_path_of)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meta", type=Path, required=True, help="CredData meta/*.csv")
    parser.add_argument("--data", type=Path, required=True, help="the <repo_id>/... folders")
    parser.add_argument("--show", action="store_true", help="list missed positives and false alarms by Id")
    parser.add_argument("--skip-detect-secrets", action="store_true")
    parser.add_argument(
        "--manifest", type=Path, action="append", default=[], help="score only these sample manifests' files"
    )
    parser.add_argument(
        "--real-paths", action="store_true", help="scan the files under their repositories' paths"
    )
    args = parser.parse_args()
    if args.real_paths and not args.manifest:
        parser.error("--real-paths needs --manifest")
    data = args.data.resolve()
    labels, missing = load_labels(args.meta, data)
    rows = manifest_rows(args.manifest) if args.manifest else None
    if rows is not None:
        listed = {row["data_path"] for row in rows}
        labels = [lab for lab in labels if lab.path in listed]
    if not labels:
        raise SystemExit(f"no labelled file of {args.meta} is present under {data}")
    files = {lab.path for lab in labels}
    repos = {p.split("/", 1)[0] for p in files}
    n_pos = sum(lab.positive for lab in labels)
    print(
        f"CredData sample: {len(labels)} labels ({n_pos} T, {len(labels) - n_pos} F/Template) in "
        f"{len(files)} files of {len(repos)} repositories; {missing} labels of these sheets not fetched"
    )
    names = "their repositories' paths" if args.real_paths else "CredData's names"
    print(f"files scanned under {names}\n")
    # CredData labels many weak and dummy passwords as credentials, so aiscan's figure counts its
    # weak-password findings (low, not blocking); the same without them is printed beside it.
    tools: list[tuple[str, Runner]] = [
        ("aiscan", run_aiscan),
        (f"aiscan without {WEAK}", run_aiscan_secrets),
        ("aiscan, blocking findings only (high and critical)", run_aiscan_blocking),
    ]
    if not args.skip_detect_secrets:
        tools.append(("detect-secrets", run_detect_secrets))
    walls = {}
    for name, runner in tools:
        wall, hits = scan(runner, data, rows, args.real_paths)
        walls[name] = wall
        result = score(hits, labels)
        report(name, result, wall)
        if args.show and name == "aiscan":
            for lab in sorted(result.missed, key=lambda x: (x.category, x.path, x.start)):
                print(f"    MISSED {lab.category:<18} Id {lab.id:<8} {lab.path}:{lab.start}")
            for lab in sorted(result.reported_negatives, key=lambda x: (x.category, x.path, x.start)):
                print(f"    FALSE  {lab.category:<18} Id {lab.id:<8} {lab.path}:{lab.start} ({lab.truth})")
            print()
    if "detect-secrets" in walls:
        print(
            f"  time: aiscan {walls['aiscan']:.2f} s, detect-secrets {walls['detect-secrets']:.2f} s "
            f"(aiscan {ratio(walls['detect-secrets'], walls['aiscan'])} faster; "
            "on a tree this small start-up dominates)"
        )


if __name__ == "__main__":
    main()
