"""pip-audit: the JSON parser on its real format, merging with the offline findings, and the
online run failing closed without a network."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.dependencies import DependencyAnalyzer
from aiscan.config import AdvisorySettings, ScanConfig
from aiscan.deps import osvdb
from aiscan.deps.audit import audit, load_manifests, merge_pip_audit, root_reader
from aiscan.deps.model import Dependency
from aiscan.deps.pipaudit import (
    PipAuditOutputError,
    parse_pip_audit,
    pinned_requirements,
    pip_audit_argv,
)
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus
from tests.conftest import FIXTURES

RECORDED = json.loads((FIXTURES / "recorded" / "pip-audit.json").read_text())
DEMO_ADVISORIES = FIXTURES / "mfo-demo" / "advisories"
NOW = datetime(2026, 11, 22, tzinfo=UTC)


def test_parse_recorded_output() -> None:
    result = parse_pip_audit(RECORDED)
    assert result.audited == 3
    assert result.skipped == (
        (
            "internal-billing",
            "Dependency not found on PyPI and could not be audited: internal-billing (4.2.0)",
        ),
    )
    by_id = {v.id: v for v in result.vulns}
    assert set(by_id) == {"PYSEC-2021-142", "GHSA-pj98-2xf6-cff5", "GHSA-9q9m-c65c-37pq"}
    assert by_id["PYSEC-2021-142"].package == "pyyaml" and by_id["PYSEC-2021-142"].fix_versions == ("5.4",)
    assert by_id["GHSA-pj98-2xf6-cff5"].aliases == ("CVE-2019-19450",)


def test_parse_rejects_output_that_is_not_a_report() -> None:
    with pytest.raises(PipAuditOutputError):
        parse_pip_audit({"error": "boom"})
    with pytest.raises(PipAuditOutputError):
        parse_pip_audit({"dependencies": [{"version": "1"}]})


def test_pip_audit_never_resolves_builds_or_installs() -> None:
    argv = pip_audit_argv("pip-audit", Path("/tmp/reqs.txt"))
    assert {"--no-deps", "--disable-pip"} <= set(argv)
    assert "--fix" not in argv and not any(a.startswith("--path") for a in argv)
    assert argv[argv.index("--format") + 1] == "json"


def test_only_exact_index_pins_go_to_pip_audit() -> None:
    deps = [
        Dependency("PyPI", "PyYAML", "5.3.1"),
        Dependency("PyPI", "pyyaml", "5.3.1"),
        Dependency("PyPI", "flask", None, spec=">=2"),
        Dependency("PyPI", "x", None, note="installed from a URL"),
        Dependency("npm", "lodash", "4.17.15"),
    ]
    assert pinned_requirements(deps) == ["pyyaml==5.3.1"]


def test_merge_confirms_offline_findings_adds_new_ones_and_skips_are_gaps(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text(
        "PyYAML==5.3.1\nreportlab==3.5.13\nsix==1.16.0\ninternal-billing==4.2.0\n"
    )
    manifests, _ = load_manifests(["requirements.txt"], root_reader(tmp_path))
    # an offline snapshot that lacks one of the records pip-audit knows online
    snapshot = tmp_path / "snapshot"
    shutil.copytree(DEMO_ADVISORIES, snapshot)
    (snapshot / "PyPI" / "PYSEC-2026-1871.json").unlink()
    index, _ = osvdb.open_index(AdvisorySettings(sources=(snapshot,), database=tmp_path / "none"))
    assert index is not None
    offline = audit(manifests, index, now=NOW).findings
    merged, gaps = merge_pip_audit(offline, parse_pip_audit(RECORDED), manifests, index)
    by_rule = {f.rule_id: f for f in merged}
    # the same vulnerability under another ID stays one finding, confirmed online
    assert by_rule["PYSEC-2021-142"].properties["sources"] == ["offline", "pip-audit"]
    assert by_rule["PYSEC-2026-522"].properties["sources"] == ["offline", "pip-audit"]
    assert len([f for f in merged if "GHSA-pj98-2xf6-cff5" in (f.rule_id, *f.properties["aliases"])]) == 1
    # one the offline snapshot does not know becomes its own finding, with unknown severity
    extra = by_rule["GHSA-9q9m-c65c-37pq"]
    assert extra.properties["sources"] == ["pip-audit"]
    assert extra.severity.value == "unknown" and extra.properties["fixed_versions"] == ["3.6.13"]
    # a skipped dependency is incomplete, never clean
    assert [(g.path, "internal-billing" in g.reason) for g in gaps] == [("requirements.txt", True)]
    index.close()


def test_online_run_without_network_is_partial_not_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every request goes to a closed port on this machine: no network reaches pip-audit.
    for var in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("PIP_AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "repo"
    root.mkdir()
    (root / "requirements.txt").write_text("six==1.16.0\n")
    settings = AdvisorySettings(
        sources=(DEMO_ADVISORIES,), database=tmp_path / "none", max_age_days=36500, online=True
    )
    config = ScanConfig(root=root, advisories=settings, analyzer_timeout_s=120)
    outcome = DependencyAnalyzer(now=NOW).run(ScanContext(config, build_inventory(root)))
    assert outcome.run.status is RunStatus.PARTIAL, outcome.run
    assert any("pip-audit" in g.reason for g in outcome.run.gaps)
    assert os.environ["HTTPS_PROXY"] == "http://127.0.0.1:9"
