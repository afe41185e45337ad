"""The reader of detect-secrets' plugin tests (benchmarks/detect_secrets_tests.py) on test files
written here: the label comes from `should_flag` or `secrets_amount`, a one-argument list takes
the manifest's label, inputs built by code are counted and left out, and a false case labelled a
secret by another plugin's test is reported apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from detect_secrets_tests import load, plugin_case_file

FLAGGED = """import pytest

class TestX:
    @pytest.mark.parametrize(
        'payload, should_flag',
        [
            ('tok_made_up_one', True),
            ('not-a-token', False),
            ('other_made_up_two', False),
        ],
    )
    def test_analyze(self, payload, should_flag):
        pass

    @pytest.mark.parametrize('content, expected_output', [('a = 1', ['1'])])
    def test_get_value(self, content, expected_output):
        pass
"""
AMOUNT = """import json
import pytest

@pytest.mark.parametrize(
    'file_content, secrets_amount, expected_secret',
    [
        (json.dumps('built by code'), 1, 'x'),
        ('line one\\nmade up key body', 1, 'made up key body'),
        ('nothing here', 0, None),
    ],
)
def test_basic(file_content, secrets_amount, expected_secret):
    pass
"""
ONE = """import pytest

@pytest.mark.parametrize('file_content', ['other_made_up_two', 'third-made-up'])
def test_analyze(file_content):
    pass
"""


def write(tmp_path: Path, one_argument: str = "secret") -> tuple[Path, Path]:
    root = tmp_path / "ds"
    plugins = root / "tests" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "alpha_test.py").write_text(FLAGGED, encoding="utf-8")
    (plugins / "beta_test.py").write_text(AMOUNT, encoding="utf-8")
    (plugins / "gamma_test.py").write_text(ONE, encoding="utf-8")
    manifest = tmp_path / "files.csv"
    manifest.write_text(
        "path,stored_commit,one_argument\n"
        "tests/plugins/alpha_test.py,c1,-\n"
        "tests/plugins/beta_test.py,c2,-\n"
        f"tests/plugins/gamma_test.py,c3,{one_argument}\n",
        encoding="utf-8",
    )
    return root, manifest


def test_labels_from_flags_amounts_and_manifest(tmp_path: Path) -> None:
    root, manifest = write(tmp_path)
    data = load(root, manifest)
    got = sorted((c.plugin, c.text, c.positive) for c in data.scored)
    assert got == [
        ("alpha", "not-a-token", False),
        ("alpha", "tok_made_up_one", True),
        ("beta", "line one\nmade up key body", True),
        ("beta", "nothing here", False),
        ("gamma", "other_made_up_two", True),
        ("gamma", "third-made-up", True),
    ]
    assert [(c.plugin, c.text) for c in data.apart] == [("alpha", "other_made_up_two")]
    assert data.unevaluated == 1
    assert data.unlabelled == 0


def test_one_argument_list_without_label_is_left_out(tmp_path: Path) -> None:
    root, manifest = write(tmp_path, one_argument="-")
    data = load(root, manifest)
    assert not any(c.plugin == "gamma" for c in data.scored)
    assert data.unlabelled == 2
    # with no secret label elsewhere, alpha's false case is scored again
    assert not data.apart
    case = data.scored[0]
    assert plugin_case_file(case, 7) == f"{case.plugin}/case-007/notes.txt"
