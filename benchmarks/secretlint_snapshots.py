"""A labelled source for measuring secrets detection from outside, read as data (never run):
the snapshot tests of secretlint's rules.

**secretlint** (github.com/secretlint/secretlint) tests each rule package on fixtures:
`packages/@secretlint/secretlint-rule-<rule>/test/snapshots/<case>/` holds an input (`input`,
`input.txt`, `input.json`, `input.md`, `package.json`, `.npmrc`, ...) and `output.json`, the
result secretlint's test expects: a list of `messages`, each with the `range` (character offsets)
and, in newer snapshots, the `loc` (lines) of one value reported. Newer snapshots also keep the
input itself as `sourceContent`. The preset package (`secretlint-rule-preset-recommend`) keeps
copies of the same cases under `test/snapshots/secretlint-rule-<rule>/<case>/`; a case is taken
from one of the two places, never both.

Labels, from `output.json` alone:

- each message is one secret case on the lines it spans, found when a finding covers any of them;
- a fixture whose `output.json` lists no message is a false case: each of its non-empty lines is
  a false line, a finding on any of them is a false alarm;
- a fixture with no stored `output.json` is labelled by its name the way secretlint names its
  cases: `ok.<name>` is a fixture with no message (false lines as above); no other case is taken
  without `output.json`;
- lines of a fixture with messages that no message covers are not labelled (secretlint's own
  misses are among them); a finding there is listed apart, not counted;
- messages that report an identifier rather than a secret (`AzureTenantId`, `AWSAccountID`) are
  reported apart, not counted.

The input is `sourceContent` when `output.json` holds it, else the fixture's input file. Where
`output.json` gives both `range` and `loc`, the line the range starts on must be the `loc` line;
a fixture where they disagree (an input and an `output.json` of different versions) is left out
and listed.

What is read of `output.json`: `filePath` (the input's name), `messages[].range`, `.loc`,
`.ruleId`, `.messageId` and `sourceContent`; a copy may leave out the messages' text and `data`
(they repeat the value). Fetch the files listed in `benchmarks/secretlint/files.csv` (path in the
repository, commit of the stored version) into `DIR/<path>`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from outside_sources import spans_by_file

FILES = Path(__file__).resolve().parent / "secretlint" / "files.csv"

IDENTIFIER_MESSAGES = frozenset({"AzureTenantId", "AWSAccountID"})

_RULE_DIR = re.compile(r"secretlint-rule-([\w-]+)$")


@dataclass(frozen=True)
class SnapshotCase:
    """One labelled case of one fixture: a secret (or a false line) on these lines."""

    rule: str  # the rule package: aws, privatekey, basicauth, ...
    fixture: str  # <rule>/<case>
    name: str  # the input's file name
    lines: tuple[int, ...]  # 1-based
    secret: bool
    message: str  # secretlint's messageId, or "" for a false line


@dataclass
class SnapshotSet:
    scored: list[SnapshotCase] = field(default_factory=list)
    apart: list[SnapshotCase] = field(default_factory=list)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # fixture: (input name, text)
    left_out: list[str] = field(default_factory=list)  # fixtures and why


def rule_of(fixture: str) -> str:
    """The rule package a fixture tests: `.../secretlint-rule-<rule>/test/snapshots/<case>` or the
    preset's copy `.../test/snapshots/secretlint-rule-<rule>/<case>`."""
    for part in reversed(PurePosixPath(fixture).parts[:-1]):
        m = _RULE_DIR.search(part)
        if m and m.group(1) != "preset-recommend":
            return m.group(1)
    raise ValueError(f"no rule package in {fixture}")


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def message_lines(text: str, message: dict[str, object]) -> tuple[int, int] | None:
    """The first and last line a message spans, or None when its range and loc disagree."""
    start, end = (int(x) for x in message["range"])  # type: ignore[attr-defined]
    first, last = line_of(text, start), line_of(text, max(start, end - 1))
    loc = message.get("loc")
    if isinstance(loc, dict) and loc["start"]["line"] != first:
        return None
    return first, last


def read_fixture(fixture: str, files: dict[str, Path], out: SnapshotSet) -> None:
    """Labels of one fixture (`<rule>/<case>`); `files` maps each stored file's name to its local
    path, from the rule package's folder or the preset's copy."""
    rule = fixture.split("/")[0]
    output = files.get("output.json")
    report = json.loads(output.read_text(encoding="utf-8")) if output else None
    inputs = sorted(n for n in files if n != "output.json")
    if report is not None:
        name = PurePosixPath(str(report["filePath"])).name
        if "sourceContent" in report:
            text = str(report["sourceContent"])
        elif name in files:
            text = files[name].read_text(encoding="utf-8")
        else:
            out.left_out.append(f"{fixture}: no input stored")
            return
        messages = list(report["messages"])
    elif PurePosixPath(fixture).name.startswith("ok.") and len(inputs) == 1:
        name, text, messages = inputs[0], files[inputs[0]].read_text(encoding="utf-8"), []
    else:
        out.left_out.append(f"{fixture}: no output.json and not an ok. case")
        return
    cases = []
    for m in messages:
        span = message_lines(text, m)
        if span is None:
            out.left_out.append(f"{fixture}: range and loc disagree (input and output of different versions)")
            return
        mid = str(m.get("messageId") or m["ruleId"])
        cases.append(SnapshotCase(rule, fixture, name, tuple(range(span[0], span[1] + 1)), True, mid))
    if not messages:
        cases = [
            SnapshotCase(rule, fixture, name, (n,), False, "")
            for n, line in enumerate(text.splitlines(), 1)
            if line.strip()
        ]
    out.texts[fixture] = (name, text)
    for case in cases:
        (out.apart if case.message in IDENTIFIER_MESSAGES else out.scored).append(case)


