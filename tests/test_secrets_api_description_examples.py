"""The example value an API description gives a field (`example:` in an OpenAPI or JSON Schema
document) is shown to every reader of the API's documentation: a password or token written there
is reported at the detector's test severity, saying why, not as a leaked credential of the
service. The same value set as a setting stays high."""

from __future__ import annotations

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

_SCHEMA = (
    "requestBody:\n  content:\n    application/json:\n      schema:\n        properties:\n"
    "          password:\n            type: string\n            example: 3kT9dQvE1xZb7mLw\n"
    "          token:\n            type: string\n            x-example: 'Qw7kLz2vRm9XpT4bN8cY1dF6'\n"
)
_SETTINGS = "database:\n  password:\n    value: 3kT9dQvE1xZb7mLw\n"


def _found(path: str, text: str) -> list[tuple[int | None, Severity, str]]:
    return [
        (f.location.start_line, f.severity, f.message)
        for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


def test_an_api_descriptions_example_value_is_reported_at_the_test_severity() -> None:
    found = _found("app/openapi/Account_post.yml", _SCHEMA)
    assert [line for line, _, _ in found] == [8, 11]
    assert {severity for _, severity, _ in found} == {Severity.MEDIUM}
    assert all("example value of an API description" in message for _, _, message in found)


def test_the_same_value_as_a_setting_stays_high() -> None:
    found = _found("deploy/values.yml", _SETTINGS)
    assert [(line, severity) for line, severity, _ in found] == [(3, Severity.HIGH)]
