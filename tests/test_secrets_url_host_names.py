"""A host name in a URL's authority is not a setting's name: in `user/pass@dbhostpsw01:1521:sid` the
name `dbhostpsw01` ends in a sensitive word (`psw`) and a colon follows it, but it stands after the
`@` that opens the host, and the port follows the colon. The URL's own credentials are still the
URL detectors' to report; a setting written after an `@` with a real value stays reported."""

from __future__ import annotations

import pytest

from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine

ENGINE = Engine(load_ruleset())


def generic_lines(path: str, text: str) -> set[int]:
    found = ENGINE.scan(path, text).detections
    return {d.line for d in found if d.detector.id == "generic-secret-assignment"}


@pytest.mark.parametrize(
    "text",
    [
        "#JDBC_URL=jdbc:oracle:thin:loans/Vq7nR2kLw9x@EDGEPSW01:1521:pstest\n",
        "url = jdbc:oracle:thin:@//DBPWD02:1521/orcl\n",
        "export TARGET=deploy@buildtoken7:2222/srv/app\n",
    ],
)
def test_a_hosts_name_and_port_are_not_a_setting(text: str) -> None:
    assert generic_lines("bin/run.sh", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a setting's name with a real value, wherever an `@` stands before it on the line
        "notify admin@example.org; SMTP_PASSWORD=Vq7#nR2kLw9x\n",
        # after an `@`, a value that is no port
        "creds@PSW: Vq7#nR2kLw9xZp4m\n",
    ],
)
def test_a_setting_after_an_at_sign_is_still_reported(text: str) -> None:
    assert generic_lines("conf/app.env", text) == {1}
