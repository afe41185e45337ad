"""aiscan's semgrep ruleset: every rule passes its own tests (semgrep --test), is documented by
its metadata, and every language an MFO ships has rules for every weakness class of p19."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from aiscan.analyzers.semgrep import load_rules, semgrep_rules_dir
from aiscan.compliance.catalogue import Catalogue
from aiscan.sast.coverage import SAST_CLASSES, ruleset_matrix
from aiscan.sast.rulecheck import check_rule, check_rule_file, check_ruleset, read_annotations, uses_aliases
from aiscan.tooling import find_tool

RULES = semgrep_rules_dir()
LANGUAGE_DIRS = sorted(p.name for p in RULES.iterdir() if p.is_dir())
# The languages MFO systems are written in (p19: the scanner supports every language used).
MFO_LANGUAGES = ("python", "java", "kotlin", "javascript", "swift", "go", "php", "csharp")


def semgrep_test(folder: Path) -> list[str]:
    """Run semgrep's rule tests over one folder; every failure as one line."""
    exe = find_tool("semgrep")
    env = {**os.environ, "SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    argv = [exe, "--test", "--experimental", "--json", "--metrics=off", "--disable-version-check"]
    proc = subprocess.run(
        [*argv, folder.name],
        cwd=folder.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        tail = [line for line in proc.stderr.splitlines() if "ERROR" in line or "rror" in line][-5:]
        return [f"semgrep --test exited {proc.returncode} without results: {' | '.join(tail)}"]
    failures = []
    for config, result in sorted((data.get("results") or {}).items()):
        for rule_id, check in sorted((result.get("checks") or {}).items()):
            if check.get("passed"):
                continue
            for target, m in sorted((check.get("matches") or {}).items()):
                expected, reported = set(m.get("expected_lines") or ()), set(m.get("reported_lines") or ())
                if expected != reported:
                    failures.append(
                        f"{rule_id} on {Path(target).name}: missing lines {sorted(expected - reported)}, "
                        f"unexpected lines {sorted(reported - expected)}"
                    )
            failures += [f"{rule_id}: {e}" for e in check.get("errors") or ()]
            if not check.get("matches") and not check.get("errors"):
                failures.append(f"{config}: {rule_id} failed")
    failures += [f"{c}: no test file" for c in data.get("config_missing_tests") or ()]
    failures += [f"{c}: invalid rule configuration" for c in data.get("config_with_errors") or ()]
    for config, result in sorted((data.get("fixtest_results") or {}).items()):
        if not result.get("passed", True):
            failures.append(f"{config}: autofix test failed")
    if proc.returncode != 0 and not failures:
        failures.append(f"semgrep --test exited {proc.returncode}")
    return failures


@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_semgrep_rule_tests_pass(language: str) -> None:
    failures = semgrep_test(RULES / language)
    assert not failures, "\n".join(failures)


def test_every_rule_has_metadata_and_an_annotated_test_file(catalogue: Catalogue) -> None:
    problems = check_ruleset(RULES, frozenset(catalogue.ids()))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", MFO_LANGUAGES)
def test_every_mfo_language_has_rules_for_every_class(language: str) -> None:
    assert (RULES / language).is_dir(), f"rulesets/semgrep/{language}/ is missing"
    row = ruleset_matrix(load_rules()).get(language, {})
    missing = [c for c in SAST_CLASSES if not row.get(c)]
    assert not missing, f"{language} has no rules for {', '.join(missing)}"


def test_the_test_harness_reports_a_failing_rule(tmp_path: Path) -> None:
    folder = tmp_path / "python"
    folder.mkdir()
    (folder / "no-eval.yaml").write_text(
        "rules:\n  - id: no-eval\n    languages: [python]\n    severity: ERROR\n"
        "    message: eval\n    pattern: eval(...)\n"
    )
    (folder / "no-eval.py").write_text("# ruleid: no-eval\neval(a)\n# ok: no-eval\neval(b)\n")
    failures = semgrep_test(folder)
    assert failures == ["no-eval on no-eval.py: missing lines [], unexpected lines [4]"]


def test_the_test_harness_reports_a_broken_rule(tmp_path: Path) -> None:
    folder = tmp_path / "python"
    folder.mkdir()
    (folder / "broken.yaml").write_text(
        "rules:\n  - id: broken\n    languages: [python]\n    severity: ERROR\n"
        "    message: eval\n    pattern: eval(...\n"
    )
    (folder / "broken.py").write_text("# ruleid: broken\neval(a)\n# ok: broken\nprint(b)\n")
    failures = semgrep_test(folder)
    assert failures and "broken" in failures[0]


GOOD_RULE = {
    "id": "python-thing",
    "languages": ["python"],
    "severity": "ERROR",
    "message": "m",
    "metadata": {
        "category": "weak-crypto",
        "requirements": ["p19.3", "p23"],
        "cwe": ["CWE-327"],
        "severity": "high",
        "confidence": "medium",
        "title": "t",
        "remediation": "r",
    },
}


def _with(**meta: object) -> dict[str, object]:
    return {**GOOD_RULE, "metadata": {**GOOD_RULE["metadata"], **meta}}  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (_with(category="crypto"), "category 'crypto' is not one of"),
        (_with(requirements=["p23"]), "category weak-crypto needs p19.3"),
        (_with(requirements=["p99.1", "p19.3"]), "unknown requirements ['p99.1']"),
        (_with(cwe=["CWE-327: Broken crypto"]), "cwe must be"),
        (_with(cwe="CWE-327"), "cwe must be"),
        (_with(severity="severe"), "severity must be"),
        (_with(confidence="sure"), "confidence must be"),
        (_with(remediation="  "), "remediation must be non-empty"),
        ({**GOOD_RULE, "id": "python.thing"}, "no dots"),
        ({**GOOD_RULE, "languages": ["go"]}, "kept in python/"),
        ({**GOOD_RULE, "languages": ["generic"]}, "needs paths.include"),
        ({k: v for k, v in GOOD_RULE.items() if k != "metadata"}, "no metadata"),
    ],
)
def test_rule_checks_catch_bad_metadata(rule: dict[str, object], problem: str) -> None:
    assert check_rule(GOOD_RULE, "python", {"p19.3", "p23"}) == []
    problems = check_rule(rule, "python", {"p19.3", "p23"})
    assert any(problem in p for p in problems), problems


