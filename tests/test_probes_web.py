"""The web-probe and web-active analyzers and `aiscan probe` against the demo's live server
(fixtures/mfo-demo/live/serve.py, flawed and fixed) and misbehaving servers on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.models import AnalyzerOutcome, RunStatus
from aiscan.probes import ProbeOptions, ProbeTarget, probe_endpoints, probe_with_context
from aiscan.probes.http import Budget, Client, ProbeError
from aiscan.probes.targets import Limits
from tests.conftest import REPO
from tests.probe_servers import behaviour_server, free_port

FAST = Limits(connect_timeout_s=2, read_timeout_s=2, request_deadline_s=3, tls_timeout_s=2, tls_retries=0)
CHROMIUM = "/usr/bin/chromium"
# chromium's first start on a fresh machine (profile, font caches) can take longer than the
# default 30 s under load; these tests check what it renders, not how fast.
WITH_BROWSER = dataclasses.replace(FAST, browser_timeout_s=180)


def _targets(demo: Any) -> list[ProbeTarget]:
    return [
        ProbeTarget(demo.url("/"), "login", "web"),
        ProbeTarget(demo.url("/card"), "card", "web"),
        ProbeTarget(demo.url("/api/health"), "api", "backend"),
    ]


def _by_name(outcomes: list[AnalyzerOutcome]) -> dict[str, AnalyzerOutcome]:
    return {o.run.analyzer: o for o in outcomes}


@pytest.fixture(scope="module")
def bad_outcomes(bad: Any) -> dict[str, AnalyzerOutcome]:
    options = ProbeOptions(active=True, ca_bundle=bad.ca_file, limits=FAST, browser=None)
    return _by_name(probe_endpoints(_targets(bad), options))


def test_the_flawed_demo_shows_every_login_cookie_and_card_flaw(
    bad_outcomes: dict[str, AnalyzerOutcome],
) -> None:
    web = bad_outcomes["web-probe"]
    assert web.run.status is RunStatus.OK, web.run
    rules = {f.rule_id for f in web.findings if not f.properties.get("evidence")}
    assert {
        "web-password-autocomplete",
        "web-secret-unmasked",
        "web-cyber-hygiene-notice",
        "web-cookie-not-secure",
        "web-cookie-not-httponly",
        "web-cookie-no-samesite",
        "web-credentials-cacheable",
        "web-missing-security-headers",
        "web-version-banner",
        "web-card-number-shown",
    } <= rules
    # The session cookie is set on the redirect from / to /login: read there, value never shown.
    cookie = next(f for f in web.findings if f.rule_id == "web-cookie-not-secure")
    assert "session=…" in cookie.location.snippet and cookie.location.path.endswith("/")
    card = next(f for f in web.findings if f.rule_id == "web-card-number-shown")
    assert "4301 2345" not in card.location.snippet and "430123450014" not in card.location.snippet
    assert {f.component for f in web.findings} <= {"web", "backend"}


def test_the_active_checks_find_the_debug_page_the_sql_error_and_the_csrf_gap(
    bad_outcomes: dict[str, AnalyzerOutcome],
) -> None:
    active = bad_outcomes["web-active"]
    assert active.run.status is RunStatus.OK
    rules = {f.rule_id for f in active.findings}
    assert {"web-error-stack-trace", "web-error-sql", "web-csrf-not-enforced"} <= rules
    assert all(f.location.path.startswith("https://localhost:") for f in active.findings)


def test_the_tls_flaws_of_the_demo_are_found(bad_outcomes: dict[str, AnalyzerOutcome]) -> None:
    tls = bad_outcomes["tls"]
    if tls.run.status is RunStatus.ERROR and "sslyze" in tls.run.reason:
        pytest.skip(tls.run.reason)
    assert {"tls-legacy-protocol", "tls-hsts-missing"} <= {f.rule_id for f in tls.findings}


def test_the_fixed_counterpart_passes(good: Any) -> None:
    options = ProbeOptions(active=True, ca_bundle=good.ca_file, limits=FAST, browser=None)
    outcomes = _by_name(probe_endpoints(_targets(good), options))
    for name in ("web-probe", "web-active"):
        o = outcomes[name]
        assert o.run.status is RunStatus.OK, o.run
        flaws = [f.rule_id for f in o.findings if not f.properties.get("evidence")]
        assert flaws == [], (name, flaws)
    notice = [f for f in outcomes["web-probe"].findings if f.properties.get("evidence") == "present"]
    assert [f.rule_id for f in notice] == ["web-cyber-hygiene-notice"]
    assert [f.rule_id for f in outcomes["tls"].findings] in ([], ["tls-no-ocsp-stapling"])


def test_without_active_the_active_checks_are_skipped_and_say_so(good: Any) -> None:
    options = ProbeOptions(ca_bundle=good.ca_file, limits=FAST, browser=None)
    outcomes = _by_name(probe_endpoints([ProbeTarget(good.url("/login"), "login")], options))
    assert outcomes["web-active"].run.status is RunStatus.SKIPPED
    assert "--active" in outcomes["web-active"].run.reason


def test_the_cli_blocks_the_flawed_demo_and_allows_the_fixed_one(bad: Any, good: Any, tmp_path: Path) -> None:
    def probe(demo: Any) -> tuple[int, dict[str, Any]]:
        out = tmp_path / f"{demo.port}.json"
        args = [
            "probe",
            "--active",
            "--no-browser",
            "--ca-bundle",
            str(demo.ca_file),
            "-f",
            "json",
            "-o",
            str(out),
        ]
        args += [f"login={demo.url('/')}", f"card={demo.url('/card')}", f"api={demo.url('/api/health')}"]
        result = CliRunner().invoke(cli, args)
        return result.exit_code, json.loads(out.read_text())

    code, report = probe(bad)
    schema = json.loads((REPO / "docs" / "report.schema.json").read_text())
    jsonschema.validate(report, schema)
    assert report["scan"]["kind"] == "probe"
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert code == 1
    assert statuses["p24.3"] == "FAIL" and statuses["p26.3"] == "FAIL" and statuses["p24.5"] == "FAIL"
    code, report = probe(good)
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert code == 0, report["verdict"]
    assert statuses["p24.2"] == "PASS" and statuses["p24.4"] == "PASS" and statuses["p24.5"] == "PASS"


def test_a_bad_url_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["probe", "ftp://example.invalid/"])
    assert result.exit_code == 2 and "only http:// and https://" in result.output


@pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="no /usr/bin/chromium on this machine (CI installs it)"
)
def test_a_login_form_built_by_javascript_is_read_through_chromium(bad: Any) -> None:
    target = ProbeTarget(bad.url("/js-login"), "login")
    outcomes = _by_name(probe_endpoints([target], ProbeOptions(ca_bundle=bad.ca_file, limits=WITH_BROWSER)))
    web = outcomes["web-probe"]
    assert web.run.status is RunStatus.OK, web.run
    assert {"web-secret-unmasked", "web-password-autocomplete"} <= {f.rule_id for f in web.findings}


def test_without_a_browser_a_javascript_page_is_not_assessed(bad: Any) -> None:
    target = ProbeTarget(bad.url("/js-login"), "login")
    outcomes = _by_name(
        probe_endpoints([target], ProbeOptions(ca_bundle=bad.ca_file, limits=FAST, browser=None))
    )
    web = outcomes["web-probe"]
    assert web.run.status is RunStatus.ERROR
    assert "JavaScript" in web.run.reason and "no headless browser" in web.run.reason


# --- limits: each misbehaving server ends within the deadline with the reason ---


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [("silent", "read timeout"), ("trickle", "deadline"), ("huge", "cap")],
)
def test_a_misbehaving_server_ends_not_assessed_with_the_reason(behaviour: str, reason: str) -> None:
    with behaviour_server(behaviour) as port:
        target = ProbeTarget(f"http://127.0.0.1:{port}/login", "login")
        outcomes = _by_name(probe_endpoints([target], ProbeOptions(limits=FAST, browser=None)))
    web = outcomes["web-probe"]
    assert web.run.status is RunStatus.ERROR and not web.findings
    assert reason in web.run.reason, web.run.reason


def test_a_refused_connection_is_not_assessed() -> None:
    target = ProbeTarget(f"http://127.0.0.1:{free_port()}/login", "login")
    web = _by_name(probe_endpoints([target], ProbeOptions(limits=FAST, browser=None)))["web-probe"]
    assert web.run.status is RunStatus.ERROR and "refused" in web.run.reason


def test_the_request_budget_is_enforced(bad: Any) -> None:
    client = Client(FAST, "test")
    budget = Budget(2)
    client.request(bad.url("/login"), budget)
    client.request(bad.url("/login"), budget)
    with pytest.raises(ProbeError, match="budget"):
        client.request(bad.url("/login"), budget)


def test_a_redirect_to_another_host_is_reported_not_followed() -> None:
    with behaviour_server("offsite") as port:
        target = ProbeTarget(f"http://127.0.0.1:{port}/login", "login")
        outcomes, ctx = probe_with_context([target], ProbeOptions(limits=FAST, browser=None))
    web = _by_name(outcomes)["web-probe"]
    assert web.run.status is RunStatus.ERROR
    assert "redirects to another host (https://elsewhere.invalid/login); not followed" in web.run.reason
    # The cookie set on the redirect is still read; the other host is never contacted.
    assert "web-cookie-not-httponly" in {f.rule_id for f in web.findings}
    assert ctx.requests_used()[target.url] == 2  # the page (web-probe) and the plain-HTTP check (tls)


def test_an_unreachable_endpoint_makes_the_probe_incomplete(tmp_path: Path) -> None:
    url = f"https://127.0.0.1:{free_port()}/login"
    result = CliRunner().invoke(cli, ["probe", "--no-browser", "--connect-timeout", "1", url])
    assert result.exit_code == 3, result.output
    assert "refused" in result.output


def test_a_ca_bundle_that_is_not_pem_is_a_usage_error(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not a certificate")
    result = CliRunner().invoke(cli, ["probe", "--ca-bundle", str(bundle), "https://127.0.0.1:1/"])
    assert result.exit_code == 2 and "not a PEM file" in result.output
