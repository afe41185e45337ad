"""Test code: findings are marked with their file's role and, by policy, do not gate."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate
from aiscan.config import Overrides, Policy, resolve_scan_config
from aiscan.errors import ConfigError
from aiscan.gate import decide
from aiscan.models import AnalyzerRun, FileRole, RunStatus, Severity, Status
from aiscan.roles import GATE, REPORT, assign_roles, file_role, weighs_on_gate
from aiscan.secrets.detectors import load_ruleset
from tests.conftest import make_finding


@pytest.mark.parametrize(
    "path",
    [
        "tests/test_api.py",
        "app/tests/helpers.py",
        "conftest.py",
        "pkg/server_test.go",
        "pkg/testdata/client.go",
        "src/test/java/kz/mfo/LoanTest.java",
        "app/src/androidTest/java/kz/A.kt",
        "web/src/__tests__/login.js",
        "web/src/app/login.spec.ts",
        "web/src/app/login.test.tsx",
        "ios/AppTests/LoginTests.swift",
        "Api.Tests/LoansController.cs",
        "spec/models/user_spec.rb",
        # the configuration of a Rails application's test environment (read by the test run only)
        "config/environments/test.rb",
        "engines/loans/config/environments/test.rb",
        # settings that only the test run selects: a Django settings package's test module (the
        # test runner's DJANGO_SETTINGS_MODULE), Laravel's `.env.testing` (read instead of `.env`
        # when APP_ENV=testing, which the test run sets) and PHPUnit's own configuration
        "kreditor/settings/test.py",
        "backend/config/settings/testing.py",
        ".env.testing",
        "services/scoring/.env.testing",
        "phpunit.xml",
        "packages/billing/phpunit.xml.dist",
        "phpunit.dist.xml",
        # an application written to run the tests against (its runner page and test library)
        "client/javascript/test-app/src/main/javascript/support/runner.js",
        "loans/testapp/views.py",
        "web/test_app/index.html",
        "sdk/test-apps/scoring/main.go",
    ],
)
def test_test_code_by_folder_or_name(path: str) -> None:
    assert file_role(path) is FileRole.TEST


@pytest.mark.parametrize(
    "path",
    [
        "app/views.py",
        "src/main/java/kz/Loan.java",
        "contest.py",
        "attestation/app.py",
        "latest/x.go",
        "testing.py",
        "latest-app/index.js",
        "contest_app/views.py",
        "src/testapp.js",
        # the other environments a Rails application runs in, and a file merely named test.rb
        "config/environments/production.rb",
        "config/environments/development.rb",
        "config/environments/staging.rb",
        "app/models/test.rb",
        "config/test.rb",
        # the other settings a Django project runs with, and a module merely named test.py
        "kreditor/settings/production.py",
        "kreditor/settings/base.py",
        "kreditor/test.py",
        "settings/tests_helpers.py",
        # environments a deployment can be named after (a test stand, a build mode) whose files
        # ship with the application: Spring's `test` profile in src/main/resources, ASP.NET's Test
        # environment, node-config or a bundler's `config/test.js`, Vite's and Vue CLI's `.env.test`
        "src/main/resources/application-test.yml",
        "src/main/resources/application-test.properties",
        "Api/appsettings.Test.json",
        "Api/appsettings.Testing.json",
        "config/test.js",
        "config/test.json",
        ".env.test",
        ".env.testing.example",
        "phpunit.xml.bak.php",
        # a `-test` name outside a test folder is as often a product file named after what it does
        # (a CLI's `install-test` command, an A/B test service, a connection check) as a test
        "lib/commands/install-test.js",
        "src/services/ab-test.js",
        "routes/db-test.ts",
    ],
)
def test_shipped_code(path: str) -> None:
    assert file_role(path) is FileRole.SOURCE


def test_a_check_switched_off_in_the_test_environment_does_not_gate() -> None:
    switched_off = make_finding(
        rule_id="ruby-csrf-protection-disabled",
        requirements=("p19.5",),
        path="config/environments/test.rb",
        snippet="config.action_controller.allow_forgery_protection = false",
    )
    in_production = replace(
        switched_off, location=replace(switched_off.location, path="config/environments/production.rb")
    )
    test_env, production = assign_roles([switched_off, in_production])
    assert not weighs_on_gate(test_env, REPORT)
    assert weighs_on_gate(production, REPORT)


def test_a_check_relaxed_in_test_settings_does_not_gate() -> None:
    relaxed = make_finding(
        rule_id="python-weak-password-hash",
        requirements=("p19.3",),
        path="kreditor/settings/test.py",
        snippet='PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]',
    )
    in_production = replace(
        relaxed, location=replace(relaxed.location, path="kreditor/settings/production.py")
    )
    test_settings, production = assign_roles([relaxed, in_production])
    assert not weighs_on_gate(test_settings, REPORT)
    assert weighs_on_gate(test_settings, GATE)
    assert weighs_on_gate(production, REPORT)


@pytest.mark.parametrize("path", ["kreditor/settings/test.py", ".env.testing", "phpunit.xml.dist"])
def test_secrets_in_test_settings_still_count(catalogue: Catalogue, path: str) -> None:
    secret = make_finding(rule_id="aws-key", analyzer="secrets", path=path, requirements=("p19.6",))
    assert _evaluate(catalogue, [secret], REPORT)["p19.6"] is Status.FAIL


@pytest.mark.parametrize("path", ["kreditor/settings/test.py", ".env.testing", "phpunit.xml.dist"])
def test_secret_detection_keeps_its_own_test_paths(path: str) -> None:
    # the secrets' severities in test files follow their own `test_paths`, which these files are
    # not on: a key in test settings is reported as in any other configuration
    assert load_ruleset().test_paths.search(path) is None


def test_roles_are_set_for_findings_about_a_place_in_a_file() -> None:
    in_test = make_finding(path="tests/test_a.py")
    language = replace(
        make_finding(rule_id="aiscan-language-not-covered", path="tests/a.rb"),
        location=replace(in_test.location, start_line=None),
    )
    marked = assign_roles([in_test, language])
    assert [f.role for f in marked] == [FileRole.TEST, FileRole.SOURCE]


def _evaluate(catalogue: Catalogue, findings: list, test_code: str) -> dict[str, Status]:  # type: ignore[type-arg]
    runs = [
        AnalyzerRun(n, RunStatus.OK, n) for n in ("semgrep", "bandit", "shellcheck", "flawfinder", "secrets")
    ]
    results = evaluate(
        catalogue, assign_roles(findings), runs, (), today=date(2026, 1, 1), test_code=test_code
    )
    return {r.requirement_id: r.status for r in results}


def test_sast_findings_in_test_code_are_observations_by_default(catalogue: Catalogue) -> None:
    finding = make_finding(path="tests/test_api.py", severity=Severity.HIGH, requirements=("p19.1",))
    assert _evaluate(catalogue, [finding], REPORT)["p19.1"] is Status.PASS
    assert _evaluate(catalogue, [finding], GATE)["p19.1"] is Status.FAIL
    assert (
        _evaluate(
            catalogue, [replace(finding, location=replace(finding.location, path="app/api.py"))], REPORT
        )["p19.1"]
        is Status.FAIL
    )


def test_secrets_in_test_code_still_count(catalogue: Catalogue) -> None:
    secret = make_finding(
        rule_id="aws-key", analyzer="secrets", path="tests/fixtures.py", requirements=("p19.6",)
    )
    assert _evaluate(catalogue, [secret], REPORT)["p19.6"] is Status.FAIL


def test_a_critical_finding_in_test_code_blocks_only_when_test_code_gates() -> None:
    critical = assign_roles([make_finding(path="src/test/java/A.java", severity=Severity.CRITICAL)])
    assert decide([], critical, [], Policy(test_code=REPORT)).exit_code == 0
    assert decide([], critical, [], Policy(test_code=GATE)).exit_code == 1


def test_a_tree_may_make_test_code_gate_but_not_the_reverse(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "aiscan.toml").write_text('[policy]\ntest_code = "gate"\n')
    assert resolve_scan_config(root, Overrides()).policy.test_code == GATE
    operator = tmp_path / "operator.toml"
    operator.write_text('[policy.release]\ntest_code = "gate"\n')
    (root / "aiscan.toml").write_text('[policy.release]\ntest_code = "report"\n')
    config = resolve_scan_config(root, Overrides(config_file=operator))
    assert config.policy.test_code == GATE
    assert any("policy.release.test_code" in note for note in config.ignored_settings)
    (root / "aiscan.toml").write_text('[policy]\ntest_code = "sometimes"\n')
    with pytest.raises(ConfigError, match="test_code"):
        resolve_scan_config(root, Overrides())


INJECTION = (
    "import subprocess\nfrom flask import request\n\n\ndef export():\n"
    '    subprocess.call("tar czf /tmp/" + request.args["name"], shell=True)\n'
)


def test_cli_reports_test_code_findings_with_their_role(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "tests").mkdir(parents=True)
    (root / "tests" / "test_export.py").write_text(INJECTION)
    (root / "app.py").write_text("def add(a: int, b: int) -> int:\n    return a + b\n")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["scan", str(root), "--report", f"json={out}"])
    report = json.loads(out.read_text())
    in_tests = [f for f in report["findings"] if f["location"]["path"] == "tests/test_export.py"]
    assert in_tests and all(f["role"] == "test" for f in in_tests)
    p19 = next(r for r in report["requirements"] if r["id"] == "p19")
    assert p19["status"] == "PASS", p19
    assert result.exit_code == 0, result.output
    (root / "aiscan.toml").write_text('[policy]\ntest_code = "gate"\n')
    assert CliRunner().invoke(cli, ["scan", str(root), "--report", f"json={out}"]).exit_code == 1
