"""A labelled source for measuring secrets detection from outside, read as data (never run): the
samples of Horusec's language engines other than its leaks engine, and the findings its tests
expect in them.

**Horusec** (github.com/ZupIT/horusec) keeps, for each language engine, the samples of its rules
in `internal/services/engines/<engine>/samples.go` (`SampleVulnerableHS<ENGINE><n>`,
`SampleSafeHS<ENGINE><n>`, Go raw strings) and the findings its tests expect on them in
`rules_test.go` (a code sample and a line on each vulnerable sample, none on each safe sample).
The rules about credentials written in code are few: in the JavaScript engine
`HS-JAVASCRIPT-35` (MySQL), `-54` (MongoDB) and `-55` (PostgreSQL) hard-coded credentials, and
in the Java engine `HS-JAVA-149` (a database password not protected). The samples of the C#,
Dart, Swift and JVM engines were read and hold no rule about credentials (the JVM's keystore
rule expects its finding on an `import` line, not on its password); the Kotlin engine has no
samples file of its own; the Kubernetes and nginx engines (pod and server settings) were not
read.

Labels, decided before any scan and written in `benchmarks/horusec/engines.csv` (engine, rule,
constructor, vulnerable sample, expected lines, safe sample, the file name each sample is
scanned under, and how a rule is set apart):

- a line a test expects a credential rule's finding on is a secret case (found when a finding
  covers it); the rule's safe sample is one false case over all its lines;
- `no-value`: a credential rule whose expected line holds no credential value (`-54`: a
  MongoDB URL with no user information; `HS-JAVA-149`: an empty password argument) is a case
  reported apart, its safe sample still a false case;
- `other-rule`: every other rule of the JavaScript engine (eval, hashing, TLS, CORS, cookies,
  helmet options, logging ...): both samples are code with no secret written in it, each one
  false case reported apart (a probe of false alarms on ordinary code; empty samples skipped).

Each sample is scanned under the name of the kind of file it is (`app.js`, `Foo.java`), in
`<engine>/<rule>/<vulnerable|safe>/`. `benchmarks/horusec/engines_files.csv` lists the files
read, with the stored commit (or, where the stored-file index names none, its stored id).

Fetch the samples into `DIR/internal/services/engines/<engine>/samples.go`, then:

    python benchmarks/bench_secrets_outside.py --horusec-engines DIR [--show]
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePosixPath

from horusec_leaks import go_constants
from rule_test_files import Case, CaseSet

FILES = Path(__file__).resolve().parent / "horusec" / "engines.csv"
APART = frozenset({"", "no-value", "other-rule"})


def samples_path(engine: str) -> str:
    return f"internal/services/engines/{engine}/samples.go"


def load(root: Path, dest: Path, files: Path = FILES) -> CaseSet:
    """The cases of the manifest's rules, each sample written to `dest/<case.path>`; a listed
    sample missing from its `samples.go`, an expected line that is blank, or an unknown `apart`
    value is an error."""
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    samples: dict[str, dict[str, str]] = {}
    scored: list[Case] = []
    apart: list[Case] = []
    for row in rows:
        engine, rule, how = row["engine"], row["rule"], row["apart"]
        if how not in APART:
            raise ValueError(f"{rule}: unknown apart value {how!r}")
        if engine not in samples:
            samples[engine] = go_constants((root / samples_path(engine)).read_text(encoding="utf-8"))
        consts = samples[engine]
        group = f"{rule} {row['constructor'].removeprefix('New')}".rstrip()
        for kind, name in (("vulnerable", row["vulnerable_sample"]), ("safe", row["safe_sample"])):
            if name not in consts:
                raise KeyError(f"{name} not in {root / samples_path(engine)}")
            lines = consts[name].splitlines()
            if not any(line.strip() for line in lines):
                continue
            path = f"{engine}/{rule}/{kind}/{row['file']}"
            (dest / path).parent.mkdir(parents=True, exist_ok=True)
            (dest / path).write_text(consts[name], encoding="utf-8")
            whole = tuple(range(1, len(lines) + 1))
            if how == "other-rule":
                apart.append(Case("horusec-engines", path, whole, False, group))
            elif kind == "safe":
                scored.append(Case("horusec-engines", path, whole, False, group))
            else:
                for n in (int(x) for x in row["expected_lines"].split(";")):
                    if n > len(lines) or not lines[n - 1].strip():
                        raise ValueError(f"{rule}: expected line {n} is blank or past the sample's end")
                    bucket = apart if how == "no-value" else scored
                    bucket.append(Case("horusec-engines", path, (n,), True, group))
    return CaseSet(scored, apart, [])


def engines_file(case: Case) -> str:
    """A sample's place in the scanned tree: `engines/<engine>/<rule>/<kind>/<file>`."""
    return str(PurePosixPath("engines", case.path))
