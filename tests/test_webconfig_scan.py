"""web-config inside a scan: presence evidence names where p24.2-p24.4 are met in the source,
an absent notice is an observation (MANUAL) or a failure at a stricter threshold, an unreadable
settings file leaves the requirements it serves NOT_ASSESSED, and a weakness semgrep also
reports on the same line is shown once."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.models import Component, ScanResult, Severity, Status
from aiscan.pipeline import scan
from aiscan.webconfig.analyzer import WebConfigAnalyzer
from tests.webconfig_helpers import write

LOGIN = (
    '<form method="post" action="/login" autocomplete="off">\n'
    '  <input name="password" type="password">\n'
    "</form>\n"
)


def _scan(root: Path, *analyzers: object, fail_on: Severity | None = None) -> ScanResult:
    config = resolve_scan_config(root, Overrides(components=(Component.WEB, Component.API), fail_on=fail_on))
    chosen = list(analyzers) or [WebConfigAnalyzer()]
    return scan(config, analyzers=chosen, assessed_only=True, parallel=False)  # type: ignore[arg-type]


def _status(result: ScanResult) -> dict[str, tuple[Status, str]]:
    return {r.requirement_id: (r.status, r.reason) for r in result.requirements}


def test_protections_found_are_named_and_wait_for_live_evidence(tmp_path: Path) -> None:
    """The templates show the protections, but p24 asks it of the running login page: without a
    probe the points stay MANUAL, saying where the source has them and that nothing was probed."""
    write(tmp_path, {"templates/login.html": LOGIN + "<p>Никому не сообщайте код из SMS.</p>\n"})
    status = _status(_scan(tmp_path))
    for rid in ("p24.2", "p24.3"):
        assert status[rid][0] is Status.MANUAL, rid
        assert "protection found" in status[rid][1] and "templates/login.html:2" in status[rid][1]
        assert "no live evidence" in status[rid][1]
    assert status["p24.4"][0] is Status.MANUAL
    assert status["p24.4"][1].startswith(
        "protection found: Cyber-hygiene notice on the login page (templates/login.html:4); "
    )
    assert status["p24.4"][1].endswith("no live evidence: no endpoint was probed")


def test_a_missing_notice_is_an_observation_and_fails_at_a_medium_threshold(tmp_path: Path) -> None:
    write(tmp_path, {"templates/login.html": LOGIN})
    status = _status(_scan(tmp_path))
    assert status["p24.4"][0] is Status.MANUAL
    status = _status(_scan(tmp_path, fail_on=Severity.MEDIUM))
    assert status["p24.4"][0] is Status.FAIL


def test_no_login_form_at_all_leaves_the_web_points_manual(tmp_path: Path) -> None:
    write(tmp_path, {"templates/index.html": "<p>Займы онлайн</p>\n"})
    result = _scan(tmp_path)
    status = _status(result)
    for rid in ("p24.2", "p24.3", "p24.4"):
        assert status[rid][0] is Status.MANUAL, rid
    run = next(r for r in result.runs if r.analyzer == "web-config")
    assert "web-login-cyber-hygiene-notice: nothing found; looked for" in run.reason


def test_an_unreadable_settings_file_leaves_its_requirements_not_assessed(tmp_path: Path) -> None:
    write(tmp_path, {"Api/appsettings.json": '{ "DetailedErrors": tr', "templates/login.html": LOGIN})
    result = _scan(tmp_path)
    status = _status(result)
    assert (
        status["p26.1"][0] is Status.NOT_ASSESSED
        and "web-config: incomplete coverage (1 gap)" in status["p26.1"][1]
    )
    run = next(r for r in result.runs if r.analyzer == "web-config")
    assert [g.path for g in run.gaps] == ["Api/appsettings.json"]
    assert not result.decision.allowed


def test_semgrep_and_web_config_on_the_same_line_are_one_finding(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "shop/settings.py": (
                'DEBUG = True\nALLOWED_HOSTS = ["shop.kz"]\nINSTALLED_APPS = []\n'
                'MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]\n'
                "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n"
            )
        },
    )
    result = _scan(tmp_path, SemgrepAnalyzer(), WebConfigAnalyzer())
    on_line = [
        f for f in result.findings if f.location.path == "shop/settings.py" and f.location.start_line == 1
    ]
    assert len(on_line) == 1, [(f.analyzer, f.rule_id) for f in on_line]
    merged = on_line[0]
    assert merged.analyzer == "semgrep"
    assert merged.properties["analyzers"] == ["semgrep", "web-config"]
    assert "server-debug-enabled" in merged.properties["rule_ids"]
    evidence = [f for f in result.findings if f.rule_id == "server-csrf-protection"]
    assert len(evidence) == 1 and evidence[0].analyzer == "web-config"


def test_a_manual_point_with_observations_says_so(tmp_path: Path) -> None:
    write(tmp_path, {"templates/login.html": LOGIN})
    reason = _status(_scan(tmp_path))["p24.4"][1]
    assert reason == "1 finding below the threshold; no live evidence: no endpoint was probed"
