"""The reader of Whispers' test fixtures (benchmarks/whispers_fixtures.py) on small fixtures
written here: the `hardcoded` mark, the compliant and noncompliant parts, numbers, the check
against Whispers' expected count, and the neutral file names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from whispers_fixtures import FixtureLine, load_whispers, read_fixture, whispers_file

YAML = """# Compliant
token: ${TOKEN}
user: hardcoded

# Noncompliant
01_hardcoded_token: hardcoded0
02_hardcoded_tokens:
  - "Hardcoded1"
api_key: QWxwaGFCZXRh_HARDcoded
numeric_key: 4815162342481516234200
"""

XML = """<tests>
  <compliant>
    <password>{{ password }}</password>
  </compliant>
  <noncompliant>
    <password>hardcodEd7</password>
  </noncompliant>
</tests>
"""


def _by_line(labels: list[FixtureLine]) -> dict[int, bool]:
    return {lab.line: lab.secret for lab in labels}


def test_yaml_parts_and_mark() -> None:
    labels, marked = read_fixture("tests/fixtures/x.yml", YAML, 4)
    assert _by_line(labels) == {2: False, 3: False, 6: True, 8: True, 9: True}
    assert marked == 3  # the key `01_hardcoded_token` does not count, nor does the number


def test_xml_parts() -> None:
    labels, marked = read_fixture("tests/fixtures/x.xml", XML, 1)
    assert _by_line(labels) == {3: False, 6: True}
    assert marked == 1


def test_nothing_expected_makes_every_line_false() -> None:
    labels, _ = read_fixture("tests/fixtures/c.yml", "---\nname: {{ name }}\n\n}\n", 0)
    assert _by_line(labels) == {2: False}


def test_file_without_parts_labels_only_marked_lines() -> None:
    labels, _ = read_fixture("tests/fixtures/.netrc", "machine h\nlogin u\npassword Zk9hardcoded\n", 1)
    assert _by_line(labels) == {3: True}


def test_load_checks_counts_and_sets_html_apart(tmp_path: Path) -> None:
    fixtures = tmp_path / "tests" / "fixtures"
    fixtures.mkdir(parents=True)
    (fixtures / "x.yml").write_text(YAML, encoding="utf-8")
    (fixtures / "language.html").write_text("<!-- hardcoded note -->\n", encoding="utf-8")
    files = tmp_path / "files.csv"
    files.write_text(
        "path,stored_commit,whispers_count\ntests/fixtures/x.yml,,5\ntests/fixtures/language.html,,1\n",
        encoding="utf-8",
    )
    data = load_whispers(tmp_path, files)
    assert {lab.path for lab in data.labels} == {"tests/fixtures/x.yml"}
    assert [lab.line for lab in data.apart] == [1]
    assert data.disagreements == ["tests/fixtures/x.yml: 3 marked values and 1 numbers, Whispers expects 5"]


def test_neutral_names_keep_the_file_kind() -> None:
    assert whispers_file("tests/fixtures/.aws/credentials") == "whispers/.aws/credentials"
    assert "test" not in whispers_file("tests/fixtures/Dockerfile")
