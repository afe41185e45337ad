"""Swift optional bindings (`guard let a = b`, `if let a = b`) rewritten as assignments, so that
semgrep's taint follows the bound value (aiscan.sast.swift_bindings), and the semgrep run that is
given such copies."""

from __future__ import annotations

from pathlib import Path

from aiscan.sast.swift_bindings import readable_bindings
from tests.semgrep_support import scan_files


def _same_shape(before: str, after: str) -> None:
    assert len(after) == len(before)
    assert after.count("\n") == before.count("\n")


def test_a_guard_binding_becomes_an_assignment_at_the_same_columns() -> None:
    text = "    guard let url = request.url else { return }\n    open(url)\n"
    out = readable_bindings(text)
    _same_shape(text, out)
    assert out.splitlines()[0] == "    guard     url = request.url else { return }"
    assert out.splitlines()[1] == text.splitlines()[1]
    assert readable_bindings("guard var a = b else {\n}\n") == "guard     a = b else {\n}\n"


def test_an_if_binding_is_wrapped_in_parentheses_so_the_block_is_not_a_trailing_closure() -> None:
    text = "if let message = message {\n    show(message)\n} else {\n    hide()\n}\n"
    out = readable_bindings(text)
    _same_shape(text, out)
    assert out.splitlines()[0] == "if (   message = message){"
    assert out.splitlines()[1:] == text.splitlines()[1:]


def test_several_bindings_shorthand_conditions_and_type_annotations() -> None:
    text = "if let a = b, let c = d {\n"
    assert readable_bindings(text) == "if     a = b, (   c = d){\n"
    text = "if let a, a.isEmpty == false {\n"
    assert readable_bindings(text) == "if     a, a.isEmpty == false {\n"
    text = "if let token {\n"
    assert readable_bindings(text) == "if     token {\n"
    text = "guard let name: String = item.name as? String else { return }\n"
    out = readable_bindings(text)
    _same_shape(text, out)
    assert out == "guard     name         = item.name as? String else { return }\n"
    text = "} else if let data = try? Data(contentsOf: url) {\n"
    assert readable_bindings(text) == "} else if (   data = try? Data(contentsOf: url)){\n"


def test_a_condition_over_several_lines() -> None:
    text = (
        "guard let components = URLComponents(url: self, resolvingAgainstBaseURL: true),\n"
        "      let items = components.queryItems else {\n"
        "    return nil\n"
        "}\n"
    )
    out = readable_bindings(text)
    _same_shape(text, out)
    assert out.splitlines()[0] == text.splitlines()[0].replace("guard let", "guard    ")
    assert out.splitlines()[1] == "          items = components.queryItems else {"


def test_what_is_not_a_plain_binding_is_left_as_it_is() -> None:
    unchanged = [
        # no binding, or a pattern of its own
        "if ready {\n}\n",
        "if case let .some(value) = result {\n}\n",
        "guard case .ok = status else { return }\n",
        # the last binding runs into its block: no room for the closing parenthesis
        "if let a = b{\n}\n",
        # a `let` declaration, a `while let` loop
        "let a = b\n",
        "while let line = reader.next() {\n}\n",
        # text in strings and comments
        '"guard let a = b else { return }"\n',
        '"""\nif let a = b {\n"""\n',
        "// if let a = b {\n/* guard let a = b else {} */\n",
    ]
    for text in unchanged:
        assert readable_bindings(text) == text, text


def test_clauses_in_strings_are_left_and_code_around_them_rewritten() -> None:
    text = 'if let a = dict["if let x = y {"] {\n'
    assert readable_bindings(text) == 'if (   a = dict["if let x = y {"]){\n'


NO_DEEP_LINK_IN_WEB_VIEW = """rules:
  - id: no-deep-link-in-web-view
    languages: [swift]
    severity: ERROR
    message: deep link loaded
    metadata: {category: secure-coding, requirements: [p19.7], cwe: ["CWE-79"], severity: high,
               confidence: high, title: deep link loaded, remediation: do not}
    mode: taint
    pattern-sources:
      - pattern: $U.queryItems
    pattern-sinks:
      - pattern: $W.loadHTMLString(...)
"""


def test_semgrep_follows_a_bound_value_and_the_finding_keeps_the_files_path(tmp_path: Path) -> None:
    folder = tmp_path / "rules" / "swift"
    folder.mkdir(parents=True)
    (folder / "rule.yaml").write_text(NO_DEEP_LINK_IN_WEB_VIEW)
    links = (
        "func open(_ comps: URLComponents, _ web: WKWebView) {\n"
        "    let items = comps.queryItems\n"
        "    guard let first = items else { return }\n"
        "    web.loadHTMLString(first, baseURL: nil)\n"
        "    if let again = items {\n"
        "        web.loadHTMLString(again, baseURL: nil)\n"
        "    }\n"
        "}\n"
    )
    outcome = scan_files(tmp_path / "repo", {"App/Links.swift": links}, tmp_path / "rules")
    found = sorted(
        (f.location.path, f.location.start_line, f.location.snippet.strip()) for f in outcome.findings
    )
    assert found == [
        ("App/Links.swift", 4, "web.loadHTMLString(first, baseURL: nil)"),
        ("App/Links.swift", 6, "web.loadHTMLString(again, baseURL: nil)"),
    ]
    assert outcome.run.files_scanned == 1
    assert not outcome.run.gaps
