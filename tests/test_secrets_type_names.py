"""A SOAP or ORM type map names each field's type (`'Password' =>
'SOAP::WSDL::XSD::Typelib::Builtin::string'`): a namespaced type or package name, not the
field's value. A password with a colon or two in it stays reported."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE


def _rules(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


@pytest.mark.parametrize(
    "line",
    [
        "        'Password' => 'SOAP::WSDL::XSD::Typelib::Builtin::string',\n",
        "               'GetUserResponse/User/Password' => 'Loans::Soap::Types::Secret',\n",
        '    "client_secret" => "App::Models::Credentials::Secret",\n',
    ],
)
def test_a_namespaced_type_name_is_not_a_secret(line: str) -> None:
    assert "generic-secret-assignment" not in _rules("lib/Loans/Soap/Typemaps/User.pm", line)


@pytest.mark.parametrize(
    "line",
    [
        "        'Password' => 'Kd8mPq2::zLw7',\n",
        "        'Password' => 'Qw7:kLz2::vRm9X',\n",
    ],
)
def test_a_password_with_colons_is_reported(line: str) -> None:
    assert "generic-secret-assignment" in _rules("lib/Loans/Soap/Typemaps/User.pm", line)
