"""The archive's signing key (Ed25519) and its encryption recipients (age).

The private signing key lives outside the archive, in a file only its owner can read (mode
0600); the archive holds the public key. Bundles are encrypted to age recipients (public keys):
writing never needs a private key, reading (restore, deep verify) needs an age identity the MFO
holds.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from aiscan.errors import ConfigError, UsageError

_KEY_HEADER = "aiscan-archive-signing-key-v1 "
MAX_KEY_FILE = 4096


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def generate_signing_key(path: Path, archive_root: Path | None) -> Ed25519PublicKey:
    """A new Ed25519 key written to `path` (mode 0600, never overwriting a file); refused when
    `path` lies inside the archive folder."""
    if archive_root is not None and _inside(path, archive_root):
        raise UsageError(f"{path}: the signing key must be kept outside the archive folder")
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    text = _KEY_HEADER + base64.b64encode(raw).decode() + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        raise UsageError(f"{path}: a file is already there; the signing key is never overwritten") from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    return key.public_key()


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    """The private key in `path`; refused when others can read the file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise ConfigError(f"{path}: signing key not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the signing key: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"{path}: the signing key is not a regular file")
        if info.st_mode & 0o077:
            raise ConfigError(f"{path}: the signing key can be read by others (chmod 600 it)")
        text = fh.read(MAX_KEY_FILE).decode("ascii", "replace").strip()
    if not text.startswith(_KEY_HEADER):
        raise ConfigError(f"{path}: not an aiscan archive signing key")
    try:
        raw = base64.b64decode(text[len(_KEY_HEADER) :], validate=True)
        return Ed25519PrivateKey.from_private_bytes(raw)
    except ValueError:
        raise ConfigError(f"{path}: the signing key is damaged") from None


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "ed25519:" + base64.b64encode(raw).decode()


def public_key_from_text(text: str) -> Ed25519PublicKey:
    if not text.startswith("ed25519:"):
        raise ValueError("not an ed25519 public key")
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text[len("ed25519:") :], validate=True))


def fingerprint(public_text: str) -> str:
    """A short name of a public key, for the officer to compare by eye."""
    return "SHA256:" + hashlib.sha256(public_text.encode()).hexdigest()[:32]


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    return base64.b64encode(key.sign(payload)).decode()


def signature_valid(public: Ed25519PublicKey, payload: bytes, signature: str) -> bool:
    try:
        public.verify(base64.b64decode(signature, validate=True), payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_recipient(text: str) -> str:
    """An age X25519 recipient (`age1...`), checked by the age library."""
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(text)
    except Exception:  # pyrage raises its own error types
        raise UsageError(f"{text[:20]}...: not an age recipient (age1...)") from None
    return text
