"""`aiscan release`: separate real git repositories released as one AIS, with the real analyzers
(through the command line) or aiscan's own ones (through the function, where the test is about
combining statuses or identities rather than the analyzers)."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.models import Status
from aiscan.release.description import load_description
from aiscan.release.run import RELEASE_RUN, release_scan
from tests.conftest import REPO
from tests.release_repos import (
    ACTIVITY_KT,
    LEAKY_PY,
    android_repo,
    backend_repo,
    commit,
    description,
    git,
    light_analyzers,
    make_repo,
)

REPORT_SCHEMA = json.loads((REPO / "docs" / "report.schema.json").read_text())
TWO = """
[[components]]
id = "backend"
kind = "api"
sources = ["backend"]

[[components]]
id = "android"
kind = "mobile-android"
sources = ["android"]
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _statuses(report: dict) -> dict[str, tuple[str, list[str], str]]:  # type: ignore[type-arg]
    return {r["id"]: (r["status"], r["components"], r["reason"]) for r in report["requirements"]}


def test_two_repositories_are_released_as_one_ais(runner: CliRunner, tmp_path: Path) -> None:
    backend_commit = backend_repo(tmp_path / "backend", leaky=True)
    android_commit = android_repo(tmp_path / "android")
    git(tmp_path / "android", "tag", "v3.4.0")
    ais = description(tmp_path, TWO)
    out = tmp_path / "release.json"
    sarif = tmp_path / "release.sarif"

    result = runner.invoke(
        cli, ["release", str(ais), "-f", "json", "-o", str(out), "--report", f"sarif={sarif}"]
    )

    assert result.exit_code == 1, result.output  # a critical finding in one component blocks the AIS
    report = json.loads(out.read_text())
    jsonschema.validate(report, REPORT_SCHEMA)
    status = _statuses(report)
    # p19.6 applies to both components; the backend's leak makes it FAIL for the AIS, naming it.
    assert status["p19.6"][0] == "FAIL" and status["p19.6"][1] == ["android", "backend"]
    assert status["p19.6"][2].startswith("backend: 1 finding") and "android PASS" in status["p19.6"][2]
    # A mobile requirement applies because the AIS has a mobile component, and names only it.
    assert status["p14.2"] == ("PASS", ["android"], "android: checked by inventory")
    assert status["p26"][1] == ["backend"] and status["p25"][1] == ["android"]
    assert status["p14.1"][0] == "NOT_APPLICABLE" and status["p14.1"][1] == []  # no web component
    # Every finding and every run names its component.
    leak = [f for f in report["findings"] if f["rule_id"] == "url-credentials"]
    assert [(f["component"], f["location"]["path"]) for f in leak] == [("backend", "app.py")]
    assert all(f["component"] in ("backend", "android") for f in report["findings"])
    assert {(r["component"], r["analyzer"]) for r in report["analyzer_runs"]} >= {
        ("backend", "semgrep"),
        ("android", "semgrep"),
        ("backend", "secrets"),
        ("android", "secrets"),
    }
    # The release names each component's repository, commit, dirty state and version.
    rel = report["release"]
    assert rel["ais"] == "QarzOnline" and rel["organisation"] == "Qarz Online MFO LLP"
    versions = {c["id"]: c for c in rel["components"]}
    assert versions["backend"]["commit"] == backend_commit and versions["backend"]["dirty"] is False
    assert versions["android"]["commit"] == android_commit and versions["android"]["version"] == "v3.4.0"
    assert versions["android"]["kinds"] == ["mobile-android"]
    assert rel["id"].startswith("qarzonline-")
    # SARIF: still one run for the tool, each result marking its component.
    sarif_report = json.loads(sarif.read_text())
    assert len(sarif_report["runs"]) == 1
    results = sarif_report["runs"][0]["results"]
    assert results and {r["properties"]["component"] for r in results} <= {"backend", "android"}
    assert sarif_report["runs"][0]["properties"]["release"]["id"] == rel["id"]


def test_a_missing_repository_blocks_with_exit_3_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    backend_repo(tmp_path / "backend")
    ais = description(tmp_path, TWO.replace('sources = ["android"]', 'sources = ["../gone/android"]'))
    out = tmp_path / "release.json"

    result = runner.invoke(cli, ["release", str(ais), "-f", "json", "-o", str(out)])

    assert result.exit_code == 3, result.output
    report = json.loads(out.read_text())
    jsonschema.validate(report, REPORT_SCHEMA)
    failed = [r for r in report["analyzer_runs"] if r["status"] == "error"]
    assert [(r["analyzer"], r["component"]) for r in failed] == [(RELEASE_RUN, "android")]
    assert (
        "component android could not be scanned: source ../gone/android: no such folder"
        in failed[0]["reason"]
    )
    assert any("android" in line and "could not be scanned" in line for line in report["verdict"]["reasons"])
    status = _statuses(report)
    # Every requirement of the missing component's kind is NOT_ASSESSED, never PASS.
    assert status["p14.2"][0] == "NOT_ASSESSED" and "android could not be scanned" in status["p14.2"][2]
    assert status["p19.6"][0] == "NOT_ASSESSED" and "backend PASS" in status["p19.6"][2]
    assert "SCAN INCOMPLETE" in result.output and "could not be scanned" in result.output


