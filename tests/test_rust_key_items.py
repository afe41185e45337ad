"""Rust keys held in `const`/`static` items: a candidate of `rust-hardcoded-crypto-key-item` is kept
only when the item it names, in the file (above or below) or in the module it is imported from,
holds a literal key."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.models import Location
from aiscan.sast.rust_key_items import RULE, holds_literal_key, keep_rust_key_items
from tests.conftest import make_finding

TREE = {
    "svc/src/main.rs": "mod config;\nmod auth;\nmod cookies;\nfn main() {}\n",
    "svc/src/config.rs": (
        'pub const LISTEN: &str = "0.0.0.0:8080";\n'
        'pub const SCORE_JWT_KEY: &\'static [u8] = b"made-up-score-key";\n'
        'pub const KEY_VAR: &str = "SCORE_JWT_KEY";\n'
        "pub static COOKIE_MASTER: [u8; 64] = [\n    7u8; 64\n];\n"
        "pub const TTL: u64 = 3600;\n"
    ),
    "svc/src/auth.rs": (
        "use jsonwebtoken::{DecodingKey, EncodingKey};\n"
        "use crate::config::{LISTEN, SCORE_JWT_KEY, TTL};\n"
        "use crate::config::KEY_VAR as NAME_OF_KEY;\n"
        "\n"
        "pub fn sign() -> EncodingKey {\n"
        "    EncodingKey::from_secret(SCORE_JWT_KEY)\n"
        "}\n"
        "pub fn named() -> EncodingKey {\n"
        "    EncodingKey::from_secret(NAME_OF_KEY.as_bytes())\n"
        "}\n"
        "pub fn local_below() -> DecodingKey {\n"
        "    DecodingKey::from_secret(&LOCAL_KEY[..])\n"
        "}\n"
        'const LOCAL_KEY: &[u8] = b"declared-below-demo";\n'
        "pub fn elsewhere() -> DecodingKey {\n"
        "    DecodingKey::from_secret(UNKNOWN_KEY)\n"
        "}\n"
    ),
    "svc/src/cookies/mod.rs": (
        "use super::config::*;\n"
        "use crate::config;\n"
        "pub fn glob() -> cookie::Key {\n"
        "    cookie::Key::from(&COOKIE_MASTER)\n"
        "}\n"
        "pub fn by_path() -> jsonwebtoken::EncodingKey {\n"
        "    jsonwebtoken::EncodingKey::from_secret(config::SCORE_JWT_KEY)\n"
        "}\n"
        "pub fn env_name() -> jsonwebtoken::EncodingKey {\n"
        "    jsonwebtoken::EncodingKey::from_secret(config::KEY_VAR.as_bytes())\n"
        "}\n"
    ),
}


def lines(path: str) -> list[str]:
    return TREE[path].splitlines()


def candidate(path: str, line: int) -> object:
    text = lines(path)[line - 1]
    column = text.index("(", text.index("::from")) + 2
    f = make_finding(rule_id=RULE, path=path, line=line, snippet=text)
    return replace(f, location=Location(path, line, line, column, text))


def kept(*findings: object) -> list[tuple[str, int, str]]:
    out = keep_rust_key_items(findings, TREE, lines)  # type: ignore[arg-type]
    return [(f.location.path, f.location.start_line or 0, f.message) for f in out]


def test_an_item_imported_from_another_module_is_followed_to_its_literal() -> None:
    (found,) = kept(candidate("svc/src/auth.rs", 6))
    assert found[:2] == ("svc/src/auth.rs", 6)
    assert found[2].endswith("(the item is declared at svc/src/config.rs:2)")


def test_an_item_declared_below_its_use_in_the_file_is_found() -> None:
    (found,) = kept(candidate("svc/src/auth.rs", 12))
    assert found[2].endswith("(the item is declared at line 14)")


def test_glob_imports_and_module_paths_are_followed() -> None:
    found = kept(candidate("svc/src/cookies/mod.rs", 4), candidate("svc/src/cookies/mod.rs", 7))
    assert [f[1] for f in found] == [4, 7]
    assert found[0][2].endswith("svc/src/config.rs:4)")  # a multi-line array of numbers
    assert found[1][2].endswith("svc/src/config.rs:2)")


def test_an_environment_variables_name_or_an_unknown_item_is_dropped() -> None:
    assert kept(candidate("svc/src/auth.rs", 9)) == []  # `as` alias of "SCORE_JWT_KEY", a name
    assert kept(candidate("svc/src/cookies/mod.rs", 10)) == []
    assert kept(candidate("svc/src/auth.rs", 16)) == []  # declared nowhere in the tree


def test_other_findings_pass_unchanged_and_nothing_is_read_without_a_candidate() -> None:
    other = make_finding(rule_id="rust-hardcoded-crypto-key", path="svc/src/auth.rs", line=6)

    def unread(path: str) -> list[str]:
        raise AssertionError(path)

    assert keep_rust_key_items([other], TREE, unread) == (other,)


def test_literal_key_shapes() -> None:
    assert holds_literal_key('b"made-up"')
    assert holds_literal_key('"made-up".as_bytes()')
    assert holds_literal_key("[0x01, 0x02, 0x03]")
    assert holds_literal_key("[5u8; 64]")
    assert not holds_literal_key('"JWT_SECRET"')
    assert not holds_literal_key("3600")
    assert not holds_literal_key('include_bytes!("key.bin")')
    assert not holds_literal_key('env!("JWT_SECRET")')


def test_a_scan_reports_a_key_kept_in_a_config_module(tmp_path: Path) -> None:
    root = tmp_path / "svc"
    for path, text in TREE.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    out = tmp_path / "report.json"
    CliRunner().invoke(cli, ["scan", str(root), "--offline", "--report", f"json={out}"])
    findings = json.loads(out.read_text())["findings"]
    items = sorted(
        (f["location"]["path"], f["location"]["start_line"]) for f in findings if f["rule_id"] == RULE
    )
    assert items == [
        ("src/auth.rs", 6),
        ("src/auth.rs", 12),
        ("src/cookies/mod.rs", 4),
        ("src/cookies/mod.rs", 7),
    ]
