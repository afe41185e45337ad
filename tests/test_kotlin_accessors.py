"""Kotlin property getters rewritten as initializers, and setters as members, so that semgrep
reads their bodies (aiscan.sast.kotlin_accessors), and the semgrep run that is given such copies."""

from __future__ import annotations

from pathlib import Path

from aiscan.sast.kotlin_accessors import readable_accessors
from tests.semgrep_support import scan_files


def _same_shape(before: str, after: str) -> None:
    assert len(after) == len(before)
    assert after.count("\n") == before.count("\n")


def test_a_getter_on_the_next_line_becomes_the_initializer_at_the_same_columns() -> None:
    text = "val client: HttpClient\n    get() = HttpClient(OkHttp) {\n        level = LogLevel.ALL\n    }\n"
    out = readable_accessors(text)
    _same_shape(text, out)
    assert out.splitlines()[1] == "    =       HttpClient(OkHttp) {"
    assert out.splitlines()[2] == text.splitlines()[2]


def test_a_getter_on_the_declaration_line_becomes_the_initializer() -> None:
    text = "class Prefs {\n    val token: String get() = store.read(KEY)\n}\n"
    out = readable_accessors(text)
    _same_shape(text, out)
    assert out.splitlines()[1] == "    val token: String =       store.read(KEY)"


def test_a_block_getter_becomes_a_run_block() -> None:
    text = 'val header: String\n    get() {\n        return "Basic " + key\n    }\n'
    out = readable_accessors(text)
    _same_shape(text, out)
    assert out.splitlines()[1] == "    = run {"
    inline = readable_accessors("val header: String get() { return key }\n")
    assert inline == "val header: String = run { return key }\n"


def test_modifiers_and_annotations_are_kept_and_the_getters_annotation_blanked() -> None:
    text = "    override actual val colors: Palette\n        @Composable get() = palette()\n"
    out = readable_accessors(text)
    _same_shape(text, out)
    assert out.splitlines()[0] == text.splitlines()[0]
    line = out.splitlines()[1]
    assert line.split() == ["=", "palette()"]
    assert line.index("palette()") == text.splitlines()[1].index("palette()")


def test_what_is_not_a_getter_of_an_uninitialised_property_is_left_as_it_is() -> None:
    unchanged = [
        # the property has an initializer or a delegate: an initializer would be its second
        "var count: Int = 0\n    get() = field\n",
        "val repo by lazy { Repo() }\n",
        "val cache: Cache by inject()\n    get() = field\n",
        # a Ktor route and calls named get
        'routing {\n    get("/loans") { call.respond(loans()) }\n    get() { call.respond(ok) }\n}\n',
        "val x = map.get(key)\nval y = list.get()\n",
        # a setter is rewritten, its property (and its initializer) not
        'var name: String = ""\n',
        # text in strings and comments
        'val help = """\nval a: Int\n    get() = 1\n"""\n',
        "// val a: Int\n//     get() = 1\n",
        "no getter here\n",
    ]
    for text in unchanged:
        assert readable_accessors(text) == text, text


def test_a_getter_after_a_comment_line_still_follows_its_declaration() -> None:
    text = "val key: String\n    // the stored key\n    get() = prefs.key\n"
    out = readable_accessors(text)
    assert out.splitlines()[2] == "    =       prefs.key"


def test_a_block_setter_becomes_a_member_whose_lambda_keeps_the_body_at_the_same_columns() -> None:
    text = (
        'var token: String = ""\n    set(value) {\n        Log.d("t", value)\n        field = value\n    }\n'
    )
    out = readable_accessors(text)
    _same_shape(text, out)
    lines = out.splitlines()
    assert lines[0] == text.splitlines()[0]
    assert lines[1] == "    val value= {"
    assert lines[2:] == text.splitlines()[2:]
    assert readable_accessors("var a = 0\n    set(v){ log(v) }\n").splitlines()[1] == "    val v={ log(v) }"


def test_an_expression_setter_with_modifiers_and_a_typed_parameter() -> None:
    text = 'var pin: String = ""\n    private set(value: String) = prefs.put(PIN, value)\n'
    out = readable_accessors(text)
    _same_shape(text, out)
    assert out.splitlines()[1] == "    private val value          = prefs.put(PIN, value)"
    text = "var key: String\n    @Synchronized set(k) {\n        store(k)\n    }\n"
    assert readable_accessors(text).splitlines()[1] == "    @Synchronized val k= {"