def test_a_component_whose_analyzer_fails_blocks_with_exit_3_naming_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    make_repo(tmp_path / "backend", {"app.py": "import flask\n", "requirements.txt": "flask==2.0.0\n"})
    android_repo(tmp_path / "android")
    ais = description(tmp_path, TWO)
    out = tmp_path / "release.json"
    env = {"AISCAN_ADVISORY_DB": str(tmp_path / "no-such-advisories.sqlite")}

    result = runner.invoke(cli, ["release", str(ais), "-f", "json", "-o", str(out)], env=env)

    assert result.exit_code == 3, result.output
    report = json.loads(out.read_text())
    deps = {r["component"]: r for r in report["analyzer_runs"] if r["analyzer"] == "deps"}
    assert deps["backend"]["status"] == "error" and deps["android"]["status"] == "ok"  # nothing to audit
    assert any(line.startswith("analyzer backend/deps did not run") for line in report["verdict"]["reasons"])
    p20 = _statuses(report)["p20"]
    assert p20[0] == "NOT_ASSESSED" and p20[2].startswith("backend: deps: error")


def test_a_ref_is_read_from_the_object_database_without_checkout(tmp_path: Path) -> None:
    android = tmp_path / "android"
    make_repo(android, {"app/src/main/AndroidManifest.xml": "<manifest/>\n", "app/Config.kt": ACTIVITY_KT})
    (android / "app" / "link").symlink_to("/etc/passwd")
    released = commit(android, {"app/Leak.kt": LEAKY_PY.replace("import os\n", "")}, "release")
    git(android, "tag", "v1.0")
    git(android, "rm", "-q", "app/Leak.kt")
    head = commit(android, {"app/Config.kt": ACTIVITY_KT + "// next\n"}, "after the release")
    backend_repo(tmp_path / "backend")
    ais = description(
        tmp_path, TWO.replace('sources = ["android"]', 'sources = [{ path = "android", ref = "v1.0" }]')
    )

    result = release_scan(load_description(ais), analyzers=light_analyzers)

    leaks = [f for f in result.findings if f.rule_id == "url-credentials"]
    assert [(f.component, f.location.path) for f in leaks] == [("android", "app/Leak.kt")]
    assert result.release is not None
    version = {c.id: c for c in result.release.components}["android"]
    assert (version.commit, version.ref, version.version, version.dirty) == (released, "v1.0", "v1.0", False)
    assert ("android:app/link", "symlink in the released commit (not followed)") in {
        (s.path, s.reason) for s in result.skipped_files
    }
    # Nothing was checked out: the working tree is still at the later commit, unchanged.
    assert git(android, "rev-parse", "HEAD") == head and git(android, "status", "--porcelain") == ""
    assert not (android / "app" / "Leak.kt").exists()


def test_a_ref_that_names_nothing_is_a_component_not_scanned(tmp_path: Path) -> None:
    android_repo(tmp_path / "android")
    backend_repo(tmp_path / "backend")
    ais = description(
        tmp_path, TWO.replace('sources = ["android"]', 'sources = [{ path = "android", ref = "v9.9" }]')
    )

    result = release_scan(load_description(ais), analyzers=light_analyzers)

    assert result.decision.exit_code == 3
    run = next(r for r in result.runs if r.analyzer == RELEASE_RUN)
    assert run.component == "android" and "the ref 'v9.9' names no commit" in run.reason


def test_release_id_is_stable_and_changes_with_a_commit_or_dirty_state(tmp_path: Path) -> None:
    backend_repo(tmp_path / "backend")
    android_repo(tmp_path / "android")
    ais = load_description(description(tmp_path, TWO))

    def release_id() -> tuple[str, bool | None]:
        result = release_scan(ais, analyzers=light_analyzers)
        assert result.release is not None
        backend = {c.id: c for c in result.release.components}["backend"]
        return result.release.release_id, backend.dirty

    first = release_id()
    assert release_id() == first and first[1] is False  # same inputs, same id
    (tmp_path / "backend" / "notes.txt").write_text("untracked\n")
    dirty = release_id()
    assert dirty[1] is True and dirty[0] != first[0]
    commit(tmp_path / "backend", {}, "notes")
    committed = release_id()
    assert committed[1] is False and committed[0] not in (first[0], dirty[0])


def test_one_component_from_two_repositories(tmp_path: Path) -> None:
    backend_repo(tmp_path / "api", leaky=True)
    backend_repo(tmp_path / "scoring")
    ais = description(
        tmp_path, '[[components]]\nid = "backend"\nkind = "api"\nsources = ["api", "scoring"]\n'
    )

    result = release_scan(load_description(ais), analyzers=light_analyzers)

    leaks = [f for f in result.findings if f.rule_id == "url-credentials"]
    assert [(f.component, f.location.path, f.properties["source"]) for f in leaks] == [
        ("backend", "app.py", "api")
    ]
    assert result.release is not None and [c.id for c in result.release.components] == ["backend", "backend"]
    p196 = next(r for r in result.requirements if r.requirement_id == "p19.6")
    assert p196.status is Status.FAIL and p196.components == ("backend",)


