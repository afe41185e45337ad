"""A load-test script, known by what it imports or declares (k6's modules, Locust, an Artillery
scenario file), runs only in the load-test tool against a test installation: a credential written
there is reported at the detector's test severity, whatever the folder is called. The same line in
a script without that evidence stays high."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from tests.secrets_holdout import finding_severities

_HEADERS = "        Authorization: 'Basic bG9hbnM6bG9hbnM='\n"
_K6 = (
    "export default function () {\n"
    "  http.get(`${BASE_URL}/loans`, {\n"
    "      headers: {\n"
    f"{_HEADERS}"
    "      }\n"
    "  })\n"
    "}\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "import http from 'k6/http'\nimport { check } from 'k6'\n",
        'import { sleep } from "k6";\n',
        "const http = require('k6/http')\n",
    ],
)
def test_a_k6_script_is_a_load_test(head: str) -> None:
    found = finding_severities("performance/load.js", head + "\n" + _K6)
    assert found
    assert all(sev.rank < Severity.HIGH.rank and "load-test" in why for sev, why in found)


def test_a_locust_file_is_a_load_test() -> None:
    text = "from locust import HttpUser, task\n\n\nclass Officer(HttpUser):\n    password = 'Qw7kLz2vRm9X'\n"
    found = finding_severities("perf/locustfile.py", text)
    assert found
    assert all(sev.rank < Severity.HIGH.rank for sev, _ in found)


def test_an_artillery_scenario_is_a_load_test() -> None:
    text = (
        "config:\n  target: 'https://loans.example.kz'\n  phases:\n    - duration: 60\n"
        "scenarios:\n  - flow:\n      - post:\n          url: '/login'\n"
        "          json:\n            password: 'Qw7kLz2vRm9X'\n"
    )
    found = finding_severities("performance/login.yml", text)
    assert found
    assert all(sev.rank < Severity.HIGH.rank for sev, _ in found)


@pytest.mark.parametrize(
    ("path", "head"),
    [
        # the folder's name alone is no evidence
        ("performance/load.js", "import http from 'http'\n"),
        # a package whose name only starts with k6
        ("src/client.js", "import x from 'k6-like-client'\n"),
        # the word in a comment, not an import
        ("src/client.js", "// measured with k6 from 'k6/http'\n"),
    ],
)
def test_without_that_evidence_a_script_stays_high(path: str, head: str) -> None:
    found = finding_severities(path, head + "\n" + _K6)
    assert found
    assert all(sev is Severity.HIGH for sev, _ in found)
