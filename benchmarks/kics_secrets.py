"""A labelled source for measuring secrets detection from outside, read as data (never run): the
test files of KICS's "Passwords And Secrets" query and the findings its test expects of them.

**KICS** (github.com/Checkmarx/kics) tests each query on the files of its `test/` folder: every
`positiveN.*` file must give exactly the findings listed in `positive_expected_result.json` (the
query's name and the line of each), and every `negativeN.*` file must give none. The files of
`assets/queries/common/passwords_and_secrets/test/` are infrastructure code, the kind a lender
ships: Terraform, CloudFormation and Kubernetes YAML, Ansible playbooks, Dockerfiles, ARM JSON,
Bicep, GitHub and GitLab pipelines. So each expected finding is a secret case on its line, and
every other non-empty line of a positive or a negative file is a line KICS's test says holds no
secret: a false case.

The expected findings are those of the stored `positive_expected_result.json` at commit
dd952baf (55 positive files, 77 findings). The stored versions of a test file differ (later
versions add a header comment naming the query and `# positiveN` marks, which moves lines), so
`benchmarks/kics_files.csv` names the stored version read (`stored_commit`) and gives, beside
KICS's line (`kics_line`), the line of the same finding in that version (`lines`, a span for a
key block), found by reading the value the finding names. `label`:

- `secret`: a secret case; `query` is KICS's name for it;
- `no-value`: a finding KICS expects on a line of the stored version that holds no value to
  leak (a `{{resolve:secretsmanager:...}}` reference, `"optional(sensitive(string))"`, a
  `try(..., "null")` fallback, the `SecretStringTemplate` of a generated secret, a parameter's
  prose description): reported apart;
- `duplicate`: the same value again on the next line, which KICS's test marks as one its allow
  rule must not report a second time (`positive34.yaml`): reported apart;
- `unexpected`: a credential KICS's test does not expect (`client_secret` beside the Google
  OAuth client id of `positive18.tf`): reported apart, neither a secret case nor a false one;
- `none`: a negative file, every non-empty line a false case.

These labels were written from reading the files before any scan. Left out: `positive50.yaml`
(a 64 KB OpenAPI document; its two findings are not counted). Negative files: every stored
`negativeN.*` of the folder (100 files, including versions renamed across KICS's history, e.g.
`negative10.tf` and `negative10.yaml`); each is a file some version of KICS's test expects no
finding from.

Fetch the files listed in `benchmarks/kics_files.csv` (path, stored commit) into `DIR/<path>`,
e.g. /tmp/outside/kics/assets/queries/common/passwords_and_secrets/test/positive1.yaml.
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePath

from rule_test_files import Case, CaseSet, line_span

FILES = Path(__file__).resolve().parent / "kics_files.csv"
APART = frozenset({"no-value", "duplicate", "unexpected"})


def load(root: Path, files: Path = FILES) -> CaseSet:
    """The secret cases, the false cases (every other non-empty line of the positive and the
    negative files) and the cases reported apart."""
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    scored: list[Case] = []
    apart: list[Case] = []
    disagreements: list[str] = []
    taken: dict[str, set[int]] = {}
    for row in rows:
        path, lines = row["path"], line_span(row["lines"])
        taken.setdefault(path, set()).update(lines)
        if row["label"] == "secret":
            scored.append(Case("kics", path, lines, True, row["query"]))
        elif row["label"] in APART:
            apart.append(
                Case("kics", path, lines, row["label"] != "no-value", f"{row['label']} ({row['query']})")
            )
    for path, used in taken.items():
        text = (root / path).read_text(encoding="utf-8").splitlines()
        if max(used, default=0) > len(text):
            disagreements.append(f"{path}: a labelled line past the file's {len(text)} lines")
        starts = sorted({line_span(r["lines"])[0] for r in rows if r["path"] == path and r["lines"]})
        disagreements.extend(
            f"{path}:{n}: a labelled line is empty"
            for n in starts
            if n <= len(text) and not text[n - 1].strip()
        )
        kind = "positive" if PurePath(path).name.startswith("positive") else "negative"
        for n, line in enumerate(text, 1):
            if n not in used and line.strip():
                scored.append(Case("kics", path, (n,), False, f"none ({kind} {PurePath(path).suffix[1:]})"))
    return CaseSet(scored, apart, disagreements)


def kics_file(case: Case) -> str:
    """A file's place in the scanned tree: `kics/` and its name (`test/` would make every file a
    test file for aiscan, which lowers what it reports)."""
    return f"kics/{PurePath(case.path).name}"
