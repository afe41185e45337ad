"""A labelled source for measuring secrets detection from outside, read as data (never built or
run): the detector tests of Veles, the secret scanning library of Google's OSV-SCALIBR
(github.com/google/osv-scalibr, `veles/secrets/<name>/*detector_test.go`).

Each detector's test holds tables of cases, `cases := []struct{...}{ {...}, ... }` (or
`tests := ...`), each case an input and what the detector must return for it. The labels are those
expectations, read mechanically:

- the input is the case's `input:` field, or `data:`, or, for a case written without field names
  (`{"EC", `...`}`), the value in the position the struct gives `input`/`data`; it is evaluated from
  string literals, `+`, `[]byte(...)`, `fmt.Sprintf` with `%s`/`%d`/`%v`, slices of a constant
  (`key[:len(key)-1]`, `key[8:]`), `strings.Repeat` (with `veles.KiB`) and `strings.ReplaceAll`, and
  the file's own constants and variables;
- a case is a secret case when it expects results (`want:` or `expected:` a non-empty list) and a
  false case when it expects none (`want: []veles.Secret{}`, `expected: nil`, or no such field in a
  table that has one); a table with no result field takes its label from the assertion the test
  makes on every case (`len(secrets) != 0`: none expected, `!= 1`: one expected);
- an empty input is left out (nothing to scan) and counted; cases with the same input and label
  are counted once; an input labelled both ways is left out and reported; a case whose input
  cannot be evaluated is left out and counted.

The draw is fixed by `benchmarks/veles/files.csv`: the detector test files, each cut to its
detection tables and the constants they use, fetched into `DIR/<path>`. The acceptance tests
(`velestest.AcceptDetector`, which pads and repeats one key by code), the validators' tests (HTTP
answers, not detection) and keys generated at test time are not part of the files.

A second draw, `benchmarks/veles/files-2.csv` (`--veles-files`), lists the detector test files of
the packages SCALIBR enables that the first did not read: the AI APIs (Anthropic, OpenAI,
Perplexity, xAI, Hugging Face), crates.io, RubyGems, 1Password, Postman, Tink keysets, HCP, GCP
express-mode keys and OAuth2 access tokens and client credentials, and GitHub's App, refresh and
OAuth token tests. GCP service-account keys (`gcpsak`) were fetched and read but are not scored:
its tables carry no result field and no count assertion (each case is compared with per-scenario
results), and its last table expects nothing for inputs that hold a whole service-account key in
formats the detector does not parse, a statement about the detector rather than the input.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from go_literals import tokens
from trufflehog_tests import _close, _Reader

FILES = Path(__file__).resolve().parent / "veles" / "files.csv"

_RESULT_FIELDS = ("want", "expected")
_INPUT_FIELDS = ("input", "data")
_CONSTANTS = {"veles.KiB": 1024, "veles.MiB": 1024 * 1024}


@dataclass
class VelesCase:
    detector: str
    name: str
    positive: bool
    text: str


@dataclass
class VelesSet:
    scored: list[VelesCase]
    unevaluated: int  # cases whose input could not be read
    empty: int  # cases with an empty input
    conflicting: int  # inputs labelled both ways


def _sprintf(fmt: str, args: list[str]) -> str:
    """`fmt.Sprintf` with `%s`/`%d`/`%v` and `%q` (the argument in double quotes, escaped)."""
    values = iter(args)

    def one(m: re.Match[str]) -> str:
        if m.group(0) == "%%":
            return "%"
        value = next(values)
        return json.dumps(value) if m.group(0) == "%q" else value

    return re.sub(r"%%|%[sdvq]", one, fmt)


class _VelesReader(_Reader):
    """The TruffleHog reader with slices, `len`, integer products, `strings.Repeat`,
    `strings.ReplaceAll`, `strings.ToLower` and `%q` in `fmt.Sprintf`."""

    def operand(self, i: int) -> tuple[str, int]:
        kind, tok = self.toks[i]
        nxt = self.toks[i + 1][1] if i + 1 < len(self.toks) else ""
        if kind == "ident" and tok in self.env and nxt == "[":
            return self.slice(self.env[tok], i + 2)
        if kind == "ident" and tok == "strings.ToLower" and nxt == "(":
            text, j = self.expr(i + 2)
            return text.lower(), j + 1
        if kind == "ident" and tok == "fmt.Sprintf" and nxt == "(":
            args, j = self.call_args(i + 2)
            return _sprintf(args[0], args[1:]), j
        if kind == "ident" and tok in ("strings.Repeat", "strings.ReplaceAll") and nxt == "(":
            if tok == "strings.Repeat":
                text, j = self.expr(i + 2)
                count, j = self.integer(j + 1)
                return text * count, j + 1
            text, j = self.expr(i + 2)
            old, j = self.expr(j + 1)
            new, j = self.expr(j + 1)
            if self.toks[j][1] == ",":
                j += 1
            return text.replace(old, new), j + 1
        return super().operand(i)

    def integer(self, i: int) -> tuple[int, int]:
        """term (('+'|'-') term)*, a term being factor ('*' factor)*."""
        value, i = self.term(i)
        while i < len(self.toks) and self.toks[i][1] in ("+", "-"):
            sign = self.toks[i][1]
            more, i = self.term(i + 1)
            value = value + more if sign == "+" else value - more
        return value, i

    def term(self, i: int) -> tuple[int, int]:
        value, i = self.factor(i)
        while i < len(self.toks) and self.toks[i][1] == "*":
            more, i = self.factor(i + 1)
            value *= more
        return value, i

    def factor(self, i: int) -> tuple[int, int]:
        kind, tok = self.toks[i]
        if kind == "num":
            return int(tok), i + 1
        if tok in _CONSTANTS:
            return _CONSTANTS[tok], i + 1
        if tok == "len" and self.toks[i + 1][1] == "(":
            text, j = self.expr(i + 2)
            return len(text), j + 1
        raise ValueError(tok)

    def slice(self, text: str, i: int) -> tuple[str, int]:
        """`[lo:hi]` with either bound optional; i is just past `[`."""
        lo, hi = 0, len(text)
        if self.toks[i][1] != ":":
            lo, i = self.integer(i)
        if self.toks[i][1] != ":":
            raise ValueError("index, not a slice")
        i += 1
        if self.toks[i][1] != "]":
            hi, i = self.integer(i)
        return text[lo:hi], i + 1


def _fields(toks: list[tuple[str, str]], start: int, end: int) -> list[str]:
    """The names of a struct's input and result fields, in order (`name, data string` included)."""
    known = {"name", *_INPUT_FIELDS, *_RESULT_FIELDS}
    return [tok for _, tok in toks[start:end] if tok in known]


