"""Device credential lines in two forms the line rules did not read: a RouterOS export line
continued with a trailing `\\` (the export wraps at 80 columns, so the password, the community's
`name=` or the value itself lands on the next, indented line), and a Cisco command typed after the
configuration-mode prompt (`R1(config)#`, `sw-core(config-line)#`), as console transcripts are pasted
into notes. Values are made up."""

from __future__ import annotations

import time

import pytest

from tests.secrets_holdout import detected_with_severity

CONTINUED = [
    # the attribute on the next line
    (
        "routeros-secret",
        "/ppp secret\nadd local-address=10.0.0.1 name=branch1 \\\n    password=Hz3mWq9Lr service=l2tp\n",
    ),
    # the value alone on the next line
    (
        "routeros-secret",
        "/ppp secret\nadd local-address=10.0.0.1 name=branch1 password=\\\n    Hz3mWq9Lr service=l2tp\n",
    ),
    # a quoted comment wrapped inside its quotes, then the password
    (
        "routeros-secret",
        '/user\nadd comment="backup account of the \\\n    branch office" group=full name=bk \\\n'
        "    password=Jw5xQr2Nt\n",
    ),
    ("routeros-snmp-community", "/snmp community\nadd addresses=10.8.0.0/16 \\\n    name=Kv8tRm3Qz\n"),
    ("routeros-snmp-community", "/snmp community\nadd addresses=10.8.0.0/16 name=\\\n    Kv8tRm3Qz\n"),
    (
        "routeros-snmp-community",
        "/snmp community\nset [ find default=yes ] name=public\n"
        "add addresses=10.9.0.0/16 \\\n    name=Pq7wLz3Nt\n",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CONTINUED)
def test_a_routeros_line_continued_with_a_backslash_is_read(rule: str, text: str) -> None:
    assert (rule, "high") in detected_with_severity("router/export.rsc", text)


@pytest.mark.parametrize(
    "text",
    [
        # a pool's name on a continued line is not a community
        "/ip pool\nadd comment=branch \\\n    name=Kv8tRm3Qz ranges=10.8.0.10-10.8.0.99\n",
        # the shipped community renamed to itself
        "/snmp community\nset [ find default=yes ] \\\n    name=public\n",
        # a script variable on the continued line
        "/ppp secret\nadd name=branch1 \\\n    password=$branchPass service=l2tp\n",
        # a line not continued: the next one starts another command
        "/ppp secret\nadd name=branch1 service=l2tp\n    password=Hz3mWq9Lr\n",
    ],
)
def test_continued_lines_that_hold_no_secret_are_not_reported(text: str) -> None:
    found = {rule for rule, _ in detected_with_severity("router/export.rsc", text)}
    assert not found & {"routeros-secret", "routeros-snmp-community"}, text


PROMPTED = [
    ("network-device-password", "R1(config)#enable secret 0 Vq4Rz8Kw2T\n"),
    ("network-device-password", "R1(config)#username netops privilege 15 password 0 Vq4Rz8Kw2T\n"),
    ("network-device-password", "edge-rtr.lab(config)# snmp-server community Vq4Rz8Kw2T RO\n"),
    ("network-device-password", "R1(config-if)#ip ospf authentication-key Vq4Rz8Kw2T\n"),
    ("network-device-password", "sw1(config)#tacacs-server key Vq4Rz8Kw2T\n"),
    ("network-device-password", "ciscoasa(config)# username netops password Vq4Rz8Kw2T privilege 15\n"),
    ("network-device-type7-password", "R1(config)#username netops password 7 1315061E0D5A2B3E\n"),
    (
        "network-device-snmpv3-password",
        "R1(config)#snmp-server user nms g1 v3 auth sha Ak4mWq8Zt priv aes 128 Pv6nLs2Rx\n",
    ),
    ("network-device-snmp-host-community", "R1(config)#snmp-server host 10.0.0.9 version 2c Kv8tRm3Qz\n"),
]


@pytest.mark.parametrize(("rule", "text"), PROMPTED)
def test_a_cisco_command_after_the_configuration_prompt_is_read(rule: str, text: str) -> None:
    assert (rule, "high") in detected_with_severity("notes/lab-console.txt", text)


@pytest.mark.parametrize(
    "text",
    [
        "R1(config)#no enable secret 0 Vq4Rz8Kw2T\n",
        "R1(config)#enable secret 5 $1$Wq3z$Rk8PvN2xLm4TbY7cQj9sH.\n",
        "R1(config)#snmp-server community public RO\n",
        "R1#show running-config | include enable secret Vq4Rz8Kw2T\n",  # exec mode: a command's output filter
        "R1(config)#enable secret 0 ********\n",
    ],
)
def test_prompted_lines_that_hold_no_secret_are_not_reported(text: str) -> None:
    found = {rule for rule, _ in detected_with_severity("notes/lab-console.txt", text)}
    assert not {r for r in found if r.startswith("network-device")}, text


def test_only_the_first_line_of_a_continued_line_starts_a_match() -> None:
    # Every line ends in `\`, so the file is one logical line: read once from its start, not again
    # from each of the lines it continues (which took seconds for a thousand such lines).
    text = "/snmp community\n" + "add addresses=10.0.0.1 x=\\\n" * 3000 + "add name=Kv8tRm3Qz\n"
    started = time.monotonic()
    found = detected_with_severity("router/export.rsc", text)
    assert time.monotonic() - started < 5
    assert ("routeros-snmp-community", "high") in found
