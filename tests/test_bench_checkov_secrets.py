"""The loader of Checkov's secrets-test files (benchmarks/checkov_secrets.py) on a small manifest and
files written here: the lines the expectation fixes are secret cases, every other non-empty line
of a listed file a false case, a count that differs from the lines listed reported."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from checkov_secrets import checkov_file, load

DIR = "tests/secrets"
HEAD = "path,stored_commit,test_version,test_case,expected,checks,lines,evidence\n"
ROWS = [
    f"{DIR}/found/main.tf,c1,t1,two found,2,all,2 3,two values",
    f"{DIR}/none/a.py,c1,t1,nothing found,0,CKV_SECRET_6,,no finding expected",
]
FILES = {
    "found/main.tf": 'provider "x" {\n  key = "one"\n  secret = "two"\n}\n',
    "none/a.py": "a = 1\n\nb = 'word'\n",
}


def write(tmp_path: Path, rows: list[str] = ROWS) -> tuple[Path, Path]:
    root = tmp_path / "checkov"
    for name, text in FILES.items():
        (root / DIR / name).parent.mkdir(parents=True, exist_ok=True)
        (root / DIR / name).write_text(text, encoding="utf-8")
    manifest = tmp_path / "files.csv"
    manifest.write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return root, manifest


def test_cases_read_from_the_manifest_and_the_files(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    data = load(root, manifest)
    secret = {(c.path.removeprefix(f"{DIR}/"), c.lines) for c in data.scored if c.secret}
    false = {(c.path.removeprefix(f"{DIR}/"), c.lines) for c in data.scored if not c.secret}
    assert secret == {("found/main.tf", (2,)), ("found/main.tf", (3,))}
    # every other non-empty line; the empty line of a.py is no case
    assert false == {
        ("found/main.tf", (1,)),
        ("found/main.tf", (4,)),
        ("none/a.py", (1,)),
        ("none/a.py", (3,)),
    }
    assert {c.group for c in data.scored} == {"all: found", "CKV_SECRET_6: none"}
    assert data.apart == [] and data.disagreements == []


def test_a_count_that_differs_from_the_lines_is_reported(tmp_path: Path) -> None:
    root, manifest = write(tmp_path, [f"{DIR}/found/main.tf,c1,t1,three found,3,all,2 3 9,x"])
    past = f"{DIR}/found/main.tf: a labelled line past the file's 4 lines"
    assert load(root, manifest).disagreements == [past]
    root, manifest = write(tmp_path, [f"{DIR}/found/main.tf,c1,t1,three found,3,all,2 3,x"])
    assert load(root, manifest).disagreements == [f"{DIR}/found/main.tf: 2 lines for 3 expected findings"]


def test_files_placed_under_a_neutral_folder(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    assert {checkov_file(c) for c in load(root, manifest).scored} == {
        "checkov/found/main.tf",
        "checkov/none/a.py",
    }
