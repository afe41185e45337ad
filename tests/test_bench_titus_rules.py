"""The loader of Titus's rule examples (benchmarks/titus_rules.py) on small rule files written
here: only the files the manifest lists are read, identifier rules are set apart, a negative that
is another rule's example is left out, and a listed file that is missing stops the run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from titus_rules import FILES, load_titus, manifest_paths, titus_file

LISTED = """rules:
  - name: Widget API Key
    id: kingfisher.widget.1
    examples:
      - widget_key = made_up_value_one
    negative_examples:
      - widget_key = your-key-here
      - gadget_token = made_up_value_two
  - name: Widget Account ID
    id: kingfisher.widget.2
    examples:
      - widget_account = an_identifier
  - name: Gadget Token
    id: np.gadget.1
    visible: true
    examples:
      - gadget_token = made_up_value_two
"""

NOT_LISTED = """rules:
  - name: Other Token
    id: np.other.1
    examples:
      - other_token = never_read
"""


def _manifest(tmp_path: Path, *paths: str) -> Path:
    files = tmp_path / "rules.csv"
    rows = ["path,commit,rules,examples,negative_examples,identifier_rules"]
    rows += [f"{p},{'0' * 40},1,1,0," for p in paths]
    files.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return files


def test_only_listed_files_are_read_and_identifiers_set_apart(tmp_path: Path) -> None:
    root = tmp_path / "titus"
    (root / "pkg/rule/rules").mkdir(parents=True)
    (root / "pkg/rule/rules/widget.yml").write_text(LISTED, encoding="utf-8")
    (root / "pkg/rule/rules/other.yml").write_text(NOT_LISTED, encoding="utf-8")
    data = load_titus(root, _manifest(tmp_path, "pkg/rule/rules/widget.yml"))
    scored = {(s.rule, s.positive, s.text) for s in data.scored}
    assert scored == {
        ("kingfisher.widget.1", True, "widget_key = made_up_value_one"),
        ("kingfisher.widget.1", False, "widget_key = your-key-here"),
        ("np.gadget.1", True, "gadget_token = made_up_value_two"),
    }
    identifiers = [(s.rule, s.text) for s in data.identifiers]
    assert identifiers == [("kingfisher.widget.2", "widget_account = an_identifier")]
    assert all(s.provider == "widget" for s in data.scored + data.identifiers)


def test_a_missing_listed_file_stops_the_run(tmp_path: Path) -> None:
    (tmp_path / "titus").mkdir()
    with pytest.raises(FileNotFoundError, match=r"widget\.yml"):
        load_titus(tmp_path / "titus", _manifest(tmp_path, "pkg/rule/rules/widget.yml"))


def test_the_committed_manifest_lists_rule_files_of_one_folder() -> None:
    paths = manifest_paths(FILES)
    assert len(paths) == 20
    assert all(p.startswith("pkg/rule/rules/") and p.endswith(".yml") for p in paths)
    assert len(set(paths)) == len(paths)


def test_sample_files_have_neutral_names() -> None:
    from outside_sources import RuleSample

    name = titus_file(RuleSample("np.widget.1", "widget", False, "x"), 7)
    assert name == "np.widget.1/fp-007/notes.txt"
    assert not any(word in name for word in ("test", "example", "sample"))