def _regex_rule(rx: str) -> dict[str, object]:
    return {
        **GOOD_RULE,
        "patterns": [
            {"pattern": "$F(...)"},
            {"pattern-either": [{"patterns": [{"metavariable-regex": {"metavariable": "$F", "regex": rx}}]}]},
        ],
    }


@pytest.mark.parametrize("regex", ["(?i)(password|secret)", "<[a-z]+", r"(\w+\.)*conn"])
def test_a_metavariable_regex_must_say_where_it_starts(regex: str) -> None:
    problems = check_rule(_regex_rule(regex), "python", {"p19.3", "p23"})
    assert any("metavariable-regex for $F" in p and "start" in p for p in problems), problems


@pytest.mark.parametrize("regex", ["^md5$", "(?i)^(\\w+\\.)*conn", "(?is).*<[a-z]+", r"\Aexec\z", "(?x) ^ a"])
def test_anchored_metavariable_regexes_pass(regex: str) -> None:
    assert check_rule(_regex_rule(regex), "python", {"p19.3", "p23"}) == []


def test_missing_metadata_keys_are_named() -> None:
    rule = {**GOOD_RULE, "metadata": {"category": "dos", "requirements": ["p19.4"]}}
    problems = check_rule(rule, "python", {"p19.4"})
    for key in ("cwe", "severity", "confidence", "title", "remediation"):
        assert any(f"metadata.{key} is missing" in p for p in problems), key


def test_yaml_aliases_are_refused() -> None:
    assert uses_aliases("a: &x [python]\nb: *x\n")
    assert not uses_aliases("a: [python]\nb: [python]\n")


def test_annotations_in_any_comment_syntax() -> None:
    text = "# ruleid: a, b\nx\n// ok: a\n/* todoruleid: c */\n<!-- ok: b -->\n-- todook: d\n"
    assert read_annotations(text) == {"a": {"ruleid", "ok"}, "b": {"ruleid", "ok"}}


def test_a_rule_file_needs_both_annotations_in_its_test_file(tmp_path: Path) -> None:
    folder = tmp_path / "python"
    folder.mkdir()
    import yaml

    (folder / "python-thing.yaml").write_text(yaml.safe_dump({"rules": [GOOD_RULE]}))
    ids = {"p19.3", "p23"}
    assert check_rule_file(folder / "python-thing.yaml", tmp_path, ids) == [
        "python/python-thing.yaml: no test file beside it (python-thing.<ext>)"
    ]
    (folder / "python-thing.py").write_text("# ruleid: python-thing\nmd5(x)\n")
    assert check_rule_file(folder / "python-thing.yaml", tmp_path, ids) == [
        "python/python-thing.yaml: the test file has no 'ok: python-thing' annotation"
    ]
    (folder / "python-thing.py").write_text("# ruleid: python-thing\nmd5(x)\n# ok: python-thing\nsha256(x)\n")
    assert check_rule_file(folder / "python-thing.yaml", tmp_path, ids) == []


def _java_taint_rules_with_lambdas() -> dict[str, dict[str, object]]:
    """The Java taint rules that carry the lambda propagator, by id."""
    import yaml

    rules = {}
    for path in sorted((RULES / "java").glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text())["rules"]:
            if rule.get("pattern-propagators"):
                rules[rule["id"]] = rule
    return rules


def _allow_list_filter(rule: dict[str, object]) -> list[object]:
    sanitizers = rule.get("pattern-sanitizers") or []
    assert isinstance(sanitizers, list)
    return [s for s in sanitizers if "$ELEMS.filter($ALLOW::$IS)" in json.dumps(s)]


def test_java_lambda_blocks_are_the_same_in_every_rule() -> None:
    """Rule files may not share YAML anchors, so each Java taint rule over request data holds its own
    copy of the lambda propagator and of the allow-list filter sanitizer: the copies must not drift."""
    rules = _java_taint_rules_with_lambdas()
    assert len(rules) >= 14, sorted(rules)
    first = next(iter(rules.values()))
    for rule_id, rule in rules.items():
        assert rule["pattern-propagators"] == first["pattern-propagators"], rule_id
        assert len(_allow_list_filter(rule)) == 1, rule_id
        assert _allow_list_filter(rule) == _allow_list_filter(first), rule_id


def test_java_method_reference_sinks_take_the_same_operations() -> None:
    """A rule's method-reference sinks read the elements through the same operations in every rule."""
    regexes = set()
    for rule_id, rule in _java_taint_rules_with_lambdas().items():
        text = json.dumps(rule.get("pattern-sinks"))
        for sink in rule.get("pattern-sinks") or []:
            for part in sink.get("patterns", []) if isinstance(sink, dict) else []:
                regex = part.get("metavariable-regex", {}) if isinstance(part, dict) else {}
                if regex.get("metavariable") == "$EACH":
                    regexes.add(regex["regex"])
        # the SQL string-building rule reports no method reference: it passes its element whole
        assert ("$ELEMS.$EACH(" in text) == (rule_id != "java-sql-string-concat"), rule_id
    assert len(regexes) == 1, regexes
