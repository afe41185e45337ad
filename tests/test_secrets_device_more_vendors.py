"""Credentials in the configurations of Juniper (SNMP `community` blocks and their `set` form),
MikroTik RouterOS (`password=`, `secret=`, pre-shared keys), FortiOS (`set psksecret`, `set
passwd` in clear text, and `ENC` values), Huawei VRP and HPE Comware (`password simple`,
`password cipher`, `irreversible-cipher`) and HPE Aruba (`password manager plaintext`,
`password ciphertext`). Clear text is reported high; a value encrypted reversibly under a key the
file does not hold (the vendor's default key or the device's own) medium; one-way hashes, the
shipped `public`/`private` communities, BGP community definitions, script variables and
templates are not reported. Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE, detected_with_severity, detector_ids

JUNIPER = "juniper-snmp-community"
ROUTEROS = "routeros-secret"
FORTI = "fortios-secret"
FORTI_ENC = "fortios-encrypted-secret"
PLAIN = "network-device-plaintext-password"
CIPHER = "network-device-reversible-cipher"
NEW = {JUNIPER, ROUTEROS, FORTI, FORTI_ENC, PLAIN, CIPHER}
DEVICE = NEW | {
    "network-device-password",
    "network-device-type7-password",
    "network-device-snmpv3-password",
    "network-device-snmp-host-community",
    "juniper-reversible-secret",
}
CFG = "network/branch-gw1.cfg"

JUNOS_BLOCK = """snmp {
    location "rack 4";
    community Kv8tRm3Qz {
        authorization read-only;
        clients {
            10.20.0.0/24;
        }
    }
}
"""
FORTI_PHASE1 = """config vpn ipsec phase1-interface
    edit "to-hq"
        set interface "wan1"
        set psksecret Pk7wNz4Rt
    next
end
"""
FORTI_LOCAL_USER = """config user local
    edit "vpnuser"
        set type password
        set passwd "Jw5xQr2Nt"
    next
end
"""
FORTI_ENC_PSK = """config vpn ipsec phase1-interface
    edit "to-hq"
        set psksecret ENC Qm9vYXJ0ZWxsYXdpbmtzdG9uZWNyYW5lZmxpcHBlcmJvYXQ0Mjc=
    next
end
"""
FORTI_ADMIN_HASH = """config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC SH2Kq2WzHv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0ZtRk8PvN2xLm4TbY7cQ=
    next
