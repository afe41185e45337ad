"""The reader of TruffleHog's detector test tables (benchmarks/trufflehog_tests.py) on small Go
test files written here: how inputs are evaluated and labels read from each case's expectation."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from trufflehog_tests import load_trufflehog, read_test_file, trufflehog_file

PATTERN_TABLE = """package acme

var (
\tvalidKey   = "acme_" + "k1"
\tinvalidKey = "acme_?1"
\tkeyword    = "acme"
)

func TestAcme_Pattern(t *testing.T) {
\ttests := []struct {
\t\tname  string
\t\tinput string
\t\twant  []string
\t}{
\t\t{
\t\t\tname:  "valid",
\t\t\tinput: fmt.Sprintf("%s token = '%s'\\n", keyword, validKey),
\t\t\twant:  []string{validKey},
\t\t},
\t\t{
\t\t\tname:  "invalid",
\t\t\tinput: fmt.Sprintf("%s = '%s'", keyword, invalidKey),
\t\t\twant:  []string{},
\t\t},
\t\t{
\t\t\tname:  "nil want",
\t\t\tinput: `raw ` + "text",
\t\t\twant:  nil,
\t\t},
\t}
}
"""

CHUNK_TABLE = """package acme

func TestAcme_FromChunk(t *testing.T) {
\tsecret := testSecrets.MustGetField("ACME")
\ttests := []struct {
\t\tname string
\t\targs args
\t\twant []detectors.Result
\t}{
\t\t{
\t\t\tname: "from a vault",
\t\t\targs: args{data: []byte(fmt.Sprintf("a secret %s within", secret))},
\t\t\twant: []detectors.Result{{Verified: true}},
\t\t},
\t\t{
\t\t\tname: "found",
\t\t\targs: args{data: []byte("acme://u:Zq8wLm3@host")},
\t\t\twant: func() []detectors.Result { return nil }(),
\t\t},
\t\t{
\t\t\tname: "no want",
\t\t\targs: args{data: []byte("file://u:p@host")},
\t\t},
\t\t{
\t\t\tname: "match table",
\t\t\tdata: `acme://u:Zq8wLm3@other`,
\t\t\tshouldMatch: false,
\t\t},
\t}
}
"""


def test_pattern_table_inputs_and_labels() -> None:
    cases, skipped = read_test_file("acme", PATTERN_TABLE)
    assert skipped == 0
    assert [(c.positive, c.text) for c in cases] == [
        (True, "acme token = 'acme_k1'\n"),
        (False, "acme = 'acme_?1'"),
        (False, "raw text"),
    ]


def test_chunk_table_labels_and_unevaluable_inputs() -> None:
    cases, skipped = read_test_file("acme", CHUNK_TABLE)
    assert skipped == 1  # the secret read from a vault
    assert [(c.positive, c.text) for c in cases] == [
        (True, "acme://u:Zq8wLm3@host"),
        (False, "file://u:p@host"),
        (False, "acme://u:Zq8wLm3@other"),
    ]


def test_load_counts_once_leaves_out_conflicts_and_puts_jdbc_apart(tmp_path: Path) -> None:
    twice = PATTERN_TABLE.replace(
        "\t}\n}\n",
        '\t\t{\n\t\t\tinput: "raw text",\n\t\t\twant: []string{"x"},\n\t\t},\n'
        "\t\t{\n\t\t\tinput: fmt.Sprintf(\"%s token = '%s'\\n\", keyword, validKey),\n"
        "\t\t\twant: []string{validKey},\n\t\t},\n\t}\n}\n",
    )
    for name, src in (("acme", twice), ("jdbc", PATTERN_TABLE)):
        (tmp_path / "pkg" / "detectors" / name).mkdir(parents=True)
        (tmp_path / "pkg" / "detectors" / name / f"{name}_test.go").write_text(src, encoding="utf-8")
    data = load_trufflehog(tmp_path)
    assert [(c.detector, c.positive) for c in data.scored] == [("acme", True), ("acme", False)]
    assert data.conflicting == 1  # "raw text" expects nothing and a result
    assert {c.detector for c in data.apart} == {"jdbc"}
    assert trufflehog_file(data.scored[0], 3) == "acme/tp-003/notes.txt"
