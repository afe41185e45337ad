"""The held-out SAST cases are well-formed: every file is labelled once, every vulnerable case
points at a line of its file, and every case names its weakness and a chapter-3 requirement."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aiscan.compliance.catalogue import Catalogue

HOLDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "sast-holdout"
FOLDERS = sorted(p for p in HOLDOUT.glob("*/*") if p.is_dir())


def test_there_are_three_splits_with_cases() -> None:
    assert sorted(p.name for p in HOLDOUT.iterdir() if p.is_dir()) == ["a", "b", "c"]
    assert len(FOLDERS) >= 10


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_labels_match_the_files(folder: Path, catalogue: Catalogue) -> None:
    cases = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["cases"]
    files = sorted(p.name for p in folder.iterdir() if p.name != "labels.yaml")
    assert sorted(c["file"] for c in cases) == files, "each file is labelled exactly once"
    ids = frozenset(catalogue.ids())
    for case in cases:
        assert case["class"] in ids, case
        assert case["weakness"], case
        lines = (folder / case["file"]).read_text(encoding="utf-8").splitlines()
        if case["vulnerable"]:
            assert 1 <= case["line"] <= len(lines), case
            assert lines[case["line"] - 1].strip(), f"{case['file']}:{case['line']} is blank"
        else:
            assert "line" not in case, case