end
"""


@pytest.mark.parametrize(
    ("text", "rule", "severity"),
    [
        # Juniper: the community is the SNMP v1/v2c password
        (JUNOS_BLOCK, JUNIPER, "high"),
        ("set snmp community Kv8tRm3Qz authorization read-write\n", JUNIPER, "high"),
        ("    community Kv8tRm3Qz { authorization read-only; client-list-name nms; }\n", JUNIPER, "high"),
        ('set snmp community "Kv8tRm3Qz" clients 10.20.0.0/24\n', JUNIPER, "high"),
        # MikroTik RouterOS: a command with its section, or an `add` line under the section
        ("/user add name=netops group=full password=Jw5xQr2Nt\n", ROUTEROS, "high"),
        ("/user set [find name=admin] password=Jw5xQr2Nt\n", ROUTEROS, "high"),
        ('/user add name=netops password="Jw5xQr2Nt" group=full\n', ROUTEROS, "high"),
        ("/ppp secret add name=branch1 password=Hz3mWq9Lr service=l2tp\n", ROUTEROS, "high"),
        ("/ip ipsec identity add peer=hq secret=Pk7wNz4Rt\n", ROUTEROS, "high"),
        (
            "/interface wireless security-profiles set [ find default=yes ] "
            "authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=Wp4nRk8Qz\n",
            ROUTEROS,
            "high",
        ),
        (
            "/snmp community add name=nms authentication-password=Ak4mWq8Zt security=private\n",
            ROUTEROS,
            "high",
        ),
        ("/user\nadd group=full name=netops password=Jw5xQr2Nt\n", ROUTEROS, "high"),
        # FortiOS in clear text (a provisioning script, a template filled in)
        (FORTI_PHASE1, FORTI, "high"),
        (FORTI_LOCAL_USER, FORTI, "high"),
        (
            'config wireless-controller vap\n    edit "guest"\n        set wifi-passphrase "Wp4nRk8Qz"\n',
            FORTI,
            "high",
        ),
        # FortiOS `ENC` other than an administrator's hash: reversible under a key not in the file
        (FORTI_ENC_PSK, FORTI_ENC, "medium"),
        # Huawei VRP and HPE Comware: `simple` is clear text, `cipher` reversible
        ("aaa\n local-user netops password simple Hz3mWq9Lr\n", PLAIN, "high"),
        ("local-user netops class manage\n password simple Hz3mWq9Lr\n", PLAIN, "high"),
        ("super password level 15 simple Hz3mWq9Lr\n", PLAIN, "high"),
        ("snmp-agent community write Kv8tRm3Qz\n", PLAIN, "high"),
        ("snmp-agent community read simple Kv8tRm3Qz acl 2000\n", PLAIN, "high"),
        (
            "aaa\n local-user netops password cipher %^%#Kq2WzHv5bJq8YcT3sW6nPzR1mLk4xD9f%^%#\n",
            CIPHER,
            "medium",
        ),
        (
            "local-user netops class manage\n password cipher $c$3$Kq2WzHv5bJq8YcT3sW6nPzR1mLk4==\n",
            CIPHER,
            "medium",
        ),
        ("snmp-agent community read cipher %^%#Rk8PvN2xLm4TbY7cQj9sH%^%#\n", CIPHER, "medium"),
        # `cipher` with what was typed at the prompt (a script, a tutorial) is the password itself
        ("aaa\n local-user netops password cipher Branch@2024\n", PLAIN, "high"),
        (" peer 10.1.1.2 password cipher %^%#Rk8PvN2xLm4`TbY7\\cQj9$sH>=;Kq2W%^%#\n", CIPHER, "medium"),
        (" peer 10.1.1.2 password simple Hz3mWq9Lr\n", PLAIN, "high"),
        # HPE Aruba: ArubaOS-Switch and AOS-CX
        ("password manager user-name admin plaintext Hz3mWq9Lr\n", PLAIN, "high"),
        ("password operator plaintext Hz3mWq9Lr\n", PLAIN, "high"),
        ("user netops group administrators password plaintext Hz3mWq9Lr\n", PLAIN, "high"),
        (
            "user netops group administrators password ciphertext AQBapRk8Wq3zT7vN2xLm4bY9cQj5sH1dF6gP0rUe\n",
            CIPHER,
            "medium",
        ),
    ],
)
def test_a_device_credential_is_reported_at_the_severity_of_its_form(
    text: str, rule: str, severity: str
) -> None:
    assert (rule, severity) in detected_with_severity(CFG, text)


@pytest.mark.parametrize(
    "text",
    [
        # Juniper: the shipped communities, BGP community definitions, hashes
        "snmp {\n    community public {\n        authorization read-only;\n    }\n}\n",
        "set snmp community public authorization read-only\n",
        "policy-options {\n    community CUST-A members 65000:100;\n}\n",
        "policy-options {\n    community CUST-B {\n        members [ 65000:200 65000:300 ];\n    }\n}\n",
        "set policy-options community CUST-A members 65000:100\n",
        'set system root-authentication encrypted-password "$6$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mLk4xD9f"\n',
        'encrypted-password "$1$Wq3z$Rk8PvN2xLm4TbY7cQj9sH.";\n',
        # RouterOS: script variables, an empty value, a line with no section near it, no password
        "/user add name=netops group=full password=$newPass\n",
        '/user add name=netops group=full password=""\n',
        "/user group add name=ops policy=read,test\n",
        "add group=full name=netops password=Jw5xQr2Nt\n",
        # RouterOS commands built by code: format strings, template fields, a masked value
        "/ppp secret add name=%s password=%s service=%s\n",
        "/ppp secret add name={username} password={password} service=ovpn\n",
        "/ppp secret add name={$user} password={$pass} service=ovpn\n",
        "/ppp secret add name=noc password=****** service=sstp\n",
        # FortiOS: the administrator's hashes, a removal, a setting that names a password policy
        FORTI_ADMIN_HASH,
        FORTI_ADMIN_HASH.replace("SH2", "PB2"),
        FORTI_ADMIN_HASH.replace("SH2", "AK1"),
        'config user local\n    edit "vpnuser"\n        unset passwd\n    next\nend\n',
        "config system password-policy\n    set status enable\n    set minimum-length 12\nend\n",
        # a Tcl/expect script (no FortiOS block) is not read as a FortiOS configuration
        "set password [lindex $argv 0]\n",
        # Huawei / Comware: one-way hashes, removals, templates
        "local-user netops password irreversible-cipher $1a$Kq2WzHv5bJ$q8YcT3sW6nPzR1mLk4xD9fGaVe$\n",
        "local-user netops class manage\n password hash $h$6$Kq2WzHv5bJq8YcT3$sW6nPzR1mLk4xD9fGaVe==\n",
        "undo local-user netops password\n",
        "local-user netops password simple {{ device_password }}\n",
        "snmp-agent community read public\n",
        "user-interface console 0\n authentication-mode password\n"
        " set authentication password cipher ********\n",
        # Aruba: hashes, removals
        "password manager user-name admin sha1 5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8\n",
        "no password manager\n",
        "user netops group administrators password plaintext <password>\n",
        # prose naming the commands
        "Use password simple only in a lab; production configurations use irreversible-cipher.\n",
    ],
)
def test_hashes_defaults_definitions_and_templates_are_not_reported(text: str) -> None:
    assert not (DEVICE & set(detector_ids(CFG, text)))


def test_a_test_path_reports_below_the_gate() -> None:
    assert (ROUTEROS, "medium") in detected_with_severity(
        "tests/fixtures/routeros.rsc", "/user add name=netops group=full password=Jw5xQr2Nt\n"
    )
    assert (FORTI_ENC, "low") in detected_with_severity("tests/fixtures/fgt.conf", FORTI_ENC_PSK)


def test_a_routeros_export() -> None:
    export = (
        "# 2026-01-05 by RouterOS 7.14\n"
        "/interface wireless security-profiles\n"
        "set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys "
        "wpa2-pre-shared-key=Wp4nRk8Qz\n"
        "/ip address\n"
        "add address=192.168.88.1/24 interface=bridge network=192.168.88.0\n"
        "/ppp secret\n"
        "add name=branch1 password=Hz3mWq9Lr profile=default-encryption service=l2tp\n"
        "/system identity\n"
        "set name=branch-gw1\n"
    )
    found = ENGINE.scan(CFG, export).detections
    assert sorted((d.line, d.detector.id) for d in found if d.detector.id in DEVICE) == [
        (3, ROUTEROS),
        (7, ROUTEROS),
    ]


def test_a_configuration_in_a_docstring_is_a_usage_example_below_the_gate() -> None:
    code = (
        'def add_user(api):\n    """Like\n\n'
        '       /user add name=netops group=full password=Jw5xQr2Nt\n    """\n'
    )
    found = ENGINE.scan("netlib/users.py", code).detections
    assert [
        (d.detector.id, ENGINE.assess(d.detector, "netlib/users.py", context=d.context)[0].value)
        for d in found
    ] == [(ROUTEROS, "medium")]
