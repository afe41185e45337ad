"""Card data logged through whole objects: the card-logging rules with aiscan's tree filter, per tree.

    python benchmarks/bench_card_logs.py TREE [TREE ...]                  # labels in comments
    python benchmarks/bench_card_logs.py --stored SET.json DIR            # labels in the set
    python benchmarks/bench_card_logs.py --list TREE [TREE ...]           # cost: every kept finding

Runs semgrep (offline, one job) with every `*-card-data-object-logged` rule and every
`*-sensitive-data-logged` rule of the rule set (the rules that report card data in a log line)
over each TREE, then keeps the card-object candidates the way `aiscan scan` does
(`aiscan.sast.card_objects.keep_card_object_logs` over the tree's source files). Labels are read
from a trailing comment on the logging call (`card: yes` / `card: no`) or, with `--stored`, from
the set's `labels` (`path:line`, under DIR/<project>/). A labelled call counts as found when a kept
finding of these rules starts on its line or spans it. Nothing scanned is run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.card_objects import keep_card_object_logs

REPO = Path(__file__).resolve().parent.parent
RULES = REPO / "rulesets" / "semgrep"
SOURCES = (".cs", ".java", ".kt", ".kts", ".py", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx")
LABEL = re.compile(r"(?://|#)\s*card:\s*(yes|no)\b")
LABEL_COMMENT = re.compile(r"\s*(?://|#)\s*card:\s*(?:yes|no)\b.*$")


def rule_files() -> list[Path]:
    return sorted(
        p
        for p in RULES.glob("*/*.yaml")
        if p.stem.endswith("-card-data-object-logged") or p.stem.endswith("-sensitive-data-logged")
    )


def semgrep(trees: Sequence[Path]) -> tuple[list[dict[str, object]], int]:
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp)
        for rule in rule_files():
            (config / rule.name).write_text(rule.read_text(encoding="utf-8"), encoding="utf-8")
        proc = subprocess.run(
            [
                *("semgrep", "scan", "--metrics=off", "--disable-version-check", "-j", "1"),
                *("--timeout", "30", "--no-git-ignore", "--json", "--config", str(config)),
                *map(str, trees),
            ],
            capture_output=True,
            text=True,
            errors="replace",
        )
    data = json.loads(proc.stdout or "{}")
    return list(data.get("results", [])), len(data.get("errors", []))


def kept_findings(tree: Path, results: list[dict[str, object]]) -> tuple[Finding, ...]:
    """The tree's findings after the card-object filter, paths relative to the tree."""
    tree = tree.resolve()
    found = []
    for r in results:
        path = Path(str(r["path"])).resolve()
        if tree not in path.parents:
            continue
        start, end = r["start"], r["end"]  # type: ignore[index]
        found.append(
            Finding(
                rule_id=str(r["check_id"]).rsplit(".", 1)[-1],
                analyzer="semgrep",
                title="t",
                message="m",
                severity=Severity.MEDIUM,
                confidence=Confidence.MEDIUM,
                location=Location(str(path.relative_to(tree)), int(start["line"]), int(end["line"])),  # type: ignore[index]
            )
        )
    files = [str(p.relative_to(tree)) for p in sorted(tree.rglob("*")) if p.suffix in SOURCES and p.is_file()]

    def lines(rel: str) -> tuple[str, ...]:
        # the labels are hidden from the filter, which reads the call's text
        text = (tree / rel).read_text(encoding="utf-8", errors="replace")
        return tuple(LABEL_COMMENT.sub("", line) for line in text.split("\n"))

    return keep_card_object_logs(found, files, lines)


def comment_labels(tree: Path) -> dict[tuple[str, int], str]:
    labels = {}
    for p in sorted(tree.rglob("*")):
        if p.suffix in SOURCES and p.is_file():
            for n, line in enumerate(p.read_text(encoding="utf-8").split("\n"), 1):
                m = LABEL.search(line)
                if m:
                    labels[(str(p.relative_to(tree)), n)] = m.group(1)
    return labels


def score(
    name: str, labels: dict[tuple[str, int], str], kept: Sequence[Finding]
) -> tuple[int, int, int, int]:
    def hit(path: str, line: int) -> list[str]:
        return [
            f.rule_id
            for f in kept
            if f.location.path == path
            and (f.location.start_line or 0)
            <= line
            <= max(f.location.end_line or 0, f.location.start_line or 0)
        ]

    found = positives = false = negatives = 0
    for (path, line), label in sorted(labels.items()):
        rules = hit(path, line)
        if label == "yes":
            positives += 1
            found += bool(rules)
            mark = "found " if rules else "MISSED"
        else:
            negatives += 1
            false += bool(rules)
            mark = "FALSE " if rules else "quiet "
        print(f"  {mark} {label:3} {name}/{path}:{line} {' '.join(sorted(set(rules)))}")
    return found, positives, false, negatives


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--stored", type=Path, help="a *-stored.json set with labels; TREES is its one DIR")
    parser.add_argument("--list", action="store_true", help="print every kept finding (cost runs)")
    args = parser.parse_args(argv)
    if args.stored:
        stored = json.loads(args.stored.read_text(encoding="utf-8"))
        trees = [args.trees[0] / name for name in stored["projects"]]
    else:
        trees = list(args.trees)
    results, errors = semgrep(trees)
    print(f"rules {len(rule_files())}, semgrep findings {len(results)}, errors {errors}")
    totals = [0, 0, 0, 0]
    for tree in trees:
        kept = kept_findings(tree, results)
        if args.list:
            print(f"{tree}: {len(kept)} kept")
            for f in kept:
                print(f"  KEPT {f.rule_id} {f.location.path}:{f.location.start_line} {f.message[2:]}")
            continue
        if args.stored:
            raw = stored["projects"][tree.name]["labels"]
            labels = {
                (k.rsplit(":", 1)[0], int(k.rsplit(":", 1)[1])): v.split()[0].rstrip(":")
                for k, v in raw.items()
            }
        else:
            labels = comment_labels(tree)
        for i, v in enumerate(score(tree.name, labels, kept)):
            totals[i] += v
    if not args.list:
        found, positives, false, negatives = totals
        print(f"found {found}/{positives} card-carrying calls, ", end="")
        print(f"reported {false}/{negatives} calls without card data")
    return 0


if __name__ == "__main__":
    sys.exit(main())