def load(root: Path, files_csv: Path = FILES) -> SnapshotSet:
    by_fixture: dict[str, dict[str, Path]] = {}
    with files_csv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path = PurePosixPath(row["path"])
            fixture = f"{rule_of(str(path.parent))}/{path.parent.name}"
            # the rule package's own file wins over the preset's copy of the same case
            own = "preset-recommend" not in row["path"]
            if own or path.name not in by_fixture.get(fixture, {}):
                by_fixture.setdefault(fixture, {})[path.name] = root / row["path"]
    out = SnapshotSet()
    for fixture in sorted(by_fixture):
        missing = [p for p in by_fixture[fixture].values() if not p.is_file()]
        if missing:
            raise SystemExit(f"missing under {root}: {missing[0]}")
        read_fixture(fixture, by_fixture[fixture], out)
    return out


def tree_file(case: SnapshotCase) -> str:
    """The fixture's place in the scanned tree: its rule and case under neutral folders, the input
    keeping its own name (`package.json`, `.npmrc` matter). Case names such as `ok.valid` or
    `placeholder-dots` are left out of the path: a word like `placeholder` or `test` in a path
    would change how aiscan reads the file."""
    case_id = hashlib.sha256(case.fixture.encode("utf-8")).hexdigest()[:8]
    return f"{case.rule}/case-{case_id}/{case.name}"


def write_labels(data: SnapshotSet, dest: Path) -> None:
    """The labels read, one row per case (a record beside the manifest)."""
    with dest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["fixture", "input", "lines", "label", "message"])
        for case in data.scored + data.apart:
            label = ("identifier" if case in data.apart else "secret") if case.secret else "false"
            lines = f"{case.lines[0]}-{case.lines[-1]}" if len(case.lines) > 1 else str(case.lines[0])
            w.writerow([case.fixture, case.name, lines, label, case.message])


def covers(by_file: dict[str, list[tuple[int, int]]], case: SnapshotCase) -> bool:
    return any(a <= n <= b for a, b in by_file.get(tree_file(case), []) for n in case.lines)


def measure(
    root: Path,
    tree: Path,
    tools: list[tuple[str, Callable[[Path], Any]]],
    show: bool,
    total: Callable[[int, int, int, int, str], None],
) -> None:
    """Score each tool on the fixtures under `root`, written to `tree`; `total` prints a total."""
    data = load(root)
    if not data.scored:
        raise SystemExit(f"no secretlint snapshots under {root}")
    cases = data.scored + data.apart
    for case in cases:
        dest = tree / tree_file(case)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(data.texts[case.fixture][1], encoding="utf-8")
    pos = [c for c in data.scored if c.secret]
    neg = [c for c in data.scored if not c.secret]
    print(
        f"secretlint snapshots from {root}: {len(data.texts)} fixtures, {len(pos)} secret cases, "
        f"{len(neg)} false lines ({len(data.apart)} identifier cases reported apart, "
        f"{len(data.left_out)} fixtures left out)"
    )
    for note in data.left_out:
        print(f"  left out: {note}")
    print()
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        covered = partial(covers, spans_by_file(hits))
        print(f"  {tool} ({wall:.2f} s wall)")
        for rule in sorted({c.rule for c in data.scored}):
            p = [c for c in pos if c.rule == rule]
            n = [c for c in neg if c.rule == rule]
            print(
                f"    {rule:<28} found {sum(map(covered, p)):>2}/{len(p):<2}  "
                f"false alarms {sum(map(covered, n))}/{len(n)}"
            )
        total(sum(map(covered, pos)), len(pos), sum(map(covered, neg)), len(neg), "lines")
        labelled = {(tree_file(c), n) for c in cases for n in c.lines}
        stray = sorted({(p, s) for p, s, e in hits if not any((p, n) in labelled for n in range(s, e + 1))})
        print(
            f"    findings on no labelled line: {len(stray)}; "
            f"identifier cases reported: {sum(map(covered, data.apart))}/{len(data.apart)}\n"
        )
        if show and tool == "aiscan":
            for case in data.scored:
                if case.secret != covered(case):
                    what = "MISSED" if case.secret else "FALSE "
                    line = data.texts[case.fixture][1].splitlines()[case.lines[0] - 1]
                    print(f"    {what} {case.fixture}:{case.lines[0]} {redact(line)!r}")
            for path, start in stray:
                print(f"    STRAY  {path}:{start}")
            print()


def redact(line: str) -> str:
    """The line with each run of six letters, digits or signs of a value or more cut to its first
    three characters, so no value is printed in full."""
    return re.sub(r"([A-Za-z0-9+/_=!.-]{3})[A-Za-z0-9+/_=!.-]{3,}", r"\1…", line.strip())[:140]


if __name__ == "__main__":
    loaded = load(Path(sys.argv[1]))
    write_labels(loaded, Path(sys.argv[2]))
    print(
        f"{len(loaded.texts)} fixtures: {sum(c.secret for c in loaded.scored)} secret cases, "
        f"{sum(not c.secret for c in loaded.scored)} false lines, {len(loaded.apart)} apart; "
        f"left out: {len(loaded.left_out)}"
    )
    for note in loaded.left_out:
        print(f"  {note}")
