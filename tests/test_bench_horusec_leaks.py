"""The reader of Horusec's leaks samples (benchmarks/horusec_leaks.py) on a small samples file
written here: each expected line is a secret case, each safe sample one false case over all its
lines, rules marked `identifier` are set apart, and a missing sample or a blank expected line
stops the run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from horusec_leaks import FILES, SAMPLES, go_constants, horusec_file, load

SAMPLES_GO = """package leaks

const (
\tSampleVulnerableHSLEAKS1 = `
env:
  WIDGET_KEY: 'made-up-value-one'
`
\tSampleSafeHSLEAKS1 = `
env:
  WIDGET_KEY: ${WIDGET_KEY}
`
\tSampleVulnerableHSLEAKS2 = `
<?php
define('A', 'one');
define('B', 'two');
`
\tSampleSafeHSLEAKS2 = "no secret here"
\tSampleVulnerableHSLEAKS3 = `
WIDGET_ID: 'an-identifier'
`
\tSampleSafeHSLEAKS3 = `WIDGET_ID: ${WIDGET_ID}`
)
"""

HEADER = "rule,constructor,vulnerable_sample,expected_lines,safe_sample,file,apart\n"


def _write(tmp_path: Path, rows: str) -> tuple[Path, Path]:
    root = tmp_path / "horusec"
    (root / SAMPLES).parent.mkdir(parents=True)
    (root / SAMPLES).write_text(SAMPLES_GO, encoding="utf-8")
    manifest = tmp_path / "leaks.csv"
    manifest.write_text(HEADER + rows, encoding="utf-8")
    return root, manifest


def test_go_constants_reads_raw_and_quoted_strings() -> None:
    consts = go_constants(SAMPLES_GO)
    assert consts["SampleSafeHSLEAKS2"] == "no secret here"
    assert consts["SampleVulnerableHSLEAKS1"].splitlines()[2] == "  WIDGET_KEY: 'made-up-value-one'"


def test_expected_lines_are_secret_cases_and_safe_samples_false_cases(tmp_path: Path) -> None:
    rows = (
        "HS-LEAKS-1,NewWidgetKey,SampleVulnerableHSLEAKS1,3,SampleSafeHSLEAKS1,docker-compose.yml,\n"
        "HS-LEAKS-2,NewWPConfig,SampleVulnerableHSLEAKS2,3;4,SampleSafeHSLEAKS2,wp-config.php,\n"
        "HS-LEAKS-3,NewWidgetID,SampleVulnerableHSLEAKS3,2,SampleSafeHSLEAKS3,docker-compose.yml,identifier\n"
    )
    root, manifest = _write(tmp_path, rows)
    dest = tmp_path / "samples"
    data = load(root, dest, manifest)
    got = {(c.path, c.lines, c.secret, c.group) for c in data.scored}
    assert got == {
        ("HS-LEAKS-1/vulnerable/docker-compose.yml", (3,), True, "HS-LEAKS-1 WidgetKey"),
        ("HS-LEAKS-1/safe/docker-compose.yml", (1, 2, 3), False, "HS-LEAKS-1 WidgetKey"),
        ("HS-LEAKS-2/vulnerable/wp-config.php", (3,), True, "HS-LEAKS-2 WPConfig"),
        ("HS-LEAKS-2/vulnerable/wp-config.php", (4,), True, "HS-LEAKS-2 WPConfig"),
        ("HS-LEAKS-2/safe/wp-config.php", (1,), False, "HS-LEAKS-2 WPConfig"),
    }
    assert {(c.path, c.secret) for c in data.apart} == {
        ("HS-LEAKS-3/vulnerable/docker-compose.yml", True),
        ("HS-LEAKS-3/safe/docker-compose.yml", False),
    }
    text = (dest / "HS-LEAKS-2/vulnerable/wp-config.php").read_text(encoding="utf-8")
    assert text.splitlines()[3] == "define('B', 'two');"
    assert horusec_file(data.scored[0]) == "leaks/HS-LEAKS-1/vulnerable/docker-compose.yml"


def test_missing_sample_or_blank_expected_line_stops(tmp_path: Path) -> None:
    missing = "HS-LEAKS-9,NewX,SampleVulnerableHSLEAKS9,2,SampleSafeHSLEAKS9,a.yml,\n"
    root, manifest = _write(tmp_path, missing)
    with pytest.raises(KeyError):
        load(root, tmp_path / "a", manifest)
    blank = "HS-LEAKS-1,NewX,SampleVulnerableHSLEAKS1,1,SampleSafeHSLEAKS1,a.yml,\n"
    root2, manifest2 = _write(tmp_path / "b", blank)
    with pytest.raises(ValueError):
        load(root2, tmp_path / "c", manifest2)


def test_the_manifest_lists_the_28_leaks_rules() -> None:
    text = FILES.read_text(encoding="utf-8").splitlines()
    assert len(text) == 29
    assert sum(line.endswith(",identifier") for line in text) == 4
