"""A labelled source for measuring secrets detection from outside, read as data (never built or
run): the test tables of TruffleHog's detectors (github.com/trufflesecurity/trufflehog,
`pkg/detectors/<name>/<name>_test.go`).

Each detector's test holds a table of cases, `tests := []struct{...}{ {...}, ... }`, and each
case an input and what the detector must return for it. The labels are those expectations, read
mechanically:

- the input is the case's `input:` field, or `data:` (also inside `args: args{...}`), evaluated
  from string literals, `+`, `[]byte(...)`, `fmt.Sprintf` with `%s`/`%d`/`%v`, and the file's own
  `name = "..."` variables and constants;
- a case is a secret sample when it expects results (`want:` a non-empty list, or a function
  building one; `shouldMatch: true`), and a false sample when it expects none (`want: nil`,
  `want: []string{}`, `want: []detectors.Result{}`, no `want:` at all, `shouldMatch: false`);
- cases with the same input and label are counted once (verification variants repeat an input);
  an input labelled both ways is left out and reported; a case whose input cannot be evaluated
  (a secret read from a vault at test time, a value built by code) is left out and counted.

Rules that find identifiers rather than secrets are reported apart and not counted: `jdbc`, whose
expected results include connection URLs with no password at all (`jdbc:sqlite:/data/test.db`).

Fetch the test files listed in `benchmarks/trufflehog_files.csv` into
`DIR/pkg/detectors/<name>/<name>_test.go` (the `tests` tables and the variables and constants
they use are what is read; the rest of the file may be left out).

A second draw, `benchmarks/trufflehog_files_2.csv`, lists 32 other detectors (services a lender
uses: cloud, payment, messaging, databases, CI and registries, monitoring, identity), each file
cut to its pattern test (`Test<Name>_Pattern`: the inputs are in the file, no vault). With a
manifest given, only the detectors it lists are read from DIR.

A third draw, `benchmarks/trufflehog_files_3.csv`, lists 24 more (cloud, payment, messaging, CRM
and support, data stores, developer tools, monitoring, identity, AI APIs, maps), chosen the same
way from a list of names written before any file was read.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from go_literals import string_value, tokens

NOT_SECRETS = frozenset({"jdbc"})


@dataclass
class DetectorCase:
    detector: str
    positive: bool
    text: str


@dataclass
class TruffleHogSet:
    scored: list[DetectorCase]
    apart: list[DetectorCase]
    unevaluated: int  # cases whose input could not be read
    conflicting: int  # inputs labelled both ways


def _sprintf(fmt: str, args: list[str]) -> str:
    values = iter(args)

    def one(m: re.Match[str]) -> str:
        if m.group(0) == "%%":
            return "%"
        return next(values)

    return re.sub(r"%%|%[sdvq]", one, fmt)


class _Reader:
    """Evaluates the string expressions of one test file."""

    def __init__(self, toks: list[tuple[str, str]]) -> None:
        self.toks = toks
        self.env: dict[str, str] = {}

    def expr(self, i: int) -> tuple[str, int]:
        """operand ('+' operand)*; raises ValueError on anything else."""
        text, i = self.operand(i)
        while i < len(self.toks) and self.toks[i][1] == "+":
            more, i = self.operand(i + 1)
            text += more
        return text, i

    def operand(self, i: int) -> tuple[str, int]:
        kind, tok = self.toks[i]
        if kind in ("raw", "str"):
            return string_value(tok), i + 1
        if kind == "num":
            return tok, i + 1
        if kind == "ident" and tok in self.env and self.toks[i + 1][1] != "(":
            return self.env[tok], i + 1
        if kind == "ident" and self.toks[i + 1][1] == "(" and tok in ("fmt.Sprintf", "string"):
            args, i = self.call_args(i + 2)
            return (_sprintf(args[0], args[1:]) if tok == "fmt.Sprintf" else args[0]), i
        if [t for _, t in self.toks[i : i + 4]] == ["[", "]", "byte", "("]:
            args, i = self.call_args(i + 4)
            return args[0], i
        raise ValueError(tok)

    def call_args(self, i: int) -> tuple[list[str], int]:
        args: list[str] = []
        while self.toks[i][1] != ")":
            value, i = self.expr(i)
            args.append(value)
            if self.toks[i][1] == ",":
                i += 1
        return args, i + 1

    def read_variables(self) -> None:
        """`name = expr` and `name := expr` wherever they evaluate, in order."""
        for i in range(len(self.toks) - 2):
            kind, tok = self.toks[i]
            if kind == "ident" and self.toks[i + 1][1] in ("=", ":=") and tok != "tests":
                try:
                    self.env[tok], _ = self.expr(i + 2)
                except (ValueError, IndexError, StopIteration):
                    continue


def _close(toks: list[tuple[str, str]], i: int) -> int:
    """Index just past the bracket group opening at i."""
    depth = 0
    while i < len(toks):
        if toks[i][1] in "({[":
            depth += 1
        elif toks[i][1] in ")}]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _case_items(toks: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """(start, end) of each `{...}` item of every `tests := []struct{...}{...}` table."""
    items = []
    for i in range(len(toks) - 4):
        if toks[i][1] == "tests" and toks[i + 1][1] == ":=" and toks[i + 2][1] == "[":
            j = i + 4  # past `[ ]`
            if toks[j][1] != "struct":
                continue
            j = _close(toks, j + 1)  # past the struct's field list
            end = _close(toks, j)
            k = j + 1
            while k < end - 1:
                if toks[k][1] == "{":
                    close = _close(toks, k)
                    items.append((k, close))
                    k = close
                else:
                    k += 1
    return items


def _expects(toks: list[tuple[str, str]], start: int, end: int) -> bool | None:
    """Whether a case expects results; None when the case says nothing."""
    for k in range(start, end - 1):
        key, sep = toks[k][1], toks[k + 1][1]
        if sep != ":":
            continue
        if key == "shouldMatch":
            return toks[k + 2][1] == "true"
        if key == "want":
            first = toks[k + 2][1]
            if first == "nil":
                return False
            if first == "[":
                brace = k + 2
                while toks[brace][1] != "{":
                    brace += 1
                return toks[brace + 1][1] != "}"
            return True  # a function or a value building the results
    return None


def _input(reader: _Reader, start: int, end: int) -> str | None:
    toks = reader.toks
    for k in range(start, end - 1):
        if toks[k][1] in ("input", "data") and toks[k + 1][1] == ":":
            try:
                return reader.expr(k + 2)[0]
            except (ValueError, IndexError, StopIteration):
                return None
    return None


def read_test_file(detector: str, src: str) -> tuple[list[DetectorCase], int]:
    """The labelled cases of one detector's test file, and how many could not be evaluated."""
    toks = tokens(src)
    reader = _Reader(toks)
    reader.read_variables()
    cases: list[DetectorCase] = []
    unevaluated = 0
    for start, end in _case_items(toks):
        label = _expects(toks, start, end)
        has_want = any(toks[k][1] == "want" and toks[k + 1][1] == ":" for k in range(start, end - 1))
        if label is None and not has_want:
            label = False  # no `want:` field: the zero value, nil, no results expected
        text = _input(reader, start, end)
        if text is None:
            unevaluated += 1
            continue
        cases.append(DetectorCase(detector, bool(label), text))
    return cases, unevaluated


