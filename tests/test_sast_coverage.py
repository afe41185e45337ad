"""Language coverage (p19) and incomplete coverage of the semgrep run, with the real semgrep."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import (
    RuleInfo,
    SemgrepAnalyzer,
    assess_coverage,
    batch_targets,
    config_targets,
    load_rules,
)
from aiscan.cli import cli
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome, RunStatus, Severity
from aiscan.sast.coverage import (
    NOT_COVERED_RULE,
    SAST_CLASSES,
    not_covered_findings,
    ruleset_matrix,
    tree_coverage,
    uncovered,
)
from tests.conftest import REPO

NO_EVAL = """rules:
  - id: no-eval
    languages: [python]
    severity: ERROR
    message: eval of data
    metadata: {category: dangerous-function, requirements: [p19.2], cwe: ["CWE-95"], severity: high,
               confidence: high, title: eval, remediation: do not}
    pattern: eval(...)
"""

# Five statement sequences with ellipses between them: the matcher tries every combination of
# assignments in a long function, which takes far longer than a second.
PATHOLOGICAL = """rules:
  - id: slow-sequence
    languages: [python]
    severity: WARNING
    message: slow
    metadata: {category: secure-coding, requirements: [p19.7], cwe: ["CWE-1333"], severity: low,
               confidence: low, title: slow, remediation: none}
    patterns:
      - pattern: |
          $A = $F1(...)
          ...
          $B = $F2(...)
          ...
          $C = $F3(...)
          ...
          $D = $F4(...)
          ...
          $E = $F5(...)
      - metavariable-comparison:
          metavariable: $A
          comparison: str($A) == "never"
