"""Credentials in the device configuration lines of other vendors and features: Arista EOS
(`aaa root secret`, `username ... role R secret`), Cisco ASA (`... password V privilege N`,
`enable password V level N`; its `encrypted`/`pbkdf2` hashes), SNMPv3 users with their
authentication and privacy passwords, SNMP notification hosts with a v1/v2c community, NTP
authentication keys and wireless pre-shared keys. Hashes, localized keys, type 6/8 values,
`public`/`private`, v3 hosts (a user name), `no` lines and templates are not reported. Values are
made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE, detected_with_severity, detector_ids

PLAIN = "network-device-password"
TYPE7 = "network-device-type7-password"
SNMPV3 = "network-device-snmpv3-password"
HOST = "network-device-snmp-host-community"
DEVICE = {PLAIN, TYPE7, SNMPV3, HOST, "juniper-reversible-secret"}
CFG = "network/edge-sw2.cfg"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # Arista EOS
        ("aaa root secret 0 Rv7kPz3Qm\n", PLAIN),
        ("aaa root secret Rv7kPz3Qm\n", PLAIN),
        ("username netops privilege 15 role network-admin secret 0 Jw5xQr2Nt\n", PLAIN),
        ("username netops role network-operator secret Jw5xQr2Nt\n", PLAIN),
        # Cisco ASA in clear text (as written in a provisioning script)
        ("username netops password Jw5xQr2Nt privilege 15\n", PLAIN),
        ("enable password Tq7vLz2Wk level 15\n", PLAIN),
        # SNMPv3 users: IOS, Arista (sha512 / aes256), NX-OS (no v3, aes-128)
        ("snmp-server user nmsuser nmsgroup v3 auth sha Ak4mWq8Zt priv aes 128 Pv6nLs2Rx\n", SNMPV3),
        ("snmp-server user nmsuser nmsgroup v3 auth sha512 Ak4mWq8Zt priv aes256 Pv6nLs2Rx\n", SNMPV3),
        ("snmp-server user nmsadmin network-admin auth sha Ak4mWq8Zt priv aes-128 Pv6nLs2Rx\n", SNMPV3),
        ("snmp-server user nmsuser nmsgroup v3 auth md5 Ak4mWq8Zt\n", SNMPV3),
        ("snmp-server user nmsuser nmsgroup v3 auth sha Ak4mWq8Zt priv aes 256 Pv6nLs2Rx access 9\n", SNMPV3),
        # notification hosts with a v1/v2c community
        ("snmp-server host 10.0.0.9 version 2c Kv8tRm3Qz\n", HOST),
        ("snmp-server host 10.0.0.9 traps version 2c Kv8tRm3Qz udp-port 162\n", HOST),
        ("snmp-server host nms.corp.internal informs version 2c Kv8tRm3Qz config bgp\n", HOST),
        ("snmp-server host 10.0.0.9 Kv8tRm3Qz\n", HOST),
        # Cisco ASA: interface, host, then `community`
        ("snmp-server host MGMT 10.0.0.9 community Kv8tRm3Qz\n", HOST),
        ("snmp-server host inside nms01 trap community 0 Kv8tRm3Qz version 2c udp-port 162\n", HOST),
        # NTP keys: IOS clear, Arista clear (type 0)
        ("ntp authentication-key 1 md5 Nt5vKq8Wz\n", PLAIN),
        ("ntp authentication-key 42 md5 0 Nt5vKq8Wz\n", PLAIN),
        ("ntp authentication-key 3 sha1 Nt5vKq8Wz\n", PLAIN),
        # wireless pre-shared keys
        (" wpa-psk ascii 0 Wp4nRk8Qz\n", PLAIN),
        (" wpa-psk ascii Wp4nRk8Qz\n", PLAIN),
        # type 7 (reversible) forms of the same commands
        ("ntp authentication-key 2 md5 7 0822455D0A16\n", TYPE7),
        (" wpa-psk ascii 7 1315061E0D5A2B3E\n", TYPE7),
    ],
)
def test_a_vendor_device_credential_is_reported_high(line: str, rule: str) -> None:
    assert (rule, "high") in detected_with_severity(CFG, line)


@pytest.mark.parametrize(
    "line",
    [
        # hashes: Arista sha512, ASA encrypted / pbkdf2
        "aaa root secret sha512 $6$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt\n",
        "username admin secret sha512 $6$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt\n",
        "username admin privilege 15 role network-admin secret 5 $1$Wq3z$Rk8PvN2xLm4TbY7cQj9sH.\n",
        "username netops password Kq2WzHv5bJq8YcT3 encrypted privilege 15\n",
        "username netops password Kq2WzHv5bJq8YcT3 pbkdf2 privilege 15\n",
        "username netops password Kq2WzHv5bJq8YcT3 nt-encrypted\n",
        "enable password Kq2WzHv5bJq8YcT3 encrypted\n",
        "enable password $sha512$5000$Kq2WzHv5bJq8YcT3sW6nPz==$Hv5bJq8YcT3sW6nPzR1mLk4x pbkdf2\n",
        "aaa root nopassword\n",
        # an instruction with the level and no password
        "enable password level 15\n",
        # SNMPv3: localized keys, encrypted, templates, removals
        "snmp-server user nmsuser nmsgroup v3 auth sha 0x8d3f2a9c41b7e6d05f8a2c3b priv aes 128 "
        "0x5f8a2c3b8d3f2a9c41b7e6d0 localizedkey\n",
        "snmp-server user nmsuser nmsgroup v3 localized 0000000902 auth sha 8d3f2a9c41b7e6d05f8a2c3b "
        "priv aes 5f8a2c3b8d3f2a9c41b7e6d0\n",
        "snmp-server user nmsuser nmsgroup v3 encrypted auth sha 8d3f2a9c41b7e6d05f8a2c3b\n",
        "snmp-server user nmsuser nmsgroup v3 auth sha {{ snmp_auth }} priv aes 128 {{ snmp_priv }}\n",
        "no snmp-server user nmsuser nmsgroup v3 auth sha Ak4mWq8Zt priv aes 128 Pv6nLs2Rx\n",
        "snmp-server user nmsuser nmsgroup v3\n",
        # hosts: v3 names a user; the default communities; removals
        "snmp-server host 10.0.0.9 version 3 priv nmsuser\n",
        "snmp-server host 10.0.0.9 version 2c public\n",
        "snmp-server host 10.0.0.9 traps version 2c private udp-port 162\n",
        "no snmp-server host 10.0.0.9 version 2c Kv8tRm3Qz\n",
        "snmp-server host 10.0.0.9 version 2c {{ snmp_community }}\n",
        # ASA: interface and host with no community (the global one is used), the defaults, a mask
        "snmp-server host MGMT nms01 poll community public\n",
        "snmp-server host MGMT nms01 poll\n",
        "snmp-server host MGMT nms01\n",
        "snmp-server host inside 10.0.0.9 community *****\n",
        # NX-OS lines that name no community
        "snmp-server host 10.0.0.9 use-vrf management\n",
        "snmp-server host 10.0.0.9 source-interface mgmt0\n",
        # NTP: a placeholder, a type 8 (AES under the master key) value, a removal
        "ntp authentication-key 1 md5 <key>\n",
        "ntp authentication-key 1 md5 8a Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2\n",
        "no ntp authentication-key 1 md5 Nt5vKq8Wz\n",
        "ntp authenticate\n",
        # prose and code naming the commands
        "The snmp-server host command sets the community for traps.\n",
        'if line.startswith("ntp authentication-key"):\n',
    ],
)
def test_hashes_localized_keys_user_names_and_templates_are_not_reported(line: str) -> None:
    assert not (DEVICE & set(detector_ids(CFG, line)))
    assert "password-after-name" not in set(detector_ids(CFG, line))


def test_a_test_path_reports_below_the_gate() -> None:
    line = "snmp-server user nmsuser nmsgroup v3 auth sha Ak4mWq8Zt priv aes 128 Pv6nLs2Rx\n"
    assert (SNMPV3, "medium") in detected_with_severity("tests/fixtures/eos_running.txt", line)
    host = "snmp-server host 10.0.0.9 Kv8tRm3Qz\n"
    assert (HOST, "medium") in detected_with_severity("tests/fixtures/ios_running.txt", host)


def test_an_arista_running_configuration() -> None:
    config = (
        "hostname edge-sw2\n"
        "!\n"
        "aaa root secret sha512 $6$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mLk4xD9fGaVe2uQo7iBy0Zt\n"
        "username netops privilege 15 role network-admin secret 0 Jw5xQr2Nt\n"
        "!\n"
        "snmp-server user nmsuser nmsgroup v3 auth sha512 Ak4mWq8Zt priv aes256 Pv6nLs2Rx\n"
        "snmp-server host 10.0.0.9 version 2c public\n"
        "!\n"
        "ntp authentication-key 1 md5 7 0822455D0A16\n"
        "ntp trusted-key 1\n"
    )
    assert set(detected_with_severity(CFG, config)) == {(PLAIN, "high"), (SNMPV3, "high"), (TYPE7, "high")}
    assert len(ENGINE.scan(CFG, config).detections) == 3


LOCALIZED_YAML = """users:
  auth:
    - user: nmsuser
      group: network-operator
      authentication:
        algorithm: sha
        password: '0x7c1e9a24f05bd8e36a4f2c91d07be85a'
        localized_key: true
        priv:
          privacy_password: '0x2f9d4be07a31c6e58d0b7f4a91e2c35d'
          aes_128: true
