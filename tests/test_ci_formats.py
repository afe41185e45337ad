"""Each CI format against its schema or a golden file (tests/golden/, refreshed with
AISCAN_UPDATE_GOLDEN=1), rendered from one fixed scan result."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import defusedxml.ElementTree as SafeET
import jsonschema
import pytest

from aiscan.models import Gap
from aiscan.report import FORMATS
from aiscan.report.github import escape_data, escape_property, github_annotations
from aiscan.report.model import report_dict
from tests.conftest import REPO
from tests.report_fixture import fixture_catalogue, fixture_result

GOLDEN = REPO / "tests" / "golden"
SCHEMAS = REPO / "tests" / "schemas"
UPDATE = os.environ.get("AISCAN_UPDATE_GOLDEN") == "1"

GOLDEN_FILES = {
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
    "gitlab-sast": "gl-sast-report.json",
    "gitlab-dependency-scanning": "gl-dependency-scanning-report.json",
    "github": "github-annotations.txt",
    "text": "summary.txt",
}


def _render(fmt: str) -> str:
    return FORMATS[fmt](fixture_result(), fixture_catalogue())


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_output_matches_the_golden_file(fmt: str) -> None:
    path = GOLDEN / GOLDEN_FILES[fmt]
    text = _render(fmt)
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} missing: run the tests once with AISCAN_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{fmt} changed: review, then AISCAN_UPDATE_GOLDEN=1"
    assert text == _render(fmt), "rendering must be deterministic"


def test_sarif_follows_the_official_schema_and_carries_what_dashboards_need() -> None:
    sarif = json.loads(_render("sarif"))
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    cmd = rules["python-command-injection"]
    assert "external/cwe/cwe-78" in cmd["properties"]["tags"]
    assert cmd["properties"]["security-severity"] == "9.5"
    assert "Pass an argument list" in cmd["help"]["text"] and "p21:" in cmd["help"]["text"]
    assert "&lt;of&gt;" in cmd["help"]["markdown"]
    results = {r["partialFingerprints"]["aiscanFingerprint/v1"]: r for r in run["results"]}
    assert set(results) == {f.fingerprint for f in fixture_result().findings}
    assert all(run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    assert results["f-cmd"]["level"] == "error" and results["f-weak-hash"]["level"] == "warning"
    assert results["f-sql"]["suppressions"][0]["kind"] == "external"
    assert "approved by A. Seitkali" in results["f-sql"]["suppressions"][0]["justification"]
    assert results["f-debug"]["baselineState"] == "unchanged" and "suppressions" not in results["f-debug"]
    assert results["f-cmd"]["baselineState"] == "new"
    uri = results["f-debug"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "app/settings%20with%20space.py"
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 3
    config_notes = [n["message"]["text"] for n in invocation["toolConfigurationNotifications"]]
    assert "excluded: docs/**" in config_notes
    assert run["properties"]["waivers"][1]["status"] == "expired"


def test_gitlab_reports_follow_the_documented_subset_of_the_published_schemas() -> None:
    schema = json.loads((SCHEMAS / "gitlab-report-subset.schema.json").read_text())
    validator = jsonschema.Draft7Validator(schema)
    sast = json.loads(_render("gitlab-sast"))
    deps = json.loads(_render("gitlab-dependency-scanning"))
    validator.validate(sast)
    validator.validate(deps)
    assert sast["scan"]["type"] == "sast" and deps["scan"]["type"] == "dependency_scanning"
    assert (
        sast["scan"]["start_time"] == "2026-11-22T06:30:00"
        and sast["scan"]["end_time"] == "2026-11-22T06:30:04"
    )
    assert sast["scan"]["status"] == "failure"  # an analyzer did not run
    names = {v["location"]["file"] for v in sast["vulnerabilities"]}
    assert "app/reports.py" not in names, "a waived finding is not reported as open"
    assert "app/settings with space.py" in names, "a baseline finding is known, not gone"
    assert "requirements.txt" not in names
    (dep,) = deps["vulnerabilities"]
    assert dep["location"] == {
        "file": "requirements.txt",
        "dependency": {"package": {"name": "requests"}, "version": "2.19.0"},
    }
    assert [i["type"] for i in dep["identifiers"]][:2] == ["ghsa", "cve"]
    assert dep["solution"] == "Upgrade requests to 2.20.0."
    assert any(m["value"] == "excluded: docs/**" for m in sast["scan"]["messages"])
    ids = [v["id"] for v in sast["vulnerabilities"]]
    assert len(ids) == len(set(ids))


def test_junit_has_one_case_per_requirement_with_the_status_mapping() -> None:
    text = _render("junit")
    root = SafeET.fromstring(text.encode())
    suite = root.find("testsuite")
    assert suite is not None
    cases = {c.get("name", "").split()[0]: c for c in suite.findall("testcase")}
    assert list(cases) == [r.requirement_id for r in fixture_result().requirements]
    assert cases["p19.1"].find("failure") is not None
    assert "CRITICAL app/export.py:12" in (cases["p19.1"].findtext("failure") or "")
    assert cases["p15"].find("skipped") is not None and cases["p25"].find("skipped") is not None
    assert suite.get("tests") == "8" and suite.get("failures") == "6" and suite.get("skipped") == "2"
    props = {(p.get("name"), p.get("value")) for p in suite.iter("property")}
    assert ("exclusion", "docs/**") in props
    assert any(
        name == "waiver" and value and value.startswith("W-2 accepted_risk expired on 2026-11-01")
        for name, value in props
    )
    assert "\x01" not in text


def test_junit_reports_not_assessed_as_an_error() -> None:
    from dataclasses import replace

    from aiscan.models import Status

    result = fixture_result()
    reqs = tuple(
        replace(r, status=Status.NOT_ASSESSED, reason="deps: error") if r.requirement_id == "p18.2" else r
        for r in result.requirements
    )
    text = FORMATS["junit"](replace(result, requirements=reqs), fixture_catalogue())
    suite = SafeET.fromstring(text.encode()).find("testsuite")
    assert suite is not None and suite.get("errors") == "1"
    (case,) = [c for c in suite.findall("testcase") if c.get("name", "").startswith("p18.2 ")]
    error = case.find("error")
    assert error is not None and "scoped scan" in (error.get("message") or "")


def test_github_annotations_escape_values_so_nothing_injects_a_command() -> None:
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"
    lines = _render("github").splitlines()
    assert all(line.startswith("::") for line in lines)
    cmd = next(line for line in lines if "app/export.py" in line)
    assert cmd.startswith(
        "::error file=app/export.py,line=12,endLine=12,col=5,title=python-command-injection"
    )
    assert "100%25" in cmd and "%0Asecond line" in cmd
    assert not any("app/reports.py" in line for line in lines), "waived findings are not annotated"
    assert not any("settings with space" in line for line in lines), "baseline findings are not annotated"
    assert lines[-1].startswith("::error title=aiscan verdict::SCAN INCOMPLETE, MERGE BLOCKED (exit 3)")


def test_every_format_lists_exclusions_waivers_and_the_scope() -> None:
    for fmt in FORMATS:
        text = _render(fmt)
        assert "docs/**" in text, f"{fmt} does not show the exclusion"
        assert "W-1" in text, f"{fmt} does not show the waiver in force"
        assert "W-2" in text, f"{fmt} does not show the expired waiver"
        assert "origin/main" in text, f"{fmt} does not show the scope"


def test_annotations_render_from_the_view_model_alone() -> None:
    report = report_dict(fixture_result(), fixture_catalogue())
    assert github_annotations(json.loads(json.dumps(report))) == _render("github")


def test_report_files_exist_for_every_registered_ci_format() -> None:
    assert set(GOLDEN_FILES) <= set(FORMATS)
    assert isinstance(GOLDEN, Path)


def test_sarif_and_text_give_what_leaves_a_run_complete_as_a_note() -> None:
    result = fixture_result()
    analysed = Gap("app/slow.js", "a rule timed out on it; retried alone: analysed", blocking=False)
    runs = tuple(replace(r, gaps=(*r.gaps, analysed)) if r.analyzer == "bandit" else r for r in result.runs)
    sarif = json.loads(FORMATS["sarif"](replace(result, runs=runs), fixture_catalogue()))
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    levels = {
        n["message"]["text"].split(":")[1].strip(): n["level"]
        for n in notes
        if "app/" in n["message"]["text"]
    }
    assert levels == {"app/broken.py": "warning", "app/slow.js": "note"}
    text = FORMATS["text"](replace(result, runs=runs), fixture_catalogue())
    assert "  gap: app/broken.py: syntax error" in text
    assert "  note: app/slow.js: a rule timed out on it; retried alone: analysed" in text
