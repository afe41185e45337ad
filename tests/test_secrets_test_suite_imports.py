"""A script that imports the project's own test suite (a seeding script requiring `../test/utils`)
runs against a test installation: a credential written there is reported at the detector's test
severity, whatever the folder is called. The same script without that import stays high."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets.test_suite_imports import imported_test_module
from tests.secrets_holdout import finding_severities

_SEED = (
    "\n"
    "async function seedOfficers () {\n"
    "  await dropTestDb()\n"
    "  const officer = new UserModel({\n"
    "    email: 'officer@bank.example',\n"
    "    passwordSalt: '8b9fc31b-1a2a-4453-94e2-00ce54be04e6',\n"
    "  })\n"
    "}\n"
)


@pytest.mark.parametrize(
    ("path", "head"),
    [
        ("performance/seed.js", "const { dropTestDb, rootUser } = require('../test/utils')\n"),
        ("scripts/seed.ts", "import { dropTestDb } from '../__tests__/helpers/db'\n"),
        ("seed.mjs", "import { dropTestDb } from './spec/support/db.mjs'\n"),
        ("tools/seed.js", "const h = require('../test-helpers')\n"),
    ],
)
def test_a_script_requiring_the_test_suite_is_test_tooling(path: str, head: str) -> None:
    found = finding_severities(path, "require('babel-register')\n" + head + _SEED)
    assert found
    assert all(sev.rank < Severity.HIGH.rank and "test suite" in why for sev, why in found)


@pytest.mark.parametrize(
    ("path", "head"),
    [
        # the folder's name alone is no evidence
        ("performance/seed.js", "const { connect } = require('../src/db')\n"),
        # a package named for tests is not the project's test suite
        ("performance/seed.js", "const utils = require('test-utils')\n"),
        # a path leaving the tree names no file of the project
        ("seed.js", "const utils = require('../../test/utils')\n"),
        # a test folder written in a comment or a string is no import
        ("performance/seed.js", "// see ../test/utils for dropTestDb\nconst p = '../test/utils'\n"),
    ],
)
def test_a_script_without_a_test_suite_import_stays_high(path: str, head: str) -> None:
    found = finding_severities(path, head + _SEED)
    assert found
    assert all(sev is Severity.HIGH for sev, _ in found)


@pytest.mark.parametrize(
    ("path", "line", "module"),
    [
        ("scripts/seed_loans.py", "from tests.factories import LoanFactory", "tests.factories"),
        ("lending/management/seed.py", "from ..tests import factories", "..tests"),
        ("seed.py", "import tests.factories", "tests.factories"),
        ("seed.py", "from conftest import officer", "conftest"),
    ],
)
def test_python_imports_of_the_test_suite(path: str, line: str, module: str) -> None:
    assert imported_test_module(path, [line]) == module


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("seed.py", "from testcontainers.postgres import PostgresContainer"),
        ("seed.py", "import pytest_factoryboy"),
        ("lending/seed.py", "from ...tests import factories"),  # leaves the tree
        ("seed.py", "from lending.contest import rules"),
        # another package's test support, or one the file alone cannot tell from the project's
        ("lending/management/commands/export.py", "from django.test import override_settings"),
        ("seed.py", "from test import support"),
        ("lending/seed.py", "import lending.tests.factories"),
    ],
)
def test_python_imports_that_are_not_the_test_suite(path: str, line: str) -> None:
    assert imported_test_module(path, [line]) is None


def test_only_the_head_of_the_file_is_read() -> None:
    lines = ["x = 1"] * 60 + ["from tests.factories import LoanFactory"]
    assert imported_test_module("seed.py", lines) is None
