"""A Django application's settings and tests. Its test module is `tests.py` beside its models and
views (Django's runner finds `test*.py`): code findings there are test code, and a password its
tests log in with is a test's password, reported at the detector's test severity, not as a leak
that blocks a release; so is the key of the development project beside the application
(`example_project/`). A rate limit under a password's name is no password."""

from __future__ import annotations

import pytest

from aiscan.models import FileRole, Severity
from aiscan.roles import file_role
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

_LOGIN = (
    "class AccountAPITestCase(ModoTestCase):\n"
    "    def test_create(self):\n"
    '        data = {"username": "tester@test.com", "password": "Zk4vQw8rT2mn"}\n'
    "        self.client.post(reverse('v1:account-list'), data, format='json')\n"
)


@pytest.mark.parametrize("path", ["accounts/tests.py", "tests.py", "admin/api/v2/tests.py"])
def test_a_django_test_module_is_test_code(path: str) -> None:
    assert file_role(path) is FileRole.TEST


@pytest.mark.parametrize("path", ["accounts/tests_helpers.py", "latests.py", "accounts/tests.pyi"])
def test_other_names_are_not(path: str) -> None:
    assert file_role(path) is FileRole.SOURCE


def test_a_password_in_a_django_test_module_is_reported_at_the_test_severity() -> None:
    in_tests = detection_findings(ENGINE.scan("admin/api/v1/tests.py", _LOGIN), ENGINE)
    shipped = detection_findings(ENGINE.scan("admin/api/v1/views.py", _LOGIN), ENGINE)
    assert [f.rule_id for f in in_tests] == [f.rule_id for f in shipped] != []
    blocking = (Severity.HIGH, Severity.CRITICAL)
    assert all(f.severity not in blocking for f in in_tests)
    assert any(f.severity in blocking for f in shipped)


def test_a_rate_limit_under_a_password_name_is_not_a_secret() -> None:
    settings = (
        "REST_FRAMEWORK = {\n    'DEFAULT_THROTTLE_RATES': {\n"
        "        'password_recovery_request': '12/hour',\n"
        "        'password_recovery_totp_check': '25/hour',\n"
        "        'token_refresh': '100/minute',\n"
        "    },\n}\n"
        "PASSWORD_RESET_SECRET = 'Zk4vQw8rT2mn/h7Qx'\n"
    )
    found = [(d.line, d.detector.id) for d in ENGINE.scan("app/settings.py", settings).detections]
    assert [line for line, _ in found] == [8]


def test_the_key_of_a_development_project_beside_the_application_is_an_example() -> None:
    settings = "DEBUG = True\nSECRET_KEY = 'q8vX2mZ7kR4tL9wN3pB6yC1sD5fG0hJ'\n"
    example = detection_findings(ENGINE.scan("example_project/settings.py", settings), ENGINE)
    shipped = detection_findings(ENGINE.scan("hordak/settings.py", settings), ENGINE)
    assert [f.rule_id for f in example] == [f.rule_id for f in shipped] != []
    assert {f.severity for f in example} == {Severity.MEDIUM}
    assert Severity.HIGH in {f.severity for f in shipped}
