"""The Swift taint rules for injection into files, commands, SQL, format strings, regular
expressions and web views read the same sources: text fields, deep links and universal links, the
URLs the app's own URL loading handlers are asked to load, web-view messages, server responses,
push payloads, request data. YAML aliases are refused, so rule files share the block by copy: the
copies must stay the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from aiscan.analyzers.semgrep import semgrep_rules_dir
from tests.semgrep_support import scan_files

SWIFT = semgrep_rules_dir() / "swift"
RULES = (
    "swift-path-traversal",
    "swift-command-injection",
    "swift-format-string-injection",
    "swift-regex-dos",
    "swift-sql-injection",
    "swift-webview-injection",
)
START = "    pattern-sources:\n"
END = "    pattern-sanitizers:\n"


def sources(rule: str) -> str:
    text = (SWIFT / f"{rule}.yaml").read_text(encoding="utf-8")
    start = text.index(START)
    return text[start : text.index(END, start)]


def test_every_swift_injection_rule_reads_the_same_sources() -> None:
    first = sources(RULES[0])
    assert "openURLContexts" in first and "$V.onOpenURL { $URL in ... }" in first
    assert "override func startLoading() { ... }" in first
    assert "$TASK.request.url" in first and "WKURLSchemeTask" in first
    for rule in RULES[1:]:
        assert sources(rule) == first, rule


def test_a_url_protocol_unwrapping_its_request_url_reaches_a_file_write(tmp_path: Path) -> None:
    rules = tmp_path / "rules" / "swift"
    rules.mkdir(parents=True)
    shutil.copy(SWIFT / "swift-path-traversal.yaml", rules)
    export = (
        "final class ExportProtocol: URLProtocol {\n"
        "    override func startLoading() {\n"
        "        guard let link = request.url else { return }\n"
        "        let name = link.path\n"
        "        try? body.write(to: folder.appendingPathComponent(name))\n"
        "    }\n"
        "    func summary() {\n"
        "        guard let link = request.url else { return }\n"
        "        try? body.write(to: folder.appendingPathComponent(link.path))\n"
        "    }\n"
        "}\n"
    )
    outcome = scan_files(tmp_path / "repo", {"App/ExportProtocol.swift": export}, tmp_path / "rules")
    found = sorted((f.rule_id, f.location.start_line) for f in outcome.findings)
    assert found == [("swift-path-traversal", 5)]
    assert not outcome.run.gaps
