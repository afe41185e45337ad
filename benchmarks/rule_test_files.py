"""Two labelled sources for measuring secrets detection from outside, read as data (never run):
the test files of semgrep-rules' secret rules and ripsecrets' test cases. Both label their cases
in a form a machine reads, for the tools' own tests.

**semgrep-rules** (github.com/semgrep/semgrep-rules, `generic/secrets/security/`): beside each
rule `detected-X.yaml` is a test file (`detected-X.txt`, `.jsx`, `.php`, `.npmrc`) whose lines are
annotated by comments for semgrep's test runner: a comment `ruleid: <rule>` says the rule must
match the next line, `ok: <rule>` that it must not (`todoruleid:` and `todook:`, not used in the
stored files, are read as `ruleid:` and `ok:`: they say what the rule should do). The comment may
be written with `#`, `//`, `<!--` or `--` and stands alone on its line. The line after the comment
is the labelled line: a secret line for `ruleid`, a false line for `ok`; every other line is not
labelled (a finding there is counted apart). Three rules find things that are not secrets and are
reported apart, not counted: `detected-aws-account-id` (an account number, an identifier),
`detected-sql-dump` (the header of a database dump) and `detected-google-gcm-service-account`
(the line `"type": "service_account"`, which names a key file's kind and holds no key). Files
with no annotation (`detected-bcrypt-hash.txt`, `detected-etc-shadow.txt`) give no labels.

**ripsecrets** (github.com/sirwart/ripsecrets, `test/`): its tests (`src/lib.rs`) assert that
every line of a file in `test/one_per_line/` is one secret (the count of findings equals the count
of lines), that each file in `test/one_per_file/` holds one secret, and that `test/none` holds
none. So: each line of a `one_per_line` file is a secret case; each `one_per_file` file is one
secret case, found when a finding falls anywhere in it; each non-empty line of `none` is a false
case. Two lines of `none` are not-secrets only by ripsecrets' own ignore settings (a
`pragma: allowlist secret` comment, and a value listed in its `.secretsignore`, as the line says):
they are reported apart, not counted.

Fetch the files listed in `benchmarks/rule_test_files.csv` (path, source, commit of the stored
version) into `DIR/<source>/<path>`, e.g. /tmp/outside/semgrep/generic/secrets/security/... and
/tmp/outside/ripsecrets/test/....
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

FILES = Path(__file__).resolve().parent / "rule_test_files.csv"

SEMGREP_NOT_SECRETS = frozenset(
    {"detected-aws-account-id", "detected-sql-dump", "detected-google-gcm-service-account"}
)
# ripsecrets' own ignore settings: a false case only because ripsecrets is told to skip it.
_RIPSECRETS_IGNORED = re.compile(r"pragma: allowlist secret|\.secretsignore")

_ANNOTATION = re.compile(r"^\s*(?:#|//|<!--|--)\s*(todoruleid|ruleid|todook|ok):\s*([\w.-]+)")


@dataclass(frozen=True)
class Case:
    """One labelled case: a secret (or not) on these lines of one file; found when a finding
    covers any of them."""

    source: str  # semgrep, ripsecrets
    path: str  # the file's path in its repository
    lines: tuple[int, ...]  # 1-based
    secret: bool
    group: str  # the rule (semgrep) or the file (ripsecrets)


@dataclass
class CaseSet:
    scored: list[Case]
    apart: list[Case]
    disagreements: list[str]  # files whose count of cases read differs from a plain count


def read_semgrep(path: str, text: str) -> list[Case]:
    """The annotated lines of one semgrep test file."""
    lines = text.splitlines()
    cases = []
    for n, line in enumerate(lines, 1):
        m = _ANNOTATION.match(line)
        if m and n < len(lines):
            secret = m.group(1).endswith("ruleid")
            cases.append(Case("semgrep", path, (n + 1,), secret, m.group(2)))
    return cases


def read_ripsecrets(path: str, text: str) -> list[Case]:
    """The cases of one ripsecrets test file, by the folder it is in."""
    lines = text.splitlines()
    name = PurePath(path).name
    if "/one_per_line/" in path:
        return [Case("ripsecrets", path, (n,), True, name) for n, line in enumerate(lines, 1) if line.strip()]
    if "/one_per_file/" in path:
        return [Case("ripsecrets", path, tuple(range(1, len(lines) + 1)), True, name)]
    return [Case("ripsecrets", path, (n,), False, name) for n, line in enumerate(lines, 1) if line.strip()]


def file_list(files: Path = FILES) -> list[dict[str, str]]:
    with files.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load(root: Path, source: str, files: Path = FILES) -> CaseSet:
    """The cases of one source (`semgrep` or `ripsecrets`) whose files are under `root`."""
    scored: list[Case] = []
    apart: list[Case] = []
    disagreements: list[str] = []
    for row in file_list(files):
        if row["source"] != source:
            continue
        text = (root / row["path"]).read_text(encoding="utf-8")
        if source == "semgrep":
            cases = read_semgrep(row["path"], text)
            expected = len(re.findall(r"\b(?:todoruleid|ruleid|todook|ok):", text))
            for case in cases:
                (apart if case.group in SEMGREP_NOT_SECRETS else scored).append(case)
        else:
            lines = text.splitlines()
            cases = read_ripsecrets(row["path"], text)
            # as ripsecrets' test counts: one secret per line end, or one per file
            expected = 1 if "/one_per_file/" in row["path"] else len(text.split("\n")) - 1
            expected -= (
                sum(1 for line in lines if not line.strip()) if "/one_per_file/" not in row["path"] else 0
            )
            for case in cases:
                ignored = not case.secret and _RIPSECRETS_IGNORED.search(lines[case.lines[0] - 1])
                (apart if ignored else scored).append(case)
        if len(cases) != expected:
            disagreements.append(f"{row['path']}: {len(cases)} cases read, {expected} counted")
    return CaseSet(scored, apart, disagreements)


def line_span(text: str) -> tuple[int, ...]:
    """The lines a manifest's `first-last` (or one number, or nothing) names."""
    if not text:
        return ()
    first, _, last = text.partition("-")
    return tuple(range(int(first), int(last or first) + 1))


def tree_file(case: Case) -> str:
    """A file's place in the scanned tree: `<source>/` and the file's path below its test folder
    (a `test` folder would make every file a test file for aiscan, which lowers what it reports)."""
    below = PurePath(case.path).parts[3:] if case.source == "semgrep" else PurePath(case.path).parts[1:]
    return "/".join((case.source, *below))
