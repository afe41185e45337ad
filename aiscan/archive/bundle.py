"""One self-contained bundle per release: a gzip-compressed tar holding the source snapshot of
each component (`sources/<commit>/...`), the result files (`results/<kind>/<name>`) and a
`manifest.json` with the SHA-256 of every file, encrypted to the archive's age recipients."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import stat
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

from aiscan.archive.snapshot import blob_contents, snapshot_digest, source_tree
from aiscan.errors import UsageError
from aiscan.models import ComponentVersion, ReleaseIdentity

FORMAT = "aiscan-archive-bundle/1"
MANIFEST = "manifest.json"
RESULT_KINDS = ("report", "sarif", "sbom", "html", "pdf", "policy", "waivers", "attestations", "other")
_NAME_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ResultFile:
    kind: str
    path: Path


@dataclass
class BuiltBundle:
    path: Path  # the plaintext .tar.gz in the scratch folder
    manifest: dict[str, Any]
    manifest_sha256: str
    files: int = 0
    plain_bytes: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def public_url(url: str | None) -> str | None:
    """A repository address without credentials, query or fragment: `https://user:token@host/x`
    becomes `https://host/x`."""
    if not url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable address>"
    if parts.scheme and parts.netloc:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    if "@" in url and ":" in url.split("@", 1)[1]:  # scp-like user@host:path
        return url.split("@", 1)[1]
    return url


def component_record(c: ComponentVersion) -> dict[str, Any]:
    """What the archive says in the clear about a component: no credentials, no scan content."""
    return {
        "id": c.id,
        "kinds": list(c.kinds),
        "repository": public_url(c.repository),
        "ref": c.ref,
        "commit": c.commit,
        "version": c.version,
    }


def _info(name: str, size: int, mode: int = 0o644) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = mode
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


class _HashingReader:
    """A file read through while its SHA-256 is taken."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.digest = hashlib.sha256()
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.digest.update(data)
        self.count += len(data)
        return data


def _open_result(path: Path) -> tuple[IO[bytes], int]:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise UsageError(f"{path}: not a regular file")
    return os.fdopen(fd, "rb"), info.st_size


def _result_names(files: list[ResultFile]) -> Iterator[tuple[ResultFile, str]]:
    used: set[str] = set()
    for f in files:
        base = _NAME_SAFE.sub("_", f.path.name).strip("._") or "file"
        name, n = f"results/{f.kind}/{base}", 1
        while name in used:
            n += 1
            name = f"results/{f.kind}/{n}-{base}"
        used.add(name)
        yield f, name


def build_bundle(
    identity: ReleaseIdentity, files: list[ResultFile], out: Path, tools: dict[str, Any], created: str
) -> BuiltBundle:
    """Write the bundle's plaintext tar.gz to `out` (a new file). Deterministic for the same
    inputs and `created`: fixed owners and times, members in a fixed order."""
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "release_id": identity.release_id,
        "ais": identity.ais,
        "organisation": identity.organisation,
        "created": created,
        "tools": tools,
        "components": [],
        "files": [],
        "symlinks": [],
        "submodules": [],
    }
    with (
        open(out, "xb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w|", format=tarfile.PAX_FORMAT, encoding="utf-8") as tar,
    ):
        tar.errors = "surrogateescape"
        total = _add_sources(tar, identity, manifest) + _add_results(tar, files, manifest)
        text = json.dumps(manifest, indent=1, sort_keys=True).encode("ascii") + b"\n"
        tar.addfile(_info(MANIFEST, len(text)), io.BytesIO(text))
    return BuiltBundle(out, manifest, hashlib.sha256(text).hexdigest(), len(manifest["files"]), total)


def encrypt(plain: Path, out: Path, recipients: list[str]) -> None:
    import pyrage

    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    with open(plain, "rb") as src, open(out, "xb") as dst:
        pyrage.encrypt_io(src, dst, parsed)


def decrypt(cipher: Path, out: Path, identity_files: list[Path]) -> None:
    import pyrage

    from aiscan.archive.storage import ArchiveError

    identities = [load_identity(p) for p in identity_files]
    try:
        with open(cipher, "rb") as src, open(out, "xb") as dst:
            pyrage.decrypt_io(src, dst, identities)
    except (pyrage.DecryptError, OSError) as exc:
        raise ArchiveError(
            f"cannot decrypt ({exc}): the ciphertext was changed or no identity fits"
        ) from None


def load_identity(path: Path) -> Any:
    import pyrage

    from aiscan.userfiles import read_text

    text = read_text(path, "age identity file", limit=64 * 1024)
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                return pyrage.x25519.Identity.from_str(line)
            except Exception:
                break
    raise UsageError(f"{path}: no age identity (AGE-SECRET-KEY-...) in the file")


def _add_sources(tar: tarfile.TarFile, identity: ReleaseIdentity, manifest: dict[str, Any]) -> int:
    """Each component's tree at its commit under `sources/<commit>/` (once per commit);
    symlinks and submodules are listed in the manifest, not stored as tar links."""
    total = 0
    done_commits: set[str] = set()
    for component in sorted(identity.components, key=lambda c: c.id):
        tree = source_tree(component)
        base = f"sources/{tree.commit}"
        record = component_record(component) | {"source": base}
        manifest["components"].append(record)
        if tree.commit in done_commits:
            continue
        done_commits.add(tree.commit)
        listed: list[tuple[str, str, str]] = []
        for entry, data in blob_contents(tree):
            digest = hashlib.sha256(data).hexdigest()
            name = f"{base}/{entry.path}"
            if entry.mode == "120000":
                target = data.decode("utf-8", "surrogateescape")
                manifest["symlinks"].append({"name": name, "target": target, "sha256": digest})
                listed.append((entry.path, "symlink", digest))
                continue
            mode = 0o755 if entry.mode == "100755" else 0o644
            tar.addfile(_info(name, len(data), mode), io.BytesIO(data))
            manifest["files"].append({"name": name, "kind": "source", "sha256": digest, "size": len(data)})
            listed.append((entry.path, "file", digest))
            total += len(data)
        for sub in tree.submodules:
            manifest["submodules"].append({"name": f"{base}/{sub.path}", "commit": sub.sha})
        record["snapshot_sha256"] = snapshot_digest(listed)
        record["source_files"] = len(listed)
    return total


def _add_results(tar: tarfile.TarFile, files: list[ResultFile], manifest: dict[str, Any]) -> int:
    total = 0
    for result, name in _result_names(files):
        fh, size = _open_result(result.path)
        with fh:
            reader = _HashingReader(fh)
            tar.addfile(_info(name, size), reader)
        if reader.count != size:
            raise UsageError(f"{result.path}: changed while being archived")
        manifest["files"].append(
            {"name": name, "kind": result.kind, "sha256": reader.digest.hexdigest(), "size": size}
        )
        total += size
    return total
