"""What a network device configuration says about the credentials on its lines
(rulesets/secrets/devices.yaml): whether the file is a device's configuration, whether a value on a
credential line is there at all, and which key a FortiOS `ENC` value is encrypted under."""

from __future__ import annotations

import re

# The detectors of rulesets/secrets/devices.yaml.
DEVICE_DETECTORS = frozenset(
    {
        "network-device-password",
        "network-device-type7-password",
        "network-device-snmpv3-password",
        "network-device-snmp-host-community",
        "juniper-reversible-secret",
        "juniper-snmp-community",
        "routeros-secret",
        "fortios-secret",
        "fortios-encrypted-secret",
        "network-device-plaintext-password",
        "network-device-reversible-cipher",
        "network-device-server-block-key",
        "routeros-snmp-community",
        "panos-encrypted-secret",
        "vyos-secret",
    }
)

# A line only a device's own configuration starts with: the device's name (`hostname core-sw1`,
# Huawei/Comware `sysname`, Junos `set system host-name` or `host-name r1;`, RouterOS `/system
# identity`), the header a device writes on a saved configuration (FortiOS `#config-version=`,
# IOS `Building configuration...`, `Current configuration : N bytes`, NX-OS `!Command: show
# running-config`), or FortiOS's `config system global`. A name setting of another format
# (`hostname = db1`, `hostname: db1`) is not one: the name must be a bare word ending the line.
_DEVICE_MARK = re.compile(
    r"^(?:[ \t]*(?:hostname|sysname)[ \t]+\"?[A-Za-z0-9][\w.-]{0,62}\"?[ \t]*\r?$"
    r"|set[ \t]+system[ \t]+host-name[ \t]+\S"
    r"|[ \t]*host-name[ \t]+[\w.-]{1,63};"
    r"|/system[ \t]+identity\b"
    r"|#config-version="
    r"|config[ \t]+system[ \t]+global[ \t]*\r?$"
    r"|Building configuration\.\.\."
    r"|Current configuration[ \t]*:[ \t]*\d+[ \t]+bytes"
    r"|!Command:[ \t]+show[ \t]+running-config)",
    re.M,
)

# A value that is not there: masked (`******`, `xxxxxxxx`), a removal marker (`REDACTED`,
# `<removed>`), a variable or a template field (`$COMMUNITY`, `%s`, `{{ psk }}`).
_REMOVED = re.compile(
    r"^(?:(.)\1{2,}|\$[{(]?\w+[})]?|%[sd]|\{.*\}|<.*>|\[.*\]"
    r"|(?i:redacted|removed|scrubbed|hidden|masked|omitted|censored|sanitized|none|null|empty|unset|n/?a)\W*)$"
)

# A value of letters (a few digits after them) that names the credential it stands for
# (`somekey`, `mysecret`, `testpassword1`, `communityRO`): written where a value goes in an example.
_NAMES_ITSELF = re.compile(
    r"[A-Za-z]{0,12}(?i:pass(?:word|wd)?|secret|key|community|psk)[A-Za-z]{0,12}[0-9]{0,4}"
)

# FortiOS: a backup the device wrote starts with its `#config-version=` header and holds `config
# system global` whole, so a `private-data-encryption enable` it does not show is not set.
_FORTIOS_BACKUP = re.compile(r"\A\s*#config-version=")
_FORTIOS_OWN_KEY = re.compile(r"^[ \t]*set[ \t]+private-data-encryption[ \t]+enable[ \t]*\r?$", re.M)


def device_configuration(text: str) -> bool:
    """The file is a network device's configuration (a saved running configuration, a backup or
    an export), not a snippet: a line only a device's configuration has."""
    return _DEVICE_MARK.search(text) is not None


def removed_value(value: str) -> bool:
    """The value was taken out or is filled in later: not a credential, whatever the file."""
    return _REMOVED.match(value.strip("\"'")) is not None


def names_itself(value: str) -> bool:
    """The value is a word naming the credential: an example's stand-in for the value."""
    return _NAMES_ITSELF.fullmatch(value.strip("\"'")) is not None


# The block a ` key V` line of a Cisco configuration belongs to: a TACACS+ or RADIUS server (ASA
# `aaa-server G [(IF)] host H`, IOS `tacacs server N`, `radius server N`).
_SERVER_BLOCK = re.compile(
    r"(?:aaa-server[ \t]+\S+[ \t]+(?:\([^)\s]{1,64}\)[ \t]+)?host"
    r"|tacacs[ \t]+server|radius[ \t]+server)[ \t]+\S"
)
# A RouterOS export's section that names SNMP communities.
_SNMP_COMMUNITY_SECTION = re.compile(r"/snmp[ \t]+community(?:[ \t]|\r?$)")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def routeros_section(text: str, pos: int) -> str:
    """The section the RouterOS line holding `pos` belongs to: the nearest line at or above it
    that starts with `/` (`/snmp community`, or `/snmp community add ...` itself); `` if none."""
    end = len(text)
    start = _line_start(text, pos)
    while True:
        line = text[start:end].lstrip(" \t")
        if line.startswith("/"):
            return line.rstrip("\r")
        if start == 0:
            return ""
        end = start - 1
        start = _line_start(text, end)


def enclosing_block(text: str, pos: int) -> str:
    """The line that opens the block of the indented line holding `pos`: the nearest line above
    it that is not indented (`!` and blank lines skipped); `` if none."""
    end = _line_start(text, pos) - 1
    while end > 0:
        start = _line_start(text, end)
        line = text[start:end].rstrip("\r")
        if line.strip() and not line.startswith("!") and not line[0].isspace():
            return line
        end = start - 1
    return ""


def in_own_block(detector_id: str, text: str, pos: int) -> bool:
    """The value at `pos` is in the block its detector reads: a ` key V` in a TACACS+ or RADIUS
    server block, a RouterOS `name=V` under `/snmp community`; true for every other detector."""
    if detector_id == "network-device-server-block-key":
        return _SERVER_BLOCK.match(enclosing_block(text, pos)) is not None
    if detector_id == "routeros-snmp-community":
        return _SNMP_COMMUNITY_SECTION.match(routeros_section(text, pos)) is not None
    return True


def fortios_key(text: str) -> str:
    """Which key a FortiOS `ENC` value of this file is encrypted under: `own` when the file sets
    `private-data-encryption enable` (the device's own key, not in the file), `shared` in a backup
    the device wrote that does not (the built-in key every FortiGate shares, published with
    CVE-2019-6693), `` when the file does not say (a snippet, a script)."""
    if _FORTIOS_OWN_KEY.search(text):
        return "own"
    return "shared" if _FORTIOS_BACKUP.match(text) else ""
