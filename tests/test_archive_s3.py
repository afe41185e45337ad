"""The S3 backend against moto's S3 server on 127.0.0.1: Object Lock in COMPLIANCE mode on every
object, a checksum header, locks read back and only extended, a locked bundle's delete refused
and reported as retained. What moto does not enforce (shortening a COMPLIANCE lock, changing its
mode, a date in the past) is tested on aiscan's own check."""

from __future__ import annotations

import base64
import hashlib
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
import requests
from moto.server import ThreadedMotoServer

from aiscan.archive import Archive
from aiscan.archive.s3 import S3Store, check_retention_change
from aiscan.archive.storage import ArchiveError
from aiscan.errors import ConfigError
from tests.test_archive_flow import World, build_world

PUTS: list[Any] = []  # every PutObject request sent, as sent (moto keeps no checksum)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    for name, value in {
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    requests.post(f"http://127.0.0.1:{port}/moto-api/reset", timeout=10)  # one server state per test
    boto3.setup_default_session()
    PUTS.clear()
    boto3.DEFAULT_SESSION.events.register(
        "before-send.s3.PutObject", lambda request, **_: PUTS.append(request)
    )
    client = boto3.client("s3")
    client.create_bucket(Bucket="locked", ObjectLockEnabledForBucket=True)
    client.create_bucket(Bucket="plain")
    try:
        yield client
    finally:
        server.stop()


@pytest.fixture
def world(tmp_path: Path, s3: Any) -> World:
    return build_world(tmp_path, location="s3://locked/mfo/archive")


def test_a_bucket_without_object_lock_is_refused(s3: Any, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="versioning is not enabled"):
        S3Store("plain", "x")
    s3.put_bucket_versioning(Bucket="plain", VersioningConfiguration={"Status": "Enabled"})
    with pytest.raises(ConfigError, match="object lock is not enabled"):
        S3Store("plain", "x")


def test_put_get_verify_on_s3(world: World, s3: Any) -> None:
    rid = world.releases[1]
    key = f"mfo/archive/bundles/{rid}.tar.gz.age"
    head = s3.head_object(Bucket="locked", Key=key)
    assert head["ObjectLockMode"] == "COMPLIANCE"
    assert head["ObjectLockRetainUntilDate"].date() >= date.today() + timedelta(days=3 * 365 + 90)
    stored = s3.get_object(Bucket="locked", Key=key)["Body"].read()
    sent = [r for r in PUTS if r.url.endswith(key)]
    assert len(sent) == 1  # written once
    headers = {k: v.decode() if isinstance(v, bytes) else v for k, v in sent[0].headers.items()}
    assert headers["x-amz-checksum-sha256"] == base64.b64encode(hashlib.sha256(stored).digest()).decode()
    assert headers["x-amz-object-lock-mode"] == "COMPLIANCE" and headers["If-None-Match"] == "*"
    assert all("x-amz-checksum-sha256" in r.headers and "x-amz-object-lock-mode" in r.headers for r in PUTS)
    for obj in s3.list_objects_v2(Bucket="locked", Prefix="mfo/archive/log/")["Contents"]:
        assert s3.head_object(Bucket="locked", Key=obj["Key"])["ObjectLockMode"] == "COMPLIANCE"

    dest = world.tmp / "restored"
    world.run("get", "--archive", world.archive, rid, "--dest", str(dest), "--identity", str(world.identity))
    assert (dest / "sources" / world.commits[1] / "app" / "main.py").read_bytes() == b"print('v2')\n"
    assert (dest / "results" / "sbom" / "sbom.cdx.json").read_bytes() == world.files[1]["sbom"].read_bytes()
    out = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint), "--deep",
                    "--identity", str(world.identity))  # fmt: skip
    assert "verified: nothing changed" in out and "3 bundles checked" in out


def test_locked_bundle_delete_is_refused_and_reported_retained(world: World, s3: Any) -> None:
    r1, r2, _ = world.releases
    world.run("mark-live", *world.common(), r1, "--date", "2021-01-10")
    world.run("mark-live", *world.common(), r2, "--date", "2022-06-01")  # r1 past retention in 2025
    out = world.run("prune", *world.common())
    assert f"{r1}: past retention (2025-08-30) but the store keeps it (retained)" in out
    key = f"mfo/archive/bundles/{r1}.tar.gz.age"
    versions = s3.list_object_versions(Bucket="locked", Prefix=key)["Versions"]
    with pytest.raises(s3.exceptions.ClientError, match="AccessDenied"):
        s3.delete_object(
            Bucket="locked", Key=key, VersionId=versions[0]["VersionId"], BypassGovernanceRetention=True
        )
    # a truncated tail needs deleting a locked log entry: refused by the bucket
    log_key = "mfo/archive/log/00000006.json"
    log_version = s3.list_object_versions(Bucket="locked", Prefix=log_key)["Versions"][0]["VersionId"]
    with pytest.raises(s3.exceptions.ClientError, match="AccessDenied"):
        s3.delete_object(Bucket="locked", Key=log_key, VersionId=log_version)
    verified = world.run("verify", "--archive", world.archive, "--checkpoint", str(world.checkpoint))
    assert "verified: nothing changed" in verified


def test_retention_is_only_extended(world: World, s3: Any) -> None:
    store = Archive.open(world.archive).store
    assert isinstance(store, S3Store)
    name = f"bundles/{world.releases[0]}.tar.gz.age"
    _, before = store.retention(name)
    assert before is not None
    store.extend_retention(name, before.date() - timedelta(days=400))  # earlier: nothing changes
    assert store.retention(name) == ("COMPLIANCE", before)
    store.extend_retention(name, before.date() + timedelta(days=30))
    mode, after = store.retention(name)
    assert mode == "COMPLIANCE" and after is not None and after.date() == before.date() + timedelta(days=30)
    # a live release's lock follows: marking it live extends nothing below three years from today
    world.run("mark-live", *world.common(), world.releases[2], "--date", "2025-03-20")
    _, live = store.retention(f"bundles/{world.releases[2]}.tar.gz.age")
    assert live is not None and live.date() >= date.today() + timedelta(days=3 * 365)


def test_object_written_once(world: World) -> None:
    store = Archive.open(world.archive).store
    with pytest.raises(ArchiveError, match="never overwritten"):
        store.write_new("log/00000001.json", b"{}", date.today() + timedelta(days=1))


NOW = datetime(2026, 12, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("mode", "current", "new", "message"),
    [
        ("COMPLIANCE", NOW + timedelta(days=900), NOW + timedelta(days=800), "cannot be shortened"),
        ("GOVERNANCE", NOW + timedelta(days=900), NOW + timedelta(days=1000), "never changes a mode"),
        (None, None, NOW - timedelta(days=1), "in the past"),
    ],
)
def test_what_moto_does_not_enforce_aiscan_refuses(
    mode: str | None, current: datetime | None, new: datetime, message: str
) -> None:
    with pytest.raises(ArchiveError, match=message):
        check_retention_change(mode, current, new, NOW)


def test_extension_is_allowed() -> None:
    check_retention_change("COMPLIANCE", NOW + timedelta(days=10), NOW + timedelta(days=20), NOW)
