"""The loaders of the outside sources (benchmarks/outside_sources.py) on small rule files and
labels written here: which of Nosey Parker's negative examples count, and how CredSweeper's
labelled files are placed and grouped."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from outside_sources import (
    credsweeper_file,
    credsweeper_group,
    load_credsweeper_labels,
    load_noseyparker,
    noseyparker_file,
)

RULES = """rules:
- name: Token A
  id: np.a.1
  examples:
  - 'tok_A1'
  # FIXME: extend this rule so these examples get matched
  negative_examples:
  - 'wanted_1'
  - 'wanted_2'
- name: Token B
  id: np.b.1
  examples:
  - 'tok_B1'
  negative_examples:
  - 'tok_A1'
  - 'plain_negative'
  # FIXME: detect cases like the following
  - 'wanted_3'
  - 'after_the_fixme'
- name: Bucket
  id: np.s3.1
  examples:
  - 'bucket.s3.amazonaws.com'
"""


def test_negatives_marked_wanted_or_another_rules_examples_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "tokens.yml").write_text(RULES, encoding="utf-8")
    scored, apart = load_noseyparker(tmp_path)
    assert sorted(s.text for s in scored if s.positive) == ["tok_A1", "tok_B1"]
    # the FIXME before the list covers the whole list; the one inside it only the next item;
    # tok_A1 is rule A's example, so not a negative of rule B
    assert sorted(s.text for s in scored if not s.positive) == ["after_the_fixme", "plain_negative"]
    assert [s.text for s in apart] == ["bucket.s3.amazonaws.com"]
    assert all(s.provider == "tokens" for s in scored)
    assert noseyparker_file(scored[0], 7) == "np.a.1/tp-007/notes.txt"


def test_credsweeper_labels_are_read_placed_and_grouped(tmp_path: Path) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "path,line,label,category,reason\n"
        "tests/samples/doc_pairs,3,secret,password,written by hand\n"
        "tests/samples/tokens,1,not-secret,placeholder,EXAMPLE\n",
        encoding="utf-8",
    )
    first, second = load_credsweeper_labels(labels)
    assert (first.line, first.secret, first.category) == (3, True, "password")
    assert not second.secret
    # out of tests/samples/, which would make every file a test sample
    assert credsweeper_file(first.path) == "files/doc_pairs"
    assert credsweeper_group(first.path) == "documents"
    assert credsweeper_group(second.path) == "files"


def test_credsweeper_parts_are_disjoint_and_list_their_files() -> None:
    """Each part's labels name only files of its own list, and no file is in two parts."""
    here = Path(__file__).resolve().parent.parent / "benchmarks" / "credsweeper_samples"
    seen: set[str] = set()
    parts = (("labels.csv", "files.csv"), ("labels_2.csv", "files_2.csv"), ("labels_3.csv", "files_3.csv"))
    for labels_csv, files_csv in parts:
        labels = load_credsweeper_labels(here / labels_csv)
        listed = {line.split(",")[0] for line in (here / files_csv).read_text().splitlines()[1:]}
        assert {lab.path for lab in labels} == listed
        assert all(lab.line >= 1 for lab in labels)
        assert not listed & seen
        seen |= listed
