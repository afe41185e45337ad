"""Pure parts of the OWASP Benchmark for Python measurement (bench_owasp_python.py): reading the
expected results, drawing the stratified samples, deciding which category a finding counts for,
and the per-category score TPR - FPR. No file system, no scanner: tested on recorded data.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# The benchmark's categories and the weaknesses (CWE numbers) a finding may carry to count for
# one. The first number is the benchmark's own; the others name the same weakness more or less
# precisely (CWE-327 "broken algorithm" for a weak hash, CWE-95 "eval injection" for code
# injection, ...). The benchmark files its regular-expression denial-of-service tests under
# "intoverflow" with CWE-400, so CWE-1333 (ReDoS) counts there. A finding counts for a category
# when one of its CWEs is in the set.
CATEGORY_CWES: Mapping[str, frozenset[int]] = {
    "cmdi": frozenset({78, 77, 88}),
    "codeinj": frozenset({94, 95}),
    "deserialization": frozenset({502}),
    "hash": frozenset({328, 327, 916, 759}),
    "intoverflow": frozenset({400, 190, 770, 1333}),
    "ldapi": frozenset({90}),
    "pathtraver": frozenset({22, 23, 36, 73}),
    "redirect": frozenset({601}),
    "securecookie": frozenset({614, 1004}),
    "sqli": frozenset({89, 564}),
    "trustbound": frozenset({501}),
    "weakrand": frozenset({330, 338}),
    "xpathi": frozenset({643}),
    "xss": frozenset({79, 80}),
    "xxe": frozenset({611, 776}),
}


@dataclass(frozen=True)
class Case:
    """One benchmark test: its name (BenchmarkTestNNNNN), category and whether it is a real flaw."""

    name: str
    category: str
    vulnerable: bool


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    @property
    def tpr(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def score(self) -> float:
        return self.tpr - self.fpr


def parse_expected(lines: Iterable[str]) -> list[Case]:
    """The benchmark's expectedresults CSV (`name,category,true|false,cwe`; `#` starts a comment)."""
    cases = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, category, real = (part.strip() for part in line.split(",")[:3])
        if real not in ("true", "false"):
            raise ValueError(f"expected results: {name}: 'real vulnerability' is {real!r}")
        cases.append(Case(name, category, real == "true"))
    return cases


def draw_samples(cases: Sequence[Case], per_stratum: int, seed: int) -> tuple[list[Case], list[Case]]:
    """Two disjoint samples, each with up to `per_stratum` real and `per_stratum` false-alarm
    tests of every category, drawn with one seeded generator over the strata in sorted order."""
    rng = random.Random(seed)
    strata: dict[tuple[str, bool], list[Case]] = {}
    for case in cases:
        strata.setdefault((case.category, case.vulnerable), []).append(case)
    first: list[Case] = []
    second: list[Case] = []
    for key in sorted(strata, key=lambda k: (k[0], not k[1])):
        members = sorted(strata[key], key=lambda c: c.name)
        rng.shuffle(members)
        first.extend(members[:per_stratum])
        second.extend(members[per_stratum : 2 * per_stratum])
    return sorted(first, key=lambda c: c.name), sorted(second, key=lambda c: c.name)


def draw_further_sample(
    cases: Sequence[Case], drawn: Iterable[str], first_present: int, per_stratum: int, seed: int
) -> list[Case]:
    """A further sample disjoint from the tests already drawn (`drawn`, by name) and from the
    tests numbered below `first_present` (absent from the copy read): the first of
    `draw_samples` over what is left."""
    taken = set(drawn)
    pool = [
        c for c in cases if c.name not in taken and int(c.name.removeprefix("BenchmarkTest")) >= first_present
    ]
    return draw_samples(pool, per_stratum, seed)[0]


def cwe_numbers(values: Iterable[object]) -> set[int]:
    """`CWE-89`, `89` or 89 -> 89; anything else is left out."""
    numbers = set()
    for value in values:
        text = str(value).upper().removeprefix("CWE-").strip()
        if text.isdigit():
            numbers.add(int(text))
    return numbers


def categories_of(cwes: Iterable[object]) -> set[str]:
    numbers = cwe_numbers(cwes)
    return {cat for cat, known in CATEGORY_CWES.items() if numbers & known}


def flagged_tests(findings: Iterable[tuple[str, Iterable[object]]]) -> dict[str, set[str]]:
    """Test name -> categories reported in its file, from (path, CWEs) pairs. A path counts for
    the test whose name is its file's stem (`.../BenchmarkTest00042.py`)."""
    flagged: dict[str, set[str]] = {}
    for path, cwes in findings:
        stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if not stem.startswith("BenchmarkTest"):
            continue
        flagged.setdefault(stem, set()).update(categories_of(cwes))
    return flagged


def score_cases(cases: Iterable[Case], flagged: Mapping[str, set[str]]) -> dict[str, Tally]:
    """Per-category tallies: a test is flagged when a finding of its own category is in its file."""
    tallies: dict[str, Tally] = {}
    for case in cases:
        tally = tallies.setdefault(case.category, Tally())
        hit = case.category in flagged.get(case.name, set())
        if case.vulnerable:
            if hit:
                tally.tp += 1
            else:
                tally.fn += 1
        elif hit:
            tally.fp += 1
        else:
            tally.tn += 1
    return tallies


def mean_score(tallies: Mapping[str, Tally]) -> float:
    return sum(t.score for t in tallies.values()) / len(tallies) if tallies else 0.0


def format_table(columns: Mapping[str, Mapping[str, Tally]]) -> str:
    """One row per category, TP/FN/FP/TN, TPR, FPR and score for each column, then the mean."""
    cats = sorted({cat for tallies in columns.values() for cat in tallies})
    head = f"{'category':<16}" + "".join(
        f"{'| ' + name:<12}{'TP':>4}{'FN':>4}{'FP':>4}{'TN':>4}{'TPR':>6}{'FPR':>6}{'score':>7}  "
        for name in columns
    )
    rows = [head]
    for cat in cats:
        row = f"{cat:<16}"
        for tallies in columns.values():
            t = tallies.get(cat, Tally())
            row += f"{'|':<12}{t.tp:>4}{t.fn:>4}{t.fp:>4}{t.tn:>4}{t.tpr:>6.2f}{t.fpr:>6.2f}{t.score:>7.2f}  "
        rows.append(row)
    rows.append(
        f"{'mean':<16}"
        + "".join(f"{'|':<12}{'':>28}{mean_score(tallies):>7.2f}  " for tallies in columns.values())
    )
    return "\n".join(rows)
