"""What a file is for: shipped code or test code, and how a finding in test code weighs on the
gate (`[policy] test_code`, docs/sast.md). Pure functions over paths and findings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePosixPath

from aiscan.models import FileRole, Finding

REPORT = "report"  # test-code findings are reported, and weigh on no requirement
GATE = "gate"  # test-code findings weigh like any other
TEST_CODE_POLICIES = (REPORT, GATE)

# The analyzers whose findings describe code. Secrets and personal data in a test count wherever
# they are (a live key in a fixture is a live key), and so do dependency findings.
CODE_ANALYZERS = frozenset({"semgrep", "bandit", "shellcheck", "flawfinder"})

_TEST_DIRS = frozenset(
    {
        "test",
        "tests",
        "testdata",
        "__tests__",
        "__mocks__",
        "spec",
        "specs",
        "androidTest",
        "testFixtures",
        "e2e",
        # the test-source folder beside src/ of Ant-era Java projects (`testsrc/main/...`)
        "testsrc",
        # an application written to run the tests against (a client library's test page with
        # its test framework, a Django project beside a reusable app)
        "test-app",
        "test_app",
        "testapp",
        "test-apps",
        "test_apps",
        "testapps",
    }
)
# Example and benchmark programs beside a library (Go's tool skips `_`-prefixed folders): a
# benchmark's demo application (falcon's `bench/dj/`, a Django project in DEBUG) is run by the
# maintainers, not shipped as the product. `example` alone is not among them: it is the package
# of countless Java and Kotlin apps (`com/example/app`).
# The development project a Django application ships beside itself (`example_project/`, with
# DEBUG on and a key in its settings) is named as one.
_EXAMPLE_DIRS = frozenset(
    {
        "examples",
        "_examples",
        "bench",
        "benchmark",
        "benchmarks",
        "example_project",
        "exampleproject",
        "demo_project",
        "demoproject",
        "sample_project",
    }
)
# Xcode and .NET test targets: `AppTests/`, `AppUITests/`, `Api.Tests/`.
_TEST_DIR_SUFFIX = re.compile(r"[A-Za-z0-9]\.?(?:UI)?Tests$")
_TEST_FILES = re.compile(
    r"(?:^test_.+\.py|.+_test\.py|^conftest\.py|^tests\.py"
    r"|.+_test\.go"
    r"|.+\.(?:spec|test)\.[cm]?[jt]sx?"
    r"|.+(?:Test|Tests|IT)\.(?:java|kt|swift|cs|php|scala)"
    r"|.+_spec\.rb|.+_test\.rb)$"
)
# Configuration that only the test run loads, by the framework's own convention:
# - a Rails application's test environment (the test helper sets RAILS_ENV=test; the generator
#   writes `allow_forgery_protection = false` there, for the tests' own requests);
# - a Django settings package's test module (`settings/test.py`, `settings/testing.py`), which
#   only the test runner's DJANGO_SETTINGS_MODULE selects (cookiecutter-django: "With these
#   settings, tests run faster", with MD5PasswordHasher for fast logins);
# - Laravel's `.env.testing`, read instead of `.env` when APP_ENV=testing, which PHPUnit's
#   configuration sets; and PHPUnit's configuration itself (`phpunit.xml`, `phpunit.xml.dist`,
#   `phpunit.dist.xml`), read by the test runner only.
# Not among them: names a deployed environment can carry too (Spring's `application-test.yml` in
# src/main/resources, ASP.NET's `appsettings.Test.json`, `config/test.js`, Vite's `.env.test`),
# which ship with the application and often describe a test stand, not the test run.
_TEST_ENVIRONMENT = re.compile(
    r"(?:^|/)(?:config/environments/test\.rb|settings/test(?:ing)?\.py"
    r"|\.env\.testing|phpunit\.xml(?:\.dist)?|phpunit\.dist\.xml)$"
)


def file_role(path: str) -> FileRole:
    """TEST for a file in a test folder, named as a test by its language's convention or holding
    configuration only the test run loads (Rails' `config/environments/test.rb`, Django's
    `settings/test.py`, Laravel's `.env.testing`, `phpunit.xml`), EXAMPLE
    for a file in an examples or benchmarks folder, SOURCE otherwise."""
    parts = PurePosixPath(path).parts
    if any(d in _TEST_DIRS or _TEST_DIR_SUFFIX.search(d) for d in parts[:-1]):
        return FileRole.TEST
    if parts and _TEST_FILES.match(parts[-1]):
        return FileRole.TEST
    if _TEST_ENVIRONMENT.search(path):
        return FileRole.TEST
    if any(d in _EXAMPLE_DIRS for d in parts[:-1]):
        return FileRole.EXAMPLE
    return FileRole.SOURCE


def assign_roles(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Give each finding about a place in a file the role of that file, unless its analyzer has
    already placed it in test code inside a source file (Rust's `#[cfg(test)]` modules,
    aiscan.sast.rust_test_items). A finding with no line (a language no analyzer reads, located
    at its first file) is about the tree, not the file."""
    return tuple(
        replace(f, role=file_role(f.location.path))
        if f.location.start_line and f.role is not FileRole.TEST
        else f
        for f in findings
    )


# Code that is not the AIS's own: the policy's `test_code` decides how its findings weigh.
NOT_SHIPPED = frozenset({FileRole.TEST, FileRole.EXAMPLE})


def weighs_on_gate(finding: Finding, test_code: str) -> bool:
    """Whether a finding may fail a requirement or block as critical: not a code finding in
    test or example code when the policy reports those only."""
    return test_code == GATE or finding.role not in NOT_SHIPPED or finding.analyzer not in CODE_ANALYZERS
