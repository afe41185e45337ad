"""Cryptography a file format prescribes, reported below the gate with the reason.

A PDF writer's standard security handler (ISO 32000: MD5 and RC4 for revisions 2-4, the zero IV
of revision 6's key wrap and its one-block ECB Perms value), a ZIP archive's traditional PKWARE
encryption (APPNOTE.TXT) and an Office file's RC4 CryptoAPI ([MS-OFFCRYPTO]) are constructions
every reader of the format must reproduce: the code that writes such a file has no other choice,
so the weakness is the format's, not the program's. A weak-cryptography finding at high in a file
that names one of these formats by its standard (or carries the PDF handler's fixed password
padding) is reported at medium, its message saying why; critical findings are not lowered. A
file that also keeps a password for a login (`check_password`, `password_hash`, `login`, ...)
keeps the weight: there the hash may be a password store.

Pure: findings in, findings out, given a reader of a file's lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding, Severity

# bandit's weak hash and cipher checks (semgrep's rules say `category: weak-crypto`)
_BANDIT_WEAK_CRYPTO = frozenset({"B303", "B304", "B305", "B324"})

# The PDF standard security handler's 32-byte password padding, in any hex spelling.
_PDF_PADDING = r"28\W{0,4}(?:0x|\\x)?bf\W{0,4}(?:0x|\\x)?4e\W{0,4}(?:0x|\\x)?5e"
_FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "PDF",
        re.compile(
            rf"ISO[ _-]?32000|PDF[ _-]?32000|PDF Reference|{_PDF_PADDING}|"
            r"\bPDF\b(?s:.*?)(?:encryption dictionary|security handler|Filter\W{1,6}Standard\b)|"
            r"(?:encryption dictionary|security handler|Filter\W{1,6}Standard\b)(?s:.*?)\bPDF\b",
            re.IGNORECASE,
        ),
    ),
    ("ZIP", re.compile(r"APPNOTE|PKWARE|ZipCrypto|0x12345678\W{1,12}0x23456789", re.IGNORECASE)),
    ("Office", re.compile(r"MS-OFFCRYPTO|ECMA-376|RC4 CryptoAPI", re.IGNORECASE)),
)
_STANDARD = {"PDF": "ISO 32000", "ZIP": "PKWARE's APPNOTE.TXT", "Office": "[MS-OFFCRYPTO]"}
# Signs that the file keeps a password for a login, where a weak hash may be its store.
_PASSWORD_STORE = re.compile(
    r"\b(?:check_?password|verify_?password|password_?hash|hashed_?password|authenticate|log_?in)\b",
    re.IGNORECASE,
)

Lines = Callable[[str], Sequence[str]]


def weak_crypto(f: Finding) -> bool:
    return f.properties.get("category") == "weak-crypto" or (
        f.analyzer == "bandit" and f.rule_id in _BANDIT_WEAK_CRYPTO
    )


def file_format_of(text: str) -> str | None:
    """The file format whose encryption the text implements, by the standard it names, or None
    (also when the text keeps a password for a login)."""
    if _PASSWORD_STORE.search(text):
        return None
    return next((name for name, cites in _FORMATS if cites.search(text)), None)


def prescribed_by_format(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """Each weak-cryptography finding at high in a file implementing a file format's encryption,
    at medium with the reason; every other finding as it was."""
    formats: dict[str, str | None] = {}
    out: list[Finding] = []
    for f in findings:
        if f.severity is not Severity.HIGH or not weak_crypto(f):
            out.append(f)
            continue
        path = f.location.path
        if path not in formats:
            formats[path] = file_format_of("\n".join(read_lines(path)))
        fmt = formats[path]
        if fmt is None:
            out.append(f)
            continue
        why = (
            f"Reported at medium: the file implements the {fmt} format's encryption ({_STANDARD[fmt]}), "
            "which prescribes this construction to every program that reads or writes the format; "
            "the file keeps no password for a login."
        )
        out.append(
            replace(
                f,
                severity=Severity.MEDIUM,
                message=f"{f.message} {why}",
                properties={**f.properties, "prescribed_by": fmt},
            )
        )
    return tuple(out)
