"""Trojan Source: bidirectional control characters in code (test file for the rules)."""

import re

access_level = "user"
# ruleid: trojan-source-bidi
if access_level != "user‮ ⁧// Check if admin⁩ ⁧":
    print("You are an admin.")

# ok: trojan-source-bidi
SHORT_DATE_FORMAT = "d‏/m‏/Y"

# ok: trojan-source-bidi
ESCAPED = "\u202e written as an escape"

# A regular expression's class listing the invisible characters an editor marks: the characters
# are what the code matches, and the class holds no visible text for them to reorder. Reported
# apart, at medium: an override there still reorders the rest of its line on screen.
# ok: trojan-source-bidi
# ruleid: trojan-source-bidi-listed
INVISIBLE = re.compile("[\\0-\\b\\x0e-\\x1f­؜​‎‏\\u2028‭‮⁦⁧⁩\\ufeff]")

# ok: trojan-source-bidi
# ruleid: trojan-source-bidi-listed
MARKS = "[\\u200b‪-‮⁦-⁩]"

# A bracket holding text beside the override is no such list
# ok: trojan-source-bidi-listed
# ruleid: trojan-source-bidi
ROLE = "[user‮ ⁦admin⁩]"