"""


def _rules(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "rules" / "python"
    folder.mkdir(parents=True)
    (folder / "rule.yaml").write_text(text)
    return tmp_path / "rules"


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "repo"
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def _run(root: Path, rules: Path | None = None, **config: object) -> AnalyzerOutcome:
    ctx = ScanContext(ScanConfig(root=root.resolve(), **config), build_inventory(root))  # type: ignore[arg-type]
    return SemgrepAnalyzer(rules).run(ctx)


def _rule(rid: str, langs: tuple[str, ...], reqs: tuple[str, ...], folder: str = "") -> RuleInfo:
    return RuleInfo(rid, langs, "", reqs, f"{folder}/{rid}.yaml", folder)


# --- the matrix ---------------------------------------------------------------------------


def test_matrix_counts_rules_per_language_and_class() -> None:
    rules = [
        _rule("a", ("javascript", "typescript"), ("p19.1", "p26.3"), "javascript"),
        _rule("b", ("javascript", "typescript"), ("p19.3", "p19.5"), "javascript"),
        _rule("c", ("generic",), ("p19.5",), "java"),
        _rule("d", ("java",), ("p19.6",), "java"),
    ]
    m = ruleset_matrix(rules)
    assert m["javascript"] == m["typescript"]
    assert m["javascript"]["p19.1"] == 1 and m["javascript"]["p19.3"] == 1 and m["javascript"]["p19.5"] == 1
    assert m["java"]["p19.5"] == 1  # a rule for configuration files counts for its folder
    assert set(m["java"]) == set(SAST_CLASSES)  # p19.6 is the secret scanning's


def test_real_ruleset_covers_python_in_every_class() -> None:
    row = ruleset_matrix(load_rules())["python"]
    assert all(row[c] > 0 for c in SAST_CLASSES), row


def test_tree_coverage_marks_markup_and_uncovered_languages(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"app.py": "x = 1\n", "lib/a.pl": "print 1;\nprint 2;\n", "t.html": "<p>\n"})
    rows = {r.language: r for r in tree_coverage(build_inventory(root).languages(), load_rules())}
    assert rows["python"].covered and rows["python"].subject
    assert not rows["html"].subject
    assert [r.language for r in uncovered(rows.values())] == ["perl"]


def test_uncovered_language_is_a_p19_finding_at_its_first_file(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"app.py": "x = 1\n", "src/b.lua": "print(1)\n", "src/a.lua": "print(2)\n"})
    (f,) = not_covered_findings(build_inventory(root), load_rules())
    assert f.rule_id == NOT_COVERED_RULE and f.requirements == ("p19",)
    assert f.severity is Severity.HIGH and f.location.path == "src/a.lua"
    assert "lua" in f.title and "lua code (2 files, 2 lines; first: src/a.lua)" in f.message
    (root / "src" / "c.lua").write_text("print(3)\n")
    (again,) = not_covered_findings(build_inventory(root), load_rules())
    assert again.fingerprint == f.fingerprint  # the language, not its files, identifies it


def test_the_catalogue_knows_the_synthetic_rule() -> None:
    assert NOT_COVERED_RULE in SemgrepAnalyzer().rule_ids()


def test_config_files_are_targets_of_rules_for_configuration() -> None:
    rules = [RuleInfo("spring-debug", ("generic",), "", ("p19.5",), "java/x.yaml", "java", ("*.properties",))]
    others = ["src/main/resources/application.properties", "README.md", "app.yml"]
    assert config_targets(others, rules) == ("src/main/resources/application.properties",)
    assert config_targets(others, [_rule("x", ("python",), ("p19.1",))]) == ()


def test_a_config_target_is_chosen_by_its_name_as_semgrep_chooses_it() -> None:
    # semgrep's default engine matches a rule's paths.include against the name of each file it is
    # given, so a glob with a folder in it selects nothing: aiscan must not expect such a file to
    # be read (it would be a gap, and the requirements NOT_ASSESSED, for a file no rule reads)
    rules = [
        RuleInfo("mybatis", ("generic",), "", ("p19.1",), "m.yaml", "java", ("*Mapper.xml", "*/mapper/*")),
        RuleInfo("provider", ("generic",), "", ("p19.5",), "java/p.yaml", "java", ("*/res/xml/*.xml",)),
    ]
    others = [
        "src/main/resources/mapper/UserMapper.xml",
        "src/main/resources/mapper/TagReadService.xml",
        "app/src/main/res/xml/backup_rules.xml",
    ]
    assert config_targets(others, rules) == ("src/main/resources/mapper/UserMapper.xml",)


def test_mapper_and_resource_xml_files_are_read_or_left_alone_never_gaps(tmp_path: Path) -> None:
    # a MyBatis mapper folder holding files not named like mappers, and Android res/xml files
    # not named like FileProvider paths: semgrep reads none of them, and the run is complete
    root = _tree(
        tmp_path,
        {
            "src/main/java/a/App.java": "package a;\nclass App { int f() { return 1; } }\n",
            "src/main/resources/mapper/TagReadService.xml": '<mapper namespace="a.T">\n'
            '  <select id="all" resultType="string">select name from tags</select>\n</mapper>\n',
            "src/main/resources/mapper/UserMapper.xml": '<mapper namespace="a.U">\n'
            '  <select id="q" resultType="string">select * from users order by ${col}</select>\n</mapper>\n',
            "app/src/main/res/xml/backup_rules.xml": "<full-backup-content>\n</full-backup-content>\n",
        },
    )
    outcome = _run(root)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    assert [(f.rule_id, f.location.path) for f in outcome.findings if "mybatis" in f.rule_id] == [
        ("java-mybatis-raw-substitution-xml", "src/main/resources/mapper/UserMapper.xml")
    ]


def test_no_shipped_rule_names_a_folder_in_its_include_globs() -> None:
    # the same reason: a glob with a folder selects nothing under semgrep's default engine
    with_folder = [(r.id, g) for r in load_rules() for g in r.include if "/" in g]
    assert with_folder == []


# --- incomplete coverage, pure ---------------------------------------------------------------


def test_unscanned_targets_and_errors_become_gaps() -> None:
    data = {
        "errors": [
            {
                "path": "a.py",
                "level": "warn",
                "type": "Timeout",
                "rule_id": "rules.python.slow",
                "message": "t",
            },
            {
                "path": "b.py",
                "level": "warn",
                "type": ["PartialParsing", [{"start": {"line": 3}, "end": {"line": 4}}]],
            },
            {
                "path": "c.py",
                "level": "warn",
                "type": ["PartialParsing", [{"start": {"line": 1}, "end": {"line": 9}}]],
            },
        ],
        "paths": {"scanned": ["a.py", "b.py", "c.py"], "skipped": [{"path": "d.py", "details": "too big"}]},
    }
    cov = assess_coverage(data, {"a.py": 10, "b.py": 100, "c.py": 10, "d.py": 5, "e.py": 5})
    gaps = {g.path: g for g in cov.gaps}
    assert gaps["a.py"].rule_id == "slow" and "Timeout" in gaps["a.py"].reason
    assert "lines 1-9 of 10 not parsed" in gaps["c.py"].reason
    assert gaps["d.py"].reason == "not analysed by semgrep: too big"
    assert gaps["e.py"].reason == "not analysed by semgrep: skipped without a reason"
    assert [w.path for w in cov.warnings] == ["b.py"]
    assert cov.warnings[0].reason == "PartialParsing: lines 3-4 of 100 not parsed; the rest was analysed"
    assert not cov.fatal


def test_repeated_timeouts_say_that_later_rules_did_not_run() -> None:
    errs = [{"path": "a.py", "type": "Timeout", "rule_id": f"r{i}"} for i in range(3)]
    cov = assess_coverage({"errors": errs, "paths": {"scanned": ["a.py"]}}, {"a.py": 1})
    assert cov.gaps[-1].reason == "3 rules timed out; semgrep ran no further rules on this file"


def test_an_error_about_a_file_not_given_is_a_configuration_error() -> None:
    data = {"errors": [{"path": "rules/x.yaml", "level": "warn", "type": "Invalid YAML", "message": "bad"}]}
    assert assess_coverage(data, {"a.py": 1}).fatal == ("rules/x.yaml: bad",)


def test_copies_are_mapped_back() -> None:
    data = {"errors": [], "paths": {"scanned": ["/tmp/w/0/manage.py"]}}
    cov = assess_coverage(data, {"manage": 3}, path_map={"/tmp/w/0/manage.py": "manage"})
    assert cov.gaps == () and cov.scanned == frozenset({"manage"})


def test_targets_are_batched_under_the_command_line_limit() -> None:
    targets = [f"src/file{i:03}.py" for i in range(100)]  # 16 bytes each with the separator
    batches = batch_targets(targets, max_bytes=160)
    assert [len(b) for b in batches] == [10] * 10
    assert [t for b in batches for t in b] == targets
    assert batch_targets([], 10) == []


# --- incomplete coverage, with semgrep ------------------------------------------------------


def test_a_file_semgrep_cannot_parse_is_a_gap_naming_it(tmp_path: Path) -> None:
    root = _tree(
        tmp_path, {"ok.py": "def f(x):\n    return eval(x)\n", "bad.py": "x = = = ((( [[[ eval(\n}}}}\n"}
    )
    outcome = _run(root, _rules(tmp_path, NO_EVAL))
    assert outcome.run.status is RunStatus.PARTIAL
    (gap,) = outcome.run.gaps
    assert gap.path == "bad.py" and gap.reason.startswith("PartialParsing: lines 1-2 of 2 not parsed")
    assert [(f.rule_id, f.location.path) for f in outcome.findings] == [("no-eval", "ok.py")]


def test_a_few_unparsed_lines_are_a_warning_not_a_gap(tmp_path: Path) -> None:
    good = "".join(f"def f{i}(x):\n    return eval(x)\n\n" for i in range(10))
    root = _tree(tmp_path, {"mostly.py": good + "x = = 1\n"})
    outcome = _run(root, _rules(tmp_path, NO_EVAL))
    assert outcome.run.status is RunStatus.OK
    assert [g.reason for g in outcome.run.gaps] == [
        "PartialParsing: line 31 of 31 not parsed; the rest was analysed"
    ]
    assert len(outcome.findings) == 10


def test_a_rule_that_times_out_is_a_gap_naming_the_rule_and_file(tmp_path: Path) -> None:
    body = "".join(f"    v{i} = g{i}(x)\n" for i in range(3000))
    root = _tree(tmp_path, {"big.py": "def f(x):\n" + body, "small.py": "y = 1\n"})
    outcome = _run(root, _rules(tmp_path, PATHOLOGICAL), rule_timeout_s=1)
    assert outcome.run.status is RunStatus.PARTIAL
    (gap,) = outcome.run.gaps
    assert (gap.path, gap.rule_id) == ("big.py", "slow-sequence")
    assert "did not finish" in gap.reason


def test_files_semgrep_would_ignore_by_extension_are_scanned_as_copies(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"manage": "#!/usr/bin/env python3\neval(input())\n", "gui.pyw": "eval(a)\n"})
    outcome = _run(root, _rules(tmp_path, NO_EVAL))
    assert outcome.run.status is RunStatus.OK and outcome.run.files_scanned == 2
    found = sorted((f.location.path, f.location.start_line, f.location.snippet) for f in outcome.findings)
    assert found == [("gui.pyw", 1, "eval(a)"), ("manage", 2, "eval(input())")]


def test_a_file_too_large_to_analyse_is_a_gap(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"huge.py": "x = 1\n" * 400_000, "ok.py": "y = 1\n"})
    outcome = _run(root, _rules(tmp_path, NO_EVAL))
    assert outcome.run.status is RunStatus.PARTIAL
    assert [g.path for g in outcome.run.gaps] == ["huge.py"]
    assert "larger than" in outcome.run.gaps[0].reason


def test_an_invalid_rule_file_makes_the_run_an_error(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"ok.py": "y = 1\n"})
    rules = _rules(tmp_path, NO_EVAL.replace("pattern: eval(...)", "pattern: eval(..."))
    outcome = _run(root, rules)
    assert outcome.run.status is RunStatus.ERROR and "no-eval" in outcome.run.reason


def test_an_uncovered_language_is_reported_by_the_semgrep_run(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"a.pl": "print 1;\n"})
    outcome = _run(root, _rules(tmp_path, NO_EVAL))
    assert outcome.run.status is RunStatus.OK and "not covered: perl" in outcome.run.reason
    assert [f.rule_id for f in outcome.findings] == [NOT_COVERED_RULE]


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_coverage_command_prints_the_ruleset_matrix(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["coverage"])
    assert result.exit_code == 0, result.output
    assert "p19.1" in result.output and "p19.7" in result.output
    python = next(line for line in result.output.splitlines() if line.startswith("python "))
    assert python.endswith("covered")
    rows = json.loads(runner.invoke(cli, ["coverage", "--format", "json"]).output)["languages"]
    assert {"python", "go"} <= {r["language"] for r in rows}


def test_coverage_command_names_an_uncovered_language_of_a_tree(runner: CliRunner, tmp_path: Path) -> None:
    root = _tree(tmp_path, {"app.py": "x = 1\n", "scoring/src/main.lua": "print(1)\n"})
    result = runner.invoke(cli, ["coverage", str(root)])
    assert result.exit_code == 1
    assert "Not covered: lua" in result.output
    assert runner.invoke(cli, ["coverage", str(root), "--exclude", "scoring"]).exit_code == 0


def test_scanning_a_tree_with_an_uncovered_language_fails_p19(runner: CliRunner, tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {"app.py": "def add(a: int, b: int) -> int:\n    return a + b\n", "lib/report.pl": "print 'ok';\n"},
    )
    out = tmp_path / "report.json"
    result = runner.invoke(cli, ["scan", str(root), "--format", "json", "--output", str(out)])
    assert result.exit_code == 1, result.output
    assert "Language not covered by static analysis: perl" in result.output
    assert "p19 FAIL" in result.output
    report = json.loads(out.read_text())
    jsonschema.validate(report, json.loads((REPO / "docs" / "report.schema.json").read_text()))
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p19"] == "FAIL"
    (finding,) = [f for f in report["findings"] if f["rule_id"] == NOT_COVERED_RULE]
    assert (
        finding["location"]["path"] == "lib/report.pl" and "perl code (1 file, 1 line" in finding["message"]
    )
    rows = {r["language"]: r for r in report["coverage"]["languages"]}
    assert rows["perl"]["status"] == "not covered" and rows["python"]["status"] == "covered"


def test_a_tree_too_large_for_one_command_line_is_scanned_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aiscan.analyzers.semgrep as semgrep_module

    root = _tree(
        tmp_path,
        {f"m{i}.py": f"eval(x{i})\n" for i in range(3)} | {"tool": "#!/usr/bin/env python\neval(y)\n"},
    )
    monkeypatch.setattr(semgrep_module, "MAX_ARGV_BYTES", 8)
    outcome = _run(root, _rules(tmp_path, NO_EVAL))
    assert outcome.run.status is RunStatus.OK and outcome.run.files_scanned == 4
    assert sorted(f.location.path for f in outcome.findings) == ["m0.py", "m1.py", "m2.py", "tool"]
