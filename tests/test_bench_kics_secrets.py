"""The loader of KICS's "Passwords And Secrets" test files (benchmarks/kics_secrets.py) on a small
manifest and files written here: expected findings are secret cases (a key block one case), every
other non-empty line of a positive or a negative file a false case, findings on lines holding no
value, repeated values and unexpected credentials apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from kics_secrets import kics_file, load

DIR = "assets/queries/common/passwords_and_secrets/test"
HEAD = "path,stored_commit,kics_line,lines,label,query\n"
ROWS = [
    f"{DIR}/positive1.tf,c1,2,3,secret,Generic Password",
    f"{DIR}/positive1.tf,c1,,4,unexpected,Generic Secret",
    f"{DIR}/positive2.tf,c1,6,2-4,secret,Asymmetric private key",
    f"{DIR}/positive3.yaml,c1,5,1,no-value,Generic Token",
    f"{DIR}/negative1.yaml,c1,,,none,",
]
FILES = {
    "positive1.tf": '# "Generic Password"\nresource "x" "y" {\n  password = "pw"\n  secret = "s"\n}\n',
    "positive2.tf": "body = <<EOT\n-----BEGIN KEY-----\nAAAA\n-----END KEY-----\nEOT\n",
    "positive3.yaml": "AuthToken: '{{resolve:secretsmanager:a}}'\nEngine: redis\n",
    "negative1.yaml": "password: !Ref P\n\nEngine: redis\n",
}


def write(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "kics"
    (root / DIR).mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (root / DIR / name).write_text(text, encoding="utf-8")
    manifest = tmp_path / "files.csv"
    manifest.write_text(HEAD + "\n".join(ROWS) + "\n", encoding="utf-8")
    return root, manifest


def test_cases_read_from_the_manifest_and_the_files(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    data = load(root, manifest)
    secret = {(Path(c.path).name, c.lines) for c in data.scored if c.secret}
    false = {(Path(c.path).name, c.lines) for c in data.scored if not c.secret}
    assert secret == {("positive1.tf", (3,)), ("positive2.tf", (2, 3, 4))}
    # every other non-empty line, in positive and negative files; not the lines reported apart
    assert false == {
        ("positive1.tf", (1,)),
        ("positive1.tf", (2,)),
        ("positive1.tf", (5,)),
        ("positive2.tf", (1,)),
        ("positive2.tf", (5,)),
        ("positive3.yaml", (2,)),
        ("negative1.yaml", (1,)),
        ("negative1.yaml", (3,)),
    }
    assert {(Path(c.path).name, c.lines, c.secret) for c in data.apart} == {
        ("positive1.tf", (4,), True),
        ("positive3.yaml", (1,), False),
    }
    assert data.disagreements == []


def test_a_labelled_line_past_the_file_or_empty_is_reported(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    manifest.write_text(
        HEAD + f"{DIR}/negative1.yaml,c1,9,9,secret,Generic Password\n"
        f"{DIR}/positive1.tf,c1,,,none,\n{DIR}/negative1.yaml,c1,2,2,secret,x\n",
        encoding="utf-8",
    )
    assert load(root, manifest).disagreements == [
        f"{DIR}/negative1.yaml: a labelled line past the file's 3 lines",
        f"{DIR}/negative1.yaml:2: a labelled line is empty",
    ]


def test_files_placed_under_a_neutral_folder(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    assert {kics_file(c) for c in load(root, manifest).scored} == {
        "kics/positive1.tf",
        "kics/positive2.tf",
        "kics/positive3.yaml",
        "kics/negative1.yaml",
    }
