"""What a pattern can match, read from its parsed form (aiscan/sast/regex_bounds.py)."""

from aiscan.sast.regex_bounds import bounds_path_part, digits_only


def test_an_anchored_pattern_without_separators_or_dots_bounds_a_path_part() -> None:
    for regex in (r"^[A-Za-z0-9_-]+$", r"\A\w+\Z", r"^(?:[a-z]{2,8})$", r"^[0-9]+(?:-[0-9]+)?$"):
        assert bounds_path_part(regex), regex


def test_a_pattern_that_can_match_a_separator_or_dots_or_is_unanchored_does_not() -> None:
    unbounded = (r"[a-z]+", r"^[a-z]+", r"^.+$", r"^[\w/]+$", r"^[^a-z]+$", r"^[\w.]+$", r"^\S+$", "^(")
    for regex in (*unbounded, r"(?m)^\w+$"):
        assert not bounds_path_part(regex), regex


def test_digits_only_follows_groups_branches_and_repeats() -> None:
    for regex in (r"\d+", r"[1-9][0-9]*", r"(?:\d{2}|\d{4})", r"^\d+$"):
        assert digits_only(regex), regex
    for regex in (r"\w+", r"[0-9a-f]+", r"\d+|x", r"[^a]", r".", "", "("):
        assert not digits_only(regex), regex


def test_atomic_groups_and_possessive_repeats_are_read_through() -> None:
    assert digits_only(r"(?>\d+)")
    assert digits_only(r"\d++")
    assert not digits_only(r"(?>\w+)")
    assert bounds_path_part(r"^(?>[a-z]+)$")
    assert not bounds_path_part(r"^(?>[a-z/]+)$")
