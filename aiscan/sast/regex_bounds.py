"""What a regular expression can match, read from its parsed form: whether every text it matches
is one path part (no separator, not `.` or `..`) or made of digits. Used where an application
bounds a value with a pattern (a Django form field's validator, a Symfony route's requirements)
and a finding on that value depends on what it can hold. Unknown parts of a pattern count as
matching anything. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_ZERO, _NINE = ord("0"), ord("9")

_SEPARATORS = (ord("/"), ord("\\"))
_WORDLIKE = frozenset(
    {
        sre_constants.CATEGORY_DIGIT,
        sre_constants.CATEGORY_WORD,
        sre_constants.CATEGORY_SPACE,
        sre_constants.CATEGORY_LINEBREAK,
    }
)


# a group or a repeat: what it matches is what its last part (the pattern inside) matches
_WRAPPERS = tuple(
    x
    for x in (
        sre_constants.SUBPATTERN,
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
        getattr(sre_constants, "ATOMIC_GROUP", None),
    )
    if x is not None
)


def _inner(op: object, arg: object) -> Iterable[tuple[object, object]]:
    """The pattern inside a group or repeat (an atomic group holds it directly)."""
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return arg  # type: ignore[return-value]
    return arg[-1]  # type: ignore[index,no-any-return]


def _set_lets_through(items: Sequence[tuple[object, object]], code: int) -> bool:
    """Whether a character class `[...]` (parsed) can match the character `code`."""
    negate = False
    hit = False
    for op, arg in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            hit = hit or arg == code
        elif op is sre_constants.RANGE:
            bounds: tuple[int, int] = arg  # type: ignore[assignment]
            hit = hit or bounds[0] <= code <= bounds[1]
        elif op is sre_constants.CATEGORY:
            if arg not in _WORDLIKE:
                return True
        else:
            return True
    return hit != negate


def _lets_through(pattern: Iterable[tuple[object, object]], code: int) -> bool:
    """Whether a parsed expression can match the character `code` anywhere (unknown parts can)."""
    for op, arg in pattern:
        if op is sre_constants.LITERAL:
            if arg == code:
                return True
        elif op in (sre_constants.AT, sre_constants.GROUPREF, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        elif op is sre_constants.IN:
            if _set_lets_through(arg, code):  # type: ignore[arg-type]
                return True
        elif op in _WRAPPERS:
            if _lets_through(_inner(op, arg), code):
                return True
        elif op is sre_constants.BRANCH:
            if any(_lets_through(p, code) for p in arg[1]):  # type: ignore[index]
                return True
        else:
            return True
    return False


def bounds_path_part(regex: str) -> bool:
    """Whether every text `regex` matches (as Django's validators search it) is one path part with
    no separator and is not `.` or `..` (see the module's text)."""
    try:
        compiled = re.compile(regex)
        parsed = sre_parse.parse(regex)
    except (re.error, RecursionError, OverflowError):
        return False
    if compiled.flags & (re.MULTILINE | re.VERBOSE):
        return False
    items = list(parsed)
    if len(items) < 2:
        return False
    first, last = items[0], items[-1]
    if first != (sre_constants.AT, sre_constants.AT_BEGINNING) and first != (
        sre_constants.AT,
        sre_constants.AT_BEGINNING_STRING,
    ):
        return False
    ends = ((sre_constants.AT, sre_constants.AT_END), (sre_constants.AT, sre_constants.AT_END_STRING))
    if last not in ends:
        return False
    if any(_lets_through(items, code) for code in _SEPARATORS):
        return False
    return not any(compiled.search(whole) for whole in (".", ".."))


def _digit_class(items: Sequence[tuple[object, object]]) -> bool:
    """Whether a character class `[...]` (parsed) matches digits only."""
    for op, arg in items:
        if op is sre_constants.LITERAL:
            if not _ZERO <= arg <= _NINE:  # type: ignore[operator]
                return False
        elif op is sre_constants.RANGE:
            bounds: tuple[int, int] = arg  # type: ignore[assignment]
            if bounds[0] < _ZERO or bounds[1] > _NINE:
                return False
        elif not (op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_DIGIT):
            return False  # a negated class, or a category of more than digits
    return True


def _digits(pattern: Iterable[tuple[object, object]]) -> bool:
    """Whether a parsed expression matches digits only (anchors aside)."""
    for op, arg in pattern:
        if op is sre_constants.LITERAL:
            if not _ZERO <= arg <= _NINE:  # type: ignore[operator]
                return False
        elif op is sre_constants.AT:
            continue
        elif op is sre_constants.IN:
            if not _digit_class(arg):  # type: ignore[arg-type]
                return False
        elif op in _WRAPPERS:
            if not _digits(_inner(op, arg)):
                return False
        elif op is sre_constants.BRANCH:
            if not all(_digits(p) for p in arg[1]):  # type: ignore[index]
                return False
        else:
            return False
    return True


def digits_only(regex: str) -> bool:
    """Whether every text `regex` matches is made of digits (`\\d+`, `[1-9][0-9]*`)."""
    try:
        re.compile(regex)
        parsed = list(sre_parse.parse(regex))
    except (re.error, RecursionError, OverflowError):
        return False
    return bool(parsed) and _digits(parsed)
