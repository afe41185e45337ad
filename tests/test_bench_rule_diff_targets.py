"""bench_rule_diff names every file under the folders it is given on semgrep's command line, so
that semgrep's default ignore list (dist/, build/, vendor/, tests/ ...) leaves none of them out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.bench_support import load_bench

bench = load_bench("bench_rule_diff")

RULE = """rules:
  - id: eval-call
    languages: [python]
    severity: INFO
    message: eval
    pattern: eval(...)
"""
FOLDERS = ("src", "dist", "build", "vendor", "node_modules/pkg", "tests")


def make_tree(root: Path) -> None:
    for folder in FOLDERS:
        (root / folder).mkdir(parents=True)
        (root / folder / "mod.py").write_text("eval(input())\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "hook.py").write_text("eval(input())\n", encoding="utf-8")


def test_every_file_under_the_folders_is_a_target_but_git_internals(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "link.py").symlink_to(tmp_path / "src" / "mod.py")
    targets = bench.target_files([str(tmp_path)])
    assert sorted(Path(t).relative_to(tmp_path).parent.as_posix() for t in targets) == sorted(FOLDERS)


@pytest.mark.skipif(shutil.which("semgrep") is None, reason="semgrep not installed")
def test_semgrep_scans_the_folders_its_default_ignore_list_names(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    make_tree(tree)
    config = tmp_path / "rules"
    config.mkdir()
    (config / "eval.yaml").write_text(RULE, encoding="utf-8")
    keys, scanned, errors = bench.run_semgrep(config, bench.target_files([str(tree)]))
    assert (scanned, errors) == (len(FOLDERS), 0)
    found = {Path(path).relative_to(tree).parent.as_posix() for _, path, _ in keys}
    assert found == set(FOLDERS)
