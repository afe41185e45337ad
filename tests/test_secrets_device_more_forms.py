"""Device credential forms of Huawei VRP, HPE Comware, MikroTik RouterOS, Cisco ASA and IOS XR,
PAN-OS and VyOS that the first device detectors did not read: a command typed after a Huawei or
Comware console prompt (`[core-sw-aaa]local-user ...`), an AAA server's `shared-key` or a RADIUS
scheme's `key authentication|accounting`, the `%$%$...%$%$` and `@%@%...@%@%` VRP ciphertexts, a
RouterOS `/snmp community`'s `name=` and `/snmp`'s `trap-community=`, a ` key V` of an ASA
`aaa-server ... host` or an IOS `tacacs|radius server` block, IOS XR's `encrypted` SNMP
community (type 7), PAN-OS `-AQ==` values and VyOS `set ... password|secret|key 'V'` lines.
Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE, detector_ids

PLAIN = "network-device-plaintext-password"
CIPHER = "network-device-reversible-cipher"
CISCO = "network-device-password"
TYPE7 = "network-device-type7-password"
ROUTEROS = "routeros-secret"
ROS_SNMP = "routeros-snmp-community"
SERVER_KEY = "network-device-server-block-key"
PANOS = "panos-encrypted-secret"
VYOS = "vyos-secret"
CFG = "network/core-sw2.cfg"
HUAWEI = "#\nsysname core-sw2\n#\n"


def rules_at(path: str, text: str) -> set[tuple[str, str]]:
    """Each detection as (detector, severity), as the report gives them."""
    scan = ENGINE.scan(path, text)
    lines = text.split("\n")
    out = set()
    for d in scan.detections:
        sev, _ = ENGINE.assess(d.detector, path, lines[d.line - 1], d.context, d.key, d.value)
        out.add((d.detector.id, sev.value))
    return out


@pytest.mark.parametrize(
    ("text", "rule", "severity"),
    [
        # a command typed after a system-view prompt, as console sessions are pasted
        ("[core-sw2]super password level 3 simple Vr8nKq3Wz\n", PLAIN, "high"),
        ("[core-sw2-luser-ops]password simple Vr8nKq3Wz\n", PLAIN, "high"),
        ("[core-sw2-aaa]local-user ops password cipher Vr8nKq3Wz\n", PLAIN, "high"),
        ("[core-sw2-aaa]local-user ops password cipher %^%#Lr5tWq9Zx2Mv7Kp3Nb8Hc4%^%#\n", CIPHER, "medium"),
        # an AAA server template's shared key, a Comware RADIUS scheme's keys
        (" hwtacacs-server shared-key cipher %^%#Lr5tWq9Zx2Mv7Kp3Nb8Hc4Yd6Jf%^%#\n", CIPHER, "medium"),
        (" radius-server shared-key cipher Vr8nKq3Wz\n", PLAIN, "high"),
        (" radius-server shared-key simple Vr8nKq3Wz\n", PLAIN, "high"),
        (" key authentication simple Vr8nKq3Wz\n", PLAIN, "high"),
        (" key accounting cipher $c$3$Wq3zRk8PvN2xLm4TbY7cQj9sHa==\n", CIPHER, "medium"),
        # the other VRP ciphertexts
        (" local-user ops password cipher %$%$Kq2WzHv5bJq8YcT3sW6n%$%$\n", CIPHER, "medium"),
        (" local-user ops password cipher @%@%Kq2WzHv5bJq8YcT3sW6n@%@%\n", CIPHER, "medium"),
    ],
)
def test_a_huawei_or_comware_form_is_reported(text: str, rule: str, severity: str) -> None:
    assert (rule, severity) in rules_at(CFG, HUAWEI + text)


@pytest.mark.parametrize(
    "text",
    [
        " local-user ops password cipher %$%$Kq2WzHv5bJq8YcT3sW6n%$%$\n",
        " local-user ops password cipher @%@%Kq2WzHv5bJq8YcT3sW6n@%@%\n",
        " hwtacacs-server shared-key cipher %^%#Lr5tWq9Zx2Mv7Kp3Nb8Hc4Yd6Jf%^%#\n",
    ],
)
def test_a_vrp_ciphertext_is_not_read_as_typed_text(text: str) -> None:
    assert PLAIN not in detector_ids(CFG, HUAWEI + text)


@pytest.mark.parametrize(
    "text",
    [
        "[core-sw2]snmp-agent community read public\n",
        "[core-sw2-aaa]local-user ops password irreversible-cipher $1c$Kq2WzHv5bJ$q8YcT3sW6nPzR1mLk4$\n",
        "[core-sw2]undo super password level 3\n",
        " key authentication simple ******\n",
        "The radius-server shared-key cipher keyword stores the key encrypted.\n",
        "[core-sw2] is the prompt; local-user ops password simple sets a password.\n",
    ],
)
def test_a_huawei_or_comware_line_without_a_value_is_not_reported(text: str) -> None:
    assert not ({PLAIN, CIPHER} & set(detector_ids(CFG, HUAWEI + text)))


ROS_HEAD = "# by RouterOS 7.12\n/system identity\nset name=edge-3\n"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("/snmp community\nadd addresses=10.8.0.0/16 name=Vr8nKq3Wz\n", ROS_SNMP),
        ("/snmp community\nset [ find default=yes ] name=Vr8nKq3Wz\n", ROS_SNMP),
        ("/snmp community add name=Vr8nKq3Wz addresses=10.8.0.0/16\n", ROS_SNMP),
        ('/snmp community\nadd addresses=10.8.0.0/16 name="Vr8nKq3Wz" read-access=yes\n', ROS_SNMP),
        ("/snmp\nset enabled=yes trap-community=Vr8nKq3Wz trap-version=2\n", ROUTEROS),
    ],
)
def test_a_routeros_snmp_community_is_reported_high(text: str, rule: str) -> None:
    assert (rule, "high") in rules_at("backup/edge-3.rsc", ROS_HEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # a name under any other section is an object's name
        "/ip pool\nadd name=Vr8nKq3Wz ranges=10.8.0.10-10.8.0.99\n",
        "/interface bridge\nadd name=Vr8nKq3Wz\n",
        "# /snmp community\n/ip pool\nadd name=Vr8nKq3Wz ranges=10.8.0.10-10.8.0.99\n",
        # the shipped community, a script variable
        "/snmp community\nset [ find default=yes ] name=public\n",
        "/snmp community\nadd name=$community addresses=10.8.0.0/16\n",
    ],
)
def test_a_routeros_name_outside_snmp_community_is_not_a_community(text: str) -> None:
    assert ROS_SNMP not in detector_ids("backup/edge-3.rsc", ROS_HEAD + text)


def test_only_the_names_under_snmp_community_are_communities() -> None:
    text = ROS_HEAD + (
        "/snmp community\nadd addresses=10.8.0.0/16 name=Vr8nKq3Wz\n"
        "/ip pool\nadd name=Wq3zRk8Pv ranges=10.8.0.10-10.8.0.99\n"
    )
    found = [(d.detector.id, d.value) for d in ENGINE.scan("backup/edge-3.rsc", text).detections]
    assert (ROS_SNMP, "Vr8nKq3Wz") in found
    assert (ROS_SNMP, "Wq3zRk8Pv") not in found


ASA_HEAD = "hostname fw-a\n"


@pytest.mark.parametrize(
    "text",
    [
        "aaa-server TACACS (inside) host 10.40.0.12\n key Vr8nKq3Wz\n",
        "aaa-server AD_SERVER host 10.40.0.13\n server-port 636\n key Vr8nKq3Wz\n",
        "aaa-server RAD (mgmt) host 10.40.0.14\n timeout 5\n key Vr8nKq3Wz\n authentication-port 1812\n",
        "tacacs server TAC-1\n address ipv4 10.40.0.15\n key Vr8nKq3Wz\n",
        "radius server RAD-2\n address ipv4 10.40.0.16 auth-port 1812 acct-port 1813\n key Vr8nKq3Wz\n",
    ],
)
def test_a_key_in_an_aaa_server_block_is_reported_high(text: str) -> None:
    assert (SERVER_KEY, "high") in rules_at("fw/fw-a.cfg", ASA_HEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # a key chain's key number, a key under another block, a type 7 or 6 key, a masked one
        "key chain OSPF-KEYS\n key 1\n  key-string 7 0822455D0A16\n",
        "crypto key generate rsa modulus 2048\n",
        "interface Tunnel0\n key Vr8nKq3Wz\n",
        "tacacs server TAC-1\n address ipv4 10.40.0.15\n key 7 0822455D0A16\n",
        "tacacs server TAC-1\n address ipv4 10.40.0.15\n key 6 Wq3zRk8PvN2xLm4TbY7cQj9sHaaB\n",
        "aaa-server TACACS (inside) host 10.40.0.12\n key *****\n",
        "aaa-server TACACS protocol tacacs+\n key Vr8nKq3Wz\n",
    ],
)
def test_a_key_outside_an_aaa_server_block_is_not_a_server_key(text: str) -> None:
    assert SERVER_KEY not in detector_ids("fw/fw-a.cfg", ASA_HEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "snmp-server vrf mgmt\n host 10.40.0.9 traps version 2c encrypted 0822455D0A16\n",
        "snmp-server host 10.40.0.9 traps version 2c encrypted 0822455D0A16\n",
        "snmp-server community encrypted 0822455D0A16 RO SystemOwner IPv4 acl-nms\n",
    ],
)
def test_an_ios_xr_encrypted_community_is_type_7(text: str) -> None:
    assert (TYPE7, "high") in rules_at("xr/pe1.cfg", "hostname pe1\n" + text)


def test_an_ios_xr_encrypted_word_that_is_no_type_7_string_is_not_reported() -> None:
    text = "hostname pe1\nsnmp-server community encrypted KKKKAAAA RO\n"
    assert TYPE7 not in detector_ids("xr/pe1.cfg", text)


@pytest.mark.parametrize(
    "text",
    [
        "              secret -AQ==Wq3zRk8PvN2xLm4TbY7c=Qj9sHaaBLr5tWq9Zx2Mv7K==;\n",
        "set shared server-profile tacplus T1 server s1 secret -AQ==Wq3zRk8PvN2xLm4TbY7c=Qj9sHaaBLr5==\n",
        "<secret>-AQ==Wq3zRk8PvN2xLm4TbY7c=Qj9sHaaBLr5tWq9Zx2Mv7K==</secret>\n",
        "<key>-AQ==Wq3zRk8PvN2xLm4TbY7c=Qj9sHaaBLr5tWq9Zx2Mv7K==</key>\n",
    ],
)
def test_a_panos_encrypted_value_is_reported_medium(text: str) -> None:
    assert (PANOS, "medium") in rules_at("panorama/running-config.xml", text)


@pytest.mark.parametrize(
    "text",
    [
        "        phash $5$igubkhxx$Wq3zRk8PvN2xLm4TbY7cQj9sHaaBLr5tWq9Zx2Mv7K;\n",
        "<phash>$5$igubkhxx$Wq3zRk8PvN2xLm4TbY7cQj9sHaaBLr5tWq9Zx2Mv7K</phash>\n",
        "A PAN-OS secret looks like -AQ== followed by base64.\n",
    ],
)
def test_a_panos_hash_or_prose_is_not_reported(text: str) -> None:
    assert PANOS not in detector_ids("panorama/running-config.xml", text)


VYOS_HEAD = "set system host-name 'edge-5'\n"


@pytest.mark.parametrize(
    "text",
    [
        "set high-availability vrrp group G1 authentication password 'Vr8nKq3Wz'\n",
        "set protocols bgp neighbor 192.0.2.1 password 'Vr8nKq3Wz'\n",
        "set vpn ipsec authentication psk peer-a secret 'Vr8nKq3Wz'\n",
        "set vpn ipsec site-to-site peer 192.0.2.9 authentication pre-shared-secret 'Vr8nKq3Wz'\n",
        "set interfaces wireguard wg0 peer p1 preshared-key 'Wq3kT9zLm2Rx8vNp5cHs7dFg4jYb6tQe1uIo0aSdFh='\n",
        "set interfaces wireguard wg0 private-key 'Wq3kT9zLm2Rx8vNp5cHs7dFg4jYb6tQe1uIo0aSdFh='\n",
        "set pki certificate c1 private key 'Vr8nKq3Wz'\n",
        "set system login user ops authentication plaintext-password 'Vr8nKq3Wz'\n",
        "set service snmp community Vr8nKq3Wz authorization 'ro'\n",
        "set service snmp community 'Vr8nKq3Wz' network '192.0.2.0/24'\n",
    ],
)
def test_a_vyos_credential_is_reported_high(text: str) -> None:
    assert (VYOS, "high") in rules_at("routers/edge-5.conf", VYOS_HEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "set system login user ops authentication encrypted-password '$6$Kq2Wz$Hv5bJq8YcT3sW6nPzR1mL'\n",
        "set system login user ops authentication public-keys ops@host key 'AAAAC3NzaC1lZDI1NTE5AAAAIWq3z'\n",
        "set interfaces wireguard wg0 peer p1 public-key 'Wq3kT9zLm2Rx8vNp5cHs7dFg4jYb6tQe1uIo0aSdFh='\n",
        "set service snmp community public authorization 'ro'\n",
        "set protocols bgp neighbor 192.0.2.1 password '******'\n",
        "set high-availability vrrp group G1 authentication type 'plaintext-password'\n",
        "set service snmp contact 'noc@example.net'\n",
    ],
)
def test_a_vyos_hash_public_key_or_setting_is_not_reported(text: str) -> None:
    assert VYOS not in detector_ids("routers/edge-5.conf", VYOS_HEAD + text)
