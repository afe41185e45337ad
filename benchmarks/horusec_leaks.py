"""A labelled source for measuring secrets detection from outside, read as data (never run): the
samples of Horusec's leaks engine and the findings its tests expect in them.

**Horusec** (github.com/ZupIT/horusec) keeps the rules of its leaks engine (`HS-LEAKS-1` ...
`HS-LEAKS-28`) in `internal/services/engines/leaks/rules.go` and, in `samples.go`, one vulnerable
and one safe sample for each rule, written as Go raw strings (`SampleVulnerableHSLEAKS<n>`,
`SampleSafeHSLEAKS<n>`). Its tests (`rules_test.go`) run each rule on its vulnerable sample and
expect the findings they list (a code sample and a line), and on its safe sample and expect none.
So a line a test expects a finding on is a secret case, found when a finding covers it; a safe
sample is one false case, a false alarm when a finding falls anywhere in it. The other lines of a
vulnerable sample are not labelled (the test says nothing of them): a finding there is counted as
a finding on no labelled line.

The labels were read from `rules_test.go` and written, with the sample names, in
`benchmarks/horusec/leaks.csv` (rule, constructor, vulnerable sample, expected lines, safe sample,
the file name each sample is scanned under, and `identifier` for the rules set apart);
`benchmarks/horusec/files.csv` lists the two files read and the stored commit of each. Decided
before any scan:

- the rules whose name says they find an identifier (`AWSManagerID`, `FacebookClientID`,
  `TwitterClientID`, `LinkedInClientID`: an access key id or an OAuth client id alone) are
  reported apart, their vulnerable and safe samples both, as for the other rule collections;
- each sample is scanned under the name of the kind of file it is (`docker-compose.yml` for the
  Compose files, `main.go`, `wp-config.php`), in `leaks/<rule>/<vulnerable|safe>/`; Horusec's
  own test writes them to `<rule>.test`;
- the two personal-data samples of the same file (`HS-PRIVACY-1`, `-2`: a Brazilian CPF) are not
  secrets and are not read.

Fetch `samples.go` into `DIR/internal/services/engines/leaks/samples.go`, then:

    python benchmarks/bench_secrets_outside.py --horusec DIR [--show]
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePosixPath

from go_literals import string_value, tokens
from rule_test_files import Case, CaseSet

FILES = Path(__file__).resolve().parent / "horusec" / "leaks.csv"
SAMPLES = "internal/services/engines/leaks/samples.go"


def go_constants(src: str) -> dict[str, str]:
    """The raw-string and string constants of a Go file (`Name = `...``), by name."""
    toks = tokens(src)
    out: dict[str, str] = {}
    for i in range(len(toks) - 2):
        (k1, name), (_, eq), (k3, lit) = toks[i], toks[i + 1], toks[i + 2]
        if k1 == "ident" and eq == "=" and k3 in ("raw", "str"):
            out[name] = string_value(lit)
    return out


def load(root: Path, dest: Path, files: Path = FILES) -> CaseSet:
    """The cases of the rules the manifest lists, each sample written to `dest/<case.path>`; a
    listed sample missing from `samples.go`, or an expected line that is blank, is an error."""
    samples = go_constants((root / SAMPLES).read_text(encoding="utf-8"))
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    scored: list[Case] = []
    apart: list[Case] = []
    for row in rows:
        rule = row["rule"]
        group = f"{rule} {row['constructor'].removeprefix('New')}"
        bucket = apart if row["apart"] else scored
        for kind, name in (("vulnerable", row["vulnerable_sample"]), ("safe", row["safe_sample"])):
            if name not in samples:
                raise KeyError(f"{name} not in {root / SAMPLES}")
            path = f"{rule}/{kind}/{row['file']}"
            (dest / path).parent.mkdir(parents=True, exist_ok=True)
            (dest / path).write_text(samples[name], encoding="utf-8")
            lines = samples[name].splitlines()
            if kind == "safe":
                bucket.append(Case("horusec", path, tuple(range(1, len(lines) + 1)), False, group))
                continue
            for n in (int(x) for x in row["expected_lines"].split(";")):
                if n > len(lines) or not lines[n - 1].strip():
                    raise ValueError(f"{rule}: expected line {n} is blank or past the sample's end")
                bucket.append(Case("horusec", path, (n,), True, group))
    return CaseSet(scored, apart, [])


def horusec_file(case: Case) -> str:
    """A sample's place in the scanned tree: `leaks/<rule>/<vulnerable|safe>/<file>`."""
    return str(PurePosixPath("leaks", case.path))
