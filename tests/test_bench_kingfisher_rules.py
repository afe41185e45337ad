"""The loader of Kingfisher's rule examples (benchmarks/kingfisher_rules.py) on small rule files
written here: which rules find identifiers, and which samples Nosey Parker already had."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from kingfisher_rules import finds_identifier, kingfisher_file, load_kingfisher

RULES = """rules:
  - name: Widget API Key
    id: kingfisher.widget.1
    examples:
      - widget_key = kept_one
      - shared_with_np
    negative_examples:
      - widget_key = not_a_key
  - name: Widget Client ID
    id: kingfisher.widget.2
    examples:
      - widget_client = an_identifier
  - name: Widget Org
    id: kingfisher.widget.3
    visible: false
    examples:
      - org = hidden_by_the_rule
  - name: Widget Endpoint
    id: kingfisher.widget.4
    categories:
      - api
      - domain
    examples:
      - widget.example.net
"""

NP_RULES = """rules:
- name: Widget
  id: np.widget.1
  examples:
  - '  shared_with_np  '
"""


def test_identifier_rules_are_decided_from_the_rule_file() -> None:
    assert finds_identifier({"name": "Bitbucket Client ID"})
    assert finds_identifier({"name": "Azure Search URL"})
    assert finds_identifier({"name": "Age Recipient (X25519 public key)"})
    assert finds_identifier({"name": "Anything", "visible": False})
    assert finds_identifier({"name": "Anything", "categories": ["api", "identifier"]})
    assert not finds_identifier({"name": "Azure DevOps Personal Access Token"})
    assert not finds_identifier({"name": "Hostinger API Key"})  # `Host` only as the last word
    assert not finds_identifier({"name": "Anything", "visible": True, "categories": ["secret"]})


def test_samples_are_scored_set_apart_or_left_as_seen(tmp_path: Path) -> None:
    (tmp_path / "kf" / "rules").mkdir(parents=True)
    (tmp_path / "kf" / "rules" / "widget.yml").write_text(RULES, encoding="utf-8")
    (tmp_path / "np" / "rules").mkdir(parents=True)
    (tmp_path / "np" / "rules" / "widget.yml").write_text(NP_RULES, encoding="utf-8")

    alone = load_kingfisher(tmp_path / "kf")
    assert sorted(s.text for s in alone.scored) == [
        "shared_with_np",
        "widget_key = kept_one",
        "widget_key = not_a_key",
    ]
    assert sorted(s.text for s in alone.identifiers) == [
        "org = hidden_by_the_rule",
        "widget.example.net",
        "widget_client = an_identifier",
    ]
    assert alone.seen == []

    data = load_kingfisher(tmp_path / "kf", tmp_path / "np")
    assert [(s.text, s.positive) for s in data.scored] == [
        ("widget_key = kept_one", True),
        ("widget_key = not_a_key", False),
    ]
    assert [s.text for s in data.seen] == ["shared_with_np"]
    assert all(s.provider == "widget" for s in data.scored)
    assert kingfisher_file(data.scored[1], 4) == "kingfisher.widget.1/fp-004/notes.txt"
