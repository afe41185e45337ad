"""The readers of Talisman's detector tests and DeepSecrets' fixtures (benchmarks/scanner_tests.py)
on small files written here: the pattern calls in the loop are evaluated once per item, each
content is labelled by its test's manifest row and written once, the value-less pattern case and
the rows marked apart are set apart, and a blank labelled fixture line stops the run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from go_literals import tokens
from scanner_tests import (
    evaluate,
    go_functions,
    load_deepsecrets,
    load_talisman,
    local_strings,
    talisman_file,
)

PATTERN_GO = """package pattern

func TestPatterns(t *testing.T) {
\tfilename := "secret.txt"
\tvalues := [2]string{"token", "pin"}
\tfor i := 0; i < len(values); i++ {
\t\tshouldPassDetectionOfSecretPattern(filename, []byte(strings.ToTitle(values[i])+":made-up"), t)
\t\tshouldPassDetectionOfSecretPattern(filename, []byte("x_"+values[i]+"=also-made-up"), t)
\t}
\tshouldPassDetectionOfSecretPattern(filename, []byte("AWS key :"), t)
\tshouldFailDetectionOfSecretPattern(filename, []byte(`call("nothing")`), t)
}
"""

CONTENT_GO = """package filecontent

func TestFlagged(t *testing.T) {
\tconst one string = "first-part" +
\t\t"second-part"
\tadditions := []gitrepo.Addition{gitrepo.NewAddition(filename, []byte(one))}
}

func TestNotFlagged(t *testing.T) {
\tadditions := []gitrepo.Addition{gitrepo.NewAddition(filename, []byte("plain words"))}
}

func TestAgain(t *testing.T) {
\ts := "first-partsecond-part"
}

func TestCard(t *testing.T) {
\tconst card string = "4000000000000002"
}
"""

HEADER = "file,test,value,label,line,apart\n"


def _talisman(tmp_path: Path, rows: str) -> Path:
    root = tmp_path / "talisman"
    (root / "p").mkdir(parents=True)
    (root / "p" / "pattern_test.go").write_text(PATTERN_GO, encoding="utf-8")
    (root / "p" / "content_test.go").write_text(CONTENT_GO, encoding="utf-8")
    manifest = tmp_path / "tests.csv"
    manifest.write_text(HEADER + rows, encoding="utf-8")
    return manifest


def test_evaluate_joins_literals_names_and_loop_items() -> None:
    expr = tokens('"<" + strings.ToUpper(values[i]) + `>` + suffix')
    assert evaluate(expr, {"suffix": "!"}, "abc") == "<ABC>!"
    with pytest.raises(ValueError):
        evaluate(tokens("unknown + 1"), {})


def test_local_strings_read_a_const_joined_over_lines() -> None:
    body = go_functions(CONTENT_GO)["TestFlagged"]
    assert local_strings(body)["one"] == "first-partsecond-part"


def test_talisman_cases_labels_and_apart(tmp_path: Path) -> None:
    rows = (
        "p/pattern_test.go,TestPatterns,calls,,,\n"
        "p/content_test.go,TestFlagged,one,secret,,\n"
        "p/content_test.go,TestNotFlagged,literal,false,,\n"
        "p/content_test.go,TestAgain,s,secret,,\n"
        "p/content_test.go,TestCard,card,secret,,card number\n"
    )
    dest = tmp_path / "out"
    data = load_talisman(tmp_path / "talisman", dest, _talisman(tmp_path, rows))
    texts = {(dest / c.path).read_text(encoding="utf-8"): c for c in data.scored}
    assert set(texts) == {
        "TOKEN:made-up",
        "x_token=also-made-up",
        "PIN:made-up",
        "x_pin=also-made-up",
        'call("nothing")',
        "first-partsecond-part",
        "plain words",
    }
    assert not texts['call("nothing")'].secret and not texts["plain words"].secret
    assert texts["first-partsecond-part"].secret
    apart = sorted((dest / c.path).read_text(encoding="utf-8") for c in data.apart)
    assert apart == ["4000000000000002", "AWS key :"]
    assert talisman_file(texts["plain words"]).startswith("talisman/filecontent/")
    assert all("test" not in talisman_file(c).lower() for c in data.scored + data.apart)


def test_talisman_content_labelled_both_ways_stops(tmp_path: Path) -> None:
    rows = "p/content_test.go,TestFlagged,one,secret,,\np/content_test.go,TestAgain,s,false,,\n"
    with pytest.raises(ValueError):
        load_talisman(tmp_path / "talisman", tmp_path / "out", _talisman(tmp_path, rows))


def test_deepsecrets_lines_and_blank_line_error(tmp_path: Path) -> None:
    root = tmp_path / "ds"
    (root / "f").mkdir(parents=True)
    (root / "f" / "a.txt").write_text("one\ntwo\n\nthree\n", encoding="utf-8")
    labels = tmp_path / "labels.csv"
    head = "path,lines,label,engine,finding,apart\n"
    labels.write_text(
        head + "f/a.txt,1-2,secret,regex,X,\nf/a.txt,4,false,regex,none,\nf/a.txt,4,false,semantic,?,unsure\n"
    )
    data = load_deepsecrets(root, tmp_path / "out", labels)
    assert [(c.lines, c.secret) for c in data.scored] == [((1, 2), True), ((4,), False)]
    assert len(data.apart) == 1
    labels.write_text(head + "f/a.txt,3,secret,regex,X,\n")
    with pytest.raises(ValueError):
        load_deepsecrets(root, tmp_path / "out2", labels)
