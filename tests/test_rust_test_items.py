"""Rust unit tests inside source files (`#[cfg(test)] mod tests`, `#[test] fn`) weigh as test
code: the items are found by their attributes and their extent by braces outside literals."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.models import FileRole
from aiscan.roles import assign_roles
from aiscan.sast.rust_test_items import mark_rust_test_items, rust_test_regions
from tests.conftest import make_finding

SOURCE = """\
use cookie::Key;

pub fn sign(master: &[u8]) -> Key {
    let label = "{ not a brace }";
    Key::from(master)
}

#[cfg(not(test))]
fn only_shipped() {
    let x = '{';
}

pub fn render<'a>(name: &'a str) -> String {
    format!("{{{}}}", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    // a brace in a comment: {
    const FIXED: &[u8] = br#"{"k": "}"}"#;

    #[test]
    fn signs() {
        let key = Key::from(&[7u8; 64]);
        assert_eq!(sign(FIXED).master().len(), 64, "{}", '}');
    }
}

#[tokio::test]
async fn round_trip() {
    let key = Key::from(&[1u8; 64]);
}

#[cfg(test)]
mod more_tests;

pub fn after() {
    let key = Key::from(&[2u8; 64]);
}
"""
LINES = SOURCE.splitlines()


def _line(text: str, after: int = 0) -> int:
    return next(n for n, line in enumerate(LINES, 1) if n > after and text in line)


def test_test_items_span_their_braces_whatever_the_literals_hold() -> None:
    regions = rust_test_regions(LINES)
    module = (_line("#[cfg(test)]"), _line("}", _line("assert_eq!")) + 1)
    runtime_test = (_line("#[tokio::test]"), _line("}", _line("[1u8; 64]")))
    assert regions == [module, runtime_test]


def test_findings_in_test_items_are_test_code_and_others_stay_source() -> None:
    def at(line: int, path: str = "src/keys.rs"):  # type: ignore[no-untyped-def]
        return make_finding(path=path, line=line)

    findings = [
        at(_line("Key::from(master)")),
        at(_line("[7u8; 64]")),
        at(_line("[1u8; 64]")),
        at(_line("[2u8; 64]")),
        at(_line("let x = '{'")),
        at(_line("[7u8; 64]"), path="src/keys.py"),
    ]
    marked = assign_roles(mark_rust_test_items(findings, lambda path: LINES))
    assert [f.role for f in marked] == [
        FileRole.SOURCE,
        FileRole.TEST,
        FileRole.TEST,
        FileRole.SOURCE,
        FileRole.SOURCE,
        FileRole.SOURCE,
    ]


def test_an_unclosed_test_module_marks_nothing() -> None:
    assert rust_test_regions(["#[cfg(test)]", "mod tests {", "    fn a() {}"]) == []


KEYS = """\
use jsonwebtoken::EncodingKey;

pub fn signing_key() -> EncodingKey {
    EncodingKey::from_secret(b"microloan-portal-signing")
}

#[cfg(test)]
mod tests {
    use jsonwebtoken::EncodingKey;

    #[test]
    fn encodes() {
        let key = EncodingKey::from_secret(b"fixture-only-signing-key");
    }
}
"""


def test_a_scan_reports_a_test_modules_key_as_test_code(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "src").mkdir(parents=True)
    (root / "src" / "auth.rs").write_text(KEYS)
    out = tmp_path / "r.json"
    CliRunner().invoke(cli, ["scan", str(root), "--report", f"json={out}"])
    report = json.loads(out.read_text())
    keys = {
        f["location"]["start_line"]: f["role"]
        for f in report["findings"]
        if f["rule_id"] == "rust-hardcoded-crypto-key"
    }
    assert keys == {4: "source", 13: "test"}, keys
