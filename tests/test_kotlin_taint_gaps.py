"""Kotlin `if` blocks that end in a labelled return, which semgrep's taint rules do not read."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.semgrep import kotlin_taint_gaps
from aiscan.inventory import SourceFile
from aiscan.sast.kotlin_taint_gaps import labelled_return_blocks, taint_gap_warning

HANDLER = """\
get("/{file}") {
    val file = call.parameters["file"]!!
    if (file.endsWith(".tmp")) {
        call.respondText(ContentType.Text.Html) { "<p>${file}</p>" }
        return@get
    }
    if (file.isEmpty()) {
        call.respondText("empty")
        return
    }
    call.respondText("ok")
}
"""


def test_an_if_block_with_a_labelled_return_is_named() -> None:
    assert labelled_return_blocks(HANDLER) == [(3, 6)]


def test_plain_returns_and_top_level_labelled_returns_are_not() -> None:
    text = 'get("/") {\n    call.respondText("x")\n    return@get\n}\nif (a) {\n    return\n}\n'
    assert labelled_return_blocks(text) == []


def test_braces_and_return_at_in_strings_and_comments_do_not_count() -> None:
    text = (
        'if (a) {\n    val s = "} return@get {"\n    // return@get }\n    f()\n}\n'
        "if (b) { g(); return@post }\n"
    )
    assert labelled_return_blocks(text) == [(6, 6)]


def test_nested_blocks_name_the_innermost_if() -> None:
    text = "if (a) {\n    list.forEach {\n        if (b) {\n            return@forEach\n        }\n    }\n}\n"
    assert labelled_return_blocks(text) == [(3, 5)]


def test_the_warning_names_the_lines() -> None:
    gap = taint_gap_warning("src/Routes.kt", HANDLER)
    assert gap is not None
    assert gap.path == "src/Routes.kt"
    assert "lines 3-6" in gap.reason and "return@" in gap.reason
    assert taint_gap_warning("src/Other.kt", "fun f() = 1\n") is None


def test_the_semgrep_run_lists_each_kotlin_file_with_such_blocks(tmp_path: Path) -> None:
    (tmp_path / "Routes.kt").write_text(HANDLER, encoding="utf-8")
    (tmp_path / "Plain.kt").write_text("fun f() = 1\n", encoding="utf-8")
    (tmp_path / "app.py").write_text("if a:\n    pass  # return@get {\n", encoding="utf-8")
    sources = [
        SourceFile("Routes.kt", "kotlin", 12),
        SourceFile("Plain.kt", "kotlin", 1),
        SourceFile("app.py", "python", 2),
    ]
    assert [g.path for g in kotlin_taint_gaps(tmp_path, sources)] == ["Routes.kt"]


def test_an_else_block_with_a_labelled_return_is_named() -> None:
    text = "if (a) {\n    f()\n} else {\n    g()\n    return@get\n}\n"
    assert labelled_return_blocks(text) == [(3, 6)]


def test_a_labelled_return_inside_another_statement_is_not_a_statement_of_the_block() -> None:
    # semgrep follows taint through these blocks: the labelled return is a brace-less `if`'s
    # body or an elvis's right side, not a statement of the block
    text = "if (a) {\n    g()\n    if (c) return@get\n}\nif (b) {\n    val q = y ?: return@get\n    g()\n}\n"
    assert labelled_return_blocks(text) == []


def test_a_when_branch_is_not_named() -> None:
    text = 'when (x) {\n    "a" -> {\n        g()\n        return@get\n    }\n}\n'
    assert labelled_return_blocks(text) == []
