import re

# ruleid: python-redos-nested-quantifier
EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)+@example\.kz$")
# ruleid: python-redos-nested-quantifier
WORDS = re.compile(r"^(\w+\s?)*$")
# ruleid: python-redos-nested-quantifier
re.match(r"(a*)*b", "aaaa")
# ok: python-redos-nested-quantifier
IIN = re.compile(r"^\d{12}$")
# ok: python-redos-nested-quantifier
PHONE = re.compile(r"^\+7(\d{3})\d{7}$")
# ok: python-redos-nested-quantifier
HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
