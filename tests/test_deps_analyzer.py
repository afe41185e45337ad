"""The deps analyzer: findings, gaps and the fail-closed rules, through the analyzer and the CLI."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.dependencies import DependencyAnalyzer
from aiscan.cli import cli
from aiscan.config import AdvisorySettings, ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome, RunStatus, Severity, assign_fingerprints
from tests.conftest import FIXTURES, REPO

NOW = datetime(2026, 11, 22, tzinfo=UTC)
DEMO_ADVISORIES = FIXTURES / "mfo-demo" / "advisories"
FRESH = 36500  # the snapshot's records are months old


def run(
    root: Path,
    *,
    sources: tuple[Path, ...] = (DEMO_ADVISORIES,),
    database: Path | None = None,
    kind: str = "release",
    max_age: int = FRESH,
    accept_unaudited: frozenset[str] = frozenset(),
) -> AnalyzerOutcome:
    settings = AdvisorySettings(
        sources=sources,
        database=database or root / "no-such.sqlite",
        max_age_days=max_age,
        accept_unaudited_ecosystems=accept_unaudited,
    )
    config = ScanConfig(root=root, scan_kind=kind, advisories=settings)
    ctx = ScanContext(config, build_inventory(root))
    return DependencyAnalyzer(now=NOW).run(ctx)


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "repo"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_findings_for_vulnerable_pins_with_severity_fix_and_aliases(tmp_path: Path) -> None:
    root = tree(tmp_path, {"api/requirements.txt": "# pins\nreportlab==3.5.13\npsycopg2-binary==2.8.6\n"})
    outcome = run(root)
    assert outcome.run.status is RunStatus.OK, outcome.run
    ids = {f.rule_id for f in outcome.findings}
    assert ids == {"PYSEC-2019-117", "PYSEC-2021-146", "PYSEC-2026-1871", "PYSEC-2026-522"}
    worst = next(f for f in outcome.findings if f.rule_id == "PYSEC-2026-522")
    assert worst.severity is Severity.CRITICAL
    assert worst.requirements == ("p20", "p18.2")
    assert worst.location.path == "api/requirements.txt" and worst.location.start_line == 2
    assert worst.location.snippet == "reportlab==3.5.13"
    p = worst.properties
    assert p["cvss_score"] == 9.8 and p["cvss_vector"].startswith("CVSS:3.1/")
    assert p["fixed_versions"] and p["purl"] == "pkg:pypi/reportlab@3.5.13"
    assert any(a.startswith("CVE-") for a in p["aliases"])
    assert "Upgrade reportlab to" in worst.remediation
    unscored = next(f for f in outcome.findings if f.rule_id == "PYSEC-2019-117")
    assert unscored.severity is Severity.UNKNOWN
    assert "3 components" not in outcome.run.reason and "2 components" in outcome.run.reason


def test_go_and_crates_findings_and_the_dependency_path(tmp_path: Path) -> None:
    cargo = (FIXTURES / "deps" / "cargo" / "Cargo.lock").read_text()
    cargo = cargo.replace('name = "hyper"\nversion = "0.14.4"', 'name = "smallvec"\nversion = "1.6.0"')
    cargo = cargo.replace(' "hyper",', ' "smallvec",')
    root = tree(
        tmp_path,
        {
            "go.mod": "module x\n\ngo 1.20\n\nrequire golang.org/x/text v0.3.3 // indirect\n",
            "engine/Cargo.lock": cargo,
        },
    )
    outcome = run(root)
    by_rule = {f.rule_id: f for f in outcome.findings}
    assert {"GO-2021-0113", "GO-2022-1059", "RUSTSEC-2021-0003"} <= set(by_rule)
    assert by_rule["GO-2021-0113"].severity is Severity.UNKNOWN  # Go records carry no CVSS
    assert by_rule["GO-2021-0113"].properties["direct"] is False
    assert by_rule["RUSTSEC-2021-0003"].severity is Severity.CRITICAL
    assert by_rule["RUSTSEC-2021-0003"].location.snippet == "smallvec@1.6.0"


def test_transitive_finding_names_the_direct_dependency_that_brings_it(tmp_path: Path) -> None:
    lock = """version = 3

[[package]]
name = "app"
version = "0.1.0"
dependencies = ["regex"]

[[package]]
name = "regex"
version = "1.4.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["smallvec"]

