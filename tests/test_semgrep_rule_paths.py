"""A rule's `paths.exclude` (gitignore-style patterns) names files the rule is not meant for:
test folders, a CI service's configuration. semgrep's newer engine, which aiscan runs with the
files named on its command line, does not apply those patterns to files it is given, so aiscan
drops a rule's findings in the files its patterns exclude. Files the patterns do not name keep
their findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.analyzers.semgrep import semgrep_findings
from aiscan.sast.rule_paths import excluded


@pytest.mark.parametrize(
    ("path", "patterns"),
    [
        (".github/ct.yml", (".github/",)),
        ("deploy/.gitlab/ci/lint.yaml", (".gitlab/",)),
        ("pkg/loans/testdata/server.go", ("testdata/",)),
        ("pkg/loans/server_test.go", ("*_test.go",)),
        ("loans/src/test/java/LoanTest.java", ("src/test/",)),
    ],
)
def test_a_path_the_patterns_name_is_excluded(path: str, patterns: tuple[str, ...]) -> None:
    assert excluded(path, patterns)


@pytest.mark.parametrize(
    ("path", "patterns"),
    [
        ("src/main/resources/application.yml", (".github/", ".gitlab/", ".circleci/")),
        ("docs/github.yml", (".github/",)),
        # a folder pattern names a folder, not a file of that name
        ("loans/testdata", ("testdata/",)),
        ("pkg/loans/server.go", ("*_test.go", "testdata/")),
        ("loans/src/main/test.java", ("src/test/",)),
    ],
)
def test_a_path_the_patterns_do_not_name_is_kept(path: str, patterns: tuple[str, ...]) -> None:
    assert not excluded(path, patterns)


def _result(path: str) -> dict[str, object]:
    return {
        "check_id": "rulesets.semgrep.java.java-spring-debug-config",
        "path": path,
        "start": {"line": 1, "col": 1},
        "end": {"line": 1, "col": 12},
        "extra": {"message": "debug", "severity": "WARNING", "metadata": {"severity": "high"}},
    }


def test_findings_in_files_a_rule_excludes_are_dropped() -> None:
    data = {"results": [_result(".github/ct.yml"), _result("src/main/resources/application.yml")]}
    found = semgrep_findings(data, lambda _p, _s, _e: "debug: true")
    assert [f.location.path for f in found] == ["src/main/resources/application.yml"]


def test_a_rule_without_exclusions_keeps_every_finding() -> None:
    result = _result(".github/ct.yml") | {"check_id": "rulesets.semgrep.python.python-mass-assignment"}
    found = semgrep_findings({"results": [result]}, lambda _p, _s, _e: "")
    assert [f.location.path for f in found] == [str(Path(".github/ct.yml"))]
