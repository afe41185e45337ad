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
# a repeated group of a wide repeated element and one narrower atom: "aaaa" splits many ways
# ruleid: python-redos-nested-quantifier
LOGIN = re.compile(r"^[a-z]([-.\w]*[a-z0-9])*$")
# ruleid: python-redos-nested-quantifier
re.search(r"^([\w-]*\d)+@", "x")
# ruleid: python-redos-nested-quantifier
SLUG = re.compile(r"^([a-z][\w-]*)*$")
# ok: python-redos-nested-quantifier
DOMAIN = re.compile(r"^([a-z0-9][-a-z0-9]*\.)+[a-z]{2,}$")
# ok: python-redos-nested-quantifier
PATH = re.compile(r"^(/[\w-]*)+$")


def match_reference(reference):
    # the pattern is held in a local variable first
    pattern = r"(a+)+$"
    # ruleid: python-redos-nested-quantifier
    return re.match(pattern, reference) is not None


def match_code(code):
    # a repeated one-character class followed by any character, the whole group repeated:
    # the dot can take what the class takes
    # ruleid: python-redos-nested-quantifier
    checker = re.compile(r"^(([a-z])+.)+")
    # ruleid: python-redos-nested-quantifier
    words = re.compile(r"^(\w+.)*$")
    # a mandatory separator that the class cannot take
    # ok: python-redos-nested-quantifier
    dotted = re.compile(r"^([a-z]+\.)+$")
    return checker.match(code) or words.match(code) or dotted.match(code)


# {0,1} is ? and {1,} is + written with braces
# ruleid: python-redos-nested-quantifier
SLUG_BRACES = re.compile(r"^([a-z0-9]+[-]{0,1}){1,100}$")
# ruleid: python-redos-nested-quantifier
CODES = re.compile(r"^([A-Z]{1,}[0-9]?)+$")
# a bounded repeat of bounded parts
# ok: python-redos-nested-quantifier
IPV4 = re.compile(r"^([0-9]{1,3}\.){3}[0-9]{1,3}$")
