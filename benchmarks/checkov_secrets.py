"""A labelled source for measuring secrets detection from outside, read as data (never run): the
resource files of Checkov's secrets tests and what its tests expect of them.

**Checkov** (github.com/bridgecrewio/checkov) tests its secrets runner by scanning a file or a
folder of `tests/secrets/` and asserting how many findings it reports (`len(report.failed_checks)`),
in `tests/secrets/test_runner.py` and `tests/secrets/test_plugin_multiline_terraform.py`. Most of
the tests state a count, not lines; a file is taken only where the count fixes the lines:

- the test expects no finding: every non-empty line of the file is a false case;
- the test expects as many findings as the file holds values (`sanity/secrets/true_positive.json`,
  six values, six findings; `resources/terraform_failed/main.tf`, two and two): each value's line is
  a secret case;
- the test names the findings: the multi-line Terraform tests assert the set of findings'
  resources, which are the SHA-1 digests of the secret values; the five lines holding the values
  with those digests are the secret cases, every other non-empty line (a sixth value,
  `RandomP@ssw0rd`, among them) a false case.

The sanity tests run only Checkov's keyword-and-entropy check (`checks=['CKV_SECRET_6']`); their
files are grouped apart (`checks` column) so a finding of a provider's key format there can be
read as what it is. Folders whose count spreads over several files, or whose files differ between
the stored versions and the test (`resources/cfn`, the whole `resources` folder, the YAML and JSON
multi-line tests), are left out.

The files are listed in `benchmarks/checkov/files.csv` (path, stored commit, the version of the
test, the test case, the count it expects, the checks it runs, the secret lines, the evidence).
Fetch them into `DIR/<path>`, e.g. /tmp/outside/checkov/tests/secrets/sanity/iac_fp/a.py, then:

    python benchmarks/bench_secrets_outside.py --checkov /tmp/outside/checkov [--show]
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePath

from rule_test_files import Case, CaseSet

FILES = Path(__file__).resolve().parent / "checkov" / "files.csv"
_PREFIX = "tests/secrets/"


def load(root: Path, files: Path = FILES) -> CaseSet:
    """The secret cases (the lines a test's expectation fixes) and the false cases (every other
    non-empty line of each listed file)."""
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    scored: list[Case] = []
    disagreements: list[str] = []
    for row in rows:
        path = row["path"]
        lines = sorted(int(n) for n in row["lines"].split())
        if len(lines) != int(row["expected"]):
            disagreements.append(f"{path}: {len(lines)} lines for {row['expected']} expected findings")
        group = f"{row['checks']}: {PurePath(path).parent.name}"
        text = (root / path).read_text(encoding="utf-8").splitlines()
        if lines and lines[-1] > len(text):
            disagreements.append(f"{path}: a labelled line past the file's {len(text)} lines")
        for n, line in enumerate(text, 1):
            if n in lines:
                scored.append(Case("checkov", path, (n,), True, group))
            elif line.strip():
                scored.append(Case("checkov", path, (n,), False, group))
    return CaseSet(scored, [], disagreements)


def checkov_file(case: Case) -> str:
    """A file's place in the scanned tree: `checkov/` and its path under `tests/secrets/`
    (`tests/` would make every file a test file for aiscan, which lowers what it reports)."""
    return "checkov/" + case.path.removeprefix(_PREFIX)
