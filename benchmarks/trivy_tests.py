"""A labelled source for measuring secrets detection from outside, read as data (never run): the
test files of Trivy's secret scanner and what its tests expect of them.

**Trivy** (github.com/aquasecurity/trivy) tests its secret scanner (`TestSecretScanner` in
`pkg/fanal/secret/scanner_test.go`) by scanning a file of `pkg/fanal/secret/testdata/` and
asserting that the list of findings is exactly the one expected, each with its start and end
line. So each expected finding is a secret case on those lines, and every other non-empty line of
a file scanned with the built-in rules is a line Trivy's test says holds no secret: a false case.
A file whose test expects no finding at all (`invalid-aws-secrets.txt`, `wrapped-secrets.txt`)
gives only false cases.

Only the test cases that scan with Trivy's built-in rules are read (configuration
`skip-test.yaml`, or `config.yaml`, which adds one custom rule for `secret="..."` that does not
fire on these files); the cases that test custom rules, allow rules and keywords on `secret.txt`
and `multi-line.txt` measure Trivy's configuration, not its detection, and are left out. The
cases and the stored version of each file are listed in `benchmarks/trivy_files.csv`, one row
per expected finding (or per file expected to hold none): `lines` the finding's lines, `block`
the lines around it that are part of the same secret (the BEGIN and END lines of a private key,
which are neither a secret line nor a false one), `label`:

- `secret`: a secret case; `group` is Trivy's rule category;
- `identifier`: a finding Trivy expects that is not a secret (an AWS account id): reported apart;
- `by-path`: a file whose test expects nothing only because Trivy's built-in allow rule skips
  paths with `example` in them (the content is the secret of `aws-secrets.txt`): reported apart;
- `none`: the file's test expects no finding.

The rows name the version of the test that holds the expectation (a commit, or the stored id
of the version when no commit was shown), and the version of the file it agrees with: the
stored versions of a file differ, and a row was written only where the file's lines agree with
the lines the test prints beside the finding (`Code.Lines`, the secret masked).

A second part, `benchmarks/trivy_files_2.csv`, takes the files of a later version of the test
(commit 3dd8127, which added Azure, OpenAI and Maven rules and a file with CRLF line endings),
each file's lines again checked against the masked lines the test prints; `settings-security.xml`
and `invalid-utf8.txt` are left out (no stored version of the first agrees with the test; the
second is not text).

Fetch the files listed in `benchmarks/trivy_files.csv` (path, stored commit) into
`DIR/<path>`, e.g. /tmp/outside/trivy/pkg/fanal/secret/testdata/aws-secrets.txt.
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePath

from rule_test_files import Case, CaseSet, line_span

FILES = Path(__file__).resolve().parent / "trivy_files.csv"


def load(root: Path, files: Path = FILES) -> CaseSet:
    """The secret cases, the false cases (every other non-empty line of the files scanned with
    the built-in rules) and the cases reported apart."""
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    scored: list[Case] = []
    apart: list[Case] = []
    disagreements: list[str] = []
    taken: dict[str, set[int]] = {}
    for row in rows:
        path, lines = row["path"], line_span(row["lines"])
        taken.setdefault(path, set()).update(lines, line_span(row["block"]))
        if row["label"] == "secret":
            scored.append(Case("trivy", path, lines, True, row["group"]))
        elif row["label"] in ("identifier", "by-path"):
            apart.append(Case("trivy", path, lines, row["label"] == "identifier", row["group"]))
    for path, used in taken.items():
        if any(r["path"] == path and r["label"] == "by-path" for r in rows):
            continue
        text = (root / path).read_text(encoding="utf-8").splitlines()
        if max(used, default=0) > len(text):
            disagreements.append(f"{path}: a labelled line past the file's {len(text)} lines")
        for n, line in enumerate(text, 1):
            if n not in used and line.strip():
                scored.append(Case("trivy", path, (n,), False, f"none ({PurePath(path).name})"))
    return CaseSet(scored, apart, disagreements)


def trivy_file(case: Case) -> str:
    """A file's place in the scanned tree: `trivy/` and its name (`testdata/` would make every
    file a test file for aiscan, which lowers what it reports)."""
    return f"trivy/{PurePath(case.path).name}"
