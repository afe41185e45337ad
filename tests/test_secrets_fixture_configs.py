"""Configuration files that only test code names are test fixtures, wherever they sit: a Go
package's `server/configs/cluster.conf` read by `server/routes_test.go`. Their secrets are
reported at the detector's test severity (medium). A configuration also named by a Dockerfile,
a README or the code, or named by nothing, keeps its severity; a private key keeps its own
everywhere (keys have no test severity)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.secrets import SecretsAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.secrets.fixtures import fixture_configs

CLUSTER = "cluster {\n  authorization {\n    user: ledger\n    password: Kq8vZ2mWx7Lr\n  }\n}\n"
ROUTES_TEST = 'package server\n\nfunc TestRoutes(t *testing.T) {\n\tLoadConfig("./configs/cluster.conf")\n}\n'


def _run(root: Path, files: dict[str, str]) -> dict[str, str]:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    ctx = ScanContext(ScanConfig(root=root), build_inventory(root))
    outcome = SecretsAnalyzer(today=date(2026, 12, 1)).run(ctx)
    return {f.location.path: f.severity.value for f in outcome.findings}


def test_a_configuration_only_tests_name_is_a_fixture(tmp_path: Path) -> None:
    found = _run(tmp_path, {"server/configs/cluster.conf": CLUSTER, "server/routes_test.go": ROUTES_TEST})
    assert found == {"server/configs/cluster.conf": "medium"}


def test_a_configuration_a_deployment_names_keeps_its_severity(tmp_path: Path) -> None:
    found = _run(
        tmp_path,
        {
            "server/configs/cluster.conf": CLUSTER,
            "server/routes_test.go": ROUTES_TEST,
            "Dockerfile": "FROM scratch\nCOPY server/configs/cluster.conf /etc/ledger/cluster.conf\n",
        },
    )
    assert found == {"server/configs/cluster.conf": "high"}


def test_a_configuration_nothing_names_keeps_its_severity(tmp_path: Path) -> None:
    found = _run(tmp_path, {"server/configs/cluster.conf": CLUSTER, "server/routes.go": "package server\n"})
    assert found == {"server/configs/cluster.conf": "high"}


def test_names_are_matched_whole() -> None:
    texts = [
        ("server/opts_test.go", 'LoadConfig("./configs/test.conf")'),
        ("server/opts.go", 'defaults := "my_test.conf.bak"; other := "latest.conf"'),
    ]
    assert fixture_configs(
        ["server/configs/test.conf"], texts, lambda p: p.endswith("_test.go")
    ) == frozenset({"server/configs/test.conf"})
    texts.append(("README.md", "Start with `nats-server -c test.conf`."))
    assert (
        fixture_configs(["server/configs/test.conf"], texts, lambda p: p.endswith("_test.go")) == frozenset()
    )