def test_a_setter_after_a_getter_of_one_line_or_of_a_block_and_after_a_multiline_initializer() -> None:
    after_getter = "var name: String\n    get() = store.name\n    set(value) { store.name = value }\n"
    out = readable_accessors(after_getter)
    _same_shape(after_getter, out)
    assert out.splitlines()[1:] == ["    =       store.name", "    val value= { store.name = value }"]
    after_block = (
        "var name: String\n    get() {\n        return store.name\n    }\n    set(value) { save(value) }\n"
    )
    assert readable_accessors(after_block).splitlines()[4] == "    val value= { save(value) }"
    after_call = "var items: List<Int> = listOf(\n    1,\n    2\n).sorted()\n    set(v) { save(v) }\n"
    assert readable_accessors(after_call).splitlines()[4] == "    val v= { save(v) }"
    same_line_getter = "var name: String get() = n\n    set(value) { n = value }\n"
    assert readable_accessors(same_line_getter).splitlines()[1] == "    val value= { n = value }"


def test_accessors_under_annotations_on_lines_of_their_own() -> None:
    text = (
        "private var callback: Func?\n"
        "    @Keep\n"
        "    @DoNotStrip\n"
        "    get() {\n"
        "        return wrap(listener)\n"
        "    }\n"
        "    @Keep\n"
        "    @DoNotStrip\n"
        "    set(value) {\n"
        "        listener = value\n"
        "    }\n"
    )
    out = readable_accessors(text)
    _same_shape(text, out)
    lines = out.splitlines()
    # the getter's own annotations are blanked with it, the setter's stay on its member
    assert [line.strip() for line in lines[1:4]] == ["", "", "= run {"]
    assert lines[3].index("{") == text.splitlines()[3].index("{")
    assert lines[6:9] == ["    @Keep", "    @DoNotStrip", "    val value= {"]


def test_what_is_not_a_setter_of_a_property_is_left_as_it_is() -> None:
    unchanged = [
        # bare setters with no body
        "var count: Int = 0\n    private set\n",
        "var count: Int = 0\n    @Inject set\n",
        # calls named set: after a statement, with two arguments, on a receiver
        "fun f() {\n    save()\n    set(key) { value }\n}\n",
        "var a = 0\nset(a, b)\nmap.set(k) { v }\n",
        # a val has no setter; a delegated property no accessor
        "val a = 0\n    set(v) { x(v) }\n",
        "var a by state\n    set(v) { x(v) }\n",
        # the property starts outside the block the setter is in
        "var a = 0\nfun f() {\n    set(v) { x(v) }\n}\n",
        # text in strings and comments
        'var help = """\nvar a = 0\n    set(v) { x(v) }\n"""\n',
        "// var a = 0\n//     set(v) { x(v) }\n",
    ]
    for text in unchanged:
        assert readable_accessors(text) == text, text


NO_LOGGED_TOKEN = """rules:
  - id: no-logged-token
    languages: [kotlin]
    severity: ERROR
    message: token logged
    metadata: {category: secure-coding, requirements: [p19.7], cwe: ["CWE-532"], severity: medium,
               confidence: high, title: token logged, remediation: do not}
    pattern: Log.d($T, token)
"""


def test_semgrep_reads_the_bodies_of_accessors_and_the_finding_keeps_the_files_path(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "rules" / "kotlin"
    folder.mkdir(parents=True)
    (folder / "rule.yaml").write_text(NO_LOGGED_TOKEN)
    session = (
        "class Session(private val prefs: Prefs) {\n"
        "    val header: String\n"
        "        get() {\n"
        "            val token = prefs.token\n"
        '            Log.d("session", token)\n'
        '            return "Bearer " + token\n'
        "        }\n"
        '    var pin: String = ""\n'
        "        set(token) {\n"
        '            Log.d("pin", token)\n'
        "            field = token\n"
        "        }\n"
        "}\n"
        "fun plain(token: String) {\n"
        '    Log.d("plain", token)\n'
        "}\n"
    )
    outcome = scan_files(tmp_path / "repo", {"app/src/main/kotlin/Session.kt": session}, tmp_path / "rules")
    found = sorted(
        (f.location.path, f.location.start_line, f.location.snippet.strip()) for f in outcome.findings
    )
    assert found == [
        ("app/src/main/kotlin/Session.kt", 5, 'Log.d("session", token)'),
        ("app/src/main/kotlin/Session.kt", 10, 'Log.d("pin", token)'),
        ("app/src/main/kotlin/Session.kt", 15, 'Log.d("plain", token)'),
    ]
    assert outcome.run.files_scanned == 1
    assert not outcome.run.gaps