def _tables(toks: list[tuple[str, str]]) -> list[tuple[list[str], int, int]]:
    """(field names, start, end) of each `cases|tests := []struct{...}{...}` table."""
    found = []
    for i in range(len(toks) - 4):
        if toks[i][1] in ("cases", "tests") and toks[i + 1][1] == ":=" and toks[i + 2][1] == "[":
            j = i + 4  # past `[ ]`
            if toks[j][1] != "struct":
                continue
            body_end = _close(toks, j + 1)
            found.append((_fields(toks, j + 1, body_end), body_end, _close(toks, body_end)))
    return found


def _items(toks: list[tuple[str, str]], start: int, end: int) -> list[tuple[int, int]]:
    items = []
    k = start + 1
    while k < end - 1:
        if toks[k][1] == "{":
            close = _close(toks, k)
            items.append((k, close))
            k = close
        else:
            k += 1
    return items


def _assertion(toks: list[tuple[str, str]], after: int) -> bool | None:
    """What the test asserts on every case of a table with no result field: the first
    `len(X) != N` after the table and before the next function."""
    for k in range(after, len(toks) - 5):
        if toks[k][1] == "func" and toks[k + 1][0] == "ident":  # the next function, not a closure
            return None
        if toks[k][1] == "len" and toks[k + 1][1] == "(":
            close = _close(toks, k + 1)
            if toks[close][1] == "!" and toks[close + 1][1] == "=" and toks[close + 2][0] == "num":
                return int(toks[close + 2][1]) > 0
    return None


