"""Files on which a semgrep rule timed out are analysed once more, alone and with a longer rule
timeout: a file that then completes is no gap (and is cached like any file), one that still times
out stays a gap that says it was retried. Real semgrep, with a rule that needs seconds on one
generated file: it times out at 1 s and completes within 300 s."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.compliance.catalogue import load_catalogue
from aiscan.compliance.evaluate import evaluate
from aiscan.config import ConfigError, ScanConfig, parse_settings
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome, Component, RunStatus
from aiscan.sast import semgrep_cache, semgrep_retry
from aiscan.version_cache import CACHE_ENV

META = "metadata: {category: dangerous-function, requirements: [p19.2], cwe: ['CWE-95'], severity: high}"

EVAL_RULE = f"""rules:
- id: test-eval
  languages: [python]
  severity: ERROR
  message: eval
  pattern: eval(...)
  {META}
"""

# Four statements in order, each using the one before, anywhere in a long function: semgrep tries
# every combination: about 1 s on 300 statements on an idle machine (too close to a 1 s timeout),
# about 5 s on 600.
STATEMENTS = 600
EVAL_LINE = STATEMENTS + 2
SLOW_RULE = f"""rules:
- id: test-slow
  languages: [python]
  severity: ERROR
  message: slow
  pattern: |
    $A = $F(...)
    ...
    $B = $G(..., $A, ...)
    ...
    $C = $H(..., $B)
    ...
    $D = $F(..., $C)
  {META}
