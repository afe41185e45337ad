"""Reading a split of the secrets held-out corpus: its labels, and the lines the engine reports."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.models import Severity
from aiscan.report import FORMATS
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from aiscan.secrets.findings import detection_findings

ENGINE = Engine(load_ruleset())
# Values of the kinds the splits hold, for tests written beside them (generated, never live).
UUID = "686cc912-a688-437e-b64c-4fa0dc8923dc"
TOKEN = "KS0rJSdSRmZGJd7dXf6JY8sJiOsVcbHd"


def split_labels(split: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load((split / "labels.yaml").read_text(encoding="utf-8"))["labels"])


# A weak or dummy password (`changeme`, a fixture's `alice123`) is a finding kind of its own, low
# and not blocking: the splits label secrets, so their placeholder words and test dummies are
# decoys of the secrets scope, which this kind is left out of (docs/measurements/secrets.md, ninth round).
WEAK = "weak-password"


def covered_lines(tree: Path) -> set[tuple[str, int]]:
    """Every (path, line) a secret's detection covers, from its first line to its last (weak
    passwords left out: a kind apart)."""
    found = set()
    for path in sorted(tree.rglob("*")):
        if path.is_file():
            rel = path.relative_to(tree).as_posix()
            for d in ENGINE.scan(rel, path.read_text(encoding="utf-8")).detections:
                if d.detector.id != WEAK:
                    found.update((rel, n) for n in range(d.line, d.end_line + 1))
    return found


@dataclass(frozen=True)
class SplitScore:
    positives: int
    decoys: int
    total: Counter[str]
    found: Counter[str]
    decoys_hit: list[str]


def score_split(split: Path) -> SplitScore:
    """Per category, how many labelled secrets of the split the engine reports, and which decoys."""
    labels = split_labels(split)
    covered = covered_lines(split / "tree")
    positives = [lab for lab in labels if lab["secret"]]
    return SplitScore(
        positives=len(positives),
        decoys=len(labels) - len(positives),
        total=Counter(lab["category"] for lab in positives),
        found=Counter(lab["category"] for lab in positives if (lab["path"], lab["line"]) in covered),
        decoys_hit=[
            f"{lab['path']}:{lab['line']} {lab['category']}"
            for lab in labels
            if not lab["secret"] and (lab["path"], lab["line"]) in covered
        ],
    )


def assert_split_found(split: Path, positives: int, decoys: int) -> None:
    """The split holds at least `positives` secrets and `decoys` decoys; at least 85 % of each
    category's secrets are reported and no decoy is."""
    score = score_split(split)
    assert score.positives >= positives and score.decoys >= decoys
    for category, n in score.total.items():
        assert score.found[category] / n >= 0.85, f"{category}: {score.found[category]}/{n} found"
    assert not score.decoys_hit, score.decoys_hit


def detector_ids(path: str, text: str) -> list[str]:
    """The ids of the detectors that report something in `text`, in order."""
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


def detected_with_severity(path: str, text: str) -> list[tuple[str, str]]:
    """Each detection in `text` as (detector, the severity the engine gives it at `path`), sorted."""
    found = ENGINE.scan(path, text).detections
    return sorted((d.detector.id, ENGINE.severity_for(d.detector, path).value) for d in found)


def secret_detector_ids(path: str, text: str) -> list[str]:
    """The same, without weak or dummy passwords (a kind apart, low and not blocking)."""
    return [i for i in detector_ids(path, text) if i != WEAK]


# Where a service token is written: bare in a note, in an .env file, as a string in code.
TOKEN_PLACES = [
    ("notes.txt", "{}\n"),
    ("deploy/.env", "CI_AUTH={}\n"),
    ("src/client.py", 'AUTH = "{}"\n'),
]


def assert_token_reported(detector: str, token: str, path: str, line: str) -> None:
    """`token` written into `line` (one of TOKEN_PLACES) is reported by `detector`, at its value."""
    text = line.format(token)
    assert detector in detector_ids(path, text)
    assert_detections_at_their_value(path, text)


def assert_detections_at_their_value(path: str, text: str) -> None:
    """Every detection of `text` points at its own value and at lines of the text."""
    for d in ENGINE.scan(path, text).detections:
        assert text[d.start : d.end] == d.value
        assert 1 <= d.line <= d.end_line <= text.count("\n") + 1


def assert_no_value_shown(tree: Path, values: Iterable[str], folder: Path) -> None:
    """`aiscan secrets` on the tree, in every report format, blocks and shows none of the values
    in full, on the terminal or in the report file (written under `folder`)."""
    runner = CliRunner()
    for fmt in FORMATS:
        out = folder / f"report.{fmt}"
        result = runner.invoke(cli, ["secrets", str(tree), "-f", fmt, "-o", str(out)])
        assert result.exit_code == 1, result.output
        text = result.output + out.read_text(encoding="utf-8")
        leaked = [val for val in values if val in text]
        assert not leaked, f"{fmt}: {len(leaked)} values shown in full"


def assessed(path: str, text: str) -> list[tuple[str, Severity, str]]:
    """Each detection in `text` as (detector, severity, reason) as the engine weighs it there."""
    out = []
    for d in ENGINE.scan(path, text).detections:
        severity, why = ENGINE.assess(d.detector, path, text.split("\n")[d.line - 1], d.context)
        out.append((d.detector.id, severity, why))
    return out


def finding_severities(path: str, text: str) -> list[tuple[Severity, str]]:
    """Each finding in `text` as (severity, the reason given for it), as the report has them."""
    return [
        (f.severity, str(f.properties.get("severity_reason", "")))
        for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


_NOT_RANDOM = frozenset(
    {
        "weak-password",
        "weak-url-password",
        "weak-curl-password",
        "weak-prose-password",
        "weak-account-password",
        "weak-call-password",
        "guessable-secret",
    }
)


def random_secret_lines(path: str, text: str) -> set[int]:
    """Lines a finding of a random secret covers (not a weak password nor a guessable secret)."""
    out: set[int] = set()
    for d in ENGINE.scan(path, text).detections:
        if d.detector.id not in _NOT_RANDOM:
            out.update(range(d.line, d.end_line + 1))
    return out


def lone_finding(tmp_path: Path, rel: str, text: str, rule_id: str) -> tuple[int, dict[str, Any], str]:
    """`aiscan secrets` on a tree of one file: the exit code, the one finding of `rule_id` in the
    JSON report, and everything the run wrote (report and console), to look for the value in."""
    tree = tmp_path / "repo"
    (tree / rel).parent.mkdir(parents=True, exist_ok=True)
    (tree / rel).write_text(text, encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["secrets", str(tree), "-f", "json", "-o", str(out)])
    written = out.read_text(encoding="utf-8") if out.is_file() else ""
    report = json.loads(written) if written else {"findings": []}
    (finding,) = [f for f in report["findings"] if f["rule_id"] == rule_id]
    return result.exit_code, finding, written + result.output
