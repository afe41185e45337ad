"""Two more labelled sources for measuring secrets detection from outside, read as data (never
run): Nosey Parker's rule files and CredSweeper's test samples.

**Nosey Parker** (github.com/praetorian-inc/noseyparker) keeps, beside each rule in
`crates/noseyparker/data/default/builtin/rules/*.yml`, `examples` the rule must match and
`negative_examples` it must not. An example is one sample, found when a finding falls anywhere
in its file. A negative example counts as a false alarm the same way, except two kinds that the
files themselves mark as not negative: one that is another rule's example (a Slack user token is
a negative of the bot-token rule), and one under a `# FIXME` comment saying the rule should match
it (the comment covers the next item, or the whole list when it stands before
`negative_examples:`); both are left out. Rules that find identifiers rather than secrets (S3
bucket names, ARNs, AWS account ids, GitHub client ids) are reported apart and not counted.

Fetch the rule files into `DIR/rules/<name>.yml` (the `examples`, `negative_examples`, `id`,
`name`, `categories` keys and the `# FIXME` comments are what is read; the patterns may be left
out).

**CredSweeper** (github.com/Samsung/CredSweeper) ships small sample files in `tests/samples/`.
Its own result files are a tool's output, not labels; the labels used here were written by
reading the files (`benchmarks/credsweeper_samples/labels.csv`; `labels_2.csv` and `labels_3.csv`
for two more, disjoint ranges; one row per non-empty line) and scored by line: a secret line is
found when a finding covers it, a finding on a `not-secret` line is a false alarm. Fetch the
files listed in `benchmarks/credsweeper_samples/files.csv` (or `files_2.csv`, `files_3.csv`) into
`DIR/tests/samples/<name>`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

import yaml

# Rules whose examples are identifiers (a bucket, a resource name, an account or client id).
NOT_SECRETS = frozenset({"np.s3.1", "np.s3.2", "np.arn.1", "np.aws.3", "np.github.5"})


@dataclass
class RuleSample:
    rule: str
    provider: str  # the rule file's name
    positive: bool
    text: str


def _fixme_negatives(raw: str) -> dict[str, set[int]]:
    """Per rule id, the indexes of the negative examples a `# FIXME` comment marks as wanted."""
    marked: dict[str, set[int]] = {}
    rule, in_neg, index, fixme_next, fixme_all = "", False, -1, False, False
    for line in raw.splitlines():
        stripped = line.strip()
        if re.match(r"^-\s+name:", line):
            rule, in_neg, index, fixme_next, fixme_all = "", False, -1, False, False
        m = re.match(r"^\s+id:\s*(\S+)", line)
        if m and not in_neg:
            rule = m.group(1)
        if stripped.startswith("# FIXME"):
            fixme_next = True
            continue
        if re.match(r"^  [a-z_]+:", line):
            in_neg = line.strip().startswith("negative_examples:")
            fixme_all = in_neg and fixme_next
            fixme_next = False
            continue
        if in_neg and re.match(r"^  - ", line):
            index += 1
            if fixme_all or fixme_next:
                marked.setdefault(rule, set()).add(index)
            fixme_next = False
    return marked


def load_noseyparker(root: Path) -> tuple[list[RuleSample], list[RuleSample]]:
    """(samples scored, samples of identifier rules reported apart)."""
    return load_rule_examples(root, lambda rule: str(rule["id"]) in NOT_SECRETS)


def load_rule_examples(
    root: Path, is_apart: Callable[[dict[str, Any]], bool]
) -> tuple[list[RuleSample], list[RuleSample]]:
    """The examples and negative examples of Nosey Parker's rule format (also Kingfisher's):
    (samples scored, samples of the rules `is_apart` sets apart)."""
    files = sorted((root / "rules").glob("*.yml")) or sorted(root.glob("*.yml"))
    rules: list[tuple[str, str, list[str], list[str], set[int], bool]] = []
    for path in files:
        raw = path.read_text(encoding="utf-8")
        fixme = _fixme_negatives(raw)
        for rule in (yaml.safe_load(raw) or {}).get("rules") or []:
            rid = str(rule["id"])
            pos = [str(x) for x in rule.get("examples") or []]
            neg = [str(x) for x in rule.get("negative_examples") or []]
            rules.append((rid, path.stem, pos, neg, fixme.get(rid, set()), is_apart(rule)))
    wanted = {t.strip() for _, _, pos, _, _, _ in rules for t in pos}
    scored: list[RuleSample] = []
    apart: list[RuleSample] = []
    for rid, provider, pos, neg, marked, set_apart in rules:
        into = apart if set_apart else scored
        into.extend(RuleSample(rid, provider, True, t) for t in pos)
        into.extend(
            RuleSample(rid, provider, False, t)
            for n, t in enumerate(neg)
            if n not in marked and t.strip() not in wanted
        )
    return scored, apart


def noseyparker_file(sample: RuleSample, n: int) -> str:
    # A neutral name: `sample`, `example` or `test` in a path makes it an example or a test file.
    return f"{sample.rule}/{'tp' if sample.positive else 'fp'}-{n:03d}/notes.txt"


@dataclass
class LineLabel:
    path: str  # as in the labels: tests/samples/<name>
    line: int
    secret: bool
    category: str
    reason: str


def load_credsweeper_labels(labels: Path) -> list[LineLabel]:
    with labels.open(encoding="utf-8", newline="") as fh:
        return [
            LineLabel(r["path"], int(r["line"]), r["label"] == "secret", r["category"], r["reason"])
            for r in csv.DictReader(fh)
        ]


def credsweeper_file(path: str) -> str:
    """The file's place in the scanned tree: its name under a neutral folder (the repository's
    `tests/samples/` would make every file a test sample for aiscan)."""
    return f"files/{PurePath(path).name}"


def credsweeper_group(path: str) -> str:
    """The document samples (one value written beside an account in many phrasings) weigh most;
    they are reported apart from the files of tokens, code and command lines."""
    return (
        "documents" if PurePath(path).name.startswith("doc_") or PurePath(path).name == "drawio" else "files"
    )


def spans_by_file(hits: Any) -> dict[str, list[tuple[int, int]]]:
    """The line spans a tool reported, by file."""
    by_file: dict[str, list[tuple[int, int]]] = {}
    for path, start, end in hits:
        by_file.setdefault(path, []).append((start, end))
    return by_file
