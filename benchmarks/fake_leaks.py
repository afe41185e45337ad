"""A labelled source for measuring secrets detection from outside, read as data (never run): the
files of leaktk's fake-leaks repository, labelled by the folder each one is kept in.

**fake-leaks** (github.com/leaktk/fake-leaks) is the test data of leaktk's patterns (Red Hat's
leak scanner; `leaktk/patterns` runs its scanner over it and compares what it finds with an
expected list). Its people keep each sample under `<kind>/valid/` (a leak the scanner must find),
`<kind>/invalid/` (a look-alike it must not find: placeholders, templates, references, values too
short) or `<kind>/benign/` (a value that is not sensitive, such as the API keys a browser ships
with). So each file is one case: a `valid` file is a secret case, found when a finding falls
anywhere in it; an `invalid` or `benign` file is a false case, a false alarm when a finding falls
anywhere in it.

The draw, in `benchmarks/fake_leaks/files.csv` (path, stored commit, label, origin), is every
fourth file of the 300 text files kept under those folders (sorted by path), leaving out before
any scan the kinds that are not secrets (`cui/` and `flags/`, document markings and leak-kind
flags; a GitHub workflow kept as a vulnerability) and the binary files of installed packages
(`libssh-so/`, `libgnutls-so/`, `usr/bin/ssh`). `origin` is `generated` for the files of the two
commits that added a synthetic batch of many kinds at once (9b472810, which also adds the
repository's generator notes, and babda81b), `written` for the files added one by one.

A second part, `benchmarks/fake_leaks/files_2.csv` (committed alone, after the first part's
classes were fixed and before its files were scanned), is every fourth file from the third on
(positions 2, 6, 10... of the same sorted list; none in the first part); give it with
`--fake-leaks-files`.

Fetch the files into `DIR/<path>`, e.g. /tmp/outside/fake-leaks/jwt/valid/large-header.txt, then:

    python benchmarks/bench_secrets_outside.py --fake-leaks /tmp/outside/fake-leaks [--show]
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePosixPath

from rule_test_files import Case, CaseSet

FILES = Path(__file__).resolve().parent / "fake_leaks" / "files.csv"
LABEL_FOLDERS = {"valid": True, "invalid": False, "benign": False}


def load(root: Path, files: Path = FILES) -> CaseSet:
    """One case for each listed file, covering all its lines; grouped by origin and label."""
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    scored: list[Case] = []
    disagreements: list[str] = []
    for row in rows:
        path = row["path"]
        parts = PurePosixPath(path).parts
        secret = row["label"] == "secret"
        if len(parts) < 3 or LABEL_FOLDERS.get(parts[1]) is not secret:
            disagreements.append(f"{path}: label {row['label']} differs from its folder")
        count = len((root / path).read_text(encoding="utf-8", errors="replace").splitlines())
        lines = tuple(range(1, max(count, 1) + 1))
        group = f"{row['origin']}: {'valid' if secret else 'invalid'}"
        scored.append(Case("fake-leaks", path, lines, secret, group))
    return CaseSet(scored, [], disagreements)


def fake_leaks_file(case: Case) -> str:
    """A file's place in the scanned tree, without the folder that holds its label (`valid`,
    `invalid`) nor the repository's name (`fake`): `leaks/<kind>/<rest of the path>`."""
    parts = PurePosixPath(case.path).parts
    return str(PurePosixPath("leaks", parts[0], *parts[2:]))
