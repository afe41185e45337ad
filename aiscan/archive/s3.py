"""The S3 backend: every object written with Object Lock in COMPLIANCE mode and a retain-until
date, a SHA-256 checksum header, and its lock read back. Retention is only ever extended.

S3 servers differ in what they enforce (the test server, moto, does not refuse shortening a
COMPLIANCE retention, changing its mode, a retain-until date in the past or a PUT without a
checksum), so aiscan checks each of those itself before asking (`check_retention_change`)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from aiscan.archive.dates import today
from aiscan.archive.storage import CHUNK, LOCK_WAIT_S, ArchiveError, _check_name, _file_lock
from aiscan.errors import ConfigError

MODE = "COMPLIANCE"
ANCHOR_HISTORY = 1000  # versions of the head anchor read back at most


def _boto3() -> Any:
    try:
        import boto3
    except ImportError:
        raise ConfigError("the S3 archive needs boto3: pip install boto3") from None
    return boto3


def _day_end(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def check_retention_change(
    current_mode: str | None, current_until: datetime | None, new_until: datetime, now: datetime
) -> None:
    """Refuse what COMPLIANCE forbids, whether or not the server enforces it: another mode, a
    retain-until date in the past, or one earlier than the one in force."""
    if current_mode is not None and current_mode != MODE:
        raise ArchiveError(
            f"object is locked in {current_mode} mode, not {MODE}; aiscan never changes a mode"
        )
    if new_until <= now:
        raise ArchiveError(f"retain-until date {new_until:%Y-%m-%d} is in the past")
    if current_until is not None and new_until < current_until:
        raise ArchiveError(
            f"retention until {current_until:%Y-%m-%d} cannot be shortened to {new_until:%Y-%m-%d}"
        )


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data, usedforsecurity=False).digest()


def _error_code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


class S3Store:
    def __init__(self, bucket: str, prefix: str, client: Any = None) -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.location = f"s3://{bucket}/{prefix}" if prefix else f"s3://{bucket}"
        self.client = client or _boto3().client("s3")
        self._check_bucket()

    def _key(self, name: str) -> str:
        _check_name(name)
        return f"{self.prefix}/{name}" if self.prefix else name

    def _check_bucket(self) -> None:
        try:
            versioning = self.client.get_bucket_versioning(Bucket=self.bucket)
        except Exception as exc:
            raise ConfigError(
                f"{self.location}: cannot read the bucket's versioning: {_error_code(exc) or exc}"
            ) from None
        if versioning.get("Status") != "Enabled":
            raise ConfigError(f"{self.location}: versioning is not enabled on the bucket")
        try:
            lock = self.client.get_object_lock_configuration(Bucket=self.bucket)
        except Exception as exc:
            if _error_code(exc) != "ObjectLockConfigurationNotFoundError":
                raise ConfigError(
                    f"{self.location}: cannot read the bucket's object lock: {_error_code(exc) or exc}"
                ) from None
            lock = {}
        if lock.get("ObjectLockConfiguration", {}).get("ObjectLockEnabled") != "Enabled":
            raise ConfigError(f"{self.location}: object lock is not enabled on the bucket")

    def read(self, name: str) -> bytes:
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(name))["Body"]
        except Exception as exc:
            if _error_code(exc) in ("NoSuchKey", "404"):
                raise ArchiveError(f"{name}: missing from the archive") from None
            raise ArchiveError(f"{name}: cannot read: {_error_code(exc) or exc}") from None
        data: bytes = body.read()
        return data

    def download(self, name: str, dest: Path) -> None:
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(name))["Body"]
        except Exception as exc:
            raise ArchiveError(f"{name}: cannot read: {_error_code(exc) or exc}") from None
        with open(dest, "xb") as out:
            while chunk := body.read(CHUNK):
                out.write(chunk)

    def exists(self, name: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(name))
        except Exception as exc:
            if _error_code(exc) in ("404", "NoSuchKey", "NotFound"):
                return False
            raise ArchiveError(f"{name}: cannot read: {_error_code(exc) or exc}") from None
        return True

    def names(self, prefix: str) -> list[str]:
        base = self._key(prefix.rstrip("/")) + "/"
        cut = len(self.prefix) + 1 if self.prefix else 0
        names: list[str] = []
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=base):
            names.extend(obj["Key"][cut:] for obj in page.get("Contents", []))
        return sorted(names)

    def sha256(self, name: str) -> str:
        digest = hashlib.sha256()
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(name))["Body"]
        except Exception as exc:
            if _error_code(exc) in ("NoSuchKey", "404"):
                raise ArchiveError(f"{name}: missing from the archive") from None
            raise ArchiveError(f"{name}: cannot read: {_error_code(exc) or exc}") from None
        while chunk := body.read(CHUNK):
            digest.update(chunk)
        return digest.hexdigest()

    def _put(
        self, name: str, body: Any, sha256_hex: str, md5: bytes, retain_until: date | None, *, once: bool
    ) -> None:
        until = _day_end(retain_until or today())
        check_retention_change(None, None, until, datetime.now(UTC))
        extra: dict[str, Any] = {"IfNoneMatch": "*"} if once else {}
        try:
            self.client.put_object(
                Bucket=self.bucket,
                Key=self._key(name),
                Body=body,
                ObjectLockMode=MODE,
                ObjectLockRetainUntilDate=until,
                ChecksumSHA256=base64.b64encode(bytes.fromhex(sha256_hex)).decode(),
                ContentMD5=base64.b64encode(md5).decode(),  # S3 asks for it with lock headers
                **extra,
            )
        except Exception as exc:
            code = _error_code(exc)
            if code in ("PreconditionFailed", "ConditionalRequestConflict"):
                raise ArchiveError(f"{name}: already in the archive (another writer?)") from None
            raise ArchiveError(f"{name}: cannot write: {code or exc}") from None
        self._check_lock(name, until)

    def _check_lock(self, name: str, until: datetime) -> None:
        mode, current = self.retention(name)
        if mode != MODE or current is None or current < until:
            raise ArchiveError(
                f"{name}: the bucket did not keep the lock asked for ({mode or 'no lock'} until "
                f"{current:%Y-%m-%d} instead of {MODE} until {until:%Y-%m-%d})"
                if current
                else f"{name}: the bucket did not keep the lock asked for (no lock)"
            )

    def retention(self, name: str) -> tuple[str | None, datetime | None]:
        """The lock in force on the current version of `name`, read from its headers (HEAD
        returns them to whoever may read the retention)."""
        try:
            got = self.client.head_object(Bucket=self.bucket, Key=self._key(name))
        except Exception as exc:
            raise ArchiveError(f"{name}: cannot read its lock: {_error_code(exc) or exc}") from None
        until = got.get("ObjectLockRetainUntilDate")
        return got.get("ObjectLockMode"), until.astimezone(UTC) if until else None

    def write_new(self, name: str, data: bytes, retain_until: date | None) -> None:
        if self.exists(name):
            raise ArchiveError(f"{name}: already in the archive; archive objects are never overwritten")
        self._put(name, data, hashlib.sha256(data).hexdigest(), _md5(data), retain_until, once=True)

    def write_file_new(self, name: str, src: Path, sha256: str, retain_until: date | None) -> None:
        if self.exists(name):
            raise ArchiveError(f"{name}: already in the archive; archive objects are never overwritten")
        md5 = hashlib.md5(usedforsecurity=False)
        with open(src, "rb") as fh:
            while chunk := fh.read(CHUNK):
                md5.update(chunk)
            fh.seek(0)
            self._put(name, fh, sha256, md5.digest(), retain_until, once=True)
        src.unlink(missing_ok=True)

    def write_anchor(self, name: str, data: bytes, retain_until: date | None) -> None:
        """A new locked version of `name`: the earlier versions stay, locked."""
        self._put(name, data, hashlib.sha256(data).hexdigest(), _md5(data), retain_until, once=False)

    def anchor_versions(self, name: str) -> list[bytes]:
        key = self._key(name)
        out: list[bytes] = []
        pages = self.client.get_paginator("list_object_versions").paginate(Bucket=self.bucket, Prefix=key)
        for page in pages:
            for version in page.get("Versions", []):
                if version["Key"] != key or len(out) >= ANCHOR_HISTORY:
                    continue
                got = self.client.get_object(Bucket=self.bucket, Key=key, VersionId=version["VersionId"])
                out.append(got["Body"].read())
        return out

    def versions(self, name: str) -> list[str]:
        key = self._key(name)
        got = self.client.list_object_versions(Bucket=self.bucket, Prefix=key)
        return [v["VersionId"] for v in got.get("Versions", []) if v["Key"] == key]

    def delete(self, name: str) -> str:
        """Delete every version of `name`; a locked version the bucket refuses to delete is
        reported as still retained, not as an error."""
        outcome = "absent"
        for version in self.versions(name):
            try:
                self.client.delete_object(Bucket=self.bucket, Key=self._key(name), VersionId=version)
            except Exception as exc:
                if _error_code(exc) == "AccessDenied":
                    return "retained"
                raise ArchiveError(f"{name}: cannot delete: {_error_code(exc) or exc}") from None
            outcome = "deleted"
        return outcome

    def extend_retention(self, name: str, until: date) -> None:
        """Move the retain-until date of `name` later; never earlier, never to another mode."""
        wanted = _day_end(until)
        mode, current = self.retention(name)
        if current is not None and current >= wanted:
            return
        check_retention_change(mode, current, wanted, datetime.now(UTC))
        try:
            self.client.put_object_retention(
                Bucket=self.bucket,
                Key=self._key(name),
                Retention={"Mode": MODE, "RetainUntilDate": wanted},
            )
        except Exception as exc:
            raise ArchiveError(f"{name}: cannot extend its lock: {_error_code(exc) or exc}") from None
        self._check_lock(name, wanted)

    def scratch(self) -> Path:
        folder = Path(tempfile.gettempdir()) / f"aiscan-archive-{os.getuid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=folder))

    def leftovers(self) -> list[str]:
        got = self.client.list_multipart_uploads(Bucket=self.bucket, Prefix=self.prefix)
        return sorted(f"incomplete upload {u['Key']}" for u in got.get("Uploads", []))

    @contextlib.contextmanager
    def writer_lock(self, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
        """Writers on this machine take turns; writers elsewhere are stopped by the conditional
        write of each log entry (If-None-Match)."""
        folder = Path(tempfile.gettempdir()) / f"aiscan-archive-{os.getuid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        name = hashlib.sha256(self.location.encode()).hexdigest()[:24]
        with _file_lock(folder / f"{name}.lock", wait_s):
            yield
