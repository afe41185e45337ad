"""A scoped scan (diff or named files) weighs its findings against the whole tree: the tree-level
steps read files outside the scope (a key item in an unchanged module), while the findings stay
those of the files in scope."""

from __future__ import annotations

import os
from pathlib import Path

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.inventory import build_inventory, list_tree
from aiscan.pipeline import scan
from aiscan.sast.rust_key_items import RULE
from tests.scope_support import branch_repo, git, write_files

BASE = {
    "Cargo.toml": '[package]\nname = "svc"\nversion = "0.1.0"\n',
    "src/main.rs": "mod config;\nmod session;\nmod jwt;\nfn main() {}\n",
    "src/config.rs": (
        'pub const LISTEN: &str = "0.0.0.0:8080";\npub const JWT_SECRET: &[u8] = b"made-up-demo-key";\n'
    ),
    "src/session.rs": (
        "use crate::config::JWT_SECRET;\n"
        "pub fn old() -> jsonwebtoken::DecodingKey {\n"
        "    jsonwebtoken::DecodingKey::from_secret(JWT_SECRET)\n"
        "}\n"
    ),
}
CHANGE = {
    "src/jwt.rs": (
        "use jsonwebtoken::EncodingKey;\n"
        "use crate::config::JWT_SECRET;\n"
        "\n"
        "pub fn sign() -> EncodingKey {\n"
        "    EncodingKey::from_secret(JWT_SECRET)\n"
        "}\n"
    ),
}


def _crate(tmp_path: Path) -> Path:
    return branch_repo(tmp_path / "svc", BASE, CHANGE, "sign tokens")


def _keys(root: Path, overrides: Overrides) -> list[tuple[str, int]]:
    config = resolve_scan_config(root, overrides)
    result = scan(config, analyzers=[SemgrepAnalyzer()], parallel=False)
    return sorted((f.location.path, f.location.start_line or 0) for f in result.findings if f.rule_id == RULE)


def test_a_diff_scan_follows_a_key_item_into_an_unchanged_module(tmp_path: Path) -> None:
    root = _crate(tmp_path)
    whole = _keys(root, Overrides())
    assert whole == [("src/jwt.rs", 5), ("src/session.rs", 3)]
    # the key lives in src/config.rs, which the change does not touch: still found, and only the
    # changed file's finding is reported
    assert _keys(root, Overrides(scan_kind="merge", diff_base="main")) == [("src/jwt.rs", 5)]


def test_a_scan_of_named_files_follows_a_key_item_into_the_rest_of_the_tree(tmp_path: Path) -> None:
    root = _crate(tmp_path)
    named = Overrides(scan_kind="pre-commit", files=(str(root / "src" / "jwt.rs"),))
    assert _keys(root, named) == [("src/jwt.rs", 5)]


def test_the_tree_listing_keeps_the_inventorys_walking_rules(tmp_path: Path) -> None:
    root = tmp_path / "app"
    write_files(
        root,
        {
            "src/main.rs": "fn main() {}\n",
            "src/big.rs": "// x\n" * 40,
            "package.json": "{}\n",
            "node_modules/lib/index.js": "module.exports = 1;\n",
            "generated/api.rs": "fn g() {}\n",
            "web/app.js": "let a = 1;\n",
        },
    )
    outside = tmp_path / "outside"
    write_files(outside, {"secret.rs": "fn s() {}\n"})
    os.symlink(outside, root / "linked")
    os.symlink(outside / "secret.rs", root / "src" / "link.rs")
    tree = list_tree(root.resolve(), ("generated",), max_file_bytes=100)
    listed = [(f.path, f.language) for f in tree.files]
    assert listed == [("src/main.rs", "rust"), ("web/app.js", "javascript")]
    assert tree.too_large == ("src/big.rs",)
    assert tree.other_files == ("package.json",)


def test_the_tree_is_listed_only_for_a_scoped_inventory(tmp_path: Path) -> None:
    write_files(tmp_path, {"a.rs": "fn a() {}\n", "b.rs": "fn b() {}\n"})
    assert build_inventory(tmp_path).tree is None
    scoped = build_inventory(tmp_path, only=["a.rs"], tree=list_tree(tmp_path.resolve(), ()))
    assert scoped.paths() == ("a.rs",)
    assert [f.path for f in scoped.whole_tree().files] == ["a.rs", "b.rs"]
    assert [f.path for f in build_inventory(tmp_path).whole_tree().files] == ["a.rs", "b.rs"]


PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllersWithViews({options});\n"
    "var app = builder.Build();\n"
    "app.Run();\n"
)
GLOBAL_FILTER = "o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute())"
CONTROLLER = (
    "using Microsoft.AspNetCore.Mvc;\n"
    "\n"
    "namespace Lending.Web.Controllers;\n"
    "\n"
    "public class RepaymentController : Controller\n"
    "{\n"
    "    [HttpPost]\n"
    '    public IActionResult Confirm(string contractNumber) => RedirectToAction("Index");\n'
    "}\n"
)


def _web(tmp_path: Path, options: str) -> Path:
    root = tmp_path / "web"
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "dev@example.kz")
    git(root, "config", "user.name", "Dev")
    write_files(root, {"Program.cs": PROGRAM.format(options=options)})
    git(root, "add", ".")
    git(root, "commit", "-qm", "base")
    write_files(root, {"Controllers/RepaymentController.cs": CONTROLLER})
    git(root, "add", ".")
    return root


def _posts(root: Path) -> list[str]:
    config = resolve_scan_config(root, Overrides(scan_kind="merge", diff_base="main"))
    result = scan(config, analyzers=[SemgrepAnalyzer()], parallel=False)
    return [f.location.path for f in result.findings if f.rule_id == "csharp-post-without-antiforgery"]


def test_a_diff_scan_sees_a_global_antiforgery_filter_in_an_unchanged_file(tmp_path: Path) -> None:
    # the staged controller is in scope, Program.cs is not: its global filter still covers the action
    assert _posts(_web(tmp_path / "covered", GLOBAL_FILTER)) == []
    assert _posts(_web(tmp_path / "plain", "")) == ["Controllers/RepaymentController.cs"]
