"""The CredData bench's layout under the repositories' own paths (benchmarks/creddata_real_paths.py
and `bench_secrets_creddata.py --manifest --real-paths`) on a small recorded sample written here:
each manifest file is copied to `<repo_id>/<source_path>`, findings there are mapped back to the
data path its labels use, files outside the manifest are not scanned, and a source path that could
leave its folder is refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_secrets_creddata import CredLabel, scan, score
from creddata_real_paths import lay_out, manifest_rows, real_path, to_data_paths

HEAD = "repo_id,data_path,source_repo,source_path,source_commit,label_ids,excluded_label_ids,note\n"
ROWS = [
    "0a1b2c3d,0a1b2c3d/test/5e6f7a8b.example,someone/shop,conf/production.env.example,c1,11;12,,",
    "0a1b2c3d,0a1b2c3d/src/9c8d7e6f.yml,someone/shop,docker-compose.yml,c2,13,,",
    "4d3c2b1a,4d3c2b1a/test/1a2b3c4d.py,other/app,tests/test_login.py,c3,14,,",
]
FILES = {
    "0a1b2c3d/test/5e6f7a8b.example": "DB_USER=shop\nDB_PASSWORD=made-up-pass-1\n",
    "0a1b2c3d/src/9c8d7e6f.yml": "services:\n  db:\n    environment:\n      PASSWORD: made-up-pass-2\n",
    "4d3c2b1a/test/1a2b3c4d.py": "def test_login():\n    login('user', 'made-up-pass-3')\n",
    "4d3c2b1a/test/ffffffff.py": "not in the manifest\n",
}


def write(tmp_path: Path, rows: list[str] = ROWS) -> tuple[Path, Path]:
    data = tmp_path / "data"
    for name, text in FILES.items():
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(text, encoding="utf-8")
    manifest = tmp_path / "sample.csv"
    manifest.write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return data, manifest


def files_under(tree: Path) -> set[str]:
    return {p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file()}


def test_each_listed_file_is_laid_out_under_its_real_path(tmp_path: Path) -> None:
    data, manifest = write(tmp_path)
    tree = tmp_path / "tree"
    data_path_of = lay_out(manifest_rows([manifest]), data, tree)
    assert files_under(tree) == {
        "0a1b2c3d/conf/production.env.example",
        "0a1b2c3d/docker-compose.yml",
        "4d3c2b1a/tests/test_login.py",
    }
    assert data_path_of["0a1b2c3d/docker-compose.yml"] == "0a1b2c3d/src/9c8d7e6f.yml"
    copied = (tree / "4d3c2b1a/tests/test_login.py").read_text(encoding="utf-8")
    assert copied == FILES["4d3c2b1a/test/1a2b3c4d.py"]


def test_under_credDatas_names_only_the_listed_files_are_laid_out(tmp_path: Path) -> None:
    data, manifest = write(tmp_path)
    tree = tmp_path / "tree"
    lay_out(manifest_rows([manifest]), data, tree, real=False)
    assert files_under(tree) == set(FILES) - {"4d3c2b1a/test/ffffffff.py"}


def test_findings_on_real_paths_are_scored_against_the_labels(tmp_path: Path) -> None:
    data, manifest = write(tmp_path)
    seen: list[set[str]] = []

    def runner(tree: Path) -> tuple[float, float, set[tuple[str, int, int]], int]:
        seen.append(files_under(tree))
        hits = {("0a1b2c3d/conf/production.env.example", 2, 2), ("4d3c2b1a/tests/test_login.py", 1, 1)}
        return 0.5, 0.5, hits, 3

    wall, hits = scan(runner, data, manifest_rows([manifest]), real=True)
    assert wall == 0.5 and "0a1b2c3d/docker-compose.yml" in seen[0]
    assert hits == {("0a1b2c3d/test/5e6f7a8b.example", 2, 2), ("4d3c2b1a/test/1a2b3c4d.py", 1, 1)}
    labels = [
        CredLabel("12", "0a1b2c3d/test/5e6f7a8b.example", 2, 2, "T", "Password"),
        CredLabel("13", "0a1b2c3d/src/9c8d7e6f.yml", 4, 4, "T", "Password"),
        CredLabel("14", "4d3c2b1a/test/1a2b3c4d.py", 2, 2, "F", "Password"),
    ]
    result = score(hits, labels)
    assert result.totals() == (1, 2, 0)
    assert [lab.id for lab in result.missed] == ["13"] and result.unlabelled == 1


def test_findings_outside_the_laid_out_files_are_dropped() -> None:
    hits = {("0a1b2c3d/docker-compose.yml", 4, 4), ("elsewhere.txt", 1, 1)}
    assert to_data_paths(hits, {"0a1b2c3d/docker-compose.yml": "0a1b2c3d/src/9c8d7e6f.yml"}) == {
        ("0a1b2c3d/src/9c8d7e6f.yml", 4, 4)
    }


@pytest.mark.parametrize("source", ["../escape.py", "/etc/passwd", "a/../../b", "a\\..\\b", ""])
def test_a_path_that_could_leave_its_folder_is_refused(source: str) -> None:
    with pytest.raises(ValueError):
        real_path({"repo_id": "0a1b2c3d", "source_path": source})


def test_two_files_for_one_real_path_are_an_error(tmp_path: Path) -> None:
    second = "4d3c2b1a,4d3c2b1a/test/ffffffff.py,other/app,tests/test_login.py,c4,15,,"
    data, manifest = write(tmp_path, [*ROWS, second])
    with pytest.raises(ValueError, match="stands for both"):
        lay_out(manifest_rows([manifest]), data, tmp_path / "tree")


def test_a_documentation_folder_moves_a_finding_below_the_gate(tmp_path: Path) -> None:
    """The same made-up token blocks under CredData's name for the file (`src/<hash>.js`) and does
    not under its real path in a documentation folder: what the real-paths layout is for."""
    from bench_secrets_creddata import run_aiscan_blocking

    data = tmp_path / "data"
    (data / "0a1b2c3d/src").mkdir(parents=True)
    token = "9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c"  # made up
    (data / "0a1b2c3d/src/5e6f7a8b.js").write_text(f'const settings = {{\n  apiToken: "{token}",\n}};\n')
    rows = [
        {
            "repo_id": "0a1b2c3d",
            "data_path": "0a1b2c3d/src/5e6f7a8b.js",
            "source_path": "docs/theme/settings.js",
        }
    ]
    _, under_names = scan(run_aiscan_blocking, data, rows, real=False)
    _, under_real_paths = scan(run_aiscan_blocking, data, rows, real=True)
    assert under_names == {("0a1b2c3d/src/5e6f7a8b.js", 2, 2)}
    assert under_real_paths == set()