def test_unknown_key_is_exit_2_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    ais = description(tmp_path, TWO.replace('kind = "api"', 'kind = "api"\nrepo = "x"'))
    result = runner.invoke(cli, ["release", str(ais)])
    assert result.exit_code == 2
    assert "components[0].repo: unknown key" in result.output and "Traceback" not in result.output


def test_a_hostile_commit_cannot_write_a_git_folder(tmp_path: Path) -> None:
    """A crafted tree with a `.git` folder (git refuses to check it out; aiscan never writes it)."""
    backend = tmp_path / "backend"
    backend_repo(backend)

    def plumbing(*args: str, data: str) -> str:
        return subprocess.run(
            ["git", "-C", str(backend), *args], input=data, check=True, capture_output=True, text=True
        ).stdout.strip()

    evil = plumbing("hash-object", "-w", "--stdin", data="[core]\n\tfsmonitor = touch /tmp/pwned\n")
    inner = plumbing("mktree", data=f"100644 blob {evil}\tconfig\n")
    top = plumbing("mktree", data=f"040000 tree {inner}\t.git\n100644 blob {evil}\tnotes.txt\n")
    crafted = plumbing("commit-tree", top, "-m", "crafted", data="")
    git(backend, "tag", "crafted", crafted)
    ais = description(
        tmp_path,
        '[[components]]\nid = "backend"\nkind = "api"\nsources = [{ path = "backend", ref = "crafted" }]\n',
    )

    result = release_scan(load_description(ais), analyzers=light_analyzers)

    assert ("backend:.git/config", "path not safe to write (not exported from git)") in {
        (s.path, s.reason) for s in result.skipped_files
    }
    inventory = next(r for r in result.runs if r.analyzer == "inventory")
    assert inventory.status.value == "ok"


def test_attestations_beside_the_description_apply_to_every_component(tmp_path: Path) -> None:
    backend_repo(tmp_path / "backend")
    android_repo(tmp_path / "android")
    ais = description(tmp_path, TWO)
    (tmp_path / "aiscan-attestations.yaml").write_text(
        "attestations:\n"
        "  - requirement: p15\n"
        '    by: "A. Seitkali, CISO"\n'
        "    date: 2026-10-01\n"
        '    evidence: "SDLC regulation No. 12"\n'
        "    valid_until: 2027-09-30\n"
    )

    result = release_scan(
        load_description(ais), analyzers=light_analyzers, now=datetime(2026, 11, 22, tzinfo=UTC)
    )

    p15 = next(r for r in result.requirements if r.requirement_id == "p15")
    assert p15.status is Status.PASS and p15.components == ("android", "backend")
    assert p15.attestation is not None and p15.attestation.by == "A. Seitkali, CISO"
    p16 = next(r for r in result.requirements if r.requirement_id == "p16")
    assert p16.status is Status.MANUAL


def test_no_description_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["release", str(tmp_path / "aiscan-ais.toml")])
    assert result.exit_code == 2 and "no AIS description file" in result.output


def test_a_release_is_kept_in_the_retention_archive_with_its_results(
    runner: CliRunner, tmp_path: Path
) -> None:
    backend_repo(tmp_path / "backend")
    android_repo(tmp_path / "android")
    ais = description(tmp_path, TWO)
    archive, key = tmp_path / "archive", tmp_path / "keys" / "signing.key"
    init = ["archive", "init", "--archive", str(archive), "--key", str(key), "--plaintext"]
    assert runner.invoke(cli, init).exit_code == 0
    out, sarif, html = tmp_path / "release.json", tmp_path / "release.sarif", tmp_path / "release.html"
    args = ["release", str(ais), "-f", "json", "-o", str(out), "--report", f"sarif={sarif}"]
    args += ["--report", f"html={html}", "--lang", "en"]

    result = runner.invoke(cli, [*args, "--archive", str(archive), "--archive-key", str(key)])

    report = json.loads(out.read_text())
    assert result.exit_code == report["verdict"]["exit_code"], result.output  # kept whatever the verdict
    release_id = report["release"]["id"]
    assert f"Archived as {release_id}" in result.output
    listed = runner.invoke(cli, ["archive", "list", "--archive", str(archive)])
    assert release_id in listed.output
    verify = ["archive", "verify", "--archive", str(archive), "--key", str(key)]
    assert runner.invoke(cli, verify).exit_code == 0
    dest = tmp_path / "restored"
    got = runner.invoke(cli, ["archive", "get", "--archive", str(archive), release_id, "--dest", str(dest)])
    assert got.exit_code == 0, got.output
    restored = {p.name for p in dest.rglob("*") if p.is_file()}
    assert {"app.py", "AndroidManifest.xml"} <= restored  # both components' sources at their commits
    assert any(name.endswith(".sarif") for name in restored), restored
    assert any(name.endswith(".html") for name in restored), restored
    # The audit report names the release and each component's commit.
    page = html.read_text(encoding="utf-8")
    assert release_id in page and all(c["commit"][:12] in page for c in report["release"]["components"])
