"""The reader of semgrep-rules' annotated secret-rule tests and ripsecrets' test cases
(benchmarks/rule_test_files.py) on small files written here: which line an annotation labels,
the comment styles, the rules reported apart, ripsecrets' three folders and its ignore settings,
the count check and the neutral tree names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from rule_test_files import Case, load, read_ripsecrets, read_semgrep, tree_file

SEMGREP = """# ruleid: detected-widget-token
wdg_live_Zq3Rk8Lm2Tp9Vx4Nc7Bh
unlabelled line
  // ok: detected-widget-token
  wdg_live_${TOKEN}
<!-- ruleid: detected-widget-token -->
<string name="widget">wdg_live_Hs5Jd8Kf2Lg6Mn9P</string>
-- todook: detected-widget-token
wdg_live_xxxxxxxx
"""


def test_semgrep_annotation_labels_the_next_line() -> None:
    cases = read_semgrep("generic/secrets/security/detected-widget-token.txt", SEMGREP)
    assert [(c.lines, c.secret) for c in cases] == [((2,), True), ((5,), False), ((7,), True), ((9,), False)]
    assert {c.group for c in cases} == {"detected-widget-token"}


def test_semgrep_annotation_on_the_last_line_labels_nothing() -> None:
    assert read_semgrep("x.txt", "value\n# ruleid: detected-widget-token\n") == []


def _write(root: Path, rows: list[tuple[str, str, str]]) -> Path:
    files = root / "files.csv"
    lines = ["source,path,stored_commit"]
    for source, path, text in rows:
        (root / source / path).parent.mkdir(parents=True, exist_ok=True)
        (root / source / path).write_text(text, encoding="utf-8")
        lines.append(f"{source},{path},{'0' * 40}")
    files.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files


def test_semgrep_rules_that_find_no_secret_are_apart(tmp_path: Path) -> None:
    files = _write(
        tmp_path,
        [
            ("semgrep", "generic/secrets/security/detected-widget-token.txt", SEMGREP),
            (
                "semgrep",
                "generic/secrets/security/detected-aws-account-id.txt",
                "# ruleid: detected-aws-account-id\nacct = 210987654321\n",
            ),
        ],
    )
    data = load(tmp_path / "semgrep", "semgrep", files)
    assert len(data.scored) == 4
    assert [c.group for c in data.apart] == ["detected-aws-account-id"]
    assert data.disagreements == []


def test_ripsecrets_folders() -> None:
    per_line = read_ripsecrets(
        "test/one_per_line/widget", "wdg_live_Zq3Rk8Lm2Tp9Vx4Nc7Bh\n\nwdg_live_Hs5Jd8Kf2Lg6Mn9P\n"
    )
    assert [(c.lines, c.secret) for c in per_line] == [((1,), True), ((3,), True)]
    per_file = read_ripsecrets("test/one_per_file/conf", "a\nb\nc\n")
    assert [(c.lines, c.secret) for c in per_file] == [((1, 2, 3), True)]
    none = read_ripsecrets("test/none", "x = 1\n\ny = 2\n")
    assert [(c.lines, c.secret) for c in none] == [((1,), False), ((3,), False)]


def test_ripsecrets_lines_false_only_by_its_ignore_settings_are_apart(tmp_path: Path) -> None:
    text = (
        "name = 1\n"
        "wdg_live_Zq3Rk8Lm2Tp9Vx4Nc7Bh // pragma: allowlist secret\n"
        "v = X // secret is in .secretsignore\n"
    )
    files = _write(tmp_path, [("ripsecrets", "test/none", text)])
    data = load(tmp_path / "ripsecrets", "ripsecrets", files)
    assert [c.lines for c in data.scored] == [(1,)]
    assert [c.lines for c in data.apart] == [(2,), (3,)]


def test_a_count_that_differs_is_reported(tmp_path: Path) -> None:
    # an annotation written after code is not one semgrep's runner reads on its own line
    text = (
        "# ruleid: detected-widget-token\nwdg_live_Zq3Rk8Lm2Tp9Vx4Nc7Bh\nv = 1  # ok: detected-widget-token\n"
    )
    files = _write(tmp_path, [("semgrep", "generic/secrets/security/detected-widget-token.txt", text)])
    data = load(tmp_path / "semgrep", "semgrep", files)
    assert len(data.disagreements) == 1


def test_tree_names_leave_out_the_test_folder() -> None:
    semgrep = Case("semgrep", "generic/secrets/security/detected-widget-token.txt", (2,), True, "r")
    rip = Case("ripsecrets", "test/one_per_line/widget", (1,), True, "widget")
    assert tree_file(semgrep) == "semgrep/detected-widget-token.txt"
    assert tree_file(rip) == "ripsecrets/one_per_line/widget"
