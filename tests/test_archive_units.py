"""The archive's pure parts: retention dates, names in a bundle never trusted on restore,
repository addresses without credentials, report input."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiscan.archive.archive import Release
from aiscan.archive.bundle import public_url
from aiscan.archive.dates import retain_until, years_after
from aiscan.archive.members import restore, safe_name
from aiscan.archive.report_input import identity_from_report
from aiscan.archive.storage import ArchiveError
from aiscan.errors import ConfigError


def test_retention_dates() -> None:
    assert retain_until(date(2025, 3, 20), 90) == date(2028, 6, 18)
    assert retain_until(date(2025, 3, 20), 0) == date(2028, 3, 20)
    assert years_after(date(2024, 2, 29), 3) == date(2027, 3, 1)  # never earlier than three years
    live = Release("r", "ais", {}, date(2024, 1, 1), live_from=date(2024, 2, 1))
    assert live.retain_until(90) is None  # in operation: kept
    assert live.live_on(date(2024, 2, 1)) and not live.live_on(date(2024, 1, 31))
    live.replaced_on = date(2025, 3, 20)
    assert not live.live_on(date(2025, 3, 20)) and live.live_on(date(2025, 3, 19))
    assert live.retain_until(90) == date(2028, 6, 18)
    never = Release("n", "ais", {}, date(2024, 1, 1))
    assert never.retain_until(0) == date(2027, 1, 1)


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../x", "a/../../x", "a//b", "./a", "a/.", "", "a\\..\\b", "a\0b", "sources/.."]
)
def test_unsafe_names_are_refused(name: str) -> None:
    with pytest.raises(ArchiveError, match="refused"):
        safe_name(name)


@given(st.lists(st.sampled_from(["a", "b", "..", ".", "", "/", "x.py", "\\"]), min_size=1, max_size=6))
def test_a_name_accepted_never_leaves_the_folder(parts: list[str]) -> None:
    name = "/".join(parts)
    try:
        safe_name(name)
    except ArchiveError:
        return
    assert not os.path.isabs(name)
    assert os.path.normpath(os.path.join("/dest", name)).startswith("/dest/")


def malicious_bundle(path: Path, members: list[tarfile.TarInfo]) -> None:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info in members:
            tar.addfile(info, io.BytesIO(b"x" * info.size) if info.isreg() else None)
        manifest = json.dumps(
            {"files": [], "symlinks": [{"name": "sources/c/l", "target": "../../../etc"}]}
        ).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest))
    path.write_bytes(gzip.compress(out.getvalue()))


def test_restore_refuses_paths_out_and_links(tmp_path: Path) -> None:
    escape = tarfile.TarInfo("../escaped")
    escape.size = 1
    bundle = tmp_path / "evil.tar.gz"
    malicious_bundle(bundle, [escape])
    check, _ = restore(bundle, tmp_path / "dest")
    assert "'../escaped': refused" in check.problems[0]
    assert not (tmp_path / "escaped").exists()

    link = tarfile.TarInfo("sources/c/link")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    absolute = tarfile.TarInfo("/tmp/abs")
    absolute.size = 1
    bundle2 = tmp_path / "evil2.tar.gz"
    malicious_bundle(bundle2, [link])
    check, notes = restore(bundle2, tmp_path / "dest2")
    assert "not a regular file in the bundle (refused)" in check.problems[0]
    assert not os.path.lexists(tmp_path / "dest2" / "sources" / "c" / "link")
    assert "points outside its source tree; not restored" in notes[0]
    assert not os.path.lexists(tmp_path / "dest2" / "sources" / "c" / "l")
    bundle3 = tmp_path / "evil3.tar.gz"
    malicious_bundle(bundle3, [absolute])
    check, _ = restore(bundle3, tmp_path / "dest3")
    assert "refused" in check.problems[0]


def test_restore_needs_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest" / "x").write_text("x")
    with pytest.raises(ArchiveError, match="empty or new folder"):
        restore(tmp_path / "none.tar.gz", tmp_path / "dest")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://deploy:ghp_token@git.example.kz/mfo/loans.git", "https://git.example.kz/mfo/loans.git"),
        ("https://git.example.kz:8443/a.git?private_token=abc#x", "https://git.example.kz:8443/a.git"),
        ("git@git.example.kz:mfo/loans.git", "git.example.kz:mfo/loans.git"),
        ("/srv/git/loans", "/srv/git/loans"),
        (None, None),
    ],
)
def test_repository_addresses_lose_credentials(url: str | None, shown: str | None) -> None:
    assert public_url(url) == shown


def test_a_report_without_release_or_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no target path"):
        identity_from_report({"target": {}}, tmp_path / "r.json")
    with pytest.raises(ConfigError, match="without id or path"):
        identity_from_report({"release": {"components": [{"id": "x"}]}}, tmp_path / "r.json")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
REPORT_KEYS = st.sampled_from(["release", "target", "components", "id", "path", "commit", "ais", "kinds"])


@given(st.binary(max_size=300) | JSON.map(lambda v: json.dumps({"entry": v, "signature": "x"}).encode()))
def test_a_checkpoint_of_any_bytes_is_refused_with_one_error(raw: bytes) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from aiscan.archive import keys
    from aiscan.archive.log import read_checkpoint

    public = Ed25519PrivateKey.from_private_bytes(bytes(32)).public_key()
    with pytest.raises(ArchiveError):
        read_checkpoint(raw, public, keys.public_key_text(public), "checkpoint")


COMPONENT = st.dictionaries(REPORT_KEYS, JSON, max_size=6)


@given(
    st.dictionaries(
        REPORT_KEYS,
        JSON | COMPONENT | st.fixed_dictionaries({"components": st.lists(COMPONENT, max_size=3)}),
        max_size=4,
    )
)
def test_a_report_of_any_shape_gives_an_identity_or_one_error(report: dict[str, object]) -> None:
    try:
        identity = identity_from_report(report, Path("/nonexistent/report.json"))
    except ConfigError as exc:
        assert "\n" not in exc.message
        return
    assert identity.components and identity.release_id
