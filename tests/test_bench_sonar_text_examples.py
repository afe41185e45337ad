"""The loader of sonar-text's rule examples (benchmarks/sonar_text_examples.py) on a small rule
file written here: labels, the examples set apart by their file name, and the check against the
committed labels."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from sonar_text_examples import labels_for, load, read_provider, sonar_file, write_labels

RULES = """provider:
  rules:
    - id: widget-url
      examples:
        - text: |
            url = "widget://user:kept@host"
          containsSecret: true
          match: kept
        - text: |
            url = "widget://user:kept@host"
          fileName: Doc.md
          containsSecret: false
        - text: |
            url = "widget://user:%s@host"
          containsSecret: false
    - id: widget-settings
      examples:
        - text: |
            SECRET = os.environ["SECRET"]
          fileName: settings.py
          containsSecret: false
        - text: |
            SECRET = "kept"
          fileName: src/tests/settings.py
          containsSecret: false
"""


def test_examples_are_labelled_and_document_or_test_names_set_apart() -> None:
    examples = read_provider("widget.yaml", RULES)
    assert [(e.rule, e.index, e.label) for e in examples] == [
        ("widget-url", 0, "secret"),
        ("widget-url", 1, "by-path"),
        ("widget-url", 2, "none"),
        ("widget-settings", 0, "none"),
        ("widget-settings", 1, "by-path"),
    ]
    assert sonar_file(examples[0], 0) == "widget/widget-url/tp-000/notes.txt"
    assert sonar_file(examples[3], 3) == "widget/widget-settings/fp-003/settings.py"


def test_labels_written_once_are_checked_on_load(tmp_path: Path) -> None:
    (tmp_path / "configuration").mkdir()
    (tmp_path / "configuration" / "widget.yaml").write_text(RULES, encoding="utf-8")
    files = tmp_path / "files.csv"
    files.write_text("path,stored_commit\nsome/where/widget.yaml,0\n", encoding="utf-8")
    labels = tmp_path / "labels.csv"
    write_labels(tmp_path, files, labels)
    data = load(tmp_path, files, labels)
    assert (len(data.scored), len(data.apart), data.disagreements) == (3, 2, [])
    rows = list(csv.DictReader(labels.open(encoding="utf-8")))
    rows[2]["label"] = "secret"
    with labels.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(rows[0]))
        out.writeheader()
        out.writerows(rows)
    assert load(tmp_path, files, labels).disagreements == ["widget/widget-url#2: none, labels say secret"]


def test_a_rule_id_repeated_in_one_file_is_numbered_from_its_second_use() -> None:
    raw = """provider:
  rules:
    - id: Sx
      examples:
        - text: a
          containsSecret: false
    - id: Sx
      examples:
        - text: b
          containsSecret: true
"""
    assert [(e.rule, e.index, e.label) for e in read_provider("w.yaml", raw)] == [
        ("Sx", 0, "none"),
        ("Sx-2", 0, "secret"),
    ]


def test_the_labels_of_a_later_draw_sit_beside_its_files_list() -> None:
    assert labels_for(Path("x/files_2.csv")) == Path("x/labels_2.csv")
    assert labels_for(Path("x/files.csv")) == Path("x/labels.csv")
