"""`aiscan release --probe`: the endpoints an AIS description names are probed with the scan of
their component, the live findings and runs name that component, and nothing is contacted
without the flag."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.models import RunStatus, ScanResult, Status
from aiscan.probes import ProbeOptions
from aiscan.probes.targets import Limits
from aiscan.probes.tls import TlsAnalyzer
from aiscan.probes.web import WebActiveAnalyzer, WebProbeAnalyzer
from aiscan.release.description import load_description
from aiscan.release.run import ReleaseOptions, release_scan
from aiscan.webconfig.analyzer import WebConfigAnalyzer
from tests.release_repos import backend_repo, description, light_analyzers, make_repo

FAST = Limits(connect_timeout_s=2, read_timeout_s=2, request_deadline_s=3, tls_timeout_s=2, tls_retries=0)
LOGIN_HTML = '<form method="post" action="/login"><input type="password" name="pin"></form>\n'


def _ais(tmp_path: Path, demo: Any) -> Path:
    backend_repo(tmp_path / "backend")
    make_repo(
        tmp_path / "web", {"templates/login.html": LOGIN_HTML, "static/app.js": "export const n = 1;\n"}
    )
    return description(
        tmp_path,
        f"""
[[components]]
id = "web"
kind = "web"
sources = ["web"]
[[components.endpoints]]
url = "{demo.url("/")}"
pages = {{ login = "/login", card = "/card" }}

[[components]]
id = "backend"
kind = "api"
sources = ["backend"]
""",
    )


def _release(ais: Path, demo: Any) -> ScanResult:
    def analyzers() -> list[Any]:
        return [
            *light_analyzers(),
            WebConfigAnalyzer(),
            TlsAnalyzer(),
            WebProbeAnalyzer(),
            WebActiveAnalyzer(),
        ]

    probe = ProbeOptions(ca_bundle=Path(demo.ca_file), limits=FAST, browser=None)
    return release_scan(load_description(ais), ReleaseOptions(probe=probe), analyzers=analyzers)


def test_the_endpoints_of_a_component_are_probed_with_its_scan(tmp_path: Path, bad: Any) -> None:
    result = _release(_ais(tmp_path, bad), bad)
    runs = {(r.component, r.analyzer): r for r in result.runs}
    assert runs[("web", "web-probe")].status is RunStatus.OK
    assert runs[("web", "tls")].status is RunStatus.OK
    # The backend names no endpoint: its live analyzers were not run, and say so.
    assert runs[("backend", "tls")].status is RunStatus.SKIPPED
    live = [f for f in result.findings if f.analyzer in ("tls", "web-probe")]
    assert live and all(f.component == "web" for f in live)
    assert all(f.location.path.startswith(bad.url("/")) for f in live)
    status = {r.requirement_id: r for r in result.requirements}
    assert status["p23"].status is Status.FAIL  # TLS 1.0 and 1.1 accepted by the flawed server
    assert status["p24.2"].status is Status.FAIL and status["p24.2"].components == ("web",)


def test_the_fixed_server_passes_the_live_web_points(tmp_path: Path, good: Any) -> None:
    result = _release(_ais(tmp_path, good), good)
    status = {r.requirement_id: r for r in result.requirements}
    assert status["p24.3"].status is Status.PASS, status["p24.3"].reason


def test_probe_flags_without_probe_are_a_usage_error(tmp_path: Path) -> None:
    backend_repo(tmp_path / "backend")
    ais = description(tmp_path, '\n[[components]]\nid = "backend"\nkind = "api"\nsources = ["backend"]\n')
    result = CliRunner().invoke(cli, ["release", str(ais), "--active"])
    assert result.exit_code == 2
    assert "only with --probe" in result.output


def test_an_endpoint_that_cannot_be_probed_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    backend_repo(tmp_path / "backend")
    body = (
        '\n[[components]]\nid = "backend"\nkind = "api"\nsources = ["backend"]\n'
        '[[components.endpoints]]\nurl = "ftp://127.0.0.1/"\n'
    )
    ais = description(tmp_path, body)
    result = CliRunner().invoke(cli, ["release", str(ais), "--probe"])
    assert result.exit_code == 2
    assert "components[0].endpoints[0].url" in result.output
