"""Device credential forms beyond the first ones read: a quoted SNMP community (ArubaOS, Arris
CMTS), a RADIUS dynamic-authorization client's `server-key`, an IKEv2 keyring peer's
`pre-shared-key [local|remote] V`, IOS XR's `key-string clear|password V`; a FortiOS `ENC` value
in a backup that shows which key encrypts it; and a value that looks like an example (`somekey`,
`0123456789ABCDEF...`) on a credential line of a file that is a device configuration, reported
below the gate. Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE, detector_ids

PLAIN = "network-device-password"
TYPE7 = "network-device-type7-password"
FORTI_ENC = "fortios-encrypted-secret"
DEVICE = {PLAIN, TYPE7, FORTI_ENC, "juniper-reversible-secret", "network-device-snmp-host-community"}
CFG = "network/edge-r2.cfg"
HEAD = "!\nhostname edge-r2\n!\n"


def assessed(path: str, text: str) -> list[tuple[str, str, str]]:
    """Each detection as (detector, severity, why), as the report gives them."""
    scan = ENGINE.scan(path, text)
    lines = text.split("\n")
    out = []
    for d in scan.detections:
        sev, why = ENGINE.assess(d.detector, path, lines[d.line - 1], d.context, d.key, d.value)
        out.append((d.detector.id, sev.value, why))
    return sorted(out)


def rules_at(path: str, text: str) -> set[tuple[str, str]]:
    return {(rule, sev) for rule, sev, _ in assessed(path, text)}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a community in double quotes (ArubaOS, Arris/Cadant), with or without RO/RW and an ACL
        ('snmp-server community "Kv8tRm3Qz"\n', PLAIN),
        ('snmp-server community "Kv8tRm3Qz" ro 52\n', PLAIN),
        ('snmp-server community "Kv8tRm3Qz" RW\n', PLAIN),
        # a RADIUS dynamic-authorization (CoA) client's key, and the block's own key
        (" client 10.20.0.8 server-key 0 Ct6pRx2Mz\n", PLAIN),
        (" client 10.20.0.8 server-key Ct6pRx2Mz\n", PLAIN),
        (" client radius-a vrf MGMT server-key Ct6pRx2Mz\n", PLAIN),
        (" server-key Ct6pRx2Mz\n", PLAIN),
        (" client 10.20.0.8 server-key 7 0324195A0F1B1C\n", TYPE7),
        # an IKEv2 keyring peer's pre-shared key, for both sides or one
        ("  pre-shared-key Wd3nHq8Ks\n", PLAIN),
        ("  pre-shared-key local Wd3nHq8Ks\n", PLAIN),
        ("  pre-shared-key remote 0 Wd3nHq8Ks\n", PLAIN),
        # IOS XR key chains: `clear` is clear text, `password` the type 7 encoding
        ("  key-string clear Mg2sTv7Xb\n", PLAIN),
        ("  key-string password 121A0C041104\n", TYPE7),
    ],
)
def test_a_device_credential_form_is_reported_high(line: str, rule: str) -> None:
    assert (rule, "high") in rules_at(CFG, line)


@pytest.mark.parametrize(
    "line",
    [
        'snmp-server community "public"\n',
        'snmp-server community "private" ro 52\n',
        'snmp-server community "{{ community }}"\n',
        " ignore server-key\n",
        " client 10.20.0.8 server-key 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaB\n",
        " client 10.20.0.8 server-key 7 redacted\n",
        "  pre-shared-key 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaB\n",
        "  pre-shared-key address 198.51.100.9\n",
        "  pre-shared-key address 198.51.100.9 key 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaB\n",
        "  key-string password 9922455D0A16\n",
        "  key-string password redacted\n",
        "The pre-shared-key local and remote values must differ.\n",
    ],
)
def test_a_removed_encrypted_or_shipped_value_is_not_reported(line: str) -> None:
    assert not ({PLAIN, TYPE7} & set(detector_ids(CFG, HEAD + line)))


def test_a_junos_pre_shared_key_stays_a_juniper_secret() -> None:
    found = detector_ids("junos/edge-r1.conf", 'pre-shared-key ascii-text "$9$tp0X1Icrlv8LNdbY4aJUjHmfzF";\n')
    assert found == ["juniper-reversible-secret"]


FORTI_ENC_LINE = (
    "config vpn ipsec phase1-interface\n"
    '    edit "to-hq"\n'
    "        set psksecret ENC Qm9vYXJ0ZWxsYXdpbmtzdG9uZWNyWq7LmT3x\n"
    "    next\nend\n"
)
FORTI_BACKUP = "#config-version=FGT60F-7.0.12-FW-build0523-230516:opmode=0:vdom=0:user=admin\n"


def test_a_fortios_backup_without_private_data_encryption_holds_the_shared_key_value() -> None:
    # a backup written by the device lists `config system global` whole; without
    # `private-data-encryption enable` its ENC values are under the key every FortiGate shares
    text = FORTI_BACKUP + 'config system global\n    set hostname "fgt-a"\nend\n' + FORTI_ENC_LINE
    [(rule, sev, why)] = assessed("backups/fgt-a.conf", text)
    assert (rule, sev) == (FORTI_ENC, "high")
    assert "shares" in why


def test_a_fortios_backup_with_private_data_encryption_is_not_reported() -> None:
    text = (
        FORTI_BACKUP
        + 'config system global\n    set hostname "fgt-a"\n    set private-data-encryption enable\nend\n'
        + FORTI_ENC_LINE
    )
    assert FORTI_ENC not in detector_ids("backups/fgt-a.conf", text)


def test_a_fortios_snippet_that_does_not_say_stays_medium() -> None:
    assert (FORTI_ENC, "medium") in rules_at("scripts/to-hq.conf", FORTI_ENC_LINE)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("snmp-server community somepassword ro 52\n", PLAIN),
        ('snmp-server community "foofoo"\n', PLAIN),
        ("  pre-shared-key somekey\n", PLAIN),
        (" server-private 10.20.0.7 timeout 2 key 7 0123456789ABCDEF0123456789AB\n", TYPE7),
        ("snmp-server host 10.20.0.9 version 2c foofoo udp-port 162\n", "network-device-snmp-host-community"),
    ],
)
def test_an_example_looking_value_in_a_device_configuration_is_reported_below_the_gate(
    line: str, rule: str
) -> None:
    found = assessed(CFG, HEAD + line)
    assert [(r, s) for r, s, _ in found] == [(rule, "medium")]
    assert "looks like an example" in found[0][2]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # no sign that the file is a device configuration: a snippet, an example file
        (CFG, "snmp-server community somepassword ro 52\n"),
        ("network/edge-r2.example.cfg", HEAD + "snmp-server community somepassword ro 52\n"),
        # a test fixture and documentation keep their example values to themselves
        ("tests/fixtures/edge-r2.cfg", HEAD + "snmp-server community somepassword ro 52\n"),
        ("docs/snmp.md", HEAD + "snmp-server community somepassword ro 52\n"),
        # values that are not there: masked, a variable, a template
        (CFG, HEAD + "snmp-server community ****** RO\n"),
        (CFG, HEAD + "snmp-server community $COMMUNITY RO\n"),
        (CFG, HEAD + " client 10.20.0.8 server-key REDACTED\n"),
        # the shipped communities stay a weak setting, not a secret
        (CFG, HEAD + "snmp-server community public RO\n"),
    ],
)
def test_an_example_looking_value_elsewhere_is_not_reported(path: str, text: str) -> None:
    assert not (DEVICE & set(detector_ids(path, text)))
