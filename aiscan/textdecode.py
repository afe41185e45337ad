"""Text or binary, decided by content: one judgement for the inventory, the secrets scan and the
dependency manifests.

A NUL byte alone does not make a file binary: UTF-16 text is full of them, and a text file may
carry a stray one. A file is binary when it starts with a known binary signature, or when its
first bytes are not UTF-16 and hold more than a few control bytes.
"""

from __future__ import annotations

import codecs
import re

SAMPLE_BYTES = 8192
# Above this share of control bytes (NUL and C0 controls other than whitespace and ESC), a sample
# that is not UTF-16 is binary.
_MAX_CONTROL_SHARE = 0.01

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (b"\xce\xfa\xed\xfe", "Mach-O binary"),
    (b"dex\n", "Android DEX"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00\x01\x00\x00\x00", "TrueType font"),
    (b"\x00asm", "WebAssembly module"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when the data starts with a Unicode byte-order mark."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text of mostly ASCII characters: NUL at
    nearly every odd (or even) offset and almost nowhere else."""
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What kind of binary the data is ("PNG image", "binary data"), or None for text."""
    if bom_encoding(data) is not None:
        return None
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    sample = data[:SAMPLE_BYTES]
    if b"\0" not in sample:
        return None
    if utf16_without_bom(sample) is not None:
        return None
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        return "binary data"
    return None  # text with a stray NUL


def text_encoding(data: bytes) -> tuple[str, int]:
    """(codec, bytes to skip) for text: a BOM's, BOM-less UTF-16's, else UTF-8."""
    bom = bom_encoding(data)
    if bom is not None:
        return bom
    utf16 = utf16_without_bom(data)
    return (utf16, 0) if utf16 else ("utf-8", 0)


def decode_text(data: bytes) -> str:
    """The text of a file, for reading it whatever its encoding: bytes that do not decode become
    U+FFFD, never an error."""
    codec, skip = text_encoding(data)
    return data[skip:].decode(codec, errors="replace")
