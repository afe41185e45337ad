"""Cryptography a file format prescribes: a PDF writer's standard security handler (MD5, RC4, the
zero IV of its key wrap, one ECB block), a ZIP archive's traditional encryption, an Office file's
RC4 CryptoAPI. A reader needs exactly that construction, so the weakness is the format's, not a
choice of the code: reported at medium, with the reason in the finding. A file that stores a
password for a login keeps its weight."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Finding, Severity
from aiscan.sast.format_crypto import prescribed_by_format
from tests.conftest import make_finding

PDF_HANDLER = '''"""Encryption of a PDF document as the standard security handler does it."""

PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def user_value(file_key: bytes, document_id: bytes) -> bytes:
    """Algorithm 5 of ISO 32000-1: the U value of the encryption dictionary."""
    digest = md5(PADDING + document_id)
    return rc4(file_key, digest)
'''
PLAIN = '''"""Customer data at rest."""


def protect(key: bytes, data: bytes) -> bytes:
    return rc4(key, data)
'''
LOGIN = (
    PDF_HANDLER
    + """

def check_password(user, password: str) -> bool:
    return user.password_hash == md5(password.encode()).hexdigest()
"""
)
ZIP = """/* Traditional PKWARE encryption, APPNOTE.TXT section 6.1: keys start at 0x12345678. */
function updateKeys(keys, byte) { return crc32(keys[0], byte); }
"""
OFFICE = "# RC4 CryptoAPI encryption of a legacy workbook, [MS-OFFCRYPTO] section 2.3.5\n"


def _finding(rule: str, path: str, line: int, severity: Severity, category: str) -> Finding:
    f = make_finding(rule_id=rule, path=path, line=line, severity=severity, requirements=("p19.3",))
    return replace(f, properties={"category": category}, message="A broken or weak cipher is used.")


def _weak(path: str, rule: str = "python-weak-cipher", line: int = 9) -> Finding:
    return _finding(rule, path, line, Severity.HIGH, "weak-crypto")


def _apply(files: dict[str, str], findings: list[Finding]) -> list[Finding]:
    return list(prescribed_by_format(findings, lambda p: tuple(files.get(p, "").splitlines())))


def test_weak_cryptography_in_a_pdf_security_handler_is_reported_at_medium_with_the_reason() -> None:
    [f] = _apply({"pdf/encryption.py": PDF_HANDLER}, [_weak("pdf/encryption.py")])
    assert f.severity is Severity.MEDIUM
    assert f.properties["prescribed_by"] == "PDF"
    assert "PDF" in f.message and "prescribes" in f.message, f.message


@pytest.mark.parametrize(
    ("path", "text", "fmt"), [("zip/crypto.js", ZIP, "ZIP"), ("xls/rc4.py", OFFICE, "Office")]
)
def test_zip_and_office_encryption_are_the_formats_too(path: str, text: str, fmt: str) -> None:
    [f] = _apply({path: text}, [_weak(path, rule="javascript-weak-cipher", line=2)])
    assert (f.severity, f.properties["prescribed_by"]) == (Severity.MEDIUM, fmt)


def test_the_same_cipher_in_a_file_naming_no_format_keeps_its_weight() -> None:
    [f] = _apply({"app/store.py": PLAIN}, [_weak("app/store.py")])
    assert f.severity is Severity.HIGH and "prescribed_by" not in f.properties


def test_a_file_that_stores_a_password_for_a_login_keeps_its_weight() -> None:
    [f] = _apply({"pdf/encryption.py": LOGIN}, [_weak("pdf/encryption.py", "python-weak-password-hash", 14)])
    assert f.severity is Severity.HIGH


def test_only_weak_cryptography_is_concerned() -> None:
    other = _finding("python-sql-injection", "pdf/encryption.py", 9, Severity.HIGH, "injection")
    [f] = _apply({"pdf/encryption.py": PDF_HANDLER}, [other])
    assert f.severity is Severity.HIGH


def test_a_critical_weakness_is_not_lowered() -> None:
    crit = _finding("python-weak-cipher", "pdf/encryption.py", 9, Severity.CRITICAL, "weak-crypto")
    [f] = _apply({"pdf/encryption.py": PDF_HANDLER}, [crit])
    assert f.severity is Severity.CRITICAL


def test_semgrep_reports_a_pdf_handlers_ecb_block_at_medium(tmp_path: Path) -> None:
    handler = (
        '"""The Perms value of the encryption dictionary, Algorithm 10 of ISO 32000-2."""\n'
        "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n\n"
        "def perms(file_key: bytes, block: bytes) -> bytes:\n"
        "    enc = Cipher(algorithms.AES(file_key), modes.ECB()).encryptor()\n"
        "    return enc.update(block) + enc.finalize()\n"
    )
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "security.py").write_text(handler)
    (tmp_path / "app.py").write_text(handler.split("\n", 1)[1])  # the same code, no format named
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    found = {
        f.location.path: f.severity
        for f in SemgrepAnalyzer().run(ctx).findings
        if f.rule_id == "python-weak-cipher"
    }
    assert found == {"pdf/security.py": Severity.MEDIUM, "app.py": Severity.HIGH}, found
