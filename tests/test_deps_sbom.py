"""The CycloneDX SBOM validates against the 1.6 schema, in JSON and XML, with components, purls,
licences, the dependency graph, the tool and commit, and the vulnerabilities found."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.config import AdvisorySettings
from aiscan.deps import osvdb
from aiscan.deps.audit import audit, load_manifests, root_reader
from aiscan.deps.parsers import select_manifests
from aiscan.deps.sbom import build_bom, serialize, validate
from tests.conftest import FIXTURES

NOW = datetime(2026, 11, 22, tzinfo=UTC)
DEPS = FIXTURES / "deps"
COMMIT = "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"


@pytest.fixture(scope="module")
def bom_json() -> dict[str, object]:
    paths = [str(p.relative_to(DEPS)) for p in DEPS.rglob("*") if p.is_file()]
    manifests, _ = load_manifests(select_manifests(paths), root_reader(DEPS))
    index, _ = osvdb.open_index(
        AdvisorySettings(sources=(FIXTURES / "mfo-demo" / "advisories",), database=DEPS / "none")
    )
    assert index is not None
    findings = audit(manifests, index, now=NOW).findings
    index.close()
    assert findings, "the fixtures pin some versions with known advisories"
    bom = build_bom(manifests, findings, name="fixtures", commit=COMMIT, tool_version="0.1.0", timestamp=NOW)
    for fmt in ("json", "xml"):
        text = serialize(bom, fmt)
        assert validate(text, fmt) is None, fmt
    return dict(json.loads(serialize(bom, "json")))


def test_metadata_names_the_tool_and_the_commit(bom_json: dict[str, object]) -> None:
    assert bom_json["specVersion"] == "1.6"
    meta = bom_json["metadata"]
    assert isinstance(meta, dict)
    assert meta["tools"]["components"][0]["name"] == "aiscan"
    assert meta["component"]["version"] == COMMIT[:12]
    assert {"name": "aiscan:commit", "value": COMMIT} in meta["component"]["properties"]


def test_components_have_purls_licences_and_scopes(bom_json: dict[str, object]) -> None:
    components = {c["bom-ref"]: c for c in bom_json["components"]}  # type: ignore[attr-defined]
    lodash = components["pkg:npm/lodash@4.17.15"]
    assert lodash["purl"] == "pkg:npm/lodash@4.17.15"
    assert lodash["licenses"] == [{"license": {"id": "MIT"}}]
    assert components["pkg:maven/junit/junit@4.12"]["scope"] == "excluded"
    assert (
        components["pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"]["group"]
        == "org.apache.logging.log4j"
    )
    unpinned = [c for ref, c in components.items() if ref.startswith("unpinned:")]
    assert unpinned and all("version" not in c for c in unpinned)


def test_dependency_graph_from_the_lockfiles(bom_json: dict[str, object]) -> None:
    graph = {d["ref"]: set(d.get("dependsOn", ())) for d in bom_json["dependencies"]}  # type: ignore[attr-defined]
    assert "pkg:cargo/bytes@1.0.1" in graph["pkg:cargo/hyper@0.14.4"]
    assert "pkg:pypi/markupsafe@2.0.1" in graph["pkg:pypi/jinja2@3.0.1"]
    root = graph["root-application"]
    assert "pkg:cargo/hyper@0.14.4" in root and "pkg:cargo/bytes@1.0.1" not in root


def test_vulnerabilities_with_ratings_fixes_and_targets(bom_json: dict[str, object]) -> None:
    vulns = {v["id"]: v for v in bom_json["vulnerabilities"]}  # type: ignore[attr-defined]
    assert vulns, "go.mod pins jwt-go 3.2.0, affected by GO-2020-0017"
    jwt = vulns["GO-2020-0017"]
    assert jwt["affects"] == [{"ref": "pkg:golang/github.com/dgrijalva/jwt-go@v3.2.0%2Bincompatible"}]
    assert jwt["ratings"] == [{"severity": "unknown"}]
    assert {r["id"] for r in jwt["references"]} == {"CVE-2020-26160", "GHSA-w73w-5m7g-f7qc"}


def test_sbom_command_writes_json_and_xml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AISCAN_ADVISORY_DB", str(tmp_path / "none.sqlite"))
    root = tmp_path / "repo"
    root.mkdir()
    (root / "requirements.txt").write_text("PyYAML==5.3.1\nsix==1.16.0\n")
    runner = CliRunner()
    out = tmp_path / "bom.xml"
    result = runner.invoke(cli, ["sbom", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "no advisory data" in result.output  # said, not hidden
    assert validate(out.read_text(), "xml") is None
    operator = tmp_path / "operator.toml"
    operator.write_text(f'[advisories]\nsources = ["{FIXTURES / "mfo-demo" / "advisories"}"]\n')
    monkeypatch.setenv("AISCAN_CONFIG", str(operator))
    result = runner.invoke(cli, ["sbom", str(root)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert validate(result.stdout, "json") is None
    assert {v["id"] for v in doc["vulnerabilities"]} == {"PYSEC-2021-142"}
