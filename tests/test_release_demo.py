"""The README's quick start: the demo AIS released as one (web, backend, Android, iOS), with the
real analyzers; the clean twin is allowed."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from tests.conftest import REPO
from tests.test_demo import CHECKS, CLEAN, DEMO, _found, expected_flaws

SCHEMA = json.loads((REPO / "docs" / "report.schema.json").read_text())
COMPONENT_OF_FOLDER = {
    "web": "web",
    "api": "backend",
    "services": "backend",
    "android": "android",
    "ios": "ios",
}


def _release(folder: Path, out: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    args = ["release", str(folder / "aiscan-ais.toml"), "--config", str(folder / "aiscan.toml")]
    result = CliRunner().invoke(cli, [*args, "-f", "json", "-o", str(out)])
    return result.exit_code, json.loads(out.read_text())


def test_the_demo_release_is_blocked_and_finds_its_flaws_per_component(tmp_path: Path) -> None:
    code, report = _release(DEMO, tmp_path / "demo.json")
    assert code == 1
    jsonschema.validate(report, SCHEMA)
    assert [c["id"] for c in report["release"]["components"]] == [
        "web",
        "backend",
        "backend",
        "android",
        "ios",
    ]
    prefix = "fixtures/mfo-demo/"  # the demo's folders are folders of this repository
    findings = []
    for f in report["findings"]:
        path = f["location"]["path"]
        assert path.startswith(prefix), path
        local = path[len(prefix) :]
        assert f["component"] == COMPONENT_OF_FOLDER[local.split("/")[0]], (f["component"], local)
        findings.append({**f, "location": {**f["location"], "path": local}})
    for check, (analyzers, minimum) in CHECKS.items():
        flaws = [f for f in expected_flaws() if f.check == check]
        missed = [f.id for f in flaws if not _found(f, findings, analyzers)]
        assert 1 - len(missed) / len(flaws) >= minimum, f"{check}: missed {missed}"
    status = {r["id"]: r for r in report["requirements"]}
    for rid in ("p19.1", "p19.2", "p19.3", "p19.6", "p20", "p21"):
        assert status[rid]["status"] == "FAIL", rid
    assert status["p25"]["components"] == ["android", "ios"]
    assert status["p24"]["components"] == ["web"] and status["p26"]["components"] == ["backend"]


@pytest.mark.parametrize("fixture", [CLEAN])
def test_the_clean_release_is_allowed(fixture: Path, tmp_path: Path) -> None:
    code, report = _release(fixture, tmp_path / "clean.json")
    assert code == 0, report["verdict"]
    assert report["verdict"]["decision"] == "allowed"
    assert {r["component"] for r in report["analyzer_runs"]} == {"web", "backend", "android", "ios"}