[[package]]
name = "smallvec"
version = "1.6.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
"""
    outcome = run(tree(tmp_path, {"Cargo.lock": lock}))
    smallvec = next(f for f in outcome.findings if f.rule_id == "RUSTSEC-2021-0003")
    assert smallvec.properties["direct"] is False
    assert smallvec.properties["introduced_by"] == ["regex 1.4.0"]
    assert "brought in by regex 1.4.0" in smallvec.message


def test_fingerprint_does_not_depend_on_the_line(tmp_path: Path) -> None:
    first = run(tree(tmp_path / "a", {"requirements.txt": "PyYAML==5.3.1\n"}))
    second = run(tree(tmp_path / "b", {"requirements.txt": "# moved\n\nsix==1.16.0\nPyYAML==5.3.1\n"}))
    fp1 = {f.rule_id: f.fingerprint for f in assign_fingerprints(first.findings)}
    fp2 = {f.rule_id: f.fingerprint for f in assign_fingerprints(second.findings)}
    assert fp1 == fp2 and fp1


# --- fail closed ---------------------------------------------------------------------------------


def test_no_advisory_database_is_an_error_that_says_how_to_import(tmp_path: Path) -> None:
    root = tree(tmp_path, {"requirements.txt": "flask==0.12.2\n"})
    outcome = run(root, sources=())
    assert outcome.run.status is RunStatus.ERROR
    assert "no advisory database" in outcome.run.reason and "aiscan db import" in outcome.run.reason
    assert outcome.findings == ()


def test_a_tree_without_manifests_needs_no_database(tmp_path: Path) -> None:
    outcome = run(tree(tmp_path, {"app.py": "print(1)\n"}), sources=())
    assert outcome.run.status is RunStatus.OK
    assert "no dependency manifest" in outcome.run.reason


def test_stale_data_fails_a_release_scan_and_warns_otherwise(tmp_path: Path) -> None:
    root = tree(tmp_path, {"requirements.txt": "flask==0.12.2\n"})
    release = run(root, max_age=7)
    assert release.run.status is RunStatus.ERROR
    assert "too old for a release scan" in release.run.reason and "days old" in release.run.reason
    merge = run(root, max_age=7, kind="merge")
    assert merge.run.status is RunStatus.OK
    assert "warning: advisory data older than 7 days" in merge.run.reason
    assert merge.findings


def test_an_unparseable_lockfile_is_a_gap_and_the_rest_is_audited(tmp_path: Path) -> None:
    root = tree(tmp_path, {"web/package-lock.json": "{ not json", "requirements.txt": "PyYAML==5.3.1\n"})
    outcome = run(root)
    assert outcome.run.status is RunStatus.PARTIAL
    assert [g.path for g in outcome.run.gaps] == ["web/package-lock.json"]
    assert outcome.findings and outcome.findings[0].rule_id == "PYSEC-2021-142"


def test_ecosystem_without_advisory_data_unpinned_and_non_registry_are_gaps(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {
            "android/app/build.gradle": (
                "dependencies {\n  implementation 'com.google.code.gson:gson:2.8.5'\n}\n"
            ),
            "requirements.txt": "flask>=2\ngit+https://example.org/x.git#egg=x\nsix==1.16.0\n",
            "ios/Podfile.lock": "PODS:\n  - Alamofire (4.8.2)\n\nDEPENDENCIES:\n  - Alamofire\n",
        },
    )
    outcome = run(root)
    assert outcome.run.status is RunStatus.PARTIAL
    reasons = {g.path: g.reason for g in outcome.run.gaps}
    assert "no Maven records" in reasons["android/app/build.gradle"]
    assert "com.google.code.gson:gson 2.8.5" in reasons["android/app/build.gradle"]
    assert "not pinned" in reasons["requirements.txt"] and "flask >=2" in reasons["requirements.txt"]
    assert "CocoaPods" in reasons["ios/Podfile.lock"]


def test_an_accepted_ecosystem_without_data_is_listed_not_a_gap(tmp_path: Path) -> None:
    gradle = "dependencies {\n  implementation 'com.google.code.gson:gson:2.8.5'\n}\n"
    root = tree(tmp_path, {"android/app/build.gradle": gradle, "requirements.txt": "six==1.16.0\n"})
    outcome = run(root, accept_unaudited=frozenset({"Maven"}))
    assert outcome.run.status is RunStatus.OK
    assert "1 Maven component(s) NOT audited" in outcome.run.reason
    assert "com.google.code.gson:gson 2.8.5" in outcome.run.reason
    assert run(root, accept_unaudited=frozenset({"npm"})).run.status is RunStatus.PARTIAL


def test_unknown_severity_is_treated_as_high_by_the_gate(tmp_path: Path) -> None:
    from aiscan.compliance.catalogue import load_catalogue
    from aiscan.compliance.evaluate import evaluate
    from aiscan.models import Status

    outcome = run(tree(tmp_path, {"requirements.txt": "PyYAML==5.3.1\n"}))
    findings = assign_fingerprints(outcome.findings)
    assert {f.severity for f in findings} == {Severity.UNKNOWN}
    results = {
        r.requirement_id: r
        for r in evaluate(
            load_catalogue(), findings, [outcome.run], (), today=NOW.date(), unknown_as=Severity.HIGH
        )
    }
    assert results["p20"].status is Status.FAIL
    relaxed = {
        r.requirement_id: r
        for r in evaluate(
            load_catalogue(), findings, [outcome.run], (), today=NOW.date(), unknown_as=Severity.LOW
        )
    }
    assert relaxed["p20"].status is Status.PASS


# --- through the command line --------------------------------------------------------------------


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    db = tmp_path / "user-data" / "advisories.sqlite"
    monkeypatch.setenv("AISCAN_ADVISORY_DB", str(db))
    return db


def _report(out: Path) -> dict[str, Any]:
    return dict(json.loads(out.read_text()))


def test_cli_scan_without_database_exits_3_and_p20_is_not_assessed(tmp_path: Path, isolated: Path) -> None:
    root = tree(tmp_path, {"requirements.txt": "flask==0.12.2\n"})
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["scan", str(root), "--format", "json", "-o", str(out)])
    assert result.exit_code == 3, result.output
    report = _report(out)
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p20"] == "NOT_ASSESSED" and statuses["p18.2"] == "NOT_ASSESSED"
    deps = next(r for r in report["analyzer_runs"] if r["analyzer"] == "deps")
    assert deps["status"] == "error" and "aiscan db import" in deps["reason"]


def test_cli_db_import_status_then_scan_with_sbom(tmp_path: Path, isolated: Path) -> None:
    runner = CliRunner()
    imported = runner.invoke(cli, ["db", "import", str(DEMO_ADVISORIES)])
    assert imported.exit_code == 0, imported.output
    assert "new" in imported.output and "PyPI" in imported.output
    again = runner.invoke(cli, ["db", "import", str(DEMO_ADVISORIES)])
    assert "(0 new, 0 updated" in again.output
    status = runner.invoke(cli, ["db", "status", "--format", "json"])
    data = json.loads(status.output)
    assert {e["ecosystem"] for e in data["ecosystems"]} == {"PyPI", "Go", "crates.io"}
    assert all(e["age_days"] is not None for e in data["ecosystems"])

    root = tree(tmp_path, {"requirements.txt": "reportlab==3.5.13\n"})
    operator = tmp_path / "operator.toml"  # the snapshot is months old: the operator allows that
    operator.write_text("[advisories]\nmax_age_days = 36500\n")
    sbom = tmp_path / "out" / "bom.json"
    out = tmp_path / "r.json"
    args = ["scan", str(root), "--config", str(operator), "-f", "json", "-o", str(out), "--sbom", str(sbom)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output  # a critical dependency blocks the release
    report = _report(out)
    schema = json.loads((REPO / "docs" / "report.schema.json").read_text())
    jsonschema.validate(report, schema)
    assert any(r.startswith("1 critical finding") for r in report["verdict"]["reasons"])
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p20"] == "FAIL" and statuses["p21"] == "FAIL"
    bom = json.loads(sbom.read_text())
    assert bom["specVersion"] == "1.6"
    assert {v["id"] for v in bom["vulnerabilities"]} >= {"PYSEC-2026-522"}


def test_cli_db_import_reports_a_damaged_zip_and_exits_3(tmp_path: Path, isolated: Path) -> None:
    bad = tmp_path / "PyPI-all.zip"
    bad.write_bytes(b"PK\x03\x04 definitely not a complete archive")
    result = CliRunner().invoke(cli, ["db", "import", str(bad)])
    assert result.exit_code == 3
    assert "NOT IMPORTED" in result.output


def test_cli_db_status_without_database(isolated: Path) -> None:
    result = CliRunner().invoke(cli, ["db", "status"])
    assert result.exit_code == 3
    assert "no advisory database" in result.output and "aiscan db import" in result.output


DEMO = FIXTURES / "mfo-demo"


@pytest.mark.skipif(
    not (DEMO / "api" / "requirements.txt").is_file(), reason="the demo AIS is not in this tree"
)
def test_demo_has_vulnerable_dependencies_in_three_ecosystems_and_a_critical_blocks(
    tmp_path: Path, isolated: Path
) -> None:
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    out = tmp_path / "r.json"
    args = ["scan", str(root), "--config", str(root / "aiscan.toml"), "--format", "json", "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    report = _report(out)
    deps = [f for f in report["findings"] if f["analyzer"] == "deps"]
    ecosystems = {f["properties"]["ecosystem"] for f in deps}
    assert ecosystems == {"PyPI", "Go", "crates.io"}
    critical = {f["rule_id"] for f in deps if f["severity"] == "critical"}
    assert {"PYSEC-2026-522", "RUSTSEC-2021-0003"} <= critical
    assert all("p20" in f["requirements"] for f in deps)
    packages = {(f["properties"]["package"], f["properties"]["version"]) for f in deps}
    assert ("psycopg2-binary", "2.8.6") not in {(p, v) for p, v in packages}
    assert ("github.com/jackc/pgx/v4", "v4.10.1") in packages
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p20"] == "FAIL"


def test_credentials_in_dependency_urls_never_reach_the_report(tmp_path: Path) -> None:
    lock = {
        "name": "x",
        "lockfileVersion": 3,
        "packages": {
            "": {"dependencies": {"private": "git+https://ci:glpat-s3cr3tT0ken@git.example.kz/p.git"}},
            "node_modules/private": {"version": "git+https://ci:glpat-s3cr3tT0ken@git.example.kz/p.git#abc"},
        },
    }
    root = tree(tmp_path, {"package-lock.json": json.dumps(lock), "requirements.txt": "six==1.16.0\n"})
    outcome = run(root)
    text = repr(outcome)
    assert "glpat-s3cr3tT0ken" not in text
    assert any("***@git.example.kz" in g.reason for g in outcome.run.gaps)
