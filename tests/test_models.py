from __future__ import annotations

from dataclasses import replace

from aiscan.models import Location, assign_fingerprints, fingerprint
from tests.conftest import make_finding


def test_fingerprint_survives_line_moves_and_whitespace() -> None:
    a = fingerprint("r", "app.py", "cursor.execute( q )")
    assert a == fingerprint("r", "app.py", "cursor.execute(   q )")
    assert a != fingerprint("r", "other.py", "cursor.execute( q )")
    assert a != fingerprint("r2", "app.py", "cursor.execute( q )")


def test_assigned_fingerprints_ignore_line_numbers_and_separate_duplicates() -> None:
    f1 = make_finding(line=10, fingerprint="")
    moved = replace(f1, location=Location("app.py", 99, 99, 1, f1.location.snippet))
    assert assign_fingerprints([f1])[0].fingerprint == assign_fingerprints([moved])[0].fingerprint
    twice = assign_fingerprints(
        [f1, replace(f1, location=Location("app.py", 20, 20, 1, f1.location.snippet))]
    )
    assert len({f.fingerprint for f in twice}) == 2
