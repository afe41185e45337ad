"""The reader of Horusec's other engines' samples (benchmarks/horusec_engines.py) on small
samples files written here: a credential rule's expected line is a secret case and its safe
sample one false case; `no-value` sets the expected line apart but keeps the safe sample;
`other-rule` sets both samples apart as false cases; empty samples are skipped; a missing sample,
a blank expected line or an unknown `apart` value stops the run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from horusec_engines import FILES, engines_file, load, samples_path

JS = """package javascript

const (
\tSampleVulnerableHSJAVASCRIPT1 = `
const db = connect({
\tpassword: "made-up-one",
})
`
\tSampleSafeHSJAVASCRIPT1 = `
const db = connect({ password: process.env.DB_PASS })
`
\tSampleVulnerableHSJAVASCRIPT2 = `
connect("widgetdb://localhost/db")
`
\tSampleSafeHSJAVASCRIPT2 = `connect(process.env.WIDGET_URL)`
\tSampleVulnerableHSJAVASCRIPT3 = `
eval(x)
`
\tSampleSafeHSJAVASCRIPT3 = ``
)
"""

HEADER = "engine,rule,constructor,vulnerable_sample,expected_lines,safe_sample,file,apart\n"


def _write(tmp_path: Path, rows: str) -> tuple[Path, Path]:
    root = tmp_path / "horusec"
    (root / samples_path("javascript")).parent.mkdir(parents=True)
    (root / samples_path("javascript")).write_text(JS, encoding="utf-8")
    manifest = tmp_path / "engines.csv"
    manifest.write_text(HEADER + rows, encoding="utf-8")
    return root, manifest


def test_cases_by_kind_of_rule(tmp_path: Path) -> None:
    rows = (
        "javascript,HS-JAVASCRIPT-1,NewWidgetCreds,SampleVulnerableHSJAVASCRIPT1,3,SampleSafeHSJAVASCRIPT1,app.js,\n"
        "javascript,HS-JAVASCRIPT-2,NewWidgetURL,SampleVulnerableHSJAVASCRIPT2,2,SampleSafeHSJAVASCRIPT2,app.js,no-value\n"
        "javascript,HS-JAVASCRIPT-3,,SampleVulnerableHSJAVASCRIPT3,,SampleSafeHSJAVASCRIPT3,app.js,other-rule\n"
    )
    root, manifest = _write(tmp_path, rows)
    dest = tmp_path / "samples"
    data = load(root, dest, manifest)
    assert {(c.path, c.lines, c.secret, c.group) for c in data.scored} == {
        ("javascript/HS-JAVASCRIPT-1/vulnerable/app.js", (3,), True, "HS-JAVASCRIPT-1 WidgetCreds"),
        ("javascript/HS-JAVASCRIPT-1/safe/app.js", (1, 2), False, "HS-JAVASCRIPT-1 WidgetCreds"),
        ("javascript/HS-JAVASCRIPT-2/safe/app.js", (1,), False, "HS-JAVASCRIPT-2 WidgetURL"),
    }
    assert {(c.path, c.lines, c.secret, c.group) for c in data.apart} == {
        ("javascript/HS-JAVASCRIPT-2/vulnerable/app.js", (2,), True, "HS-JAVASCRIPT-2 WidgetURL"),
        ("javascript/HS-JAVASCRIPT-3/vulnerable/app.js", (1, 2), False, "HS-JAVASCRIPT-3"),
    }
    text = (dest / "javascript/HS-JAVASCRIPT-1/vulnerable/app.js").read_text(encoding="utf-8")
    assert text.splitlines()[2] == '\tpassword: "made-up-one",'
    assert engines_file(data.scored[0]) == "engines/javascript/HS-JAVASCRIPT-1/vulnerable/app.js"


def _row(vulnerable: str, line: str, apart: str) -> str:
    return f"javascript,R,N,{vulnerable},{line},SampleSafeHSJAVASCRIPT1,a.js,{apart}\n"


def test_missing_sample_blank_line_or_unknown_apart_stops(tmp_path: Path) -> None:
    root, manifest = _write(
        tmp_path / "a", "javascript,R,N,SampleVulnerableHSJAVASCRIPT9,2,SampleSafeHSJAVASCRIPT9,a.js,\n"
    )
    with pytest.raises(KeyError):
        load(root, tmp_path / "a-out", manifest)
    root, manifest = _write(
        tmp_path / "b", "javascript,R,N,SampleVulnerableHSJAVASCRIPT1,1,SampleSafeHSJAVASCRIPT1,a.js,\n"
    )
    with pytest.raises(ValueError):
        load(root, tmp_path / "b-out", manifest)
    root, manifest = _write(
        tmp_path / "c", "javascript,R,N,SampleVulnerableHSJAVASCRIPT1,3,SampleSafeHSJAVASCRIPT1,a.js,x\n"
    )
    with pytest.raises(ValueError):
        load(root, tmp_path / "c-out", manifest)


def test_the_manifest_lists_four_credential_rules_and_the_other_javascript_rules() -> None:
    lines = FILES.read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) == 56
    assert sum(line.endswith(",other-rule") for line in lines) == 52
    assert sum(line.endswith(",no-value") for line in lines) == 2