"""


def test_snmpv3_localized_keys_written_as_data_are_not_reported() -> None:
    # a key derived from the password with the engine id (`localized_key: true`), not the password
    assert not ENGINE.scan("playbooks/snmp.yml", LOCALIZED_YAML).detections
    as_json = '{\n  "password": "0x7c1e9a24f05bd8e36a4f2c91d07be85a",\n  "localized_key": true\n}\n'
    assert not ENGINE.scan("host_vars/sw1.json", as_json).detections
    # sorted by key: the flag stands four lines above the nested privacy key
    by_key = (
        "- authentication:\n"
        "    algorithm: sha\n"
        "    localized_key: true\n"
        "    password: '0x7c1e9a24f05bd8e36a4f2c91d07be85a'\n"
        "    priv:\n"
        "      aes_128: true\n"
        "      privacy_password: '0x2f9d4be07a31c6e58d0b7f4a91e2c35d'\n"
        "  user: nmsuser\n"
    )
    assert not ENGINE.scan("playbooks/snmp.yml", by_key).detections


def test_the_same_values_without_the_localized_flag_are_reported() -> None:
    text = LOCALIZED_YAML.replace("        localized_key: true\n", "")
    found = detected_with_severity("playbooks/snmp.yml", text)
    assert ("generic-secret-assignment", "high") in found
    assert len(ENGINE.scan("playbooks/snmp.yml", text).detections) == 2
