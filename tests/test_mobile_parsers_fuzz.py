"""Hostile manifests and property lists: bad XML, binary junk, entity attacks. Each one is one
clear gap naming the file, never a traceback, and the run is PARTIAL (aiscan.mobile)."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan.mobile.plist import parse_plist
from aiscan.mobile.signatures import ANDROID, IOS, Signature
from aiscan.mobile.xmltree import XmlError, parse_xml
from aiscan.models import RunStatus
from tests.mobile_support import scan, write_tree

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
    '<manifest xmlns:android="http://schemas.android.com/apk/res/android">'
    '<application android:label="&lol2;"/></manifest>\n'
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    "<plist><dict><key>a</key><string>&xxe;</string></dict></plist>\n"
)
XML_TEXT = st.text(alphabet=st.sampled_from(list("<>/=\"' abc:!?&;[]-\n\x00é")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(XML_TEXT)
def test_xml_parser_raises_only_its_own_error(text: str) -> None:
    try:
        parse_xml(text)
    except XmlError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.binary(max_size=200).map(lambda b: b"bplist00" + b)))
def test_plist_parser_raises_only_its_own_error(data: bytes) -> None:
    try:
        parse_plist(data)
    except XmlError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.recursive(
        st.one_of(
            st.booleans(),
            st.integers(-(2**63), 2**63 - 1),
            st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
        ),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.dictionaries(
                st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=10), inner, max_size=4
            ),
        ),
        max_leaves=20,
    )
)
def test_any_valid_plist_parses_in_both_formats(value: object) -> None:
    doc = {"NSAppTransportSecurity": value}
    for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
        node = parse_plist(plistlib.dumps(doc, fmt=fmt))
        assert "NSAppTransportSecurity" in node.entries


def test_entity_attacks_are_refused() -> None:
    for text in (BILLION_LAUGHS, EXTERNAL):
        with pytest.raises(XmlError, match="refused for safety"):
            parse_xml(text)


@pytest.mark.parametrize(
    ("rel", "content", "problem"),
    [
        ("app/src/main/AndroidManifest.xml", BILLION_LAUGHS, "refused for safety"),
        ("app/src/main/AndroidManifest.xml", "<manifest><application></manifest>", "not well-formed"),
        (
            "app/src/main/AndroidManifest.xml",
            b"\x03\x00\x08\x00\xff\xfe junk",
            "AndroidManifest.xml not read",
        ),
        ("App/Info.plist", EXTERNAL, "refused for safety"),
        ("App/Info.plist", b"bplist00\x00\x01garbage", "binary property list"),
        ("App/Info.plist", "<plist><dict><key>a</key></dict></plist>", "without a value"),
    ],
)
def test_a_bad_file_is_one_gap_naming_it_and_the_run_is_partial(
    tmp_path: Path, rel: str, content: str | bytes, problem: str
) -> None:
    files: dict[str, str | bytes] = {
        rel: content,
        "App/App.swift": "import UIKit\n",
        "app/src/main/java/A.kt": "class A\n",
    }
    outcome = scan(write_tree(tmp_path / "t", files))
    assert outcome.run.status is RunStatus.PARTIAL
    gaps = [g for g in outcome.run.gaps if g.path == rel]
    assert len(gaps) == 1 and problem in gaps[0].reason and "\n" not in gaps[0].reason
    assert "Traceback" not in gaps[0].reason


def _all_signatures() -> list[Signature]:
    seen: dict[int, Signature] = {}
    for table in (ANDROID, IOS):
        for signatures in table.values():
            for s in signatures:
                seen.setdefault(id(s), s)
    return list(seen.values())


@pytest.mark.parametrize("signature", _all_signatures(), ids=lambda s: s.what)
def test_a_signatures_needles_are_in_every_text_it_matches(signature: Signature) -> None:
    assert signature.needles, f"{signature.what}: no cheap prefilter"

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(signature.pattern, fullmatch=False))
    def check(text: str) -> None:
        if signature.pattern.search(text):
            assert signature.may_match(text.lower()), text

    check()