"""


def _slow_source(statements: int = STATEMENTS) -> str:
    body = [f"    x{i} = g{i % 7}(a, x{max(i - 1, 0)})" for i in range(statements)]
    return "\n".join(["def f(a):", *body, "    eval(a)", "    return x0"]) + "\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder / semgrep_cache.FOLDER


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "slow.py").write_text(_slow_source())
    (root / "fast.py").write_text("eval(x)\n")
    rules = tmp_path / "rules" / "python"
    rules.mkdir(parents=True)
    (rules / "test-eval.yaml").write_text(EVAL_RULE)
    (rules / "test-slow.yaml").write_text(SLOW_RULE)
    return root, rules.parent


def _run(root: Path, rules: Path, retry_timeout_s: int | None) -> AnalyzerOutcome:
    config = ScanConfig(root=root, rule_timeout_s=1, semgrep_retry_timeout_s=retry_timeout_s)
    return SemgrepAnalyzer(rules).run(ScanContext(config, build_inventory(root)))


def _found(outcome: AnalyzerOutcome) -> list[tuple[str, str, int | None]]:
    return sorted((f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings)


def test_a_timeout_that_completes_when_retried_is_no_gap_and_is_cached(tmp_path: Path, cache: Path) -> None:
    root, rules = _setup(tmp_path)
    outcome = _run(root, rules, 300)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    reason = outcome.run.reason
    assert "1 file(s) that timed out or crashed retried alone with a 300 s rule timeout" in reason
    # test-slow timed out; on a loaded machine test-eval may too, and is then retried with it
    retried_rules = re.search(r"\(([\w, -]+) only\)", reason)
    assert retried_rules and "test-slow" in retried_rules[1].split(", "), reason
    assert "1 analysed (slow.py)" in reason
    assert [(g.path, g.reason.endswith("analysed")) for g in outcome.run.gaps] == [("slow.py", True)]
    # the eval rule was not run again on slow.py: its finding is there once
    assert _found(outcome) == [("test-eval", "fast.py", 1), ("test-eval", "slow.py", EVAL_LINE)]
    # both files are cached, slow.py with the findings of both attempts
    entries = [semgrep_cache.load(cache, p.stem, "slow.py") for p in cache.rglob("*.json")]
    slow = [e for e in entries if e is not None]
    assert len(list(cache.rglob("*.json"))) == 2
    assert [r["check_id"].rsplit(".", 1)[-1] for r in slow[0]["results"]] == ["test-eval"]
    again = _run(root, rules, 300)
    assert "2 file(s) unchanged" in again.run.reason and "retried" not in again.run.reason
    assert _found(again) == _found(outcome) and again.run.status is RunStatus.OK


def test_a_timeout_that_recurs_stays_a_gap_and_is_not_cached(tmp_path: Path, cache: Path) -> None:
    root, rules = _setup(tmp_path)
    outcome = _run(root, rules, 1)
    assert outcome.run.status is RunStatus.PARTIAL
    assert "1 still failing (slow.py)" in outcome.run.reason
    gaps = {g.rule_id: g.reason for g in outcome.run.gaps if g.path == "slow.py"}
    # test-slow times out again; on a loaded machine test-eval may too, and then stays a gap
    assert "test-slow" in gaps and set(gaps) <= {"test-slow", "test-eval"}, gaps
    assert all("also when retried alone with a 1 s rule timeout" in reason for reason in gaps.values())
    slow_eval = [] if "test-eval" in gaps else [("test-eval", "slow.py", EVAL_LINE)]
    assert _found(outcome) == [("test-eval", "fast.py", 1), *slow_eval]
    assert len(list(cache.rglob("*.json"))) == 1  # fast.py alone


def test_retries_can_be_turned_off(tmp_path: Path, cache: Path) -> None:
    root, rules = _setup(tmp_path)
    outcome = _run(root, rules, 0)
    assert outcome.run.status is RunStatus.PARTIAL
    assert "retried" not in outcome.run.reason
    # test-slow timed out on slow.py; on a loaded machine test-eval may too; neither is retried
    slow, other = (f"Timeout: rule {r} did not finish on this file" for r in ("test-slow", "test-eval"))
    assert slow in [g.reason for g in outcome.run.gaps]
    assert {(g.path, g.reason) for g in outcome.run.gaps} <= {("slow.py", slow), ("slow.py", other)}


def _timeout(path: str, rule: str | None) -> dict[str, Any]:
    return {"type": "Timeout", "path": path, "rule_id": rule, "message": ""}


def test_the_plan_runs_only_the_rules_that_timed_out_when_it_can() -> None:
    syntax = {"type": "Syntax error", "path": "c.py"}
    data = {"errors": [_timeout("a.py", "x.r1"), _timeout("b.py", "x.r2"), syntax]}
    assert semgrep_retry.plan_retry(data, ["a.py", "b.py", "c.py"], 3) == semgrep_retry.RetryPlan(
        ("a.py", "b.py"), frozenset({"r1", "r2"})
    )
    # at semgrep's threshold it ran no further rules on the file: every rule is run again
    many = {"errors": [_timeout("a.py", f"r{n}") for n in range(3)]}
    assert semgrep_retry.plan_retry(many, ["a.py"], 3).rules is None
    # a crash names no rule
    crash = {"errors": [{"type": "Fatal error", "path": "a.py", "message": "boom"}]}
    assert semgrep_retry.plan_retry(crash, ["a.py"], 3) == semgrep_retry.RetryPlan(("a.py",), None)
    # an error about a file semgrep was not given (a rule file) is no target
    assert semgrep_retry.plan_retry(data, ["c.py"], 3).files == ()


def _res(rule: str, path: str, line: int) -> dict[str, Any]:
    where = {"start": {"line": line, "col": 1}, "end": {"line": line, "col": 5}}
    return {"check_id": rule, "path": path, **where}


def test_the_retry_answer_replaces_the_first_for_the_retried_files() -> None:
    partial = {"type": ["PartialParsing", []], "path": "a.py", "message": "p"}
    first = {
        "results": [_res("dir.r1", "a.py", 1), _res("r1", "b.py", 2)],
        "errors": [_timeout("a.py", "r2"), partial, _timeout("b.py", "r2")],
        "paths": {"scanned": ["a.py", "b.py", "c.py"]},
    }
    retry = {
        "results": [_res("other.dir.r1", "a.py", 1), _res("r2", "a.py", 3)],
        "errors": [partial],
        "paths": {"scanned": ["a.py"]},
    }
    retried = semgrep_retry.retried_output(first, retry, ["a.py"])
    assert [(r["check_id"], r["start"]["line"]) for r in retried["results"]] == [("dir.r1", 1), ("r2", 3)]
    assert retried["errors"] == [partial]
    assert semgrep_retry.still_failing(retried, ["a.py"]) == frozenset()
    merged = semgrep_retry.with_retry(first, retried, ["a.py"])
    assert [e["path"] for e in merged["errors"]] == ["b.py", "a.py"]
    assert sorted(merged["paths"]["scanned"]) == ["a.py", "b.py", "c.py"]
    assert len(merged["results"]) == 3
    # a file the retry did not scan, or that timed out again, still fails
    assert semgrep_retry.still_failing({"errors": [], "paths": {"scanned": []}}, ["a.py"]) == {"a.py"}
    again = semgrep_retry.retried_output(first, {**retry, "errors": [_timeout("a.py", "r2")]}, ["a.py"])
    assert semgrep_retry.still_failing(again, ["a.py"]) == {"a.py"}


def test_the_retry_timeout() -> None:
    assert semgrep_retry.retry_timeout(30, None) == 120
    assert semgrep_retry.retry_timeout(300, None) == 600
    assert semgrep_retry.retry_timeout(0, None) == 600
    assert semgrep_retry.retry_timeout(30, 45) == 45
    assert semgrep_retry.retry_timeout(30, 0) == 0


def test_the_retry_timeout_is_configured_under_semgrep(tmp_path: Path) -> None:
    path = tmp_path / "aiscan.toml"
    assert parse_settings({"semgrep": {"retry_timeout_s": 0}}, path).semgrep_retry_timeout_s == 0
    assert parse_settings({}, path).semgrep_retry_timeout_s is None
    with pytest.raises(ConfigError, match=r"semgrep\.retry_timeout_s"):
        parse_settings({"semgrep": {"retry_timeout_s": -1}}, path)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_PATH = st.sampled_from(["a.py", "b.py", 3, None, ["a.py"]])
_ITEM = (
    st.fixed_dictionaries(
        {"path": _PATH},
        optional={
            "type": st.sampled_from(["Timeout", "Fatal error", "Syntax error", ["PartialParsing", []], 5]),
            "rule_id": st.sampled_from(["x.r1", "r2", None, 7]),
            "check_id": st.sampled_from(["x.r1", None, 7]),
            "start": _JSON,
            "end": _JSON,
            "message": _JSON,
        },
    )
    | _JSON
)
_DOC = st.fixed_dictionaries(
    {"results": st.lists(_ITEM, max_size=4), "errors": st.lists(_ITEM, max_size=4)},
    optional={"paths": _JSON | st.fixed_dictionaries({"scanned": st.lists(_PATH, max_size=3)})},
)


@given(first=_DOC, retry=_DOC)
@settings(max_examples=300, deadline=None)
def test_the_retry_merge_never_crashes_on_odd_output(first: dict[str, Any], retry: dict[str, Any]) -> None:
    first["errors"] = [e for e in first["errors"] if isinstance(e, dict)]  # as merge_outputs gives them
    plan = semgrep_retry.plan_retry(first, ["a.py", "b.py"], 3)
    assert set(plan.files) <= {"a.py", "b.py"}
    retried = semgrep_retry.retried_output(first, retry, plan.files)
    merged = semgrep_retry.with_retry(first, retried, plan.files)
    assert semgrep_retry.still_failing(retried, plan.files) <= set(plan.files)
    assert all(isinstance(r, dict) and r["path"] in plan.files for r in retried["results"])
    assert len(merged["errors"]) <= len(first["errors"]) + len(retried["errors"])


def test_a_retry_is_cached_only_as_a_whole_run_would_be() -> None:
    retry = {"results": [_res("r1", "a.py", 1)], "errors": [], "paths": {"scanned": ["a.py"]}}
    retried = semgrep_retry.retried_output({"errors": [_timeout("a.py", "r1")]}, retry, ["a.py"])
    assert set(semgrep_cache.per_file(semgrep_retry.for_cache(retried, retry), ["a.py"])) == {"a.py"}
    run_level = {"errors": [{"type": "Fatal error", "message": "x"}]}
    assert semgrep_cache.per_file(semgrep_retry.for_cache(retried, retry, run_level), ["a.py"]) == {}
    skipped = {"skipped_rules": [{"rule_id": "r9"}]}
    assert semgrep_cache.per_file(semgrep_retry.for_cache(retried, skipped, retry), ["a.py"]) == {}


def test_a_file_analysed_when_retried_is_not_counted_among_the_gaps(tmp_path: Path, cache: Path) -> None:
    # another file that cannot be parsed leaves the run partial: only it counts as a gap
    root, rules = _setup(tmp_path)
    (root / "broken.py").write_text("x = = = ((( [[[ eval(\n}}}}\n")
    outcome = _run(root, rules, 300)
    assert outcome.run.status is RunStatus.PARTIAL
    assert "1 analysed (slow.py)" in outcome.run.reason
    listed = {g.path: g.blocking for g in outcome.run.gaps}
    assert listed == {"broken.py": True, "slow.py": False}
    catalogue = load_catalogue()
    results = evaluate(catalogue, (), (outcome.run,), (Component.API,), (), today=date(2026, 1, 1))
    (p18_1,) = [r for r in results if r.requirement_id == "p18.1"]
    assert "semgrep: incomplete coverage (1 gap)" in p18_1.reason, p18_1.reason
