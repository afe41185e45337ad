"""Credentials in network device configurations: Cisco IOS and NX-OS lines that set a password,
a key or an SNMP community in clear text (type 0) or in the reversible type 7 form, and Juniper's
reversible `$9$` secrets. One-way hashes (IOS types 4, 5, 8, 9; `$1$`, `$5$`, `$6$`), type 6
values (encrypted with the device's own master key), the well-known communities `public` and
`private`, `no` lines, comments and templates are not reported. Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE, detected_with_severity, detector_ids

PLAIN = "network-device-password"
TYPE7 = "network-device-type7-password"
JUNIPER = "juniper-reversible-secret"
ALL = {PLAIN, TYPE7, JUNIPER}


@pytest.mark.parametrize(
    "line",
    [
        "enable password Tq7vLz2Wk\n",
        "enable password level 15 Rb4nKs8Pq\n",
        "enable secret Hz3mWq9Lr\n",
        "enable secret 0 Hz3mWq9Lr\n",
        "enable secret level 15 0 Hz3mWq9Lr\n",
        "username netops privilege 15 password 0 Jw5xQr2Nt\n",
        "username netops secret Jw5xQr2Nt\n",
        "username admin password 0 Jw5xQr2Nt role network-admin\n",
        "snmp-server community Kv8tRm3Qz RW\n",
        "snmp-server community Kv8tRm3Qz RO 10\n",
        "snmp-server community Kv8tRm3Qz view nms RO\n",
        "snmp-server community Kv8tRm3Qz group network-operator\n",
        "pac key 0 Pd6yNc4Wf\n",
        "pac key Pd6yNc4Wf\n",
        " key-string Mg2sTv7Xb\n",
        " key-string 0 Mg2sTv7Xb\n",
        "tacacs-server key Fs9kLw3Rv\n",
        "radius-server key 0 Fs9kLw3Rv\n",
        "tacacs-server host 10.20.0.5 key Fs9kLw3Rv\n",
        "radius-server host 10.20.0.6 auth-port 1812 acct-port 1813 key Fs9kLw3Rv\n",
        " key 0 Fs9kLw3Rv\n",
        "crypto isakmp key Yx4pQm8Tz address 203.0.113.7\n",
        " ip ospf authentication-key Ln6wRz2Kp\n",
        " neighbor 192.0.2.1 password 0 Bq5mVt8Wc\n",
        # a standard access list named after RO/RW (IOS, Arista)
        "snmp-server community Kv8tRm3Qz ro MGMT_HOSTS\n",
        "snmp-server community Kv8tRm3Qz view nms RW snmp-acl\n",
        # an IOS keyring's pre-shared key, by peer address (with or without a mask) or host name
        "  pre-shared-key address 198.51.100.9 key Wd3nHq8Ks\n",
        "  pre-shared-key address 198.51.100.0 255.255.255.0 key Wd3nHq8Ks\n",
        "  pre-shared-key hostname vpn-peer1.branch.lan key Wd3nHq8Ks\n",
        # a private server of an AAA server group
        " server-private 10.20.0.7 key Ct6pRx2Mz\n",
        " server-private 10.20.0.7 timeout 5 key 0 Ct6pRx2Mz\n",
    ],
)
def test_a_clear_text_device_credential_is_reported_high(line: str) -> None:
    assert (PLAIN, "high") in detected_with_severity("network/core-sw1.cfg", line)


@pytest.mark.parametrize(
    "line",
    [
        "enable password 7 041F5C4E1B0D16\n",
        "username netops password 7 1315061E0D5A2B3E\n",
        " password 7 0822455D0A16\n",
        "pac key 7 02170F4B1E0E5C\n",
        " key-string 7 121A0C041104\n",
        " key 7 0457190E1C2D4F\n",
        "tacacs-server key 7 0324195A0F1B1C\n",
        " server-private 10.20.0.7 key 7 0324195A0F1B1C\n",
    ],
)
def test_a_type7_password_is_reported_high(line: str) -> None:
    # type 7 is a fixed XOR with a published table: anyone decodes it, so it is the password
    assert (TYPE7, "high") in detected_with_severity("network/core-sw1.cfg", line)


@pytest.mark.parametrize(
    "line",
    [
        'secret "$9$Hq5Fz3nCpu0K8X-dbwsY2gaJGUkq";\n',
        'encrypted-password "$9$Kv8LxN-dbwY2aJiHkm5Q3nC";\n',
        'authentication-key "$9$rKlevLxNdsYoJZ7-VwgJDi.f5Qn";\n',
        'pre-shared-key ascii-text "$9$tp0X1Icrlv8LNdbY4aJUjHmfzF";\n',
    ],
)
def test_a_juniper_reversible_secret_is_reported_high(line: str) -> None:
    assert (JUNIPER, "high") in detected_with_severity("junos/edge-r1.conf", line)


@pytest.mark.parametrize(
    "line",
    [
        # one-way hashes: what leaked is a hash, as in a user table
        "enable secret 5 $1$Wq3z$Rk8PvN2xLm4TbY7cQj9sH.\n",
        "enable secret 8 $8$Xp4mQz7RtLw2Nk$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt.\n",
        "enable secret 9 $9$Xp4mQz7RtLw2Nk$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt.\n",
        "username netops secret 5 $1$Wq3z$Rk8PvN2xLm4TbY7cQj9sH.\n",
        "username admin password 5 $5$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2  role network-admin\n",
        'encrypted-password "$6$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt";\n',
        "enable password 2KFQnbNIdI.2KYOU encrypted\n",
        # type 6: encrypted with the device's master key, which is not in the file
        "username netops password 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaBAAA\n",
        # removed, commented out or templated
        "no enable password Tq7vLz2Wk\n",
        "! enable password Tq7vLz2Wk\n",
        "no snmp-server community Kv8tRm3Qz RW\n",
        "no pac key\n",
        "username {{ user_name }} secret {{ user_details.password }}\n",
        "snmp-server community {{comm_name}} RW\n",
        "username netops password 7 <removed>\n",
        "enable secret <password>\n",
        # the well-known default communities: a weak setting, not a secret
        "snmp-server community public RO\n",
        "snmp-server community private RW\n",
        # prose and code that only name the setting
        "enable password is always empty on this platform\n",
        "The enable password if the device requires one.\n",
        'if "snmp-server community" in line:\n',
        "snmp-server community strings are set per site\n",
        "  pre-shared-key address 198.51.100.9 key 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaB\n",
        " server-private 10.20.0.7 key 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaB\n",
        "The pre-shared-key address and key are set by the installer.\n",
        # not hexadecimal or an impossible salt: not a type 7 value
        " password 7 redacted\n",
        " password 7 9922455D0A16\n",
        # Juniper: an IOS type 9 hash has a second `$`; a template stays a template
        'secret "$9$Xp4mQz7RtLw2Nk$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt";\n',
        'encrypted-password "{{user_details.password}}";\n',
    ],
)
def test_hashes_removals_templates_and_defaults_are_not_reported(line: str) -> None:
    assert not (ALL & set(detector_ids("network/core-sw1.cfg", line)))


def test_a_test_path_reports_below_the_gate() -> None:
    assert (TYPE7, "medium") in detected_with_severity(
        "tests/fixtures/ios_running.txt", "enable password 7 041F5C4E1B0D16\n"
    )
    assert (PLAIN, "medium") in detected_with_severity(
        "tests/fixtures/ios_running.txt", "snmp-server community Kv8tRm3Qz RW\n"
    )


def test_a_whole_running_configuration() -> None:
    config = (
        "hostname core-sw1\n"
        "!\n"
        "enable secret 9 $9$Xp4mQz7RtLw2Nk$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt.\n"
        "username netops privilege 15 password 7 1315061E0D5A2B3E\n"
        "!\n"
        "snmp-server community public RO\n"
        "snmp-server community Kv8tRm3Qz RW\n"
        "!\n"
        "line vty 0 4\n"
        " password 7 0822455D0A16\n"
        " login\n"
    )
    assert detected_with_severity("network/core-sw1.cfg", config) == [
        (PLAIN, "high"),
        (TYPE7, "high"),
        (TYPE7, "high"),
    ]


def test_a_configuration_in_a_docstring_is_a_usage_example_below_the_gate() -> None:
    code = (
        'def find(config):\n    """Lines such as\n\n'
        '       username netops password 7 1315061E0D5A2B3E\n    """\n'
    )
    found = ENGINE.scan("netlib/parse.py", code).detections
    assert [
        (d.detector.id, ENGINE.assess(d.detector, "netlib/parse.py", context=d.context)[0].value)
        for d in found
    ] == [(TYPE7, "medium")]
