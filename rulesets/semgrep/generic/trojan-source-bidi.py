"""Trojan Source: bidirectional control characters in code (test file for the rule)."""

access_level = "user"
# ruleid: trojan-source-bidi
if access_level != "user‮ ⁧// Check if admin⁩ ⁧":
    print("You are an admin.")

# ok: trojan-source-bidi
SHORT_DATE_FORMAT = "d‏/m‏/Y"

# ok: trojan-source-bidi
ESCAPED = "\u202e written as an escape"