def manifest_detectors(manifest: Path) -> set[str]:
    """The detector names a manifest lists (`pkg/detectors/<name>/<name>_test.go`)."""
    with manifest.open(encoding="utf-8", newline="") as fh:
        return {Path(row["path"]).parent.name for row in csv.DictReader(fh)}


def load_trufflehog(root: Path, manifest: Path | None = None) -> TruffleHogSet:
    files = sorted((root / "pkg" / "detectors").glob("*/*_test.go"))
    if manifest is not None:
        listed = manifest_detectors(manifest)
        files = [path for path in files if path.parent.name in listed]
    every: list[DetectorCase] = []
    unevaluated = 0
    for path in files:
        if path.name.endswith("_integration_test.go"):
            continue
        cases, skipped = read_test_file(path.parent.name, path.read_text(encoding="utf-8"))
        every.extend(cases)
        unevaluated += skipped
    labels: dict[tuple[str, str], set[bool]] = {}
    for case in every:
        labels.setdefault((case.detector, case.text), set()).add(case.positive)
    seen: set[tuple[str, str]] = set()
    scored: list[DetectorCase] = []
    apart: list[DetectorCase] = []
    for case in every:
        key = (case.detector, case.text)
        if key in seen or len(labels[key]) > 1:
            continue
        seen.add(key)
        (apart if case.detector in NOT_SECRETS else scored).append(case)
    conflicting = sum(1 for v in labels.values() if len(v) > 1)
    return TruffleHogSet(scored, apart, unevaluated, conflicting)


def trufflehog_file(case: DetectorCase, n: int) -> str:
    # A neutral name: `sample`, `example` or `test` in a path makes it an example or a test file.
    return f"{case.detector}/{'tp' if case.positive else 'fp'}-{n:03d}/notes.txt"
