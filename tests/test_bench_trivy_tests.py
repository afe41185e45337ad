"""The loader of Trivy's secret-scanner test files (benchmarks/trivy_tests.py) on a small manifest
and files written here: expected findings are secret cases, every other non-empty line of a
labelled file a false case, a private key's BEGIN/END lines neither, identifiers and files
skipped by path apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from trivy_tests import load, trivy_file

DIR = "pkg/fanal/secret/testdata"
HEAD = "path,stored_commit,test_version,test_case,lines,block,label,group\n"
ROWS = [
    f"{DIR}/keys.txt,c1,t1,find keys,1,,secret,aws",
    f"{DIR}/keys.txt,c1,t1,find keys,3,,identifier,aws-account-id",
    f"{DIR}/key.pem,c1,t1,find key,2-3,1-4,secret,private-key",
    f"{DIR}/none.txt,c1,t1,nothing here,,,none,",
    f"{DIR}/example-keys.txt,c1,t1,skip examples file,1,,by-path,example file",
]
FILES = {
    "keys.txt": "KEY_ONE=first\nplain words\nACCOUNT=1234\n\nlast line\n",
    "key.pem": "-----BEGIN-----\nbody one\nbody two\n-----END-----\n",
    "none.txt": "one\ntwo\n",
    "example-keys.txt": "KEY_ONE=first\n",
}


def write(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "trivy"
    for name, text in FILES.items():
        (root / DIR).mkdir(parents=True, exist_ok=True)
        (root / DIR / name).write_text(text, encoding="utf-8")
    manifest = tmp_path / "files.csv"
    manifest.write_text(HEAD + "\n".join(ROWS) + "\n", encoding="utf-8")
    return root, manifest


def test_cases_read_from_the_manifest_and_the_files(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    data = load(root, manifest)
    secret = {(Path(c.path).name, c.lines) for c in data.scored if c.secret}
    false = {(Path(c.path).name, c.lines) for c in data.scored if not c.secret}
    assert secret == {("keys.txt", (1,)), ("key.pem", (2, 3))}
    # the other non-empty lines; not the identifier's line, not the key's BEGIN/END lines,
    # not the file expected empty only by its path
    assert false == {("keys.txt", (2,)), ("keys.txt", (5,)), ("none.txt", (1,)), ("none.txt", (2,))}
    assert {(Path(c.path).name, c.secret) for c in data.apart} == {
        ("keys.txt", True),
        ("example-keys.txt", False),
    }
    assert data.disagreements == []


def test_a_labelled_line_past_the_file_is_reported(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    manifest.write_text(HEAD + f"{DIR}/none.txt,c1,t1,short,7,,secret,aws\n", encoding="utf-8")
    assert load(root, manifest).disagreements == [f"{DIR}/none.txt: a labelled line past the file's 2 lines"]


def test_files_placed_under_a_neutral_folder(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    assert {trivy_file(c) for c in load(root, manifest).scored} == {
        "trivy/keys.txt",
        "trivy/key.pem",
        "trivy/none.txt",
    }
