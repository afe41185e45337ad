"""A project's test suite kept in a folder named `testing/` or `testrun/` (a database's SQL test
scripts, a server's functional tests), or in a Python test package named `test_<project>/` (the
tests a server ships for its plugins, with their import data), is test code: a password written
there is reported at the detector's test severity, saying why. The same line in a shipped script
stays high, and a folder whose name only starts with the word (`testing_tools/`,
`testrunner.sql`) or ends with it (`contest_entries/`) is not a test folder. A module of helpers
for the tests, named so (`testhelp.js`, `test-helpers.js`, `test_helper.rb`), is test code too."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

_SCRIPT = "create user loans_admin password 'Qw7kLz2vRm9X' admin;\n"


def _found(path: str, text: str) -> list[tuple[int | None, Severity, str]]:
    return [
        (f.location.start_line, f.severity, f.message)
        for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


@pytest.mark.parametrize(
    "path",
    [
        "db/testrun/core/TestSelfUsers.txt",
        "java/testing/org/mfo/functionTests/users.sql",
        "test_loans_server/importdata/users/db.sql",
        "src/test_loans_server/functional.sql",
        # a module of helpers the test suite imports (logs in a test user), named so
        "auth/testhelp.sql",
        "lib/test-helpers.sql",
        "src/test_helper.sql",
    ],
)
def test_a_test_suite_folder_lowers_a_password_to_the_test_severity(path: str) -> None:
    found = _found(path, _SCRIPT)
    assert [(line, severity) for line, severity, _ in found] == [(1, Severity.MEDIUM)]
    assert "in a test, fixture" in found[0][2]


@pytest.mark.parametrize(
    "path",
    [
        "db/migrations/V2__users.sql",
        "db/testing_tools/users.sql",
        "db/testrunner.sql",
        "db/contest_entries/users.sql",
        "loans_server/importdata/users/db.sql",
        "auth/helpers.sql",
        "lib/contest-help.sql",
    ],
)
def test_the_same_line_elsewhere_stays_high(path: str) -> None:
    found = _found(path, _SCRIPT)
    assert [(line, severity) for line, severity, _ in found] == [(1, Severity.HIGH)]
