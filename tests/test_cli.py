"""The CLI through click's CliRunner, with the real semgrep and bandit."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from tests.conftest import REPO

VULNERABLE = """import subprocess
from flask import request


def export():
    subprocess.call("tar czf /tmp/" + request.args["name"], shell=True)
"""
CLEAN = """import subprocess


def export(name: str) -> None:
    subprocess.run(["tar", "czf", "/tmp/out.tgz", name], check=True)
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _tree(tmp_path: Path, source: str) -> Path:
    (tmp_path / "app.py").write_text(source)
    return tmp_path


def test_missing_path_is_a_usage_error_in_one_line(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["scan", "/no/such/dir"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines == ["aiscan: error: /no/such/dir: no such file or directory"]


def test_vulnerable_tree_is_blocked_and_json_follows_the_schema(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    root = _tree(tmp_path / "repo", VULNERABLE)
    out = tmp_path / "report.json"
    result = runner.invoke(cli, ["scan", str(root), "--format", "json", "--output", str(out)])
    assert result.exit_code == 1, result.output
    assert "RELEASE BLOCKED" in result.output
    report = json.loads(out.read_text())
    schema = json.loads((REPO / "docs" / "report.schema.json").read_text())
    jsonschema.validate(report, schema)
    assert report["verdict"]["exit_code"] == 1
    shell = [f for f in report["findings"] if f["location"]["start_line"] == 6]
    assert shell and all(f["location"]["path"] == "app.py" for f in shell)
    # semgrep and bandit both report the shell injection: one finding that names both.
    (merged,) = [f for f in shell if "p19.1" in f["requirements"]]
    assert merged["analyzer"] == "semgrep"
    assert merged["properties"]["analyzers"] == ["semgrep", "bandit"]
    assert "B602" in merged["properties"]["rule_ids"]
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p19.1"] == "FAIL"
    assert statuses["p25.7"] == "NOT_APPLICABLE"
    assert {r["analyzer"]: r["status"] for r in report["analyzer_runs"]}["semgrep"] == "ok"


def test_clean_tree_is_allowed(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["scan", str(_tree(tmp_path, CLEAN))])
    assert result.exit_code == 0, result.output
    assert "RELEASE ALLOWED" in result.output


def test_fail_on_critical_lets_high_findings_through(runner: CliRunner, tmp_path: Path) -> None:
    source = "import hashlib\n\n\ndef etag(pin):\n    return hashlib.md5(pin).hexdigest()\n"
    root = _tree(tmp_path, source)
    assert runner.invoke(cli, ["scan", str(root), "--fail-on", "medium"]).exit_code == 1
    assert runner.invoke(cli, ["scan", str(root), "--fail-on", "critical"]).exit_code == 0


def test_absent_semgrep_makes_the_scan_incomplete(runner: CliRunner, tmp_path: Path) -> None:
    root = _tree(tmp_path, CLEAN)
    result = runner.invoke(cli, ["scan", str(root)], env={"AISCAN_SEMGREP": str(tmp_path / "no-semgrep")})
    assert result.exit_code == 3, result.output
    assert "SCAN INCOMPLETE" in result.output
    assert "analyzer semgrep did not run: semgrep not found" in result.output
    assert "p19.1" in result.output.split("Not assessed:")[1]


def test_killed_semgrep_makes_the_scan_incomplete(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    _tree(root, CLEAN)
    fake = tmp_path / "semgrep"
    fake.write_text('#!/bin/sh\n[ "$2" = --version ] && { echo 1.0.0; exit 0; }\nkill -9 $$\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    out = tmp_path / "r.json"
    result = runner.invoke(
        cli, ["scan", str(root), "-f", "json", "-o", str(out)], env={"AISCAN_SEMGREP": str(fake)}
    )
    assert result.exit_code == 3, result.output
    report = json.loads(out.read_text())
    runs = {r["analyzer"]: r for r in report["analyzer_runs"]}
    assert runs["semgrep"]["status"] == "error" and "killed by signal 9" in runs["semgrep"]["reason"]
    assert runs["bandit"]["status"] == "ok"
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p19.1"] == "NOT_ASSESSED" and statuses["p18.1"] == "NOT_ASSESSED"


def test_requirements_listing_in_both_languages(runner: CliRunner) -> None:
    en = runner.invoke(cli, ["requirements"])
    assert en.exit_code == 0 and "p19.6" in en.output and "Secrets in clear text" in en.output
    ru = runner.invoke(cli, ["requirements", "--lang", "ru"])
    assert "использование в коде секретов в открытом виде" in ru.output
    rows = json.loads(runner.invoke(cli, ["requirements", "--format", "json"]).output)
    assert {"id", "text", "components", "assessment", "analyzers"} <= set(rows[0])


def test_version_lists_each_analyzer(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["version"])
    assert result.exit_code == 0
    assert result.output.startswith("aiscan ")
    assert "semgrep" in result.output and "bandit" in result.output
    assert "not installed" not in result.output


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "aiscan", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert proc.returncode == 0 and "scan" in proc.stdout
