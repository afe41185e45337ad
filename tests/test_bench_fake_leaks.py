"""The loader of leaktk's fake-leaks files (benchmarks/fake_leaks.py) on a small manifest and files
written here: each listed file is one case covering all its lines, a secret case when its folder
is `valid`, a false case when `invalid` or `benign`; a label that differs from the folder is
reported; the scanned tree drops the folder that holds the label."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from fake_leaks import fake_leaks_file, load

HEAD = "path,stored_commit,label,origin\n"
ROWS = [
    "vault/valid/tokens.env,c1,secret,generated",
    "generic/invalid/placeholder,c2,false,written",
    "google/benign/browser-key,c3,false,written",
]
FILES = {
    "vault/valid/tokens.env": "# tokens\nVAULT_TOKEN=made-up-value\n\nOTHER=1\n",
    "generic/invalid/placeholder": "secret=${SECRET}\n",
    "google/benign/browser-key": "made-up-browser-key\n",
}


def write(tmp_path: Path, rows: list[str] = ROWS) -> tuple[Path, Path]:
    root = tmp_path / "fake-leaks"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    manifest = tmp_path / "files.csv"
    manifest.write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return root, manifest


def test_one_case_per_file_over_all_its_lines(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    data = load(root, manifest)
    cases = {(c.path, c.lines, c.secret, c.group) for c in data.scored}
    assert cases == {
        ("vault/valid/tokens.env", (1, 2, 3, 4), True, "generated: valid"),
        ("generic/invalid/placeholder", (1,), False, "written: invalid"),
        ("google/benign/browser-key", (1,), False, "written: invalid"),
    }
    assert data.apart == [] and data.disagreements == []


def test_a_label_that_differs_from_the_folder_is_reported(tmp_path: Path) -> None:
    root, manifest = write(tmp_path, ["generic/invalid/placeholder,c2,secret,written"])
    note = "generic/invalid/placeholder: label secret differs from its folder"
    assert load(root, manifest).disagreements == [note]


def test_the_tree_hides_the_label_and_the_repository_name(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    assert {fake_leaks_file(c) for c in load(root, manifest).scored} == {
        "leaks/vault/tokens.env",
        "leaks/generic/placeholder",
        "leaks/google/browser-key",
    }


def test_the_committed_manifest_lists_labels_that_agree_with_their_folders() -> None:
    from fake_leaks import FILES as MANIFEST

    rows = MANIFEST.read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == 75
    for row in rows:
        path, commit, label, origin = row.split(",")
        folder = path.split("/")[1]
        assert (label == "secret") == (folder == "valid"), path
        assert len(commit) == 40 and origin in ("generated", "written"), path
