"""Every language MFOs ship is read by an analyzer: Ruby, Rust, Scala and Dart by semgrep's parsers,
Vue, Svelte, JSP and Razor templates by text rules, and the script blocks of Vue and Svelte
components by the JavaScript rules (real semgrep)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer, load_rules
from aiscan.config import ScanConfig
from aiscan.inventory import TEMPLATE_LANGUAGES, build_inventory
from aiscan.models import RunStatus
from aiscan.sast.coverage import NOT_COVERED_RULE, SAST_CLASSES, ruleset_coverage, ruleset_matrix
from aiscan.sast.templates import script_blocks

PARSED = ("ruby", "rust", "scala", "dart")


def test_the_matrix_lists_every_shipped_language_with_semgrep() -> None:
    rows = {r.language: r for r in ruleset_coverage(load_rules())}
    for lang in (*PARSED, *sorted(TEMPLATE_LANGUAGES)):
        assert lang in rows, lang
        assert rows[lang].analyzers == ("semgrep",) and rows[lang].covered


def test_parsed_languages_have_rules_for_every_class() -> None:
    matrix = ruleset_matrix(load_rules())
    for lang in PARSED:
        missing = [c for c in SAST_CLASSES if not matrix[lang][c]]
        assert not missing, f"{lang}: {missing}"


def test_templates_have_injection_rules_and_components_get_the_javascript_rules() -> None:
    matrix = ruleset_matrix(load_rules())
    for lang in TEMPLATE_LANGUAGES:
        assert matrix[lang]["p19.1"] > 0, lang
    assert matrix["vue"]["p19.1"] > matrix["javascript"]["p19.1"]  # its own plus the script rules
    assert matrix["svelte"]["p19.4"] == matrix["javascript"]["p19.4"]


def test_script_blocks_keep_lines_and_columns() -> None:
    text = (
        '<template>\n  <p v-html="x"></p>\n</template>\n'
        '<script setup lang="ts">\nconst a = eval(b)\n</script>\n'
    )
    program, language = script_blocks(text) or ("", "")
    assert language == "typescript"
    assert len(program) == len(text) and program.count("\n") == text.count("\n")
    assert program.splitlines()[4] == "const a = eval(b)" and "v-html" not in program
    assert script_blocks("<template><p>{{ a }}</p></template>\n") is None
    assert script_blocks("<script>let a = 1</script>") == ("        let a = 1         ", "javascript")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list('<>/script lang="ts"\nab{}'))))
def test_script_blocks_never_move_a_line(text: str) -> None:
    blocks = script_blocks(text)
    if blocks is not None:
        program, _ = blocks
        assert len(program) == len(text)
        assert [i for i, c in enumerate(program) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def test_a_tree_in_every_shipped_language_is_analysed_with_findings_in_place(tmp_path: Path) -> None:
    root = _tree(
        tmp_path / "repo",
        {
            "web/Loan.vue": (
                '<template>\n  <p v-html="loan.comment"></p>\n</template>\n<script>\n'
                'localStorage.setItem("access_token", token)\n</script>\n'
            ),
            "web/Card.svelte": "<script>\n  export let c;\n</script>\n<p>{@html c.note}</p>\n",
            "web/WEB-INF/find.jsp": '<p>Hello <%= request.getParameter("name") %></p>\n',
            "Views/Loan.cshtml": "@model Loan\n<p>@Html.Raw(Model.Comment)</p>\n",
            "app/controllers/loans_controller.rb": 'def s\n  system("ls #{params[:d]}")\nend\n',
            "scoring/src/lib.rs": "fn d(p: &str) { let x = md5::compute(p); }\n",
            "Api.scala": 'object A { val c = Cipher.getInstance("DES") }\n',
            "mobile/lib/pin.dart": "String h(String p) => md5.convert(utf8.encode(p)).toString();\n",
        },
    )
    ctx = ScanContext(ScanConfig(root=root.resolve()), build_inventory(root))
    outcome = SemgrepAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings}
    assert not [f for f in outcome.findings if f.rule_id == NOT_COVERED_RULE]
    assert {
        ("vue-raw-html", "web/Loan.vue", 2),
        ("javascript-token-in-web-storage", "web/Loan.vue", 5),  # the script block, mapped back
        ("svelte-raw-html", "web/Card.svelte", 4),
        ("java-xss", "web/WEB-INF/find.jsp", 1),  # the page's Java; the template rule folded in
        ("razor-raw-html", "Views/Loan.cshtml", 2),
        ("ruby-command-injection", "app/controllers/loans_controller.rb", 2),
        ("rust-weak-hash", "scoring/src/lib.rs", 1),
        ("scala-weak-cipher", "Api.scala", 1),
        ("dart-weak-hash", "mobile/lib/pin.dart", 1),
    } <= found, found
    jsp = [f for f in outcome.findings if f.location.path == "web/WEB-INF/find.jsp"]
    assert [f.rule_ids for f in jsp] == [("java-xss", "jsp-unescaped-output")]


def test_a_component_without_findings_is_still_counted_as_analysed(tmp_path: Path) -> None:
    component = "<template><p>{{ a }}</p></template>\n<script>\nexport default {}\n</script>\n"
    root = _tree(tmp_path / "repo", {"App.vue": component})
    ctx = ScanContext(ScanConfig(root=root.resolve()), build_inventory(root))
    outcome = SemgrepAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK and not outcome.findings and not outcome.run.gaps