def _result(toks: list[tuple[str, str]], k: int) -> bool:
    """Whether the value of a result field at k (just past `want:`) lists results."""
    first = toks[k][1]
    if first == "nil":
        return False
    if first == "[":
        brace = k
        while toks[brace][1] != "{":
            brace += 1
        return toks[brace + 1][1] != "}"
    return True


def _top_level(toks: list[tuple[str, str]], start: int, end: int) -> list[int]:
    """Start index of each comma-separated value of an item `{a, b, ...}`."""
    starts = [start + 1]
    k = start + 1
    while k < end - 1:
        if toks[k][1] in "({[":
            k = _close(toks, k)
            continue
        if toks[k][1] == ",":
            starts.append(k + 1)
        k += 1
    return [s for s in starts if s < end - 1]


def read_test_file(detector: str, src: str) -> tuple[list[VelesCase], int]:
    """The labelled cases of one detector test file, and how many could not be evaluated."""
    toks = tokens(src)
    reader = _VelesReader(toks)
    reader.read_variables()
    cases: list[VelesCase] = []
    unevaluated = 0
    for fields, start, end in _tables(toks):
        has_result = any(f in _RESULT_FIELDS for f in fields)
        asserted = None if has_result else _assertion(toks, end)
        for item_start, item_end in _items(toks, start, end):
            named = {
                toks[k][1]: k + 2
                for k in range(item_start + 1, item_end - 1)
                if toks[k + 1][1] == ":" and toks[k][1] in ("name", *_INPUT_FIELDS, *_RESULT_FIELDS)
            }
            if not named:  # written without field names: by position
                values = _top_level(toks, item_start, item_end)
                named = {f: values[n] for n, f in enumerate(fields) if n < len(values)}
            where = next((named[f] for f in _INPUT_FIELDS if f in named), None)
            result = next((named[f] for f in _RESULT_FIELDS if f in named), None)
            label = _result(toks, result) if result is not None else (False if has_result else asserted)
            if where is None or label is None:
                unevaluated += 1
                continue
            try:
                text = reader.expr(where)[0]
            except (ValueError, IndexError, StopIteration):
                unevaluated += 1
                continue
            name = ""
            if "name" in named:
                try:
                    name = reader.expr(named["name"])[0]
                except (ValueError, IndexError, StopIteration):
                    name = ""
            cases.append(VelesCase(detector, name, label, text))
    return cases, unevaluated


def manifest_paths(manifest: Path) -> list[str]:
    with manifest.open(encoding="utf-8", newline="") as fh:
        return [row["path"] for row in csv.DictReader(fh)]


def detector_name(path: str) -> str:
    """`veles/secrets/github/pat_classic_detector_test.go` -> `github-pat_classic`."""
    parts = Path(path).parts
    stem = re.sub(r"_?detector_test\.go$", "", parts[-1])
    return parts[-2] + (f"-{stem}" if stem else "")


def load_veles(root: Path, manifest: Path = FILES) -> VelesSet:
    every: list[VelesCase] = []
    unevaluated = 0
    for path in manifest_paths(manifest):
        file = root / path
        if not file.is_file():
            raise SystemExit(f"missing {file}")
        cases, skipped = read_test_file(detector_name(path), file.read_text(encoding="utf-8"))
        every.extend(cases)
        unevaluated += skipped
    empty = sum(1 for c in every if not c.text.strip())
    every = [c for c in every if c.text.strip()]
    labels: dict[tuple[str, str], set[bool]] = {}
    for case in every:
        labels.setdefault((case.detector, case.text), set()).add(case.positive)
    seen: set[tuple[str, str]] = set()
    scored: list[VelesCase] = []
    for case in every:
        key = (case.detector, case.text)
        if key in seen or len(labels[key]) > 1:
            continue
        seen.add(key)
        scored.append(case)
    conflicting = sum(1 for v in labels.values() if len(v) > 1)
    return VelesSet(scored, unevaluated, empty, conflicting)


def veles_file(case: VelesCase, n: int) -> str:
    # A neutral name: `sample`, `example` or `test` in a path makes it an example or a test file.
    return f"{case.detector}/{'tp' if case.positive else 'fp'}-{n:03d}/notes.txt"
