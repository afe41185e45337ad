"""The pure parsers of semgrep's and bandit's output, fuzzed: recorded output with values
replaced, keys removed and types changed, and arbitrary JSON. The only outcomes allowed are a
result (findings, gaps) or a one-line ToolError, which makes the run an error run; never
another exception. Inline comments are fuzzed the same way."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.bandit import coverage_gaps, load_mapping, parse_bandit
from aiscan.analyzers.semgrep import assess_coverage, fatal_errors, merge_outputs, parse_semgrep
from aiscan.errors import ToolError
from aiscan.inline_allow import find_allows
from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.suppress import NEVER, WITH_REASON, apply_inline_suppressions
from tests.conftest import FIXTURES

RECORDED = FIXTURES / "recorded"
SEMGREP_DOCS = [
    json.loads((RECORDED / name).read_text()) for name in ("semgrep.json", "semgrep-error-classes.json")
]
BANDIT_DOCS = [
    json.loads((RECORDED / name).read_text()) for name in ("bandit.json", "bandit-default-exclusions.json")
]
FUZZ = settings(max_examples=300, deadline=None, derandomize=True)

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, as a path of keys and indexes."""
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def mutated(draw: st.DrawFn, docs: list[dict[str, Any]]) -> Any:
    """A recorded document with a few places replaced by other JSON, or removed."""
    doc: Any = json.loads(json.dumps(draw(st.sampled_from(docs))))
    for _ in range(draw(st.integers(1, 4))):
        places = _paths(doc)
        place = draw(st.sampled_from(places))
        if not place:
            doc = draw(json_values)
            continue
        parent = doc
        for step in place[:-1]:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[place[-1]]
        else:
            parent[place[-1]] = draw(json_values)
    return doc


def _snippet(path: str, start: int | None, end: int | None) -> str:
    assert isinstance(path, str)
    return ""


def _only_results_or_one_line_errors(*calls: Callable[[], object]) -> None:
    for call in calls:
        try:
            call()
        except ToolError as exc:
            assert exc.message and "\n" not in exc.message


def _semgrep_outcomes(data: Any) -> None:
    _only_results_or_one_line_errors(
        lambda: parse_semgrep(data, _snippet),
        lambda: assess_coverage(data, {"partly.py": 8, "handlers.py": 30, "broken.js": None}),
        lambda: merge_outputs([data, data]),
        lambda: fatal_errors(data),
    )


def _bandit_outcomes(data: Any) -> None:
    _only_results_or_one_line_errors(
        lambda: parse_bandit(data, load_mapping(), _snippet),
        lambda: coverage_gaps(data, ["handlers.py", ".github/scripts/deploy.py"]),
    )


@FUZZ
@given(mutated(SEMGREP_DOCS))
def test_mutated_semgrep_output_gives_a_result_or_a_one_line_error(data: Any) -> None:
    _semgrep_outcomes(data)


@FUZZ
@given(json_values)
def test_arbitrary_json_as_semgrep_output_gives_a_result_or_a_one_line_error(data: Any) -> None:
    _semgrep_outcomes(data)
    _semgrep_outcomes({"results": data, "errors": data, "paths": data, "skipped_rules": data})


@FUZZ
@given(mutated(BANDIT_DOCS))
def test_mutated_bandit_output_gives_a_result_or_a_one_line_error(data: Any) -> None:
    _bandit_outcomes(data)


@FUZZ
@given(json_values)
def test_arbitrary_json_as_bandit_output_gives_a_result_or_a_one_line_error(data: Any) -> None:
    _bandit_outcomes(data)
    _bandit_outcomes({"results": data, "errors": data, "metrics": data})


def test_huge_spans_are_not_expanded_line_by_line() -> None:
    err = {"path": "a.py", "type": ["PartialParsing", [{"start": {"line": 1}, "end": {"line": 10**15}}]]}
    (gap,) = assess_coverage({"errors": [err], "paths": {"scanned": ["a.py"]}}, {"a.py": 3}).gaps
    assert gap.path == "a.py" and "file not analysed" in gap.reason


comment_lines = st.lists(
    st.text(max_size=40)
    | st.builds(
        lambda lead, marker, tail: f"{lead}{marker}{tail}",
        st.sampled_from(["x = 1  # ", "// ", "    # ", "/* ", ""]),
        st.sampled_from(["nosec", "nosemgrep", "nosem", "aiscan:allow", "NOSEC", "nosec:", "nosemgrep:"]),
        st.text(max_size=30),
    ),
    max_size=8,
)


@FUZZ
@given(comment_lines, st.integers(-2, 10), st.integers(-2, 10), st.sampled_from([WITH_REASON, NEVER]))
def test_inline_comments_never_raise_and_never_suppress_without_a_reason(
    lines: list[str], start: int, end: int, policy: str
) -> None:
    findings = [
        Finding(
            rule_id=rule,
            analyzer=analyzer,
            title="t",
            message="m",
            severity=severity,
            confidence=Confidence.HIGH,
            location=Location("a.py", start or None, end or None),
        )
        for analyzer, rule in (("bandit", "B602"), ("semgrep", "python-command-injection"))
        for severity in (Severity.CRITICAL, Severity.HIGH)
    ]
    outcome = apply_inline_suppressions(findings, lambda _: lines, policy)
    allows = list(find_allows(lines, ("aiscan:allow", "nosec", "nosemgrep")))
    for f in outcome.findings:
        if f.suppression is not None:
            assert policy == WITH_REASON and f.severity is not Severity.CRITICAL
            assert len(f.suppression.reason) >= 3
            assert any(a.reason == f.suppression.reason for a in allows)


def test_an_error_whose_path_is_not_text_is_read_as_naming_no_file() -> None:
    data = {
        "results": [],
        "errors": [{"code": 3, "level": "warn", "type": "Syntax error", "message": "bad", "path": []}],
        "paths": {"scanned": ["partly.py"]},
    }
    _semgrep_outcomes(data)
