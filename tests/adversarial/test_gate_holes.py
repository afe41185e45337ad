"""Fail-open cases of the gate: a release that read nothing, or a policy that tries to let FAIL or
NOT_ASSESSED through, never passes. The pure gate holds on its own; the CLI cases run the real
analyzers end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.config import Policy
from aiscan.gate import EXIT_ALLOWED, EXIT_BLOCKED, decide
from aiscan.models import AnalyzerRun, RequirementResult, RunStatus, Status

RUNS = (AnalyzerRun("semgrep", RunStatus.OK, "semgrep"), AnalyzerRun("bandit", RunStatus.OK, "bandit"))
NOTHING_BLOCKS = Policy(block_statuses=frozenset())

FLAWED = """import hashlib
import subprocess
from flask import request


def export():
    subprocess.call("tar czf /tmp/" + request.args["name"], shell=True)


def etag(pin):
    return hashlib.md5(pin).hexdigest()
"""


# Two high findings and no critical one: only the FAIL rule can block it.
HIGH_ONLY = """import hashlib
import requests


def etag(pin):
    return hashlib.md5(pin).hexdigest()


def fetch(url):
    return requests.get(url, verify=False, timeout=5)
"""


def _results(*statuses: Status) -> list[RequirementResult]:
    return [RequirementResult(f"p19.{n}", s, "why") for n, s in enumerate(statuses, 1)]


@pytest.mark.parametrize("kind", ["release", "merge", "pre-commit"])
def test_fail_blocks_whatever_the_policy_says(kind: str) -> None:
    decision = decide(_results(Status.FAIL, Status.PASS), [], RUNS, NOTHING_BLOCKS, scan_kind=kind)
    assert decision.exit_code == EXIT_BLOCKED
    assert any("p19.1 FAIL" in r for r in decision.reasons)


def test_not_assessed_blocks_a_release_whatever_the_policy_says() -> None:
    results = _results(Status.NOT_ASSESSED, Status.PASS)
    assert decide(results, [], RUNS, NOTHING_BLOCKS, scan_kind="release").exit_code == EXIT_BLOCKED
    assert decide(results, [], RUNS, NOTHING_BLOCKS, scan_kind="merge").exit_code == EXIT_ALLOWED


def test_a_policy_may_add_blocking_statuses() -> None:
    strict = Policy(block_statuses=frozenset({Status.MANUAL}))
    assert decide(_results(Status.MANUAL), [], RUNS, strict, scan_kind="merge").exit_code == EXIT_BLOCKED


def test_a_release_that_read_nothing_is_blocked_with_the_reason() -> None:
    decision = decide(_results(Status.PASS), [], RUNS, NOTHING_BLOCKS, unread="nothing was read: empty")
    assert decision.exit_code == EXIT_BLOCKED
    assert "NOT_ASSESSED: nothing was read: empty" in decision.reasons
    merge = decide(_results(Status.PASS), [], RUNS, Policy(), scan_kind="merge", unread="nothing was read")
    assert merge.exit_code == EXIT_ALLOWED


def test_the_default_scan_kind_is_the_strictest() -> None:
    assert decide(_results(Status.NOT_ASSESSED), [], RUNS, NOTHING_BLOCKS).exit_code == EXIT_BLOCKED


def _scan(root: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    out = root.parent / f"{root.name}-report.json"
    result = CliRunner().invoke(cli, ["scan", str(root), *args, "--report", f"json={out}"])
    assert out.is_file(), result.output
    return result.exit_code, json.loads(out.read_text())


def _reasons(report: dict) -> str:  # type: ignore[type-arg]
    return " | ".join(report["verdict"]["reasons"])


def test_an_empty_tree_is_not_a_release(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    code, report = _scan(root)
    assert code == EXIT_BLOCKED
    assert "nothing was read" in _reasons(report)
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p21"] == "NOT_ASSESSED"


@pytest.mark.parametrize("how", ["config", "command line"])
def test_excluding_everything_is_not_a_release(tmp_path: Path, how: str) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "app.py").write_text(FLAWED)
    args: tuple[str, ...] = ()
    if how == "config":
        (root / "aiscan.toml").write_text('exclude = ["**"]\n')
    else:
        args = ("--exclude", "**")
    code, report = _scan(root, *args)
    assert code == EXIT_BLOCKED
    assert "nothing was read" in _reasons(report)


def test_a_tree_without_source_code_is_not_a_release(tmp_path: Path) -> None:
    root = tmp_path / "docs-only"
    root.mkdir()
    (root / "README.md").write_text("# Lending portal\n\nThe code is elsewhere.\n")
    code, report = _scan(root)
    assert code == EXIT_BLOCKED
    assert "no source code was read" in _reasons(report)


def test_a_secrets_scan_that_read_nothing_is_not_a_release(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    result = CliRunner().invoke(cli, ["secrets", str(root)])
    assert result.exit_code == EXIT_BLOCKED
    assert "nothing was read" in result.output


def test_an_empty_block_list_does_not_let_fail_through(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "app.py").write_text(HIGH_ONLY)
    (root / "aiscan.toml").write_text("[policy]\nblock = []\n")
    result = CliRunner().invoke(cli, ["scan", str(root)])
    # The configuration may refuse such a policy (exit 2); it must never pass.
    assert result.exit_code in (EXIT_BLOCKED, 2), result.output
    if result.exit_code == EXIT_BLOCKED:
        assert "critical finding" not in result.output
        assert "p19.3 FAIL" in result.output
