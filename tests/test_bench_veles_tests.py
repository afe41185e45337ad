"""The reader of Veles' detector test tables (benchmarks/veles_tests.py) on small Go test files
written here: how inputs are evaluated and labels read from each case's expectation or from the
assertion a table's loop makes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from veles_tests import detector_name, load_veles, read_test_file, veles_file

TABLES = """package acme_test

const testKey = `acme_Zq81Xw`

var (
\tlongKey = "acme_" + strings.Repeat("b", 4)
)

func TestDetector_truePositives(t *testing.T) {
\tcases := []struct {
\t\tname  string
\t\tinput string
\t\twant  []veles.Secret
\t}{{
\t\tname:  "assigned",
\t\tinput: `ACME_KEY=` + testKey,
\t\twant: []veles.Secret{
\t\t\tacme.Key{Key: testKey},
\t\t},
\t}, {
\t\tname:  "changed last character",
\t\tinput: testKey[:len(testKey)-1] + "a",
\t\twant: []veles.Secret{acme.Key{Key: testKey}},
\t}, {
\t\tname:  "bad checksum",
\t\tinput: testKey[1:],
\t\twant:  []veles.Secret{},
\t}}
}

func TestDetector_trueNegatives(t *testing.T) {
\tcases := []struct {
\t\tname  string
\t\tinput string
\t\twant  []veles.Secret
\t}{{
\t\tname:  "empty",
\t\tinput: "",
\t}, {
\t\tname:  "replaced",
\t\tinput: strings.ReplaceAll(longKey, "b", "!"),
\t}, {
\t\tname:  "in a long buffer",
\t\tinput: strings.Repeat("x", 2*veles.KiB) + testKey,
\t\twant:  []veles.Secret{acme.Key{Key: testKey}},
\t}}
}

func TestDetector_Variants(t *testing.T) {
\tcases := []struct {
\t\tname, data string
\t}{
\t\t{"one", `-----BEGIN ACME KEY-----`},
\t}
\tfor _, tc := range cases {
\t\tt.Run(tc.name, func(t *testing.T) {
\t\t\tif len(d.Detect([]byte(tc.data))) != 1 {
\t\t\t\tt.Fatal("want one")
\t\t\t}
\t\t})
\t}
}

func TestDetector_Invalid(t *testing.T) {
\ttests := []struct {
\t\tname  string
\t\tinput string
\t}{
\t\t{name: "broken", input: "acme-?"},
\t\t{name: "built by code", input: makeKey()},
\t}
\tfor _, test := range tests {
\t\tif len(engine.Detect(test.input)) != 0 {
\t\t\tt.Error("want none")
\t\t}
\t}
}
"""


def test_labels_and_inputs() -> None:
    cases, unevaluated = read_test_file("acme", TABLES)
    got = [(c.name, c.positive, c.text) for c in cases]
    assert got == [
        ("assigned", True, "ACME_KEY=acme_Zq81Xw"),
        ("changed last character", True, "acme_Zq81Xa"),
        ("bad checksum", False, "cme_Zq81Xw"),
        ("empty", False, ""),
        ("replaced", False, "acme_!!!!"),
        ("in a long buffer", True, "x" * 2048 + "acme_Zq81Xw"),
        ("one", True, "-----BEGIN ACME KEY-----"),
        ("broken", False, "acme-?"),
    ]
    assert unevaluated == 1  # makeKey() is code


def test_load_drops_empty_and_conflicting(tmp_path: Path) -> None:
    folder = tmp_path / "veles" / "secrets" / "acme"
    folder.mkdir(parents=True)
    twice = TABLES.replace(
        '\t}{{\n\t\tname:  "empty",',
        '\t}{{\n\t\tname:  "again",\n\t\tinput: `ACME_KEY=` + testKey,\n\t}, {\n\t\tname:  "empty",',
    )
    (folder / "detector_test.go").write_text(twice, encoding="utf-8")
    manifest = tmp_path / "files.csv"
    manifest.write_text(
        "path,stored_commit,note\nveles/secrets/acme/detector_test.go,0,x\n", encoding="utf-8"
    )
    data = load_veles(tmp_path, manifest)
    assert data.empty == 1
    assert data.conflicting == 1  # `ACME_KEY=...` expected both ways
    assert "ACME_KEY=acme_Zq81Xw" not in [c.text for c in data.scored]
    assert len(data.scored) == 6


def test_names() -> None:
    assert detector_name("veles/secrets/github/pat_classic_detector_test.go") == "github-pat_classic"
    assert detector_name("veles/secrets/acme/detector_test.go") == "acme"
    cases, _ = read_test_file("acme", TABLES)
    assert veles_file(cases[0], 3) == "acme/tp-003/notes.txt"


QUOTED = """package acme_test

const token = "acme.Tq7"

func TestDetector(t *testing.T) {
\ttests := []struct {
\t\tname  string
\t\tinput string
\t\twant  []veles.Secret
\t}{
\t\t{
\t\t\tname:  "in json",
\t\t\tinput: fmt.Sprintf(`{"token": %q, "n": %d}`, token, 3),
\t\t\twant:  []veles.Secret{acme.Token{Token: token}},
\t\t},
\t\t{
\t\t\tname:  "lower case",
\t\t\tinput: strings.ToLower(token),
\t\t\twant:  nil,
\t\t},
\t}
}
"""


def test_quoted_sprintf_argument_and_lower_case() -> None:
    cases, unevaluated = read_test_file("acme", QUOTED)
    assert unevaluated == 0
    assert [(c.name, c.positive, c.text) for c in cases] == [
        ("in json", True, '{"token": "acme.Tq7", "n": 3}'),
        ("lower case", False, "acme.tq7"),
    ]
