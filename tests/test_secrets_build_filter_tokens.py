"""A build tool's filter token (Ant's and Maven's `@NAME@`, `@@@@NAME@@@@`) after a word naming a
secret (`<replace token="@@@@BUILD_SIZE@@@@" .../>`) is the marker the build replaces, not a
secret. A real value between at-signs, or one written in small letters, is still reported."""

from __future__ import annotations

import pytest

from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE


def _found(path: str, text: str) -> list[tuple[int | None, str]]:
    return [
        (f.location.start_line, f.severity.value) for f in detection_findings(ENGINE.scan(path, text), ENGINE)
    ]


@pytest.mark.parametrize(
    "line",
    [
        '<replace file="${dist}/info.xml" token="@@@@LOAN_MODULE_SIZE@@@@" value="${size}" />\n',
        '<replace file="${dist}/info.xml" token="@@@@RELEASE.DATE@@@@" value="${date}" />\n',
        '<filter token="@SCORING_VERSION@" value="${project.version}"/>\n',
        "api_token = @API_TOKEN@\n",
    ],
)
def test_a_filter_token_is_no_secret(line: str) -> None:
    assert _found("build/pom.xml", line) == []


@pytest.mark.parametrize(
    "line",
    [
        'db_password = "@Qw7kLz2vRm9X@"\n',
        'api_token = "@@k9Lm2QrT8vXz41@@"\n',
    ],
)
def test_a_value_between_at_signs_is_still_reported(line: str) -> None:
    assert _found("etc/loans/db.conf", line) != []
