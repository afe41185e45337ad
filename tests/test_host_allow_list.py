"""bandit's B104 ("possible binding to all interfaces") on `'0.0.0.0'` written in a host
allow-list (Django's `ALLOWED_HOSTS`, `INTERNAL_IPS`): the list names the Host headers or client
addresses a site accepts, nothing binds a socket. Pure, on source text."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.host_allow_list import drop_bind_in_host_allow_list


def _finding(rule_id: str, line: int, analyzer: str = "bandit") -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer=analyzer,
        title="hardcoded bind all interfaces",
        message="Possible binding to all interfaces.",
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
        location=Location("shop/settings.py", line, line),
        cwe=("CWE-605",),
    )


SETTINGS = (
    "import os",  # 1
    "ALLOWED_HOSTS = ['localhost', '0.0.0.0', '.example.org']",  # 2
    "INTERNAL_IPS = [",  # 3
    "    '127.0.0.1',",  # 4
    "    '0.0.0.0',",  # 5
    "]",  # 6
    "ALLOWED_HOSTS += ['0.0.0.0']",  # 7
    "ALLOWED_HOSTS.append('0.0.0.0')",  # 8
    "DJANGO_ALLOWED_HOSTS = os.environ.get('HOSTS', '0.0.0.0').split(',')",  # 9
    "HOST = '0.0.0.0'",  # 10
    "server.bind(('0.0.0.0', 8000))",  # 11
    "app.run(host='0.0.0.0', port=int(os.environ.get('PORT', 8000)))",  # 12
    "BIND = {'allowed_hosts': ['x'], 'host': '0.0.0.0'}",  # 13
)


def _kept_lines(lines: list[int], source: tuple[str, ...] = SETTINGS) -> list[int]:
    kept = drop_bind_in_host_allow_list([_finding("B104", n) for n in lines], lambda path: source)
    return [f.location.start_line for f in kept]


def test_all_interfaces_in_a_host_allow_list_is_dropped() -> None:
    assert _kept_lines([2, 5, 7, 8, 9]) == []


def test_a_bind_address_is_kept() -> None:
    assert _kept_lines([10, 11, 12, 13]) == [10, 11, 12, 13]


def test_other_rules_and_analyzers_are_left_alone() -> None:
    findings = [_finding("B105", 2), _finding("B104", 2, analyzer="semgrep")]
    assert drop_bind_in_host_allow_list(findings, lambda path: SETTINGS) == tuple(findings)


def test_text_that_does_not_parse_or_an_unreadable_line_keeps_the_finding() -> None:
    broken = ("ALLOWED_HOSTS = ['0.0.0.0'", "def (")
    assert _kept_lines([1], broken) == [1]
    assert _kept_lines([40]) == [40]
    assert _kept_lines([2], ()) == [2]
