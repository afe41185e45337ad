"""The release gate from the command line: several reports, waivers, baselines, scoped scans."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from tests.conftest import REPO

INJECTION = """import subprocess
from flask import request


def export():
    subprocess.call("tar czf /tmp/" + request.args["name"], shell=True)
"""
WEAK_HASH = "import hashlib\n\n\ndef etag(pin):\n    return hashlib.md5(pin).hexdigest()\n"
CLEAN = "def add(a: int, b: int) -> int:\n    return a + b\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "dev@example.kz")
    _git(root, "config", "user.name", "Dev")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "base")
    return root


def _json(runner: CliRunner, args: list[str], out: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = runner.invoke(cli, [*args, "--report", f"json={out}"])
    assert out.is_file(), result.output
    return result.exit_code, json.loads(out.read_text())


def test_several_reports_in_one_run(runner: CliRunner, tmp_path: Path) -> None:
    root = _repo(tmp_path, {"app.py": INJECTION})
    out = tmp_path / "out"
    result = runner.invoke(
        cli,
        [
            "scan", str(root), "--format", "github",
            "--report", f"sarif={out / 'aiscan.sarif'}",
            "--report", f"junit={out / 'junit.xml'}",
            "--report", f"gitlab-sast={out / 'gl-sast-report.json'}",
            "--report", f"json={out / 'report.json'}",
        ],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "::error file=app.py,line=6" in result.output
    assert {p.name for p in out.iterdir()} == {
        "aiscan.sarif",
        "junit.xml",
        "gl-sast-report.json",
        "report.json",
    }
    sarif_schema = json.loads((REPO / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(sarif_schema).validate(json.loads((out / "aiscan.sarif").read_text()))
    report_schema = json.loads((REPO / "docs" / "report.schema.json").read_text())
    jsonschema.validate(json.loads((out / "report.json").read_text()), report_schema)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("sarif", "expected FORMAT=PATH"),
        ("docx=x.docx", "unknown format 'docx'"),
        ("sarif=", "expected FORMAT=PATH"),
    ],
)
def test_a_bad_report_spec_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, spec: str, message: str
) -> None:
    result = runner.invoke(cli, ["scan", str(tmp_path), "--report", spec])
    assert result.exit_code == 2 and message in result.output


def test_waivers_suppress_refuse_and_expire_visibly(runner: CliRunner, tmp_path: Path) -> None:
    root = _repo(tmp_path, {"app.py": INJECTION, "util.py": WEAK_HASH})
    today = date.today()
    (root / "aiscan-waivers.yaml").write_text(
        f"""waivers:
  - id: FP-1
    rule: B324
    path: util.py
    kind: false_positive
    reason: The hash is an ETag, not a security control.
    approved_by: CISO
    approved_on: {today - timedelta(days=5)}
    expires: {today + timedelta(days=30)}
  - id: RISK-1
    rule: python-command-injection
    path: app.py
    kind: accepted_risk
    reason: Behind the VPN.
    approved_by: CISO
    approved_on: {today - timedelta(days=5)}
    expires: {today + timedelta(days=30)}
  - id: OLD-1
    rule: python-weak-hash
    path: "*.py"
    kind: accepted_risk
    reason: Legacy.
    approved_by: CISO
    approved_on: {today - timedelta(days=100)}
    expires: {today - timedelta(days=1)}
