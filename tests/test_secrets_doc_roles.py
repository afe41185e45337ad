"""Files whose role is text for people, not configuration: a program's translated message
bundles (`messages_kk.properties`, `config/locales/kk.yml`), its manual pages (`man/loans-api.7`,
`man/man1/loans.1`) and a documentation source folder (`docsrc/`). A value there is a translated
word or an example, so a detector with a test severity reports it at that severity, as in `docs/`.
The same line in a configuration file stays high, and a properties file whose name only ends in
two letters (`application_db.properties`) is no bundle."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE


def _severities(path: str, text: str) -> list[tuple[int | None, Severity]]:
    return [(f.location.start_line, f.severity) for f in detection_findings(ENGINE.scan(path, text), ENGINE)]


_BUNDLE_LINE = "Login_Password.I=Qw7kLz2vRm9X\n"


@pytest.mark.parametrize(
    "path",
    [
        "java/loans/loc/messages_kk.properties",
        "java/loans/loc/messages_pt_BR.properties",
        "java/tools/loc/toolsmessages_ru.properties",
    ],
)
def test_a_translated_message_bundle_is_reported_at_the_test_severity(path: str) -> None:
    assert _severities(path, _BUNDLE_LINE) == [(1, Severity.MEDIUM)]


@pytest.mark.parametrize(
    "path", ["conf/loans.properties", "conf/application_db.properties", "conf/messages.properties"]
)
def test_the_same_line_in_a_configuration_stays_high(path: str) -> None:
    assert _severities(path, _BUNDLE_LINE) == [(1, Severity.HIGH)]


_LOCALE_YAML = """kk:
  errors:
    delete_key_requires_arguments: |
      One is required, e.g.:
      api_key: Zr8pQ2mW7vXk4nT9
"""


@pytest.mark.parametrize("path", ["config/locales/kk.yml", "locales/pt-BR.yml", "locale/en_GB.yaml"])
def test_a_locale_file_is_reported_at_the_test_severity(path: str) -> None:
    assert _severities(path, _LOCALE_YAML) == [(5, Severity.MEDIUM)]


def test_a_yaml_configuration_stays_high() -> None:
    assert _severities("config/loans.yml", _LOCALE_YAML) == [(5, Severity.HIGH)]


_MANUAL = """.SH EXAMPLE
.nf
    "apiKey": "pR4kV9wZ2mQ7xL3tN8bH6cJ1",
.fi
"""


@pytest.mark.parametrize("path", ["man/loans-rest-api.7", "doc/man/man1/loansctl.1", "man/loansd.8"])
def test_a_manual_page_is_reported_at_the_test_severity(path: str) -> None:
    assert _severities(path, _MANUAL) == [(3, Severity.MEDIUM)]


@pytest.mark.parametrize("path", ["conf/loans-rest-api.json", "var/log/loans.log.1"])
def test_the_same_value_outside_a_manual_page_stays_high(path: str) -> None:
    assert _severities(path, _MANUAL) == [(3, Severity.HIGH)]


def test_a_documentation_source_folder_is_documentation() -> None:
    text = 'conn = getConnection("jdbc:h2:~/loans", "sa", "Qw7kLz2vRm9X");\n'
    assert [s for _, s in _severities("src/docsrc/html/advanced.html", text)] == [Severity.MEDIUM]
    assert [s for _, s in _severities("src/main/loans/Db.java", text)] == [Severity.HIGH]