"""
    )
    code, report = _json(runner, ["scan", str(root)], tmp_path / "r.json")
    assert code == 1  # the command injection is critical: an accepted risk cannot cover it
    waivers = {w["id"]: w for w in report["waivers"]}
    assert waivers["FP-1"]["status"] == "in_force" and len(waivers["FP-1"]["suppressed"]) == 1
    assert waivers["RISK-1"]["refused"] and not waivers["RISK-1"]["suppressed"]
    assert waivers["OLD-1"]["status"] == "expired"
    expired = [f for f in report["findings"] if f["rule_id"] == "aiscan-waiver-expired"]
    assert expired and expired[0]["location"] == {
        "path": "aiscan-waivers.yaml", "start_line": 18, "end_line": 18, "start_col": None, "snippet": "",
    }  # fmt: skip
    text = runner.invoke(cli, ["scan", str(root)]).output
    assert "OLD-1        EXPIRED on" in text
    assert "waiver RISK-1 does not cover 1 critical finding(s)" in text


def test_an_invalid_waivers_file_stops_the_scan_with_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(CLEAN)
    waivers = tmp_path / "w.yaml"
    waivers.write_text("waivers:\n  - rule: r\n    path: a.py\n    kind: maybe\n")
    sentinel = tmp_path / "semgrep-ran"
    semgrep = tmp_path / "semgrep"
    semgrep.write_text(f'#!/bin/sh\ntouch "{sentinel}"\n')
    semgrep.chmod(0o755)
    result = runner.invoke(
        cli, ["scan", str(tmp_path), "--waivers", str(waivers)], env={"AISCAN_SEMGREP": str(semgrep)}
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"aiscan: error: {waivers}: waiver 1 (line 2):")
    assert not sentinel.exists(), "a broken waivers file stops the scan before any analyzer runs"


def test_a_baseline_lets_merges_through_but_never_a_release(runner: CliRunner, tmp_path: Path) -> None:
    root = _repo(tmp_path, {"app.py": INJECTION})
    created = runner.invoke(cli, ["baseline", "create", str(root)])
    assert created.exit_code == 0, created.output
    baseline = root / "aiscan-baseline.yaml"
    assert f"Baseline written to {baseline}" in created.output
    first = baseline.read_text()
    assert "app.py" in first and "python-command-injection" in first
    assert runner.invoke(cli, ["baseline", "create", str(root)]).exit_code == 0
    assert baseline.read_text() == first, "the same tree gives the same baseline"

    code, merge = _json(runner, ["scan", str(root), "--kind", "merge"], tmp_path / "m.json")
    assert code == 0 and merge["scan"]["baseline"]["applied"]
    assert merge["summary"]["suppressed_by_kind"]["baseline"] >= 1
    code, release = _json(runner, ["scan", str(root)], tmp_path / "r.json")
    assert code == 1 and release["scan"]["baseline"]["applied"] is False
    assert any("not applied: a release scan judges the whole version" in n for n in release["scan"]["notes"])

    (root / "new.py").write_text(INJECTION.replace("tar", "zip"))
    assert runner.invoke(cli, ["scan", str(root), "--kind", "merge"]).exit_code == 1


def test_a_baseline_is_not_written_from_an_incomplete_scan(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(CLEAN)
    result = runner.invoke(
        cli, ["baseline", "create", str(tmp_path)], env={"AISCAN_SEMGREP": str(tmp_path / "no-semgrep")}
    )
    assert result.exit_code == 3 and "no baseline written" in result.output
    assert not (tmp_path / "aiscan-baseline.yaml").exists()


def test_a_diff_scan_looks_only_at_changed_files_and_cannot_pass_a_release(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = _repo(tmp_path, {"legacy.py": INJECTION, "ok.py": CLEAN})
    _git(root, "checkout", "-qb", "feature")
    (root / "ok.py").write_text(CLEAN + "\n\ndef sub(a: int, b: int) -> int:\n    return a - b\n")
    _git(root, "commit", "-qam", "sub")
    code, report = _json(runner, ["scan", str(root), "--diff-base", "main"], tmp_path / "d.json")
    assert code == 0, "the legacy injection is outside the diff"
    assert report["scan"]["kind"] == "merge"
    assert report["scan"]["scope"] == {
        "mode": "diff", "diff_base": "main", "paths": ["ok.py"], "release_decision_possible": False,
    }  # fmt: skip
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p19.1"] == "NOT_ASSESSED" and statuses["p21"] == "NOT_ASSESSED"
    live = {"tls", "web-probe", "web-active"}  # probe endpoints, read no file: skipped here
    assert all(r["status"] == "partial" for r in report["analyzer_runs"] if r["analyzer"] not in live)
    assert all(r["status"] == "skipped" for r in report["analyzer_runs"] if r["analyzer"] in live)
    (root / "ok.py").write_text(INJECTION)
    assert runner.invoke(cli, ["scan", str(root), "--diff-base", "main"]).exit_code == 1
    refused = runner.invoke(cli, ["scan", str(root), "--diff-base", "main", "--kind", "release"])
    assert refused.exit_code == 2 and "a release scan judges the whole version" in refused.output


def test_explicit_files_make_a_pre_commit_scan(runner: CliRunner, tmp_path: Path) -> None:
    root = _repo(tmp_path, {"legacy.py": INJECTION, "ok.py": CLEAN})
    ok = runner.invoke(cli, ["scan", str(root), str(root / "ok.py")])
    assert ok.exit_code == 0 and "COMMIT ALLOWED" in ok.output
    bad = runner.invoke(cli, ["scan", str(root), str(root / "legacy.py")])
    assert bad.exit_code == 1 and "COMMIT BLOCKED" in bad.output


def test_the_policy_file_drives_waivers_components_and_exclusions(runner: CliRunner, tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        {"portal/views.py": CLEAN, "docs/example.py": INJECTION, "policy/exceptions.yaml": "waivers: []\n"},
    )
    (root / "aiscan.toml").write_text(
        'exclude = ["docs"]\nwaivers = "policy/exceptions.yaml"\n'
        '[component-paths]\nweb = ["portal"]\n[policy]\nmax_waiver_days = 90\n'
    )
    code, report = _json(runner, ["scan", str(root)], tmp_path / "r.json")
    assert code == 0, report["verdict"]
    assert report["target"]["components"] == ["web"]
    assert report["scan"]["exclusions"] == ["docs"]
    assert report["waivers"] == []
    text = runner.invoke(cli, ["scan", str(root), "-f", "sarif"]).output
    assert "excluded: docs" in text


def test_a_baseline_naming_bandits_finding_still_holds_once_semgrep_reports_it_too(
    runner: CliRunner, tmp_path: Path
) -> None:
    # bandit's B324 and semgrep's python-weak-hash report the same MD5 call: one finding, with
    # semgrep's fingerprint, recording the one bandit's finding has alone. A baseline made when
    # only bandit reported it (an earlier ruleset) names that one, and still holds.
    md5 = "import hashlib\n\n\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n"
    root = _repo(tmp_path, {"app.py": md5})
    code, first = _json(runner, ["scan", str(root), "--kind", "merge"], tmp_path / "first.json")
    assert code == 0
    (finding,) = [f for f in first["findings"] if "B324" in f["properties"].get("rule_ids", [])]
    assert finding["rule_id"] == "python-weak-hash"
    (bandit_alone,) = [m["fingerprint"] for m in finding["properties"]["merged"] if m["rule_id"] == "B324"]
    assert bandit_alone != finding["fingerprint"]
    (root / "aiscan-baseline.yaml").write_text(
        f"version: 1\nfindings:\n- fingerprint: {bandit_alone}\n  rule: B324\n  path: app.py\n"
    )
    code, merge = _json(runner, ["scan", str(root), "--kind", "merge"], tmp_path / "merge.json")
    assert code == 0
    assert merge["scan"]["baseline"]["applied"] and merge["summary"]["suppressed_by_kind"]["baseline"] == 1
    (known,) = [f for f in merge["findings"] if f["rule_id"] == "python-weak-hash"]
    assert known["suppression"]["kind"] == "baseline"
